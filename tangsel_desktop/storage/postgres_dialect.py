"""What is PostgreSQL's own in the store (the central office): the engine over psycopg 3, the write lock, the
session's settings, the change journal's trigger functions, and the bare connection's `?` parameters.

The same jobs as storage/sqlite_dialect.py, for a store on a database server: no encryption key applies (the
server's own access control, disk encryption and backups protect it); nothing outside storage/ knows which
engine is in use.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry

from tangsel_desktop.domain.errors import UserError

# The same execution options as SQLite's (storage/database.py sets them whichever engine opens the store).
from tangsel_desktop.storage.sqlite_dialect import (
    ALONGSIDE_OPTION,
    AUTOCOMMIT_OPTION,
    NO_WAIT_OPTION,
    WRITE_OPTION,
)
from tangsel_desktop.storage.store_busy import StoreBusy

__all__ = ["ALONGSIDE_OPTION", "AUTOCOMMIT_OPTION", "NO_WAIT_OPTION", "WRITE_OPTION"]

# How long a writer waits for another writer before the clerk hears "data sedang dipakai" (SQLite's
# busy_timeout), and the longest any one statement may run before it is cancelled (a runaway query must not
# hold the city's store for everyone).
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 300_000
# The advisory lock every write transaction takes: SQLite's BEGIN IMMEDIATE on a server. Writers queue one
# after another exactly as at an office, so no service needs to know about row locks to avoid a lost update;
# readers are never blocked (MVCC snapshots).
WRITE_LOCK = 0x7A6E_5E1  # "tangsel", any constant the application alone uses
MIN_SERVER_VERSION = 14


def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Every timestamp the application writes is its own UTC text; the server's time zone only shows in
    # now() defaults, which the application does not use, so UTC keeps psql sessions and ours alike.
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
        cursor.execute("SET application_name = 'tangsel-desktop'")
    dbapi_connection.commit()


def on_begin(connection: Connection) -> None:
    # psycopg opens the transaction with the first statement; a writer's first statement takes the write lock.
    options = connection.get_execution_options()
    if options.get(AUTOCOMMIT_OPTION):
        _isolation(connection, None)
        return  # each statement sees what is committed when it runs: search as you type
    if not options.get(WRITE_OPTION):
        # A read is one snapshot, as a SQLite read transaction is: a recap's several statements see the
        # same store even while an import commits. (Writers stay READ COMMITTED: queued on the write lock,
        # each must see everything committed before it got the lock.)
        _isolation(connection, "REPEATABLE READ")
        return
    _isolation(connection, None)
    if options.get(ALONGSIDE_OPTION):
        # A central import: its own narrower locks (storage/central_locks.py), taken by the caller.
        return
    if options.get(NO_WAIT_OPTION):
        taken = connection.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK})").scalar()
        if not taken:
            raise StoreBusy()
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    connection.exec_driver_sql("SET LOCAL lock_timeout = 0")


def _isolation(connection: Connection, level: str | None) -> None:
    """The transaction's isolation level (None: the server's, READ COMMITTED), told to psycopg before it
    sends BEGIN, which then carries it: no SET TRANSACTION round trip of its own (a read action's fixed
    cost is its round trips: the recap is several statements over a few thousand rows). Should psycopg
    already be inside a transaction, the level is set by a statement instead."""
    from psycopg import IsolationLevel
    from psycopg.pq import TransactionStatus

    driver: Any = connection.connection.driver_connection
    wanted = None if level is None else IsolationLevel.REPEATABLE_READ
    if driver.info.transaction_status == TransactionStatus.IDLE:
        if driver.isolation_level != wanted:
            driver.isolation_level = wanted
    elif level is not None:
        connection.exec_driver_sql(f"SET TRANSACTION ISOLATION LEVEL {level}")


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """The process's engine over the central office's database (a pool of server connections)."""
    if key is not None:
        raise ValueError("a PostgreSQL store has no database key: the server protects it")
    # hide_parameters, as on SQLite: an error's text (a crash report, a log line) names the statement, never
    # its values; and the server's own DETAIL ("Key (nik)=(3674...) already exists") is cut off below.
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, hide_parameters=True)
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    event.listen(engine, "handle_error", _hide_values)
    return engine


def _hide_values(context: Any) -> BaseException | None:
    """SQLAlchemy's error, made again around the driver's error cut to its first line."""
    error = context.original_exception
    without_values(error)
    found = context.sqlalchemy_exception
    if not isinstance(found, DBAPIError) or not isinstance(error, Exception):
        return None
    return type(found)(
        found.statement,
        found.params,
        error,
        hide_parameters=True,
        connection_invalidated=found.connection_invalidated,
        code=found.code,
    )


def without_values(error: BaseException) -> None:
    """The server's error cut to its first line: its DETAIL and CONTEXT lines quote the row's values (a NIK
    refused twice), which must not reach a log file or a crash report. The SQLSTATE stays (is_busy)."""
    diag = getattr(error, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if primary and error.args and error.args[0] != primary:
        error.args = (primary,)


def check_server(connection: Connection) -> None:
    """The start-up checks: a server this application supports, holding text as UTF-8 in byte order, in a
    known zone."""
    version = int(connection.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    if version // 10000 < MIN_SERVER_VERSION:
        raise UserError(
            f"Server PostgreSQL versi {version // 10000} terlalu lama: Tangsel Desktop memerlukan versi "
            f"{MIN_SERVER_VERSION} atau lebih baru. Perbarui server basis data, lalu buka lagi."
        )
    encoding = connection.exec_driver_sql("SHOW server_encoding").scalar()
    if encoding != "UTF8":
        raise UserError(
            f"Basis data memakai pengodean {encoding}, bukan UTF8: nama warga beraksara apa pun harus "
            "tersimpan utuh. Buat basis data baru dengan ENCODING 'UTF8' (lihat README), lalu arahkan "
            "aplikasi ke sana."
        )
    # Keyset pages, NIK ranges and the name order are those of SQLite's byte order; a language's collation
    # (the installer's default on Windows) sorts 'a' before 'B' and ':' before the digits, and would skip
    # rows between pages. Asked of the server's behaviour, so any provider (libc, ICU) and version is judged.
    in_byte_order = connection.exec_driver_sql("SELECT 'B' < 'a' AND '3674:' > '36741'").scalar()
    if not in_byte_order:
        raise UserError(
            "Basis data memakai urutan huruf (collation) sebuah bahasa, bukan urutan 'C': daftar nama dan "
            "pencarian NIK akan melompati baris. Buat basis data dengan LC_COLLATE 'C' (lihat README), "
            "lalu arahkan aplikasi ke sana."
        )
    zone = connection.exec_driver_sql("SHOW TimeZone").scalar()
    if zone != "UTC":
        raise UserError(
            f"Sesi basis data berzona waktu {zone}, bukan UTC: waktu yang tercatat tidak akan cocok. "
            "Periksa pengaturan timezone server atau peran pengguna basis data."
        )


# The bare connection (Transaction.raw/rows): the store functions write SQLite's DB-API ("?" parameters,
# cursor.lastrowid); on PostgreSQL they get this thin door over psycopg's connection instead, which only
# translates the parameter marks. SQL that differs otherwise is spelled per dialect by its caller.
def pyformat(sql: str, named: bool) -> str:
    """`?` (or `:name`) marks as psycopg's `%s` (`%(name)s`), and every literal `%` doubled; quoted text
    and `::` casts are left alone."""
    out: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(sql):
        char = sql[i]
        if quote:
            out.append("%%" if char == "%" else char)
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not named:
            out.append("%s")
        elif char == ":" and named and sql[i + 1 : i + 2].isidentifier() and sql[i - 1 : i] != ":":
            end = i + 1
            while end < len(sql) and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1 : end]})s")
            i = end
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


class RawCursor:
    """A finished statement: its rows, rowcount and (for an INSERT ... RETURNING) the new id."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid: int | None = None

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall())

    def __iter__(self) -> Any:
        return iter(self._cursor)


