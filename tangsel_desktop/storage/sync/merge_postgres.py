"""The central merge on PostgreSQL: the owners of a table's rows in a package looked up by key (another
office's refuse it), the rows new here COPYed straight into the table, and the rows the office already holds
COPYed into a temporary table, then one INSERT ... SELECT ... ON CONFLICT (key) DO UPDATE.

The foreign keys are DEFERRABLE on PostgreSQL (migration 0018), so `SET CONSTRAINTS ALL DEFERRED` checks a
package's parents at the commit, as SQLite's defer_foreign_keys does. The tables' triggers fire as for any
write: the journal's and the search words' once per statement (migrations 0021, 0022), the COPY's rows
journaled as inserts, an upsert's inserted rows as inserts and its updated rows as updates.
"""

from typing import Any

from tangsel_desktop.storage.sync.merge_order import ORIGIN, MergedTable
from tangsel_desktop.storage.sync.merge_rows import ForeignRows
from tangsel_desktop.storage.transaction import Transaction

ANALYZE_AFTER = 500  # new rows in one table before its statistics are worth a look
LOOKUP_CHUNK = 5_000  # keys per owners look-up (one statement, the key index probed per key)


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
    """The rows' owners looked up first: another office's refuse the package; rows new here go straight
    in by one COPY into the table (what a bare load costs: no temporary table, no speculative insertion
    per row); rows the office already holds are upserted through a temporary table."""
    connection = _driver(tx)
    key_at = columns.index(table.key)
    owners = _owners(connection, table, [row[key_at] for row in rows])
    foreign = sorted(str(row[key_at]) for row in rows if owners.get(str(row[key_at]), office) != office)
    if foreign:
        raise ForeignRows(table.name, foreign)
    new = [row for row in rows if str(row[key_at]) not in owners]
    held = [row for row in rows if str(row[key_at]) in owners]
    with connection.cursor() as cursor:
        if new:
            # A row another session inserts meanwhile (only a forged package can name it) breaks the
            # unique key: an IntegrityError, the package refused whole like any broken constraint.
            with cursor.copy(f"COPY {table.name} ({ORIGIN}, {_quoted(columns)}) FROM STDIN") as copy:
                for row in new:
                    copy.write_row([office, *row])
        if held:
            _upsert_held(cursor, table, office, columns, held)
        _fresh_statistics(cursor, table.name, len(new))
    return len(new)


def _owners(connection: Any, table: MergedTable, keys: list[Any]) -> dict[str, str]:
    """Which office holds each of these rows here, by the key as text (rows not held are absent)."""
    found: dict[str, str] = {}
    keys = [key for key in keys if key is not None]  # a row without its key breaks NOT NULL at the COPY
    with connection.cursor() as cursor:
        for start in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[start : start + LOOKUP_CHUNK]
            values = [int(key) for key in chunk] if table.integer_key else [str(key) for key in chunk]
            cursor.execute(
                f'SELECT "{table.key}", {ORIGIN} FROM {table.name} WHERE "{table.key}" = ANY(%s)', (values,)
            )
            found.update((str(key), str(origin)) for key, origin in cursor.fetchall())
    return found


def _upsert_held(
    cursor: Any, table: MergedTable, office: str, columns: list[str], rows: list[list[Any]]
) -> None:
    """Rows the office holds here: COPYed into a temporary table, then one INSERT ... ON CONFLICT DO UPDATE
    (guarded by the owner: a row that changed hands meanwhile is left alone, as before)."""
    staging = f"merge_{table.name}"
    names = _quoted(columns)
    key = f'"{table.key}"'
    # The table's own column types, none of its constraints; gone at the commit or the rollback.
    cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{staging}")
    cursor.execute(
        f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS SELECT {names} FROM {table.name} WITH NO DATA"
    )
    with cursor.copy(f"COPY {staging} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    others = [column for column in columns if column != table.key]
    on_conflict = (
        "DO UPDATE SET "
        + ", ".join(f'"{column}" = EXCLUDED."{column}"' for column in others)
        + f" WHERE {table.name}.{ORIGIN} = EXCLUDED.{ORIGIN}"
        if others
        else "DO NOTHING"
    )
    cursor.execute(
        f"INSERT INTO {table.name} ({ORIGIN}, {names}) SELECT %s, {names} FROM {staging} "
        f"ON CONFLICT ({key}) {on_conflict}",
        (office,),
    )
    cursor.execute(f"DROP TABLE {staging}")


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
