"""Jamsosnaker death claims: one claim per member who died, and its progress notes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STAGE_CHECK = "stage IN ('checklist_given', 'documents_complete', 'submitted', 'paid', 'refused')"


def _ts(name: str) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "jamsos_claim",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(32), nullable=False),
        sa.Column("died_on", sa.Date(), nullable=False),
        sa.Column("work_accident", sa.Boolean(), nullable=False),
        sa.Column("heir_name", sa.String(150), nullable=False),
        sa.Column("heir_relation", sa.String(50), nullable=False),
        sa.Column("heir_phone", sa.String(30), nullable=False),
        _ts("created_at"),
        sa.Column("created_by", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["jamsos_member.id"], name="fk_jamsos_claim_member_id_jamsos_member"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_claim"),
        sa.UniqueConstraint("member_id", name="uq_jamsos_claim_member_id"),
    )
    op.create_table(
        "jamsos_claim_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.String(32), nullable=False),
        _ts("at"),
        sa.Column("by_user", sa.String(32), nullable=True),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.CheckConstraint(STAGE_CHECK, name="ck_jamsos_claim_note_stage"),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["jamsos_claim.id"], name="fk_jamsos_claim_note_claim_id_jamsos_claim"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_jamsos_claim_note"),
    )
    op.create_index("ix_jamsos_claim_note_claim", "jamsos_claim_note", ["claim_id", "id"])


def downgrade() -> None:
    for table in ("jamsos_claim_note", "jamsos_claim"):
        op.drop_table(table)
