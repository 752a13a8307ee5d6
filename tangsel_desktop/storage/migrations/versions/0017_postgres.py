"""The central office on PostgreSQL: the row seals' noting triggers, which SQLite keeps per connection.

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


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in SEALED_TABLES:
        for statement in row_seals.server_trigger_sql(table):
            connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for table in SEALED_TABLES:
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS seal_{table}() CASCADE")
