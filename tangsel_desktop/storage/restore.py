"""Putting a backup in the store's place: proven first, then swapped in whole while no connection is open.

`examine` proves a backup before anyone is asked (its manifest, its hash, the key opens it, its office,
its schema, SQLite's integrity and every count); `replace_store` copies it into the data folder under a
temporary name, proves the copy again, makes sure no connection holds the store (switching the store to
rollback journaling needs it alone, and folds the WAL in), and renames the copy over the store. A kill at
any moment leaves the old store or the restored one, whole, and at worst a temporary file removed at the
next start.
"""

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tangsel_desktop.storage import backup_manifest, sqlite_driver
from tangsel_desktop.storage.backup import (
    BackupVerificationError,
    check_copy,
    fsync_path,
    store_identity,
    store_keys_file,
    table_counts,
)
from tangsel_desktop.storage.backup_manifest import BackupManifest, ManifestError
from tangsel_desktop.storage.database import Database

RESTORE_PARTIAL = ".restore-partial"


class RestoreRefused(Exception):
    """The backup cannot replace this store; `message` says why in Indonesian. Nothing was changed."""

    def __init__(self, message: str, *, other_key: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.other_key = other_key  # the backup is under a key this store does not have


@dataclass(frozen=True)
class ExaminedBackup:
    path: Path
    manifest: BackupManifest


def examine(
    backup: Path,
    *,
    key: bytes | None,
    office_code: str | None,
    office_name: Callable[[str], str],
    known_revision: Callable[[str], bool],
) -> ExaminedBackup:
    """Everything a restore proves before it asks; RestoreRefused with the reason otherwise.

    office_code: this store's office (None on a folder without one); office_name names a code for the
    message; known_revision tells whether this build knows a schema revision (a newer one it does not)."""
    if not backup.is_file():
        raise RestoreRefused(f"Berkas cadangan {backup} tidak ditemukan. Periksa nama dan foldernya.")
    try:
        manifest = backup_manifest.read(backup)
    except ManifestError as error:
        raise RestoreRefused(
            f"Berkas {backup.name} bukan cadangan Tangsel Desktop yang lengkap: keterangannya "
            f"({backup.name}{backup_manifest.MANIFEST_SUFFIX}) tidak ada atau tidak terbaca. "
            "Salin berkas cadangan bersama berkas-berkas di sebelahnya, lalu coba lagi."
        ) from error
    if office_code is not None and manifest.office_code != office_code:
        raise _foreign(manifest.office_code, office_code, office_name)
    if backup.stat().st_size != manifest.bytes or backup_manifest.sha256_of(backup) != manifest.sha256:
        raise RestoreRefused(
            f"Cadangan {backup.name} rusak: isinya tidak sama lagi dengan saat dibuat (terpotong atau "
            "berubah, misalnya saat disalin ke flashdisk). Data kantor tidak diubah; pilih cadangan lain."
        )
    if manifest.schema_revision and not known_revision(manifest.schema_revision):
        raise _newer(manifest.schema_revision)
    try:
        connection = sqlite_driver.connect(f"file:{backup}?mode=ro", key, uri=True)
    except sqlite_driver.WrongKeyError as error:
        raise RestoreRefused(
            f"Cadangan {backup.name} tidak dapat dibuka dengan kunci kantor ini: cadangan itu dibuat oleh "
            "kantor lain atau sebelum kunci data kantor ini dibuat. Data kantor tidak diubah.",
            other_key=True,
        ) from error
    try:
        inside_office, inside_revision = store_identity(connection)
    finally:
        connection.close()
    if office_code is not None and inside_office != office_code:
        raise _foreign(inside_office, office_code, office_name)
    if inside_revision and not known_revision(inside_revision):
        raise _newer(inside_revision)
    try:
        check_copy(backup, key, manifest.counts)
    except (BackupVerificationError, sqlite_driver.Error) as error:
        raise RestoreRefused(
            f"Cadangan {backup.name} rusak ({error}). Data kantor tidak diubah; pilih cadangan lain."
        ) from error
    return ExaminedBackup(backup, manifest)


def _foreign(found: str, ours: str, office_name: Callable[[str], str]) -> RestoreRefused:
    return RestoreRefused(
        f"Cadangan ini milik kantor {office_name(found) if found else 'yang tidak dikenal'}, bukan "
        f"{office_name(ours)}. Data kantor tidak diubah; pilih cadangan kantor ini."
    )


def _newer(revision: str) -> RestoreRefused:
    return RestoreRefused(
        f"Cadangan ini dibuat oleh versi Tangsel Desktop yang lebih baru (skema {revision}). Pasang versi "
        "terbaru aplikasi, lalu pulihkan lagi. Data kantor tidak diubah."
    )


def current_counts(store: Path, key: bytes | None) -> dict[str, int]:
    """The live store's row counts, as a manifest counts them, read in one snapshot."""
    connection = sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True, isolation_level=None)
    try:
        connection.execute("BEGIN")
        counts = table_counts(connection)
        connection.execute("COMMIT")
        return counts
    finally:
        connection.close()


