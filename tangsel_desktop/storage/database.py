"""One engine per process over the office's SQLite file, with the pragmas and transactions it needs."""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from tangsel_desktop.storage.access_guard import check_access

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "tangsel_write"
AUTOCOMMIT_OPTION = "tangsel_autocommit"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Python 3.11's sqlite3 opens transactions on its own; we take BEGIN into our own hands
    # so that writers can ask for BEGIN IMMEDIATE (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a handover or registration the clerk saw saved must survive a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    # A read that later upgrades to a write ignores busy_timeout and fails at once,
    # so write sessions take the write lock up front.
    options = connection.get_execution_options()
    if options.get(AUTOCOMMIT_OPTION):
        return  # each statement its own implicit read transaction: one round trip less per keystroke
    if options.get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(database_file: Path) -> Engine:
    """The process's one engine; connections are per thread, sessions per user action."""
    engine = create_engine(
        f"sqlite:///{database_file}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """The office's store: hands out one session per user action, for reading or for writing."""

    def __init__(self, database_file: Path) -> None:
        self.file = database_file
        self.engine = make_engine(database_file)

    @contextmanager
    def read(self) -> Iterator[Session]:
        check_access()
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain read connection without the ORM or an explicit transaction, for search as you type."""
        check_access()
        with self.engine.connect() as connection:
            yield connection.execution_options(**{AUTOCOMMIT_OPTION: True})

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole when it raises."""
        check_access()
        with Session(self.engine, expire_on_commit=False) as session:
            session.connection(execution_options={WRITE_OPTION: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def raw_write(self) -> Iterator[sqlite3.Connection]:
        """The bare sqlite3 connection inside one IMMEDIATE transaction, for bulk loads."""
        check_access()
        with self.engine.connect() as connection:
            dbapi = connection.connection.driver_connection
            assert isinstance(dbapi, sqlite3.Connection)
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                yield dbapi
                dbapi.execute("COMMIT")
            except BaseException:
                if dbapi.in_transaction:  # SQLite already rolled back on a full disk: keep its error
                    dbapi.execute("ROLLBACK")
                raise

    def pragma(self, name: str) -> Any:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

    def dispose(self) -> None:
        self.engine.dispose()
