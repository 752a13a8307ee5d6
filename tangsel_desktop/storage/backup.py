"""Consistent copies of the live database through SQLite's online backup, verified before they get a name.

A copy is written under a temporary name (.partial), checked (PRAGMA integrity_check, and every table's
row count against the source read in the same snapshot), synced, then renamed: a kill -9 or a full disk
can leave a .partial file (removed at the next backup or start), never a file under a backup's name.
"""

import contextlib
import os
from datetime import datetime
from pathlib import Path

from tangsel_desktop.storage import audit_anchor, sqlite_driver

PREFIX = "tangsel-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"


class BackupVerificationError(Exception):
    """The copy did not match its source; it was deleted."""


def _counts(connection: sqlite_driver.Connection) -> dict[str, int]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _verify(copy: Path, expected: dict[str, int], key: bytes | None) -> None:
    connection = sqlite_driver.connect(f"file:{copy}?mode=ro", key, uri=True)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupVerificationError(f"integrity_check: {result[:3]}")
        counts = _counts(connection)
    finally:
        connection.close()
    if counts != expected:
        raise BackupVerificationError(f"row counts differ: {expected} != {counts}")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_partial_backups(backups_dir: Path) -> None:
    """Leftovers of a backup that was killed; they never carried a backup's name."""
    if backups_dir.is_dir():
        for leftover in backups_dir.glob(f"*{PARTIAL}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


# What a failed copy raises, for callers that do not import the driver (services/).
BACKUP_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    sqlite_driver.Error,
    sqlite_driver.WrongKeyError,
    BackupVerificationError,
)


def backup_database(database_file: Path, backups_dir: Path, *, reason: str, key: bytes | None = None) -> Path:
    """Copy the database to backups/ under a dated name, only once the copy is verified; WAL included.
    `key` opens an encrypted store, and encrypts the copy with the same key."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_partial_backups(backups_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + PARTIAL)
    # Created owner-only before SQLite writes into it: a copy holds every NIK of the office.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        source = sqlite_driver.connect(database_file, key)
        try:
            destination = sqlite_driver.connect(partial, key)
            try:
                # One read transaction: the counts are those of the snapshot the backup copies.
                source.execute("BEGIN")
                expected = _counts(source)
                source.backup(destination)
                source.execute("COMMIT")
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        _verify(partial, expected, key)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        with contextlib.suppress(OSError):
            Path(f"{partial}-journal").unlink()
        raise
    with contextlib.suppress(OSError):
        _fsync(backups_dir)
    # The audit chain's head and length as this copy holds them, outside the store (audit_anchor.py).
    audit_anchor.write_sidecar(target, key)
    return target


def is_backup(path: Path) -> bool:
    """A finished backup's name (never a .partial one) on a whole SQLite file: header and size agree.

    Cheap enough for listing; the full check ran before the file got its name.
    """
    if not (path.name.startswith(PREFIX) and path.name.endswith(SUFFIX)) or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and size == page_size * pages