def erasures_since(store: Path, key: bytes | None, made_at: str) -> int:
    """People whose data was erased on request (UU PDP) after the backup was made: a restore brings their
    data back, so the administrator is told (0 on a store from before erasure existed)."""
    since = datetime.fromisoformat(made_at).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    connection = sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)
    try:
        row = connection.execute("SELECT count(*) FROM person WHERE erased_at > ?", (since,)).fetchone()
    except sqlite_driver.OperationalError:  # no erased_at column: a schema before migration 0012
        return 0
    finally:
        connection.close()
    return int(row[0])


def _take_store_alone(store: Path, key: bytes | None) -> None:
    """Fold the WAL into the store and leave it in rollback journaling: SQLite allows that switch only to
    a connection that is alone on the file, so it proves no other connection (of this process or another)
    is open. Left that way, the store is one self-contained file to be swapped."""
    connection = sqlite_driver.connect(store, key, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout=0")
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except sqlite_driver.OperationalError as error:
            raise RestoreRefused(_BUSY) from error
        if str(mode).lower() != "delete":
            raise RestoreRefused(_BUSY)
    finally:
        connection.close()


_BUSY = (
    "Data kantor sedang dipakai (jendela aplikasi atau perintah lain masih terbuka). Tutup semuanya, "
    "lalu pulihkan lagi. Data kantor tidak diubah."
)


@dataclass(frozen=True)
class StagedRestore:
    """The proven backup, copied into the data folder beside the store, ready to be renamed over it."""

    copy: Path
    key_slots: bytes | None  # the backup's key-slot file, when it had one


def stage(examined: ExaminedBackup, store: Path, key: bytes | None) -> StagedRestore:
    """Copy the backup next to the store (same disk: the rename is atomic) and prove the copy again.

    Staged before the safety copy of the current store is taken: that copy's rotation may remove the
    backup being restored from the backups folder."""
    temporary = store.with_name(store.name + RESTORE_PARTIAL)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out, examined.path.open("rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        if backup_manifest.sha256_of(temporary) != examined.manifest.sha256:
            raise RestoreRefused(
                f"Salinan cadangan di folder data tidak sama dengan {examined.path.name} (disk penuh atau "
                "rusak?). Data kantor tidak diubah."
            )
        check_copy(temporary, key, examined.manifest.counts)
        slots = backup_manifest.keys_path(examined.path)
        return StagedRestore(temporary, slots.read_bytes() if slots.is_file() else None)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def swap_in(staged: StagedRestore, store: Path, key: bytes | None) -> None:
    """Rename the staged copy over the store once no connection holds it (and its key slots beside it)."""
    try:
        if store.exists():
            _take_store_alone(store, key)
        for stale in (Path(f"{store}-wal"), Path(f"{store}-shm"), Path(f"{store}-journal")):
            stale.unlink(missing_ok=True)
        os.replace(staged.copy, store)
    except BaseException:
        staged.copy.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):
        fsync_path(store.parent)
    if staged.key_slots is not None:
        # The same key wraps both files (the key opened the backup), so either unlocks the restored store;
        # the backup's own slots match its users' passwords.
        backup_manifest.write_private(
            store_keys_file(store), staged.key_slots, partial_suffix=RESTORE_PARTIAL
        )


def refuse_while_engine_in_use(database: Database) -> None:
    """This process's own connections, checked out of the engine's pool now (a page still reading): the
    swap must wait for them. (Other processes' connections are caught by _take_store_alone.)"""
    checked_out = getattr(database.engine.pool, "checkedout", None)
    if callable(checked_out) and checked_out():
        raise RestoreRefused(_BUSY)
    database.dispose()  # (a new pool: asked before, the old one's count is the one that matters)


def discard(staged: StagedRestore) -> None:
    staged.copy.unlink(missing_ok=True)


def remove_restore_leftovers(data_folder: Path) -> None:
    """A restore killed before its rename leaves its temporary copy; the store itself is untouched."""
    for leftover in data_folder.glob(f"*{RESTORE_PARTIAL}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
