"""One user action's unit of work over the store: the only door through which services read and write.

A service opens it with `Database.write(author)` (or `read()`), hands it to the store functions of storage/,
and records what it did with `record(...)`; the transaction appends those audit entries to the hash chain
just before it commits, and the change journal's triggers note every changed row in the same commit. Only
storage/ looks inside (`session`, `connection`, `raw()`); services see an opaque object.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.engine import Connection
from sqlmodel import Session

from tangsel_desktop.storage import bare_connection, sqlite_driver
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import timestamp_text


class Author(Protocol):
    """Who acts: the signed-in user (services' Actor fits), recorded in the audit trail."""

    @property
    def user_id(self) -> str: ...

    @property
    def username(self) -> str: ...


class ReadOnlyTransaction(RuntimeError):
    """A bug: something tried to write or record inside a read transaction."""


class Transaction:
    """The open transaction of one action; committed by Database when the `with` block ends."""

    def __init__(self, session: Session, author: Author | None, *, writable: bool) -> None:
        self._session = session
        self.author = author
        self.writable = writable
        self._events: list[AuditEvent] = []
        self._driver: sqlite_driver.Connection | None = None

    @property
    def session(self) -> Session:
        """The ORM session (storage/ only)."""
        return self._session

    @property
    def connection(self) -> Connection:
        """The SQLAlchemy connection of this transaction (storage/ only)."""
        return self._session.connection()

    def raw(self) -> sqlite_driver.Connection:
        """The bare driver connection inside this same transaction, for bulk loads (storage/ only)."""
        self._require_writable()
        return self._bare()

    def rows(
        self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ()
    ) -> list[tuple[Any, ...]]:
        """Plain tuples of a large read on the bare connection inside this same transaction, without the
        per-row cost of result objects: a proposal over a million people (storage/ only)."""
        return self._bare().execute(sql, parameters).fetchall()

    def _bare(self) -> sqlite_driver.Connection:
        """Pending ORM changes flushed, then the bare connection: the same one for the whole transaction
        (the session holds one connection from its first statement to its commit), so it is found once."""
        self._session.flush()
        if self._driver is None:
            self._driver = bare_connection.of_connection(self.connection)
        return self._driver

    @property
    def is_server(self) -> bool:
        """Whether this transaction runs on the central office's server (storage/ only: SQL that differs)."""
        return self._session.get_bind().dialect.name != "sqlite"

    def insert(self, table: str, values: Mapping[str, object]) -> int:
        """One row by a plain INSERT on the bare connection inside this same transaction, for a hot path
        (a handover): every column is given by the caller (no ORM defaults apply), aware datetimes are
        stored as UtcTimestamp stores them. Returns the new rowid; sqlite_driver.IntegrityError when refused
        (storage/ only)."""
        names = ", ".join(values)
        marks = ", ".join("?" * len(values))
        parameters = [timestamp_text(v) if isinstance(v, datetime) else v for v in values.values()]
        # A server has no rowid: the new integer id comes back from the INSERT itself.
        returning = " RETURNING id" if self.is_server and "id" not in values else ""
        cursor = self.raw().execute(f"INSERT INTO {table} ({names}) VALUES ({marks}){returning}", parameters)
        if self.is_server and not returning:
            return 0  # the caller named the row's id itself
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record(self, *events: AuditEvent) -> None:
        """Audit entries for this action, chained in order when the transaction commits."""
        self._require_writable()
        self._events.extend(events)

    def take_events(self) -> list[AuditEvent]:
        events, self._events = self._events, []
        return events

    def _require_writable(self) -> None:
        if not self.writable:
            raise ReadOnlyTransaction("a read transaction cannot write")
