"""One engine per process over the office's store; every read and write goes through a Transaction."""

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from tangsel_desktop.storage import audit, central_locks, postgres_dialect, row_seals, sqlite_dialect
from tangsel_desktop.storage.access_guard import check_access
from tangsel_desktop.storage.store_busy import StoreBusy, is_busy
from tangsel_desktop.storage.store_location import StoreLocation
from tangsel_desktop.storage.transaction import Author, Transaction
from tangsel_desktop.storage.write_conflicts import WriteConflict, is_conflict, retry_conflicts

log = logging.getLogger(__name__)
# Each dialect module opens its kind of store (storage/store_location.py names the kinds).
DIALECTS = {"sqlite": sqlite_dialect, "postgresql": postgres_dialect}
T = TypeVar("T")
# A load this large changes the planner's picture of a table (Database.refresh_statistics).
BULK_ROWS = 5_000
# Tables the server fills from another's rows by its own triggers: refreshed with it (the search's words are
# read by index-only scans, which need the visibility map a VACUUM sets).
FILLED_WITH = {"person": ("person_word",)}


class Database:
    """The office's store: hands out one transaction per user action, for reading or for writing."""

    def __init__(self, location: StoreLocation | Path, *, key: bytes | None = None) -> None:
        # A bare path is a SQLite file: what every kelurahan office has, and what most tests open. `key` is
        # the store's 32-byte key (storage/key_slots.py unwraps it); None opens a plain (unencrypted) file.
        self.location = (
            location if isinstance(location, StoreLocation) else StoreLocation.sqlite_file(location)
        )
        self.key = key
        self.dialect = self.location.dialect
        self.engine = DIALECTS[self.dialect].make_engine(self.location.url, key)

    @property
    def is_server(self) -> bool:
        """The central office's database server rather than an office's file (no file, no key, no WAL)."""
        return self.location.is_server

    @property
    def file(self) -> Path:
        """The store's SQLite file (a server store has none: callers ask is_server first)."""
        return self.location.file

    @property
    def file_or_none(self) -> Path | None:
        """The store's file, None on a server: what a file written for the user must not overwrite."""
        return None if self.is_server else self.location.file

    @contextmanager
    def write(
        self, author: Author | None, *, wait: bool = True, alongside: bool = False
    ) -> Iterator[Transaction]:
        """One write transaction: its audit entries appended and all committed when the block ends,
        everything rolled back when it raises. `author` is None only for the system's own steps.
        Another writer holding the lock past the wait (none with wait=False) raises StoreBusy.
        `alongside`: on a server, skip the store's write lock; the caller takes the narrower locks of
        storage/central_locks.py itself (a central import beside the clerks' work)."""
        check_access()
        with Session(self.engine, expire_on_commit=False) as session:
            options = {
                sqlite_dialect.WRITE_OPTION: True,
                sqlite_dialect.NO_WAIT_OPTION: not wait,
                sqlite_dialect.ALONGSIDE_OPTION: alongside,
            }
            try:
                session.connection(execution_options=options)
            except OperationalError as error:
                if is_busy(error):
                    raise StoreBusy from None
                raise
            tx = Transaction(session, author, writable=True)
            try:
                row_seals.prepare(session)
                yield tx
                events = tx.take_events()
                if events:
                    central_locks.lock_audit_chain(session.connection())
                    audit.append(
                        session,
                        events,
                        user_id=author.user_id if author else None,
                        username=author.username if author else "sistem",
                    )
                row_seals.seal_changes(session)
                session.commit()
            except BaseException as error:
                session.rollback()
                if is_conflict(error) and not isinstance(error, WriteConflict):
                    # The server aborted it to let another user's write stand: a message, not a crash
                    # (write_retrying runs it again first; the cause keeps the SQLSTATE for it).
                    raise WriteConflict(1) from error
                raise

    def write_retrying(
        self, author: Author | None, work: Callable[[Transaction], T], *, alongside: bool = False
    ) -> T:
        """`work` in one write transaction, run again from the start while it crosses another user's write
        (a serialization failure or deadlock on a server), then WriteConflict, a UserError."""

        def once() -> T:
            with self.write(author, alongside=alongside) as tx:
                return work(tx)

        return retry_conflicts(once)

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """One consistent read transaction (a snapshot of the store)."""
        check_access()
        with Session(self.engine, expire_on_commit=False) as session:
            yield Transaction(session, None, writable=False)

    @contextmanager
    def query(self) -> Iterator[Transaction]:
        """A read without an explicit transaction, each statement its own: for search as you type."""
        check_access()
        with self.engine.connect() as connection:
            plain = connection.execution_options(**{sqlite_dialect.AUTOCOMMIT_OPTION: True})
            with Session(bind=plain, expire_on_commit=False) as session:
                yield Transaction(session, None, writable=False)

    def refresh_statistics(self, tables: Sequence[str], *, rows: int) -> bool:
        """After a bulk load of `rows` rows: the server's planner statistics of these tables taken anew and
        their visibility map set (VACUUM (ANALYZE)).

        Autovacuum comes only a minute or more after a large change; until then the planner plans the
        first searches and recaps with the table as it was (a new centre: nearly empty), and every count
        of a search's matches reads the table's pages to learn which rows are visible, where a vacuumed
        table answers from the search index alone. Run after the load commits, outside any transaction
        (SKIP_LOCKED: a table another session is vacuuming is left to it). Below BULK_ROWS, or on SQLite
        (whose searches choose their way themselves), nothing; True when run.
        """
        if not self.is_server or rows < BULK_ROWS:
            return False
        check_access()
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            filled = [name for table in tables for name in FILLED_WITH.get(table, ())]
            for table in [*tables, *filled]:
                connection.exec_driver_sql(f"VACUUM (ANALYZE, SKIP_LOCKED) {table}")
        return True

    def pragma(self, name: str) -> Any:
        """A SQLite pragma's value (None on a server store, which has no pragmas)."""
        if self.is_server:
            return None
        with self.engine.connect() as connection:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

    def dispose(self) -> None:
        self.engine.dispose()
