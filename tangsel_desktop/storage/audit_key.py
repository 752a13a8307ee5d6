"""The audit trail's secret: a random key inside the store that makes the chain and the row seals keyed.

With a plain SHA-256 chain anyone who can edit the file can rewrite an entry and recompute every hash after
it; with HMAC-SHA256 under this key, only someone who also reads the key out of the store can. The key lives
in its own one-row table (`audit_key`, migration 0006), never in the change journal or an export; the
data-protection issue encrypts the store, and with it this key, at rest.

`keyed_from` marks where the chain became keyed: entries before it (written before migration 0006) keep
their plain SHA-256 hashes and stay verifiable as they were; `legacy_head` is the hash of the last of them,
which the first keyed entry chains onto (and `check` compares), so the old part cannot be rewritten either.
"""

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from tangsel_desktop.storage import (
    audit_tables,  # noqa: F401 - registers the tables on the metadata
    sqlite_driver,
)
from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.postgres_dialect import pyformat

GENESIS_HASH = "0" * 64
KEY_BYTES = 32

# Either door onto the store: SQLAlchemy's connection (sessions, migrations) or the bare sqlite3 one
# (bulk loads); both take "?" parameters here.
AnyConnection = Connection | sqlite_driver.Connection


def run(connection: AnyConnection, sql: str, parameters: tuple[Any, ...] = ()) -> Any:
    """Execute on either kind of connection; the result has fetchone() and fetchall()."""
    if not isinstance(connection, Connection):
        return connection.execute(sql, parameters)  # SQLite's bare connection, or the server's door onto it
    if connection.dialect.name != "sqlite":
        return connection.exec_driver_sql(pyformat(sql, named=False), parameters or None)
    return connection.exec_driver_sql(sql, parameters)


@dataclass(frozen=True)
class AuditKey:
    key: bytes
    keyed_from: int  # the first audit_log id chained with the key
    legacy_head: str  # the hash of the last entry before it (GENESIS_HASH when there was none)

    def mac(self, text: str) -> str:
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def load(connection: AnyConnection) -> AuditKey | None:
    """The store's key, or None when the store has none (before migration 0006, or removed)."""
    try:
        row = run(connection, "SELECT key, keyed_from, legacy_head FROM audit_key WHERE id = 1").fetchone()
    except (sqlite_driver.OperationalError, OperationalError):  # no table yet: a store before migration 0006
        return None  # (a server store is always at head: migrations run before any read)
    if row is None:
        return None
    return AuditKey(bytes(row[0]), int(row[1]), str(row[2]))


def create(connection: AnyConnection, *, keyed_from: int, legacy_head: str, at: str) -> AuditKey:
    """A new random key, chaining from `keyed_from` on; only migration 0006 makes the first one."""
    key = AuditKey(os.urandom(KEY_BYTES), keyed_from, legacy_head)
    run(
        connection,
        "INSERT INTO audit_key (id, key, keyed_from, legacy_head, created_at) VALUES (1, ?, ?, ?, ?)",
        (key.key, key.keyed_from, key.legacy_head, at),
    )
    return key


def require(connection: AnyConnection) -> AuditKey:
    """The key, made afresh when it has gone missing: the entries keyed with the lost one then fail
    `check` (as they should: whoever removed it wanted them unverifiable), new ones verify again."""
    found = load(connection)
    if found is not None:
        return found
    row = run(connection, "SELECT max(id) FROM audit_log").fetchone()
    last_id = int(row[0] or 0)
    head = run(connection, "SELECT entry_hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()
    return create(
        connection,
        keyed_from=last_id + 1,
        legacy_head=head[0] if head else GENESIS_HASH,
        at=timestamp_text(utc_now()),
    )
