"""A person's photo: one small JPEG per person, journaled like the person it belongs to.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLE = "person_photo"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("person_id", sa.String(32), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("taken_at", UtcTimestamp(), nullable=False),
        sa.Column("taken_by", sa.String(32), nullable=True),
        sa.CheckConstraint("source IN ('camera', 'file')", name="ck_person_photo_source"),
        sa.CheckConstraint("width > 0 AND height > 0", name="ck_person_photo_size"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_person_photo_person_id_person"),
        sa.PrimaryKeyConstraint("person_id", name="pk_person_photo"),
    )
    change_journal.install_triggers(op.get_bind(), TABLE)


def downgrade() -> None:
    connection = op.get_bind()
    for name in change_journal.journal_trigger_names(TABLE):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table(TABLE)
