"""The central merge on PostgreSQL: foreign keys DEFERRABLE, and the ids offices number 64-bit.

SQLite defers its foreign keys per transaction (PRAGMA defer_foreign_keys); PostgreSQL defers only the
constraints declared DEFERRABLE, so the merge's `SET CONSTRAINTS ALL DEFERRED` needs them so. INITIALLY
IMMEDIATE keeps every other transaction checking row by row, as before. An office's integer id is kept at
the centre as slot * 10**12 + n (storage/sync/merge_order.py): SQLite's INTEGER holds it, PostgreSQL's
integer does not, so those columns become bigint there. Nothing to do on SQLite.

Revision ID: 0018_central_pg
Revises: 0017_postgres
Create Date: 2026-12-03
"""

from alembic import op

from tangsel_desktop.storage import row_seals

revision = "0018_central_pg"
down_revision = "0017_postgres"
branch_labels = None
depends_on = None

# Written here, not derived from merge_order, so that this step stays what it was when the tables change.
CENTRAL_IDS = (
    ("document_register", "id"),
    ("document_register", "original_id"),
    ("household_kk_history", "id"),
    ("jamsos_claim_note", "id"),
    ("jamsos_status_event", "id"),
    ("sembako_handover", "document_id"),
    ("training_certificate", "document_id"),
    ("training_kit", "document_id"),
)
_FOREIGN_KEYS = (
    "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
    "JOIN pg_class t ON t.oid = c.conrelid "
    "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND c.condeferrable = {} "
    "ORDER BY 1, 2"
)


def _alter(deferrable: bool) -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    found = connection.exec_driver_sql(_FOREIGN_KEYS.format("false" if deferrable else "true")).fetchall()
    wanted = "DEFERRABLE INITIALLY IMMEDIATE" if deferrable else "NOT DEFERRABLE"
    for table, name in found:
        connection.exec_driver_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" {wanted}')


# The sealed tables among them: their noting triggers (0017) name the columns, which PostgreSQL will not
# retype under a trigger, so they are dropped and made again around the change.
SEALED = ("document_register", "sembako_handover")


def _retype(kind: str) -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in SEALED:
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS seal_{table}() CASCADE")
    for table, column in CENTRAL_IDS:
        connection.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE {kind}')
        # Its own numbering too (the sequence behind a serial id), or the next id past 2**31 is refused.
        sequence = connection.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table}', '{column}')"
        ).scalar()
        if sequence:
            connection.exec_driver_sql(f"ALTER SEQUENCE {sequence} AS {kind}")
    for table in SEALED:
        for statement in row_seals.server_trigger_sql(table):
            connection.exec_driver_sql(statement)


def upgrade() -> None:
    _retype("bigint")
    _alter(True)


def downgrade() -> None:
    _alter(False)
    _retype("integer")
