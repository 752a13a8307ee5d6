"""Restore: an administrator puts a backup in the store's place, after seeing what it replaces.

The preview proves the backup (storage/restore.py) and sets its counts beside the current store's; the
restore proves it again, takes a copy of the current store first, swaps the backup in while no connection
is open (the engine disposed: the caller, window or command line, is the store's only user), brings an
older schema up to date, and audits the restore in the restored store.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tangsel_desktop.domain import recovery_code
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.backup_service import BEFORE_RESTORE, BackupService, reason_label, store_key
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService, describe_office
from tangsel_desktop.storage import backup_manifest, key_slots
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.audit_verify import anchors_off_chain
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import is_known_revision, migrate
from tangsel_desktop.storage.restore import (
    ExaminedBackup,
    RestoreRefused,
    current_counts,
    discard,
    erasures_since,
    examine,
    refuse_while_engine_in_use,
    stage,
    swap_in,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupUnlock:
    """What opens a backup's own key-slot copy: a user's password on the old laptop, or the recovery code."""

    username: str = ""
    password: str = ""
    recovery_code: str = ""


NO_UNLOCK = BackupUnlock()


class BackupNeedsUnlock(UserError):
    """The backup is this office's, keyed on another laptop: its own key-slot copy opens it with a user's
    password there or the recovery code (the window then asks for one; nothing was changed)."""


def backup_key(backup: Path, office_code: str | None, unlock: BackupUnlock) -> bytes | None:
    """The key the backup's key-slot copy gives to `unlock`, when that copy is another key's (None: the
    backup is this store's own, or nothing was given to open another one)."""
    slots_file = backup_manifest.keys_path(backup)
    if not (unlock.password or unlock.recovery_code) or not slots_file.is_file():
        return None
    try:
        slots = key_slots.read(slots_file)
    except key_slots.KeyFileError:
        return None
    if office_code is not None and slots.office_code != office_code:
        return None  # examine() names the other office
    if unlock.recovery_code:
        code_slot = slots.recovery()
        found = (
            None
            if code_slot is None
            else key_slots.unwrap(code_slot, recovery_code.normalize(unlock.recovery_code), slots.office_code)
        )
    else:
        found = next(
            (
                key
                for slot in slots.for_username(unlock.username)
                if (key := key_slots.unwrap(slot, unlock.password, slots.office_code)) is not None
            ),
            None,
        )
    return found


# What the administrator compares before a restore: the office's main records (every table is restored).
COMPARED = (
    ("person", "Penduduk"),
    ("household", "Keluarga (KK)"),
    ("jamsos_member", "Peserta Jamsosnaker"),
    ("sembako_recipient", "Penerima sembako"),
    ("sembako_handover", "Serah terima sembako"),
    ("training_participant", "Peserta pelatihan"),
    ("document_register", "Dokumen bernomor"),
    ("app_user", "Pengguna"),
    ("audit_log", "Catatan audit"),
)


@dataclass(frozen=True)
class CountLine:
    table: str
    label: str
    current: int
    backup: int


@dataclass(frozen=True)
class RestorePreview:
    file: Path
    made_at: datetime  # local time
    reason: str
    office_code: str
    lines: tuple[CountLine, ...]
    erased_since: int = 0  # people erased on request after the backup was made: the restore brings them back

    @property
    def erasure_warning(self) -> str:
        if not self.erased_since:
            return ""
        return (
            f"{self.erased_since} penduduk yang datanya dihapus atas permintaannya (UU PDP) sesudah cadangan "
            "ini dibuat akan kembali dengan datanya: hapus lagi data mereka sesudah pemulihan."
        )

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)

    def text(self) -> str:
        """What the command line shows before it asks."""
        header = (
            f"Cadangan {self.file.name} ({self.reason_label}), dibuat {self.made_at:%d-%m-%Y %H:%M}.\n"
            f"{'Data':24} {'Sekarang':>12} {'Dalam cadangan':>15}"
        )
        rows = [
            f"{line.label:24} {format_count(line.current):>12} {format_count(line.backup):>15}"
            for line in self.lines
        ]
        return "\n".join([header, *rows, *([self.erasure_warning] if self.erased_since else [])])

    def as_json(self) -> dict[str, object]:
        return {
            "file": str(self.file),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "office": self.office_code,
            "counts": {line.table: {"current": line.current, "backup": line.backup} for line in self.lines},
            "erased_since": self.erased_since,
        }


@dataclass(frozen=True)
class RestoreResult:
    preview: RestorePreview
    safety_copy: Path  # the current store as it was, copied before it was replaced


