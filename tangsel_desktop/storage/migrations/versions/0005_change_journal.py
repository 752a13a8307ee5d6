"""The change journal: one entry per changed row, kept by triggers, with the rows already stored backfilled.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.sqlite_dialect import journal_trigger_names

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The tables journaled when this step was written: later migrations journal the tables they add, so this
# step must not reach for change_journal.JOURNALED_TABLES, which grows with them.
TABLES = (
    "office",
    "app_user",
    "household",
    "household_kk_history",
    "person",
    "document_number_format",
    "document_register",
    "office_key",
    "office_setting",
    "jamsos_rate",
    "jamsos_member",
    "jamsos_status_event",
    "jamsos_setting",
    "jamsos_claim",
    "jamsos_claim_note",
)


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("office_code", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.String(40), nullable=False),
        sa.CheckConstraint("operation IN ('insert', 'update', 'delete')", name="operation"),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_journal")),
        sqlite_autoincrement=True,
    )
    op.create_index("uq_change_journal_row", "change_journal", ["table_name", "row_id"], unique=True)
    connection = op.get_bind()
    for table in TABLES:
        change_journal.backfill(connection, table)
        change_journal.install_triggers(connection, table)


def downgrade() -> None:
    connection = op.get_bind()
    for table in TABLES:
        for name in journal_trigger_names(table):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("uq_change_journal_row", table_name="change_journal")
    op.drop_table("change_journal")
