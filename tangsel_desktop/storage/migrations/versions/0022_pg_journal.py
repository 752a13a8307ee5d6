"""The central office's change journal by statement-level triggers: one statement per COPY or merge.

PostgreSQL only; nothing on SQLite (an office's journal triggers are untouched).
- Each journaled table's three row-level triggers, and their PL/pgSQL function planned on every call
  (0020), become three statement-level triggers with transition tables whose function writes every changed
  row's entry in one INSERT ... ON CONFLICT (storage/postgres_dialect.py, journal_trigger_sql): the same
  entries, one function call per statement instead of per row.
- Why: in the central merge of 54 offices' packages the row triggers were most of the time (a bare COPY of
  one package: 1.5-1.8 s with them, 0.5-0.6 s with none; measured 3 December 2026).
- Down: the row-level triggers of 0020, with their plan setting.

Revision ID: 0022_pg_journal
Revises: 0021_pg_words
Create Date: 2026-12-03
"""

from alembic import op
from sqlalchemy import Connection, inspect

from tangsel_desktop.storage import change_journal
from tangsel_desktop.storage.change_journal import JOURNALED_TABLES, SOFT_DELETED_TABLES

revision = "0022_pg_journal"
down_revision = "0021_pg_words"
branch_labels = None
depends_on = None

# 0020's row-level function, written here so that going down restores exactly what was there.
ROW_BODY = """
DECLARE
  changed_row TEXT;
  operation_name TEXT;
  previous INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed_row := CAST(OLD.{key} AS TEXT);
    operation_name := 'delete';
  ELSIF TG_OP = 'UPDATE' THEN
    changed_row := CAST(NEW.{key} AS TEXT);
    operation_name := {updated};
  ELSE
    changed_row := CAST(NEW.{key} AS TEXT);
    operation_name := 'insert';
  END IF;
  DELETE FROM change_journal WHERE table_name = '{table}' AND row_id = changed_row
    RETURNING version INTO previous;
  INSERT INTO change_journal (table_name, row_id, operation, office_code, version, changed_at)
  VALUES ('{table}', changed_row, operation_name,
          COALESCE((SELECT code FROM office WHERE id = 1), ''), COALESCE(previous, 0) + 1,
          to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  RETURN NULL;
END
"""


def _journaled_tables(connection: Connection) -> list[str]:
    """The journaled tables this database has (a later migration's table is not there yet)."""
    present = set(inspect(connection).get_table_names())
    return [table for table in JOURNALED_TABLES if table in present]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in _journaled_tables(connection):
        change_journal.install_triggers(connection, table)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in _journaled_tables(connection):
        key = JOURNALED_TABLES[table]
        updated = "CASE WHEN NEW.deleted_at IS NOT NULL THEN 'delete' ELSE 'update' END"
        body = ROW_BODY.format(
            table=table, key=key, updated=updated if table in SOFT_DELETED_TABLES else "'update'"
        )
        connection.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION journal_{table}() RETURNS trigger LANGUAGE plpgsql "
            f"SET plan_cache_mode = force_custom_plan AS $${body}$$"
        )
        for name, event in zip(
            change_journal.journal_trigger_names(table), ("INSERT", "UPDATE", "DELETE"), strict=True
        ):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            connection.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION journal_{table}()"
            )
