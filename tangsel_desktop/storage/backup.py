"""Consistent copies of the live store through SQLite's online backup, verified before they get a name.

A copy is written under a temporary name (.partial) through SQLCipher's backup API between two connections
keyed alike (a keyed store gives an encrypted copy under the same key; a plain store a plain copy), checked
(PRAGMA integrity_check, and every table's row count against the source read in the same snapshot) and
synced. Beside it go its manifest (backup_manifest.py), the audit anchor (audit_anchor.py) and, when the
store has one, a byte-for-byte copy of its key-slot file (`<backup>.keys`, so that the copy opens on a new
laptop); only then is the copy renamed. A kill -9 or a full disk can leave a .partial file or a sidecar
without its backup (both removed later), never a file under a backup's name without its manifest.
"""

import contextlib
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tangsel_desktop import __version__
from tangsel_desktop.storage import audit_anchor, backup_manifest, sqlite_driver
from tangsel_desktop.storage.backup_manifest import MANIFEST_SUFFIX, BackupManifest, keys_path
from tangsel_desktop.storage.held_lock import HeldLock

PREFIX = "tangsel-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
LOCK = ".lock"  # beside a partial copy while its backup writes it (storage/held_lock.py)
SIDECAR_SUFFIXES = (MANIFEST_SUFFIX, backup_manifest.KEYS_SUFFIX, audit_anchor.SIDECAR_SUFFIX)
# A sidecar whose backup is missing this long after it was written belongs to a killed backup, not to one
# another process is finishing right now.
ORPHAN_AGE_SECONDS = 15 * 60
_NAME = re.compile(r"^tangsel-(\d{8}-\d{6})-\d{6}-(.+)\.sqlite3$")


class BackupVerificationError(Exception):
    """The copy did not match its source; it was deleted."""


def store_keys_file(database_file: Path) -> Path:
    """Where the store's key-slot file lives (written by the encryption at rest): `<store stem>.keys`."""
    return database_file.with_name(database_file.stem + backup_manifest.KEYS_SUFFIX)


def backup_name_parts(path: Path) -> tuple[datetime, str] | None:
    """(local time in the name, reason) of a backup's name; None for any other name."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S"), found.group(2)
    except ValueError:
        return None


def table_counts(connection: Any) -> dict[str, int]:
    """Every table's row count (FTS5's own virtual tables aside: their shadow tables are counted)."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def store_identity(connection: Any) -> tuple[str, str]:
    """(office code, schema revision) as the store itself says; empty where the store has none yet."""
    office = revision = ""
    with contextlib.suppress(sqlite_driver.OperationalError):
        row = connection.execute("SELECT code FROM office WHERE id = 1").fetchone()
        office = str(row[0]) if row else ""
    with contextlib.suppress(sqlite_driver.OperationalError):
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else ""
    return office, revision


def read_anchor(connection: Any) -> audit_anchor.Anchor | None:
    try:
        row = connection.execute(
            "SELECT entries, last_id, head_hash FROM audit_anchor WHERE id = 1"
        ).fetchone()
    except sqlite_driver.OperationalError:  # a store from before migration 0006
        return None
    return None if row is None else audit_anchor.Anchor(int(row[0]), int(row[1]), str(row[2]))


def check_copy(copy: Path, key: bytes | None, expected: dict[str, int]) -> audit_anchor.Anchor | None:
    """Integrity and every count of a copy, read only; returns the copy's audit anchor."""
    connection = sqlite_driver.connect(f"file:{copy}?mode=ro", key, uri=True)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupVerificationError(f"integrity_check: {result[:3]}")
        counts = table_counts(connection)
        anchor = read_anchor(connection)
    finally:
        connection.close()
    if counts != expected:
        raise BackupVerificationError(f"row counts differ: {expected} != {counts}")
    return anchor


