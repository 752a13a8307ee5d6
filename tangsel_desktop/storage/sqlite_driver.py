"""The store's one SQLite driver: SQLCipher's build of SQLite (sqlcipher3), opened with the store's key.

Every connection to an office's file, keyed or plain, goes through `connect`: SQLCipher without a key is
plain SQLite, so one driver (one set of exception classes, one SQLite version, FTS5 included) serves the
encrypted store, the plain store it is converted from, its backups, and the tests.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

DBAPI: Any = dbapi2  # the DB-API module, for SQLAlchemy's create_engine(module=...)

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its classes mirror the standard library's, whose hints stand in.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import Error as Error
    from sqlite3 import IntegrityError as IntegrityError
    from sqlite3 import OperationalError as OperationalError
else:
    Connection = dbapi2.Connection
    Error = dbapi2.Error
    DatabaseError = dbapi2.DatabaseError
    OperationalError = dbapi2.OperationalError
    IntegrityError = dbapi2.IntegrityError

KEY_BYTES = 32  # the database key: random, 256 bits, never typed by anyone
SQLITE_NOTADB = 26


class WrongKeyError(Exception):
    """The file is not a store this key opens (a wrong key, another office's file, or not a store)."""


def key_pragma(key: bytes) -> str:
    """PRAGMA key with a raw key (x'..'): SQLCipher then skips its own passphrase derivation."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes | None) -> None:
    """Key a fresh connection (before any other statement) and prove the key opens the file."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report, not stderr's
    if key is not None:
        connection.execute(key_pragma(key))
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        # Only "not a database" is the key's fault; a folder that cannot be opened is the disk's.
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF != SQLITE_NOTADB:
            raise
        raise WrongKeyError(str(error)) from error


def connect(file: Path | str, key: bytes | None = None, **options: Any) -> Connection:
    """A connection to the file, keyed when `key` is given; WrongKeyError when the key does not open it."""
    connection: Connection = dbapi2.connect(str(file), **options)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def is_plain_sqlite(file: Path) -> bool:
    """Whether the file is an unencrypted SQLite store (its header is readable without a key)."""
    try:
        with file.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