class RawConnection:
    """psycopg's connection inside the transaction, spoken to as the store functions speak to SQLite's."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def _cursor(self) -> Any:
        cursor = self._connection.cursor()
        _sqlite_like(cursor)
        return cursor

    def execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()) -> RawCursor:
        cursor = self._cursor()
        named = isinstance(parameters, Mapping)
        try:
            cursor.execute(pyformat(sql, named), parameters if named or parameters else None)
        except Exception as error:
            without_values(error)
            raise
        found = RawCursor(cursor)
        if cursor.description is not None and sql.lstrip().upper().startswith("INSERT"):
            row = cursor.fetchone()
            found.lastrowid = int(row[0]) if row else None
        return found

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> RawCursor:
        cursor = self._cursor()
        try:
            cursor.executemany(pyformat(sql, False), list(rows))
        except Exception as error:
            without_values(error)
            raise
        return RawCursor(cursor)

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """Rows straight into a table by COPY (a bulk load: one stream, not one statement a row; the
        table's triggers and constraints still apply). Values as executemany takes them: text, numbers,
        None."""
        statement = f"COPY {table} ({', '.join(chr(34) + column + chr(34) for column in columns)}) FROM STDIN"
        try:
            with self._connection.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except Exception as error:
            without_values(error)
            raise


def _sqlite_like(cursor: Any) -> None:
    """Values as SQLite hands them to the store functions: dates as ISO text, a sum or an average as an int
    or a float (never a Decimal), and a Python int sent untyped so that the server reads it as the column
    needs (an integer, or 0/1 for a boolean column, as SQLite stores booleans)."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.string import TextLoader

    class SqliteNumber(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data)
            return float(text) if b"." in text or b"e" in text.lower() else int(text)

    class UntypedInt(Dumper):
        oid = 0  # unknown: the server infers the type from where the value goes

        def dump(self, obj: Any) -> bytes:
            return str(int(obj)).encode()

    cursor.adapters.register_dumper(int, UntypedInt)
    cursor.adapters.register_dumper(bool, UntypedInt)
    cursor.adapters.register_loader("date", TextLoader)
    cursor.adapters.register_loader("numeric", SqliteNumber)


def raw_connection(driver_connection: Any) -> RawConnection:
    return RawConnection(driver_connection)


# The change journal on PostgreSQL: one trigger function per journaled table, the same entries as SQLite's
# triggers write (storage/sqlite_dialect.py): a changed row's entry moves to the next sequence number, its
# operation and time replaced and its version raised (version 1 for a row never journaled).
# Statement-level triggers with transition tables (migration 0022): a COPY or one INSERT of a package's
# hundred thousand rows journals them in one statement instead of a PL/pgSQL call per row, which was most
# of the central merge's time (a bare COPY of one package: 1.5-1.8 s with the row triggers, 0.5-0.6 s with
# none). One INSERT ... ON CONFLICT on the journal's unique (table, row) index does the row triggers' DELETE
# and INSERT; the conflict is always found through that index, so no cached plan can scan the journal (the
# reason 0020 made the row triggers plan every call). An INSERT ... ON CONFLICT DO UPDATE on a journaled
# table fires the insert trigger with the rows it inserted and the update trigger with those it updated.
# A sequence number taken for a row that then conflicts is skipped: the numbers keep increasing, with gaps
# (as a rolled-back transaction leaves too).
_JOURNAL_ENTRY = """
INSERT INTO change_journal AS j (table_name, row_id, operation, office_code, version, changed_at)
SELECT '{table}', CAST(r.{key_column} AS TEXT), {operation}, here.code, 1, stamp.at
FROM {rows} r,
     (SELECT COALESCE((SELECT code FROM office WHERE id = 1), '') AS code) here,
     (SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at) stamp
ON CONFLICT (table_name, row_id) DO UPDATE SET seq = DEFAULT, operation = EXCLUDED.operation,
  office_code = EXCLUDED.office_code, version = j.version + 1, changed_at = EXCLUDED.changed_at;"""


def journal_trigger_sql(table: str, key_column: str, *, soft_delete: bool) -> list[str]:
    """CREATE FUNCTION and CREATE TRIGGER statements journaling every insert, update and delete of a table
    (any triggers of the same names dropped first, so that a migration can replace older ones)."""
    updated = (
        "CASE WHEN r.deleted_at IS NOT NULL THEN 'delete' ELSE 'update' END" if soft_delete else "'update'"
    )
    entry = {"table": table, "key_column": key_column}
    body = f"""
BEGIN
  IF TG_OP = 'INSERT' THEN{_JOURNAL_ENTRY.format(**entry, operation="'insert'", rows="new_rows")}
  ELSIF TG_OP = 'UPDATE' THEN{_JOURNAL_ENTRY.format(**entry, operation=updated, rows="new_rows")}
  ELSE{_JOURNAL_ENTRY.format(**entry, operation="'delete'", rows="old_rows")}
  END IF;
  RETURN NULL;
END
"""
    function = f"journal_{table}"
    transition = {
        "insert": "NEW TABLE AS new_rows",
        "update": "NEW TABLE AS new_rows",
        "delete": "OLD TABLE AS old_rows",
    }
    return [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$",
        *(
            statement
            for name, operation in zip(
                journal_trigger_names(table), ("insert", "update", "delete"), strict=True
            )
            for statement in (
                f"DROP TRIGGER IF EXISTS {name} ON {table}",
                f"CREATE TRIGGER {name} AFTER {operation.upper()} ON {table} "
                f"REFERENCING {transition[operation]} FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            )
        ),
    ]


def journal_trigger_names(table: str) -> tuple[str, ...]:
    return tuple(f"journal_{table}_{event}" for event in ("insert", "update", "delete"))


def trigger_names(connection: Connection) -> set[str]:
    """The triggers in the store (the journal's and search's), for `check`."""
    return {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
            "AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)"
        )
    }


def table_names(connection: Connection) -> set[str]:
    return {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    }
