"""Sync findings at the centre: the sync_finding table, and indexes for one office's live NIKs and a KK's
sembako recipients.

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp
from tangsel_desktop.storage.partial_indexes import only_where

revision = "0016"
down_revision = "0013"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "sync_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("offices", sa.String(1000), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("detail", sa.String(1000), nullable=False),
        _ts("first_seen"),
        _ts("last_seen"),
        _ts("cleared_at", nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("decision", sa.String(40), nullable=False),
        sa.Column("decided_by", sa.String(32), nullable=True),
        sa.Column("decided_by_name", sa.String(150), nullable=False),
        _ts("decided_at", nullable=True),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_finding"),
        sa.UniqueConstraint("kind", "subject", name="uq_sync_finding_kind"),
    )
    op.create_index("ix_sync_finding_status", "sync_finding", ["status", "cleared_at"])
    # After an office's package the centre looks again at that office's NIKs only: found by this index.
    op.create_index(
        "ix_person_origin_nik", "person", ["origin_office", "nik"], **only_where("deleted_at IS NULL")
    )
    # ... and a family served twice in one round by its KK on the recipient lists.
    op.create_index("ix_sembako_recipient_kk", "sembako_recipient", ["kk_number"])


def downgrade() -> None:
    op.drop_index("ix_sembako_recipient_kk", table_name="sembako_recipient")
    op.drop_index("ix_person_origin_nik", table_name="person")
    op.drop_index("ix_sync_finding_status", table_name="sync_finding")
    op.drop_table("sync_finding")