def fsync_path(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _writer_lock(partial: Path) -> HeldLock:
    """Held by the backup writing `partial` for as long as it writes: a concurrent backup (two sync
    imports at the centre at once) then leaves that copy alone rather than take it for a leftover."""
    return HeldLock(partial.with_name(partial.name + LOCK))


def remove_partial_backups(backups_dir: Path) -> None:
    """Leftovers of a backup that was killed: .partial files nobody is writing any more, and sidecars whose
    backup never got its name."""
    if not backups_dir.is_dir():
        return
    being_written: list[str] = []
    for lock_file in backups_dir.glob(f"*{PARTIAL}{LOCK}"):
        lock = HeldLock(lock_file)
        if lock.acquire():
            lock.release()  # its writer is gone: the lock file goes, and its partial copy below
        else:
            being_written.append(lock_file.name.removesuffix(LOCK))
    for leftover in backups_dir.glob(f"*{PARTIAL}*"):
        if any(leftover.name.startswith(live) for live in being_written):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()
    now = time.time()
    for path in backups_dir.glob(f"{PREFIX}*"):
        suffix = next((s for s in SIDECAR_SUFFIXES if path.name.endswith(s)), None)
        if suffix is None or path.with_name(path.name.removesuffix(suffix)).exists():
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > ORPHAN_AGE_SECONDS:
                path.unlink()


def sidecars_of(backup: Path) -> list[Path]:
    return [backup.with_name(backup.name + suffix) for suffix in SIDECAR_SUFFIXES]


# What a failed copy raises, for callers that do not import the driver (services/).
BACKUP_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    sqlite_driver.Error,
    sqlite_driver.WrongKeyError,
    BackupVerificationError,
)


def backup_database(
    database_file: Path,
    backups_dir: Path,
    *,
    reason: str,
    key: bytes | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the store to backups_dir under a dated name, only once the copy and its sidecars are written.

    `key`: the store's database key (None for a plain store); the copy is keyed with it. `now`: the local
    time the name carries (tests date their copies)."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_partial_backups(backups_dir)
    moment = now or datetime.now()
    stamp = moment.strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + PARTIAL)
    writer = _writer_lock(partial)
    if not writer.acquire():
        raise BackupVerificationError(f"cadangan lain sedang menulis {partial.name}")
    try:
        _write_backup(database_file, target, partial, reason=reason, key=key, moment=moment)
    finally:
        writer.release()
    with contextlib.suppress(OSError):
        fsync_path(backups_dir)
    return target


def _write_backup(
    database_file: Path, target: Path, partial: Path, *, reason: str, key: bytes | None, moment: datetime
) -> None:
    # Created owner-only before SQLite writes into it: a copy holds every NIK of the office.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        # Read only: a read-write connection closing last checkpoints and deletes the WAL, and it cannot
        # see the engine's own connections when those were opened by another copy of SQLite (plain sqlite3).
        source = sqlite_driver.connect(f"file:{database_file}?mode=ro", key, uri=True, isolation_level=None)
        try:
            destination = sqlite_driver.connect(partial, key, isolation_level=None)
            try:
                # One read transaction: the counts are those of the snapshot the backup copies.
                source.execute("BEGIN")
                expected = table_counts(source)
                office, revision = store_identity(source)
                source.backup(destination)
                source.execute("COMMIT")
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        anchor = check_copy(partial, key, expected)
        fsync_path(partial)
        _write_sidecars(database_file, target, partial, anchor)
        manifest = BackupManifest(
            office_code=office,
            made_at=moment.astimezone(UTC).isoformat(timespec="seconds"),
            reason=reason,
            schema_revision=revision,
            counts=expected,
            sha256=backup_manifest.sha256_of(partial),
            bytes=partial.stat().st_size,
            encrypted=key is not None,
            app_version=__version__,
        )
        backup_manifest.write(target, manifest, partial_suffix=PARTIAL)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal"), *sidecars_of(target)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _write_sidecars(
    database_file: Path, target: Path, partial: Path, anchor: audit_anchor.Anchor | None
) -> None:
    keys = store_keys_file(database_file)
    if keys.is_file():
        backup_manifest.write_private(keys_path(target), keys.read_bytes(), partial_suffix=PARTIAL)
    if anchor is not None:
        # The audit chain's head and length as this copy holds them, outside the store (audit_anchor.py).
        backup_manifest.write_private(
            target.with_name(target.name + audit_anchor.SIDECAR_SUFFIX),
            audit_anchor.sidecar_json(anchor).encode("ascii"),
            partial_suffix=PARTIAL,
        )


def is_backup(path: Path) -> bool:
    """A finished backup: a backup's name (never a .partial one) and its manifest naming its size."""
    return backup_name_parts(path) is not None and backup_manifest.is_finished(path)


def finished_backups(folder: Path) -> list[Path]:
    """Every finished backup in the folder, newest name first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if is_backup(p)), reverse=True)
