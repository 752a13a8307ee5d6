"""Locks two users of the central store could collide on: per office's packages, findings, the audit chain.

On PostgreSQL several clerks and supervisors write at once, so what must happen one at a time takes a
transaction-scoped advisory lock (`pg_advisory_xact_lock`, released by the commit or the rollback). On SQLite
every write transaction already holds the store's one write lock (BEGIN IMMEDIATE), so each is a no-op there.
"""

import zlib

from sqlalchemy import text
from sqlalchemy.engine import Connection

# One advisory lock space per purpose (the first key of the two-key form); the second key names the thing.
OFFICE_PACKAGES = 7401  # one office's packages: applied, held, released one at a time
FINDINGS = 7402  # the findings refresh after an import: reconciles rows every office's import can touch
AUDIT_CHAIN = 7403  # appending to the audit trail's hash chain and moving its anchor


def _postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def _lock(connection: Connection, space: int, name: str) -> None:
    if _postgres(connection):
        # crc32 as a signed 32-bit key: stable across processes and versions (hash() is salted per process).
        key = zlib.crc32(name.encode()) - 2**31
        connection.execute(text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": space, "key": key})


def lock_office_packages(connection: Connection, office: str) -> None:
    """Wait for any other import of this office's packages to commit: two of one office serialise, so the
    second sees the first's sequence applied; imports of different offices run side by side."""
    _lock(connection, OFFICE_PACKAGES, office)


def lock_findings(connection: Connection) -> None:
    """One findings refresh at a time: two imports that both find the same NIK in two offices would
    otherwise both insert the finding (a unique key) or reconcile the same rows in opposite orders."""
    _lock(connection, FINDINGS, "findings")


def lock_audit_chain(connection: Connection) -> None:
    """The hash chain has one head: two commits appending at once would both link to it (a fork)."""
    _lock(connection, AUDIT_CHAIN, "audit")
