"""What is SQLite's own in the store: connection pragmas, BEGIN IMMEDIATE, and the change journal's triggers.

Every connection comes from storage/sqlite_driver.py (SQLCipher's SQLite), keyed with the store's key when it
has one; another engine (PostgreSQL at the central office) gets a module of its own beside this one with the
same jobs; nothing outside storage/ knows which one is in use.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import ConnectionPoolEntry

from tangsel_desktop.storage import sqlite_driver

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "tangsel_write"
AUTOCOMMIT_OPTION = "tangsel_autocommit"
NO_WAIT_OPTION = "tangsel_no_wait"
# A writer that takes the narrower locks it needs itself (a central import: its office's packages, the
# findings, the audit chain) instead of the whole store's: on a server it runs beside the other writers.
# SQLite has one write lock and ignores it.
ALONGSIDE_OPTION = "tangsel_alongside"

# Each connection's page cache, in KiB: a third of the store's file, between these two. A kelurahan's store
# (up to some 100 MB) keeps the 32 MB it always had; a city's store (a million people: 0.8 to 1.3 GB) holds
# what its big reads walk through, so that a second recap or search finds its pages decrypted already. On
# the encrypted store every page the cache lacks is read AND decrypted: the recap over a million members
# with 32 MB took 2.5x as long as on a plain store, with 384 MB 0.9x-1.0x (bench_encrypted, 3 December).
# The pages are taken only as they are read, and the pool hands out the connection used last
# (pool_use_lifo), so the other pooled connections stay small: the ceiling keeps one connection's share of
# a 4 GB laptop below a tenth (a process after a million members' recap: 470 MB at its peak).
CACHE_FLOOR_KIB = 32_000
CACHE_CEILING_KIB = 384_000
CACHE_SHARE_OF_FILE = 3


def cache_kib(file: Path) -> int:
    """The page cache one connection to the store may hold, in KiB (see CACHE_FLOOR_KIB)."""
    try:
        size = file.stat().st_size
    except OSError:
        size = 0  # a store about to be made
    return min(max(size // 1024 // CACHE_SHARE_OF_FILE, CACHE_FLOOR_KIB), CACHE_CEILING_KIB)


def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry, *, cache: int = CACHE_FLOOR_KIB) -> None:
    # Python 3.11's sqlite3 opens transactions on its own; we take BEGIN into our own hands
    # so that writers can ask for BEGIN IMMEDIATE (see on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a handover or registration the clerk saw saved must survive a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted and moved content is overwritten, not left in free space: a page split with this off leaves
    # an old copy of its rows behind, which a person's erasure (UU PDP) could then never reach.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute(f"PRAGMA cache_size=-{cache}")  # negative: KiB rather than pages
    cursor.close()


def on_begin(connection: Connection) -> None:
    # A read that later upgrades to a write ignores busy_timeout and fails at once,
    # so write transactions take the write lock up front.
    options = connection.get_execution_options()
    if options.get(AUTOCOMMIT_OPTION):
        return  # each statement its own implicit read transaction: one round trip less per keystroke
    if options.get(WRITE_OPTION) and options.get(NO_WAIT_OPTION):
        # Take the lock only if it is free now (an optional write, such as a sign-in's audit entry).
        connection.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    elif options.get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """The process's one engine over a SQLite file, keyed when the store is encrypted; connections are per
    thread, transactions per action."""
    file = Path(make_url(url).database or "")

    def connect() -> sqlite_driver.Connection:
        # The key goes in before any other statement; a wrong one raises WrongKeyError here.
        return sqlite_driver.connect(file, key, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)

    # module=: SQLAlchemy maps the driver's own exception classes (sqlcipher3's are not sqlite3's).
    # hide_parameters: an error's text (which a crash report or log line carries) names the statement,
    # never its values: a NIK, a name or a diagnosis stays out of the log files.
    engine = create_engine(
        url, module=sqlite_driver.DBAPI, creator=connect, hide_parameters=True, pool_use_lifo=True
    )
    # Sized once, as the store opens: a store grown in this session gets its larger cache next start.
    cache = cache_kib(file)

    def configure(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        on_connect(dbapi_connection, record, cache=cache)

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", on_begin)
    return engine


def begin_raw_write(connection: sqlite_driver.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")


# The change journal (see storage/change_journal.py): one row per changed row, kept current by triggers so
# that no write path (ORM, bulk executemany, a migration's data step) can forget it.
def journal_trigger_sql(table: str, key_column: str, *, soft_delete: bool) -> list[str]:
    """CREATE TRIGGER statements that journal every insert, update and delete of one table."""

    def record(operation_sql: str, row: str) -> str:
        # INSERT OR REPLACE: the row's old entry goes, the new one takes the next sequence number, so a row
        # changed twice between two packages is sent once, in its last state.
        return (
            "INSERT OR REPLACE INTO change_journal "
            "(table_name, row_id, operation, office_code, version, changed_at) VALUES ("
            f"'{table}', CAST({row}.{key_column} AS TEXT), {operation_sql}, "
            "COALESCE((SELECT code FROM office WHERE id = 1), ''), "
            "COALESCE((SELECT version FROM change_journal "
            f"WHERE table_name = '{table}' AND row_id = CAST({row}.{key_column} AS TEXT)), 0) + 1, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
        )

    update_operation = (
        "CASE WHEN NEW.deleted_at IS NOT NULL THEN 'delete' ELSE 'update' END" if soft_delete else "'update'"
    )
    on_insert, on_update, on_delete = (
        record("'insert'", "NEW"),
        record(update_operation, "NEW"),
        record("'delete'", "OLD"),
    )
    return [
        f"CREATE TRIGGER journal_{table}_insert AFTER INSERT ON {table} BEGIN {on_insert}; END",
        f"CREATE TRIGGER journal_{table}_update AFTER UPDATE ON {table} BEGIN {on_update}; END",
        f"CREATE TRIGGER journal_{table}_delete AFTER DELETE ON {table} BEGIN {on_delete}; END",
    ]


def journal_trigger_names(table: str) -> tuple[str, ...]:
    return tuple(f"journal_{table}_{event}" for event in ("insert", "update", "delete"))
