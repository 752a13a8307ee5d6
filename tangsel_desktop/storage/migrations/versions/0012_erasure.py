"""A person's erasure under UU PDP: the tombstone's columns on person, and redaction seals on the audit trail.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns added in place: no table rebuild, so the search and journal triggers on person stay.
    op.add_column("person", sa.Column("erased_at", sa.String(27), nullable=True))
    op.add_column("person", sa.Column("erased_by", sa.String(32), nullable=True))
    op.add_column("person", sa.Column("erasure_reason", sa.String(20), nullable=True))
    # An entry whose personal values were redacted keeps its hash; this MAC vouches for the new content.
    op.add_column("audit_log", sa.Column("redaction_seal", sa.String(64), nullable=True))


def downgrade() -> None:
    # SQLite drops a column in place (3.35+); a batch rebuild would trip over the search triggers.
    op.execute("ALTER TABLE audit_log DROP COLUMN redaction_seal")
    for column in ("erasure_reason", "erased_by", "erased_at"):
        op.execute(f"ALTER TABLE person DROP COLUMN {column}")
