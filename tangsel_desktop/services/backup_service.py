"""Backup now: an administrator copies the live database into the backups folder, with an audit entry."""

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.backup import BACKUP_ERRORS, BackupVerificationError, backup_database, is_backup
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.store_errors import store_user_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupView:
    path: Path
    size_bytes: int
    made_at: datetime  # local time, as the clerk reads it


def _view(path: Path) -> BackupView:
    stat = path.stat()
    return BackupView(path=path, size_bytes=stat.st_size, made_at=datetime.fromtimestamp(stat.st_mtime))


class BackupService:
    """Copies taken while the application runs; SQLite's online backup keeps them consistent."""

    def __init__(self, database: Database, backups_dir: Path) -> None:
        self._db = database
        self._backups_dir = backups_dir

    def backup_now(self, *, actor: Actor) -> tuple[BackupView, ChangeSummary]:
        actor.require(Role.ADMIN, "membuat cadangan data")
        try:
            target = backup_database(self._db.file, self._backups_dir, reason="manual", key=self._db.key)
        except BACKUP_ERRORS as error:
            log.exception("backup to %s failed", self._backups_dir)
            known = store_user_error(error, self._backups_dir / "x")
            if known is not None and not isinstance(error, BackupVerificationError):
                raise UserError(f"Cadangan tidak dapat dibuat. {known.message}") from error
            raise UserError(
                f"Cadangan tidak dapat dibuat ({error}). Periksa ruang kosong disk dan izin tulis "
                f"folder {self._backups_dir}, lalu coba lagi."
            ) from error
        view = _view(target)
        # Recorded after the copy exists, so the trail never names a backup that was not made.
        with self._db.write(actor) as tx:
            tx.record(
                AuditEvent(
                    "backup", "database", target.name, after={"file": target.name, "bytes": view.size_bytes}
                )
            )
        log.info("backup made by %s: %s (%s bytes)", actor.username, target, view.size_bytes)
        return view, ChangeSummary.BACKUP

    def recent(self, *, actor: Actor, limit: int = 5) -> list[BackupView]:
        """The newest copies in the backups folder, manual or taken before a migration."""
        actor.require(Role.ADMIN, "melihat cadangan data")
        if not self._backups_dir.is_dir():
            return []
        # Only verified copies: a .partial leftover or a damaged file is never offered as a backup.
        files = sorted(self._backups_dir.glob("tangsel-*.sqlite3"), reverse=True)
        return [_view(path) for path in files if is_backup(path)][:limit]
