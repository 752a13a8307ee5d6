"""The central merge on PostgreSQL: a table's rows of a package COPYed into a temporary table, other offices'
rows found by one join, then one INSERT ... SELECT ... ON CONFLICT (key) DO UPDATE of the office's own.

The foreign keys are DEFERRABLE on PostgreSQL (migration 0018), so `SET CONSTRAINTS ALL DEFERRED` checks a
package's parents at the commit, as SQLite's defer_foreign_keys does. Triggers fire per row as usual: an
upsert's inserted rows are journaled as inserts, its updated rows as updates.
"""

from typing import Any

from tangsel_desktop.storage.sync.merge_order import ORIGIN, MergedTable
from tangsel_desktop.storage.sync.merge_rows import ForeignRows
from tangsel_desktop.storage.transaction import Transaction

ANALYZE_AFTER = 500  # new rows in one table before its statistics are worth a look


def _driver(tx: Transaction) -> Any:
    """The psycopg connection inside this same transaction (pending ORM changes flushed first)."""
    tx.session.flush()
    return tx.connection.connection.driver_connection


def defer_foreign_keys(tx: Transaction) -> None:
    _driver(tx).execute("SET CONSTRAINTS ALL DEFERRED")


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


def upsert_rows(
    tx: Transaction, table: MergedTable, *, office: str, columns: list[str], rows: list[list[Any]]
) -> int:
    connection = _driver(tx)
    staging = f"merge_{table.name}"
    names = _quoted(columns)
    key = f'"{table.key}"'
    with connection.cursor() as cursor:
        # The table's own column types, none of its constraints; gone at the commit or the rollback.
        cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{staging}")
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS "
            f"SELECT {names} FROM {table.name} WITH NO DATA"
        )
        with cursor.copy(f"COPY {staging} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"SELECT s.{key}::text FROM {staging} s JOIN {table.name} t ON t.{key} = s.{key} "
            f"WHERE t.{ORIGIN} <> %s ORDER BY 1",
            (office,),
        )
        foreign = [str(found[0]) for found in cursor.fetchall()]
        if foreign:
            raise ForeignRows(table.name, foreign)
        others = [column for column in columns if column != table.key]
        on_conflict = (
            "DO UPDATE SET "
            + ", ".join(f'"{column}" = EXCLUDED."{column}"' for column in others)
            + f" WHERE {table.name}.{ORIGIN} = EXCLUDED.{ORIGIN}"
            if others
            else "DO NOTHING"
        )
        # xmax = 0 marks a row this statement inserted (an updated row carries the updating transaction).
        cursor.execute(
            f"WITH written AS (INSERT INTO {table.name} ({ORIGIN}, {names}) "
            f"SELECT %s, {names} FROM {staging} ON CONFLICT ({key}) {on_conflict} "
            "RETURNING (xmax = 0) AS inserted) "
            "SELECT count(*) FILTER (WHERE inserted) FROM written",
            (office,),
        )
        new = int(cursor.fetchone()[0])
        cursor.execute(f"DROP TABLE {staging}")
        _fresh_statistics(cursor, table.name, new)
    return new


def _fresh_statistics(cursor: Any, table: str, new: int) -> None:
    """ANALYZE a table this package grew past what the planner believes it holds (a first package into a
    young centre): the findings' grouped queries run in this same transaction, and planned on an 'empty'
    table they go quadratic (measured: 20 s instead of 0.2 s for 3,000 people). A grown city's table,
    whose statistics autovacuum keeps, is left alone (ANALYZE would queue imports of other offices)."""
    if new < ANALYZE_AFTER:
        return
    cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", (table,))
    believed = float(cursor.fetchone()[0])
    if believed < new:
        cursor.execute(f"ANALYZE {table}")


def delete_rows(tx: Transaction, table: MergedTable, *, office: str, keys: list[Any]) -> int:
    with _driver(tx).cursor() as cursor:
        cursor.execute(
            f'DELETE FROM {table.name} WHERE "{table.key}" = ANY(%s) AND {ORIGIN} = %s', (keys, office)
        )
        return int(cursor.rowcount)


def constraint_failure(error: BaseException) -> str | None:
    """psycopg's own IntegrityError (raised by the bare cursor, not wrapped by SQLAlchemy), else None."""
    try:
        import psycopg
    except ImportError:  # a kelurahan build without the PostgreSQL driver
        return None
    if isinstance(error, psycopg.IntegrityError):
        return str(error).splitlines()[0]
    return None
