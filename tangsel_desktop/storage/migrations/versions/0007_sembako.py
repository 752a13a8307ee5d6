"""Sembako: evidence letters, remote RWs, rounds (items, days, a frozen list), stock, the handover ledger.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.columns import UtcTimestamp

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Written here, not imported from the tables module, so that this step stays what it was.
TABLES = (
    "sembako_evidence",
    "sembako_remote_rw",
    "sembako_round",
    "sembako_round_item",
    "sembako_round_day",
    "sembako_recipient",
    "sembako_stock_move",
    "sembako_handover",
)


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, UtcTimestamp(), nullable=nullable)


def _id(name: str = "id") -> sa.Column[object]:
    return sa.Column(name, sa.String(32), nullable=False)


def _text(name: str, length: int, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "sembako_evidence",
        _id(),
        _id("person_id"),
        _text("category", 12),
        _text("document", 200),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        _text("child_name", 150),
        sa.Column("child_birth_date", sa.Date(), nullable=True),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        _ts("revoked_at", nullable=True),
        _text("revoked_by", 32, nullable=True),
        _text("revoke_reason", 500),
        sa.CheckConstraint(
            "category IN ('stunting', 'tbc', 'disabilitas', 'terpencil')", name="ck_sembako_evidence_category"
        ),
        _fk("person_id", "sembako_evidence", "person"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_evidence"),
    )
    op.create_index("ix_sembako_evidence_person", "sembako_evidence", ["person_id"])
    op.create_index("ix_sembako_evidence_until", "sembako_evidence", ["category", "valid_until"])
    op.create_table(
        "sembako_remote_rw",
        _text("rw", 3),
        _text("note", 200),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        sa.PrimaryKeyConstraint("rw", name="pk_sembako_remote_rw"),
    )
    op.create_table(
        "sembako_round",
        _id(),
        _text("name", 120),
        _text("month", 7),
        _text("categories", 60),
        _text("unit", 10),
        _text("status", 10),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        _ts("approved_at", nullable=True),
        _text("approved_by", 32, nullable=True),
        _text("approved_by_name", 150),
        _ts("updated_at"),
        sa.CheckConstraint("status IN ('draft', 'approved', 'closed')", name="ck_sembako_round_status"),
        sa.CheckConstraint("unit IN ('family', 'person')", name="ck_sembako_round_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_round"),
    )
    op.create_index("ix_sembako_round_month", "sembako_round", ["month"])
    op.create_table(
        "sembako_round_item",
        _id(),
        _id("round_id"),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name", 60),
        _text("unit", 20),
        _text("quantity", 20),
        sa.Column("unit_price", sa.Integer(), nullable=False),
        _fk("round_id", "sembako_round_item", "sembako_round"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_round_item"),
        sa.UniqueConstraint("round_id", "position", name="uq_sembako_round_item_round_id"),
    )
    op.create_table(
        "sembako_round_day",
        _id(),
        _id("round_id"),
        sa.Column("day", sa.Date(), nullable=False),
        _text("place", 200),
        _fk("round_id", "sembako_round_day", "sembako_round"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_round_day"),
    )
    op.create_index("ix_sembako_round_day_round", "sembako_round_day", ["round_id", "day"])
    op.create_table(
        "sembako_recipient",
        _id(),
        _id("round_id"),
        _text("unit_key", 32),
        _text("household_id", 32, nullable=True),
        _id("person_id"),
        _text("full_name", 150),
        _text("nik", 16),
        _text("kk_number", 16),
        _text("address", 500),
        _text("rt", 3),
        _text("rw", 3),
        _text("categories", 60),
        _text("status", 10),
        _text("added_reason", 500),
        sa.Column("added_after_approval", sa.Boolean(), nullable=False),
        _text("removed_reason", 500),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        _ts("updated_at"),
        _text("updated_by", 32, nullable=True),
        sa.CheckConstraint("status IN ('listed', 'removed')", name="ck_sembako_recipient_status"),
        _fk("round_id", "sembako_recipient", "sembako_round"),
        _fk("person_id", "sembako_recipient", "person"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_recipient"),
        sa.UniqueConstraint("round_id", "unit_key", name="uq_sembako_recipient_round_id"),
    )
    op.create_index("ix_sembako_recipient_round_rw", "sembako_recipient", ["round_id", "rw", "full_name"])
    op.create_index("ix_sembako_recipient_person", "sembako_recipient", ["person_id"])
    op.create_index("ix_sembako_recipient_household", "sembako_recipient", ["household_id"])
    op.create_table(
        "sembako_stock_move",
        _id(),
        _id("round_id"),
        _text("kind", 10),
        sa.Column("count", sa.Integer(), nullable=False),
        _text("bast_number", 60),
        _text("party", 200),
        _text("reason", 500),
        sa.Column("happened_on", sa.Date(), nullable=False),
        _ts("created_at"),
        _text("created_by", 32, nullable=True),
        sa.CheckConstraint("kind IN ('received', 'returned', 'damaged')", name="ck_sembako_stock_move_kind"),
        sa.CheckConstraint("count > 0", name="ck_sembako_stock_move_count"),
        _fk("round_id", "sembako_stock_move", "sembako_round"),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_stock_move"),
    )
    op.create_index("ix_sembako_stock_move_round", "sembako_stock_move", ["round_id", "happened_on"])
    op.create_table(
        "sembako_handover",
        _id(),
        _id("round_id"),
        _id("recipient_id"),
        _text("unit_key", 32),
        sa.Column("document_id", sa.Integer(), nullable=False),
        _text("receipt_number", 60),
        _text("mark", 12),
        _text("proxy_name", 150),
        _text("proxy_nik", 16),
        _text("proxy_relation", 50),
        _text("clerk_id", 32, nullable=True),
        _text("clerk_name", 150),
        _ts("handed_at"),
        _ts("voided_at", nullable=True),
        _text("voided_by", 32, nullable=True),
        _text("void_reason", 500),
        sa.CheckConstraint("mark IN ('signature', 'thumbprint')", name="ck_sembako_handover_mark"),
        _fk("round_id", "sembako_handover", "sembako_round"),
        _fk("recipient_id", "sembako_handover", "sembako_recipient"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document_register.id"],
            name="fk_sembako_handover_document_id_document_register",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sembako_handover"),
    )
    op.create_index(
        "uq_sembako_handover_once",
        "sembako_handover",
        ["round_id", "unit_key"],
        unique=True,
        sqlite_where=sa.text("voided_at IS NULL"),
        postgresql_where=sa.text("voided_at IS NULL"),
    )
    op.create_index("ix_sembako_handover_round", "sembako_handover", ["round_id", "handed_at"])
    op.create_index("ix_sembako_handover_recipient", "sembako_handover", ["recipient_id"])
    connection = op.get_bind()
    for table in TABLES:
        change_journal.install_triggers(connection, table)


def downgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        for name in change_journal.journal_trigger_names(table):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in reversed(TABLES):
        op.drop_table(table)
