"""A keyed audit trail: the audit key, the chain's anchor, and seals on the rows that matter.

The entries already written keep their plain SHA-256 hashes, verifiable as they were; the key records
where they end (`keyed_from`, `legacy_head`) and the chain continues from there with HMAC-SHA256. Nothing is
re-chained. The existing users, register rows and memberships are sealed as they are now.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import audit_anchor, audit_key, row_seals
from tangsel_desktop.storage.audit_key import GENESIS_HASH, run
from tangsel_desktop.storage.columns import timestamp_text, utc_now

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("keyed_from", sa.Integer(), nullable=False),
        sa.Column("legacy_head", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.CheckConstraint("id = 1", name="one_row"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_key")),
    )
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
        sa.Column("note", sa.String(200), nullable=False, server_default=""),
        sa.CheckConstraint("id = 1", name="one_row"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    op.create_table(
        "row_seal",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("seal", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_row_seal")),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    count, last_id = run(connection, "SELECT count(*), coalesce(max(id), 0) FROM audit_log").fetchone()
    head = run(connection, "SELECT entry_hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()
    head_hash = head[0] if head else GENESIS_HASH
    now = timestamp_text(utc_now())
    key = audit_key.create(connection, keyed_from=int(last_id) + 1, legacy_head=head_hash, at=now)
    audit_anchor.write(connection, audit_anchor.Anchor(int(count), int(last_id), head_hash), key, at=now)
    row_seals.seal_all(connection, key)


def downgrade() -> None:
    op.drop_table("row_seal")
    op.drop_table("audit_anchor")
    op.drop_table("audit_key")
