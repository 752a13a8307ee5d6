"""Sync: the origin office on every row that travels to Dinas Sosial, the sync keys, peers and held packages.

At a kelurahan office every row's origin_office is '' (its own); at the central office a merged row carries
the code of the office it came from, so the same NIK live in two offices is two rows (a finding, not an
error) and a package can only ever change its own office's rows (docs/sync_central_schema.md).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage.columns import UtcTimestamp
from tangsel_desktop.storage.partial_indexes import only_where

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Written here, not looked up from storage/sync, so that this step stays what it was when the list grows.
MERGED_TABLES = (
    "household",
    "household_kk_history",
    "person",
    "person_photo",
    "document_register",
    "jamsos_member",
    "jamsos_status_event",
    "jamsos_claim",
    "jamsos_claim_note",
    "jamsos_correction",
    "sembako_round",
    "sembako_round_item",
    "sembako_round_day",
    "sembako_evidence",
    "sembako_recipient",
    "sembako_stock_move",
    "sembako_handover",
    "training",
    "training_batch",
    "training_session",
    "training_participant",
    "training_attendance",
    "training_result",
    "training_certificate",
    "training_kit",
    "training_internship",
    "training_follow_up",
)
# Unique among one office's rows: (index, table, columns before, partial condition: SQLite, PostgreSQL).
# origin_office goes last so that every lookup by the first columns still uses the index.
SCOPED_INDEXES = (
    ("uq_person_nik_live", "person", ("nik",), "deleted_at IS NULL", None),
    ("uq_household_kk_number_live", "household", ("kk_number",), "deleted_at IS NULL", None),
    (
        "uq_document_register_sequence",
        "document_register",
        ("kind", "year", "seq"),
        "is_copy = 0",
        "NOT is_copy",
    ),
    ("uq_document_register_number", "document_register", ("number",), "is_copy = 0", "NOT is_copy"),
)


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def upgrade() -> None:
    for table in MERGED_TABLES:
        op.add_column(table, sa.Column("origin_office", sa.String(20), nullable=False, server_default=""))
    for name, table, columns, where, postgresql in SCOPED_INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(
            name, table, [*columns, "origin_office"], unique=True, **only_where(where, postgresql=postgresql)
        )
    op.create_table(
        "sync_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(20), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        _ts("created_at"),
        sa.Column("created_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_key"),
        sa.UniqueConstraint("public_key", name="uq_sync_key_public_key"),
    )
    op.create_index("ix_sync_key_office_code", "sync_key", ["office_code"])
    op.create_table(
        "sync_peer",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("applied_to", sa.Integer(), nullable=False),
        _ts("applied_at", nullable=True),
        sa.Column("applied_counts", sa.String(4000), nullable=False),
        sa.Column("sent_to", sa.Integer(), nullable=False),
        _ts("sent_at", nullable=True),
        sa.Column("sent_counts", sa.String(4000), nullable=False),
        sa.Column("acknowledged_to", sa.Integer(), nullable=False),
        _ts("acknowledged_at", nullable=True),
        sa.Column("answer_no", sa.Integer(), nullable=False),
        _ts("answer_at", nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_sync_peer"),
        sa.UniqueConstraint("slot", name="uq_sync_peer_slot"),
    )
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_code", sa.String(20), nullable=False),
        sa.Column("from_sequence", sa.Integer(), nullable=False),
        sa.Column("to_sequence", sa.Integer(), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        _ts("received_at"),
        sa.PrimaryKeyConstraint("id", name="pk_sync_held"),
        sa.UniqueConstraint("office_code", "from_sequence", "to_sequence", name="uq_sync_held_office_code"),
    )


def downgrade() -> None:
    for table in ("sync_held", "sync_peer"):
        op.drop_table(table)
    op.drop_index("ix_sync_key_office_code", table_name="sync_key")
    op.drop_table("sync_key")
    for name, table, columns, where, postgresql in SCOPED_INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, list(columns), unique=True, **only_where(where, postgresql=postgresql))
    for table in MERGED_TABLES:
        op.drop_column(table, "origin_office")
