"""Backups: made now by an administrator, daily at the first start, before a sync import; rotated, mirrored.

Every copy is verified and carries its manifest (storage/backup.py); after it the backups folder is rotated
(storage/backup_rotation.py) and the copy mirrored to the second folder the administrator chose (a USB
stick), where a stick that is not plugged in is a warning, never a failed backup.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage import backup_manifest
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.backup import (
    BACKUP_ERRORS,
    BackupVerificationError,
    backup_database,
    backup_name_parts,
    finished_backups,
)
from tangsel_desktop.storage.backup_mirror import mirror_backup
from tangsel_desktop.storage.backup_rotation import rotate
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.store_errors import store_user_error

log = logging.getLogger(__name__)

MIRROR_SETTING = "backup_mirror_folder"
DAILY = "harian"
MANUAL = "manual"
BEFORE_SYNC = "sebelum-sinkron"
BEFORE_RESTORE = "sebelum-pemulihan"
REASON_LABELS = {
    DAILY: "harian",
    MANUAL: "manual",
    BEFORE_SYNC: "sebelum impor sinkronisasi",
    BEFORE_RESTORE: "sebelum pemulihan",
    "sebelum-migrasi": "sebelum pembaruan skema",
}


def store_key(database: Database) -> bytes | None:
    """The store's database key: the encrypted store's Database carries it (None: a plain store)."""
    key = getattr(database, "key", None)
    return key if isinstance(key, bytes) else None


def reason_label(reason: str) -> str:
    return next((label for prefix, label in REASON_LABELS.items() if reason.startswith(prefix)), reason)


@dataclass(frozen=True)
class BackupView:
    path: Path
    size_bytes: int
    made_at: datetime  # local time, as the clerk reads it (the time in the name)
    reason: str = MANUAL
    counts: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)


def _view(path: Path, warnings: tuple[str, ...] = ()) -> BackupView:
    parts = backup_name_parts(path)
    manifest = backup_manifest.read(path)
    made_at, reason = parts if parts is not None else (datetime.fromtimestamp(path.stat().st_mtime), "")
    return BackupView(path, manifest.bytes, made_at, reason, dict(manifest.counts), warnings)


@dataclass(frozen=True)
class MirrorState:
    folder: Path | None
    reachable: bool


SERVER_BACKUP = (
    "Data kantor pusat ada di server basis data: cadangannya dibuat oleh server itu sendiri (pg_dump "
    "terjadwal, lihat README), bukan oleh aplikasi."
)


class BackupService:
    """Copies taken while the application runs; SQLite's online backup keeps them consistent."""

    def __init__(self, database: Database, backups_dir: Path) -> None:
        self._db = database
        self._backups_dir = backups_dir

    @property
    def folder(self) -> Path:
        """The backups folder on this laptop."""
        return self._backups_dir

    def backup_now(self, *, actor: Actor, to: Path | None = None) -> tuple[BackupView, ChangeSummary]:
        """A manual copy, into the backups folder (rotated and mirrored) or into `to` (left as it is)."""
        actor.require(Role.ADMIN, "membuat cadangan data")
        if to is not None and not to.is_dir():
            raise UserError(
                f"Folder {to} tidak ada. Pasang diska atau flashdisk-nya, atau pilih folder lain."
            )
        view = self._make(MANUAL, folder=to)
        # Recorded after the copy exists, so the trail never names a backup that was not made.
        with self._db.write(actor) as tx:
            tx.record(
                AuditEvent(
                    "backup",
                    "database",
                    view.path.name,
                    after={"file": view.path.name, "bytes": view.size_bytes, "folder": str(view.path.parent)},
                )
            )
        log.info("backup made by %s: %s (%s bytes)", actor.username, view.path, view.size_bytes)
        return view, ChangeSummary.BACKUP

    def before(self, reason: str) -> BackupView:
        """An automatic copy before a risky step (a sync import: BEFORE_SYNC): the system's, no actor.

        Raises UserError when the copy cannot be made: the step must not go ahead without it."""
        return self._make(reason)

    def before_step(self, reason: str) -> BackupView | None:
        """`before`, or None on a database server: there the step is one transaction that a failure rolls
        back whole, and the server's own backups (pg_dump, replication) keep its history."""
        if self._db.is_server:
            return None
        return self._make(reason)

    def daily_if_due(self, *, today: datetime | None = None) -> BackupView | None:
        """The day's automatic copy, at the first start of the day (none yet today, of that kind); none for
        a store on a database server, whose backups the server's own tools make (pg_dump)."""
        if self._db.is_server:
            return None
        day = (today or datetime.now()).date()
        for path in finished_backups(self._backups_dir):
            parts = backup_name_parts(path)
            if parts is not None and parts[1] == DAILY and parts[0].date() == day:
                return None
        return self._make(DAILY, now=today)

    def _make(self, reason: str, *, folder: Path | None = None, now: datetime | None = None) -> BackupView:
        if self._db.is_server:
            raise UserError(SERVER_BACKUP)
        target_dir = folder or self._backups_dir
        try:
            target = backup_database(
                self._db.file, target_dir, reason=reason, key=store_key(self._db), now=now
            )
        except BACKUP_ERRORS as error:
            log.exception("backup (%s) to %s failed", reason, target_dir)
            known = store_user_error(error, target_dir / "x")
            if known is not None and not isinstance(error, BackupVerificationError):
                raise UserError(f"Cadangan tidak dapat dibuat. {known.message}") from error
            raise UserError(
                f"Cadangan tidak dapat dibuat ({error}). Periksa ruang kosong disk dan izin tulis "
                f"folder {target_dir}, lalu coba lagi."
            ) from error
        if folder is not None:
            return _view(target)
        rotate(self._backups_dir)
        return _view(target, self._mirror(target))

    def _mirror(self, target: Path) -> tuple[str, ...]:
        folder = self._mirror_folder()
        if folder is None:
            return ()
        try:
            mirror_backup(target, folder)
        except FileNotFoundError:
            log.warning("second backup folder %s is not there; backup kept on this laptop only", folder)
            return (
                f"Folder cadangan kedua {folder} tidak ditemukan (flashdisk tidak terpasang?). Cadangan "
                "tetap tersimpan di laptop ini; pasang flashdisk-nya dan buat cadangan lagi.",
            )
        except Exception as error:  # a stick full, pulled out mid-copy or failing: never the backup's fault
            log.warning("backup not mirrored to %s: %s", folder, error)
            return (
                f"Cadangan tidak dapat disalin ke folder kedua {folder} ({error}). Cadangan tetap "
                "tersimpan di laptop ini.",
            )
        log.info("backup %s mirrored to %s", target.name, folder)
        return ()

    def _mirror_folder(self) -> Path | None:
        with self._db.read() as tx:
            value = document_store.settings(tx).get(MIRROR_SETTING, "")
        return Path(value) if value else None

    def mirror_state(self, *, actor: Actor) -> MirrorState:
        actor.require(Role.ADMIN, "melihat pengaturan cadangan")
        folder = self._mirror_folder()
        return MirrorState(folder, folder is not None and folder.is_dir())

    def set_mirror_folder(self, *, actor: Actor, folder: str) -> tuple[MirrorState, ChangeSummary]:
        """Choose the second folder (empty: none). It must exist now and not lie inside the data folder."""
        actor.require(Role.ADMIN, "mengubah folder cadangan kedua")
        text = folder.strip()
        chosen = Path(text).expanduser() if text else None
        if chosen is not None:
            if not chosen.is_absolute():
                raise UserError("Tulis folder cadangan kedua lengkap, misalnya E:\\Cadangan.", field="folder")
            if not chosen.is_dir():
                raise UserError(
                    f"Folder {chosen} tidak ada. Pasang flashdisk-nya lalu pilih foldernya.", field="folder"
                )
            data_folder = self._db.file.parent.resolve()
            if chosen.resolve() == data_folder or data_folder in chosen.resolve().parents:
                raise UserError(
                    "Folder cadangan kedua harus di luar folder data (misalnya di flashdisk), agar "
                    "cadangan tetap ada bila laptop rusak.",
                    field="folder",
                )
        before = self._mirror_folder()
        with self._db.write(actor) as tx:
            document_store.put_setting(
                tx, MIRROR_SETTING, str(chosen) if chosen else "", at=utc_now(), by=actor.user_id
            )
            tx.record(
                AuditEvent(
                    "update",
                    "office_setting",
                    MIRROR_SETTING,
                    before={"folder": str(before) if before else ""},
                    after={"folder": str(chosen) if chosen else ""},
                )
            )
        return MirrorState(chosen, chosen is not None), ChangeSummary.OFFICE_SETTING

    def recent(self, *, actor: Actor, limit: int = 5) -> list[BackupView]:
        """The newest finished copies in the backups folder, of every kind."""
        actor.require(Role.ADMIN, "melihat cadangan data")
        # Only finished copies: a .partial leftover or a file without its manifest is never offered.
        return [_view(path) for path in finished_backups(self._backups_dir)[:limit]]
