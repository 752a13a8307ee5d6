"""The central office's name search at the city's size: the search document stored, and the journal's plans.

PostgreSQL only; nothing on SQLite (an office's FTS5 table is untouched).
- person.search_document: the words search matches (name, address, NIK), computed by the server on every
  write as a stored generated column, and ix_person_search made over it instead of over the expression.
  A search listing many matches walks the name index and keeps the rows that match: with the expression,
  each row passed was parsed into words again (to_tsvector), 286 ms at the p95 over 60,000 people; the
  stored words are only compared (storage/people/search_postgres.py).
- The change journal's trigger functions plan their statements on each call (plan_cache_mode): a plan
  cached while the journal was nearly empty scanned the whole journal for every row written after it,
  so a large load in one transaction grew with the square of its rows (storage/postgres_dialect.py).

Revision ID: 0020_pg_search
Revises: 0019_recap_index
Create Date: 2026-12-03
"""

from alembic import op

revision = "0020_pg_search"
down_revision = "0019_recap_index"
branch_labels = None
depends_on = None

# Written here, not imported, so that this step stays what it was (0001's expression, the same words).
DOCUMENT = "to_tsvector('simple', full_name || ' ' || address || ' ' || nik)"
JOURNAL_FUNCTIONS = (
    "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
    "AND left(p.proname, 8) = 'journal_' AND p.prorettype = 'trigger'::regtype ORDER BY 1"
)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for (function,) in connection.exec_driver_sql(JOURNAL_FUNCTIONS).fetchall():
        connection.exec_driver_sql(f'ALTER FUNCTION "{function}"() SET plan_cache_mode = force_custom_plan')
    connection.exec_driver_sql(
        f"ALTER TABLE person ADD COLUMN search_document tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED"
    )
    connection.exec_driver_sql("DROP INDEX ix_person_search")
    connection.exec_driver_sql(
        "CREATE INDEX ix_person_search ON person USING gin (search_document) WHERE deleted_at IS NULL"
    )
    connection.exec_driver_sql("ANALYZE person")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    connection.exec_driver_sql("DROP INDEX ix_person_search")
    connection.exec_driver_sql("ALTER TABLE person DROP COLUMN search_document")
    connection.exec_driver_sql(
        f"CREATE INDEX ix_person_search ON person USING gin ({DOCUMENT}) WHERE deleted_at IS NULL"
    )
    for (function,) in connection.exec_driver_sql(JOURNAL_FUNCTIONS).fetchall():
        connection.exec_driver_sql(f'ALTER FUNCTION "{function}"() RESET plan_cache_mode')
