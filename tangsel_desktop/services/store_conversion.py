"""A store made before encryption converted to the encrypted form at its first successful sign-in.

Steps (storage/store_encryption.py does the file work): the user signs in on the plain store (the
lock-out counts as before); a verified backup of the plain store; `sqlcipher_export` into a temporary
file, every table's count compared, synced; the recovery sheet and the key file written (this user's
slot and the recovery code's); the encrypted file renamed over the store and the plain -wal/-shm
removed; then the plain backup removed. A kill before the rename leaves the plain store, converted
again at the next sign-in; after it, the encrypted store and its key file. Other users get their slot
at their first sign-in while the store is open, or when an administrator resets their password.
"""

import contextlib
import logging
import secrets
from pathlib import Path

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.recovery_code import new_code
from tangsel_desktop.paths import DataPaths, no_office_message
from tangsel_desktop.services.store_setup import recovery_slot, user_slot, write_recovery_sheet
from tangsel_desktop.services.store_unlock import Unlocked
from tangsel_desktop.storage import key_slots, sqlite_driver, store_encryption
from tangsel_desktop.storage.audit_anchor import SIDECAR_SUFFIX
from tangsel_desktop.storage.backup import backup_database
from tangsel_desktop.storage.key_slots import KeySlots

log = logging.getLogger(__name__)
BACKUP_REASON = "sebelum-enkripsi"


def _remove_plain_backup(backup: Path) -> None:
    for file in (backup, backup.with_name(backup.name + SIDECAR_SUFFIX)):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def finish_conversion_leftovers(paths: DataPaths) -> None:
    """The plain backup of a conversion that was killed after its rename: the store is encrypted and
    opened, so the plain copy (every NIK in the clear) goes now."""
    if paths.backups.is_dir():
        for backup in paths.backups.glob(f"*-{BACKUP_REASON}.sqlite3"):
            if sqlite_driver.is_plain_sqlite(backup):
                _remove_plain_backup(backup)
                log.info("plain backup of the conversion removed: %s", backup.name)


def convert_at_sign_in(paths: DataPaths, username: str, password: str) -> Unlocked:
    """Sign in on the plain store, then convert it; the encrypted store opened with its new key."""
    services = open_services(paths, None)
    try:
        if services.office.get() is None:  # a set-up an older version never finished: no office
            raise UserError(no_office_message(paths))
        actor = services.auth.login(username=username, password=password)
        office = services.office.require()
    finally:
        services.database.dispose()
    store = paths.database
    log.info("converting the plain store to the encrypted form at the sign-in of %s", actor.username)
    backup = backup_database(store, paths.backups, reason=BACKUP_REASON)
    key = secrets.token_bytes(sqlite_driver.KEY_BYTES)
    copy = store_encryption.export_encrypted(store, key)
    code = new_code()
    sheet = write_recovery_sheet(paths, office, code)
    slots = KeySlots(
        office.code,
        office.name,
        (
            user_slot(key, office.code, actor.user_id, actor.username, password),
            recovery_slot(key, office.code, code),
        ),
    )
    key_slots.write(paths.keys, slots)
    store_encryption.swap_in(copy, store)
    _remove_plain_backup(backup)
    finish_conversion_leftovers(paths)  # and those of earlier attempts that were killed
    log.info("store converted to the encrypted form; plain backup removed")
    return Unlocked.opened(open_services(paths, key), actor, sheet)
