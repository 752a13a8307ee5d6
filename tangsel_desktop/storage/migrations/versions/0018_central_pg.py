"""The central office on PostgreSQL: the id sequences 64-bit, like the id columns 0017_postgres widened.

A serial column's sequence keeps its own type when the column's changes: after 0017_postgres the columns
hold 64-bit ids (an office's row n is slot * 10**12 + n at the centre) but their sequences still stop at
2**31 - 1. The centre's own next id follows the largest one held (as SQLite's rowid does), so moving a
central store onto the server (`central migrate-to-postgres`) sets sequences past 10**12: they must be
bigint. Nothing to do on SQLite.

Revision ID: 0018_central_pg
Revises: 0017_postgres
Create Date: 2026-12-03
"""

from alembic import op

revision = "0018_central_pg"
down_revision = "0017_postgres"
branch_labels = None
depends_on = None

_SEQUENCES = (
    "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() AND data_type = '{}'::regtype"
)


def _retype(before: str, after: str) -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        return
    for (name,) in connection.exec_driver_sql(_SEQUENCES.format(before)).fetchall():
        connection.exec_driver_sql(f'ALTER SEQUENCE "{name}" AS {after}')


def upgrade() -> None:
    _retype("integer", "bigint")


def downgrade() -> None:
    _retype("bigint", "integer")
