"""The central office on PostgreSQL: the row seals' noting triggers, which SQLite keeps per connection, and
deferrable foreign keys for the merge of a package, SQLite's 64-bit integers, and two SQLite functions.

On SQLite this step does nothing (each application connection creates its TEMP triggers: row_seals.prepare).
A server has no per-connection triggers, so the sealed tables get permanent ones that note a row only in
a transaction of the application (storage/row_seals.py says how).

Revision ID: 0017_postgres
Revises: 0016
Create Date: 2026-12-03
"""

from alembic import op

from tangsel_desktop.storage import row_seals

revision = "0017_postgres"
down_revision = "0016"
branch_labels = None
depends_on = None

# Written here, not looked up from row_seals.SEALED, so that this step stays what it was when the list grows.
SEALED_TABLES = ("app_user", "document_register", "jamsos_member", "sembako_handover")


# Two of SQLite's functions the store functions use, under their SQLite names, so that one statement
# serves both engines: instr (a text's position in another, for the personal-data searches of the audit
# trail) and group_concat (a person's training follow-ups on one line).
SQLITE_FUNCTIONS = (
    "CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$",
    "CREATE FUNCTION group_concat_step(joined text, item text, separator text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN item IS NULL THEN joined "
    "WHEN joined IS NULL THEN item ELSE joined || separator || item END $$",
    "CREATE AGGREGATE group_concat(text, text) (SFUNC = group_concat_step, STYPE = text)",
)
INTEGER_COLUMNS = (
    "SELECT table_name, column_name FROM information_schema.columns "
    "WHERE table_schema = current_schema() AND data_type = 'integer' ORDER BY 1, 2"
)
FOREIGN_KEYS = (
    "SELECT conrelid::regclass::text, conname FROM pg_constraint "
    "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"
)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    # SQLite's INTEGER is 64 bits; PostgreSQL's is 32. The centre moves each office's integer ids to the
    # office's slot (slot x 10^12 + id, storage/sync/merge_order.py), so every integer column is widened to
    # PostgreSQL's 64-bit BIGINT: the same numbers fit on both engines.
    for table, column in connection.exec_driver_sql(INTEGER_COLUMNS).fetchall():
        connection.exec_driver_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE BIGINT')
    for statement in SQLITE_FUNCTIONS:
        connection.exec_driver_sql(statement)
    for table in SEALED_TABLES:
        for statement in row_seals.server_trigger_sql(table):
            connection.exec_driver_sql(statement)
    # A package's rows arrive parents and children in one transaction, deletions and inserts crossing: the
    # merge checks foreign keys at commit (SQLite's defer_foreign_keys; here SET CONSTRAINTS ALL DEFERRED,
    # which only reaches deferrable constraints). Still checked on every other statement as before.
    for table, constraint in connection.exec_driver_sql(FOREIGN_KEYS).fetchall():
        connection.exec_driver_sql(
            f'ALTER TABLE "{table}" ALTER CONSTRAINT "{constraint}" DEFERRABLE INITIALLY IMMEDIATE'
        )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in SEALED_TABLES:
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS seal_{table}() CASCADE")
    connection.exec_driver_sql("DROP AGGREGATE IF EXISTS group_concat(text, text)")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS group_concat_step(text, text, text)")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS instr(text, text)")