class RestoreService:
    def __init__(self, database: Database, office: OfficeService, backups: BackupService) -> None:
        self._db = database
        self._office = office
        self._backups = backups

    def _examine(self, file: Path, unlock: BackupUnlock = NO_UNLOCK) -> tuple[ExaminedBackup, bytes | None]:
        """The proven backup and the key that opens it: this store's, or (a backup from the office's
        old laptop, keyed before this laptop's set-up made a new key) the one its own key-slot copy gives
        to the administrator's password or the recovery code."""
        office = self._office.get()
        path = file.expanduser().resolve()
        key = store_key(self._db)
        adopted = backup_key(path, office.code if office else None, unlock) if key is not None else None
        try:
            examined = examine(
                path,
                key=adopted or key,
                office_code=office.code if office else None,
                office_name=_office_name,
                known_revision=is_known_revision,
            )
        except RestoreRefused as refused:
            log.warning("restore of %s refused: %s", file.name, refused.message)
            if refused.other_key and _has_own_slots(path, office.code if office else None):
                raise BackupNeedsUnlock(_unlock_request(path, unlock)) from refused
            raise UserError(refused.message) from refused
        return examined, adopted or key

    def _preview(self, examined: ExaminedBackup) -> RestorePreview:
        now = current_counts(self._db.file, store_key(self._db))
        theirs = examined.manifest.counts
        made_at = datetime.fromisoformat(examined.manifest.made_at).astimezone().replace(tzinfo=None)
        return RestorePreview(
            file=examined.path,
            made_at=made_at,
            reason=examined.manifest.reason,
            office_code=examined.manifest.office_code,
            lines=tuple(
                CountLine(table, label, now.get(table, 0), theirs.get(table, 0)) for table, label in COMPARED
            ),
            erased_since=erasures_since(self._db.file, store_key(self._db), examined.manifest.made_at),
        )

    def _refuse_on_server(self) -> None:
        if self._db.is_server:
            raise UserError(
                "Data kantor pusat ada di server basis data: pulihkan dengan alat server itu sendiri "
                "(pg_restore dari cadangan pg_dump, lihat README), bukan dari cadangan aplikasi."
            )

    def preview(self, *, actor: Actor, file: Path, unlock: BackupUnlock = NO_UNLOCK) -> RestorePreview:
        """Prove the backup and show what it would replace; changes nothing."""
        actor.require(Role.ADMIN, "memulihkan data dari cadangan")
        self._refuse_on_server()
        return self._preview(self._examine(file, unlock)[0])

    def restore(
        self, *, actor: Actor, file: Path, unlock: BackupUnlock = NO_UNLOCK
    ) -> tuple[RestoreResult, ChangeSummary]:
        """Replace the store with the backup. The caller must hold no other connection: the window signs
        out right after, the command line is the only process. A backup under another key (the office's
        old laptop) brings its key slots with it: the store then opens with the old passwords."""
        actor.require(Role.ADMIN, "memulihkan data dari cadangan")
        self._refuse_on_server()
        examined, backup_key_found = self._examine(file, unlock)
        preview = self._preview(examined)
        key = store_key(self._db)
        try:
            staged = stage(examined, self._db.file, backup_key_found)
        except RestoreRefused as refused:
            raise UserError(refused.message) from refused
        try:
            safety = self._backups.before(BEFORE_RESTORE)
            refuse_while_engine_in_use(self._db)
            swap_in(staged, self._db.file, key)
        except RestoreRefused as refused:
            raise UserError(refused.message) from refused
        finally:
            discard(staged)  # gone already once renamed over the store
        restored = self._db
        if backup_key_found != key:
            # The store is now keyed as the backup was: this process's engine (the old key) is done with.
            self._db.dispose()
            restored = Database(self._db.location, key=backup_key_found)
        try:
            self._record(restored, actor, examined, safety.path)
        finally:
            if restored is not self._db:
                restored.dispose()
        log.info("%s restored %s; the store before it is in %s", actor.username, examined.path, safety.path)
        return RestoreResult(preview, safety.path), ChangeSummary.BACKUP

    def _record(self, restored: Database, actor: Actor, examined: ExaminedBackup, safety: Path) -> None:
        # A backup of an older schema is brought to this version's, with a copy taken first as ever.
        migrate(restored, self._backups.folder)
        with restored.write(actor) as tx:
            # The copies made after the restored one recorded a longer trail; the trail now goes on from
            # the restored point, and `check` is told which anchors that leaves behind.
            superseded = anchors_off_chain(tx, self._backups.folder)
            tx.record(
                AuditEvent(
                    "restore",
                    "database",
                    examined.path.name,
                    after={
                        "file": examined.path.name,
                        "made_at": examined.manifest.made_at,
                        "reason": examined.manifest.reason,
                        "safety_copy": safety.name,
                        "restored_at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "superseded": superseded,
                    },
                )
            )


def _has_own_slots(backup: Path, office_code: str | None) -> bool:
    """The backup carries a key-slot copy of this office (one its old users or the recovery code open)."""
    try:
        slots = key_slots.read(backup_manifest.keys_path(backup))
    except (OSError, key_slots.KeyFileError):
        return False
    return office_code is None or slots.office_code == office_code


def _unlock_request(backup: Path, unlock: BackupUnlock) -> str:
    if unlock.password or unlock.recovery_code:
        return (
            f"Nama pengguna dan kata sandi, atau kode pemulihan, itu tidak membuka cadangan {backup.name}. "
            "Periksa ejaannya (kata sandi di laptop lama, bukan di laptop ini) lalu coba lagi. Data kantor "
            "tidak diubah."
        )
    return (
        f"Cadangan {backup.name} dibuat di laptop lain kantor ini, dengan kunci data laptop itu. Untuk "
        "membukanya, isi nama pengguna dan kata sandi yang dipakai di laptop itu, atau kode pemulihan "
        "kantor. Data kantor tidak diubah."
    )


def _office_name(code: str) -> str:
    try:
        return f"{describe_office(code)[2]} ({code})"
    except UserError:
        return code
