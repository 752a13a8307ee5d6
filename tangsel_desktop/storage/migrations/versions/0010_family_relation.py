"""A person's relationship to the head of family (SHDK); the known heads become Kepala Keluarga.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column added in place: no table rebuild, the triggers on person stay as they are.
    op.add_column("person", sa.Column("family_relation", sa.String(20), nullable=True))
    # Only the heads are known for sure; everyone else stays "not recorded" until a KK or an import says.
    # The journal's update trigger notes each of these rows, so the change reaches the central office.
    op.execute(
        "UPDATE person SET family_relation = 'kepala_keluarga' "
        "WHERE deleted_at IS NULL AND id IN "
        "(SELECT head_person_id FROM household WHERE deleted_at IS NULL AND head_person_id IS NOT NULL)"
    )


def downgrade() -> None:
    # SQLite drops a column in place (3.35+); a batch rebuild would trip over the search triggers.
    op.execute("ALTER TABLE person DROP COLUMN family_relation")
