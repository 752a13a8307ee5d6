"""Opening the office's encrypted store: a password unwraps its slot, the key opens the store, then sign-in.

The window and the command line open the store only here, after the password is known. A store made
before encryption (a plain SQLite file) is converted at its first successful sign-in (store_conversion.py).
"""

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.bootstrap import on_server, open_services
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.domain.recovery_code import normalize
from tangsel_desktop.paths import DataPaths, require_office_folder
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.auth_service import LOCK_DURATION, MAX_FAILED_LOGINS, check_new_password
from tangsel_desktop.services.auth_service import normalize_username as _normalize_username
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import key_slots, store_encryption
from tangsel_desktop.storage.columns import parse_timestamp, timestamp_text, utc_now
from tangsel_desktop.storage.key_slots import FailedTries, KeyFileError, KeySlots
from tangsel_desktop.storage.sqlite_driver import WrongKeyError, is_plain_sqlite
from tangsel_desktop.storage.store_errors import not_a_database

log = logging.getLogger(__name__)
WRONG_PASSWORD = "Nama pengguna atau kata sandi salah."  # noqa: S105 - the words, not a password
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RecoverySheet:
    """A recovery code made just now (set-up or conversion), and the PDF it was written to."""

    code: str  # grouped, as printed
    pdf: Path


@dataclass(frozen=True)
class Unlocked:
    """The open store's services, who signed in, the office (read on the opening thread, so that the
    window need not read it on its own), and `recovery` when this opening made a new code."""

    services: Services
    actor: Actor
    recovery: RecoverySheet | None = None
    office: OfficeView | None = None

    @classmethod
    def opened(cls, services: Services, actor: Actor, recovery: RecoverySheet | None = None) -> "Unlocked":
        return cls(services, actor, recovery, services.office.get())


def _refuse_if_locked(slots: KeySlots, name: str) -> None:
    tries = slots.tries(name)
    until = parse_timestamp(tries.locked_until) if tries and tries.locked_until else None
    if until is not None and until > utc_now():
        raise UserError(
            f"Akun dikunci karena lima kali salah kata sandi, sampai {format_datetime(until)}. Minta "
            "administrator mengatur ulang kata sandi bila perlu segera."
        )


def _count_failure(paths: DataPaths, slots: KeySlots, name: str) -> UserError:
    """A wrong password for a name that has a slot, counted in the key file (the store is closed), with
    the same lock-out as the store's: five tries, then fifteen minutes."""
    tries = slots.tries(name)
    failed = (tries.count if tries and not tries.locked_until else 0) + 1
    left = MAX_FAILED_LOGINS - failed
    if left <= 0:
        until = timestamp_text(utc_now() + LOCK_DURATION)
        key_slots.write(paths.keys, slots.with_tries(name, FailedTries(0, until)))
        return UserError(
            "Kata sandi salah lima kali: akun dikunci 15 menit. "
            "Administrator dapat mengatur ulang kata sandi."
        )
    key_slots.write(paths.keys, slots.with_tries(name, FailedTries(failed)))
    return UserError(f"{WRONG_PASSWORD} Sisa percobaan: {left}.")


def clean_leftovers(paths: DataPaths) -> None:
    """What a killed set-up, conversion or key-file write left: never the store or its key file."""
    store = paths.database
    with contextlib.suppress(OSError):  # a read-only folder: nothing to clean that could be cleaned
        store_encryption.remove_file_set(store_encryption.setup_file(store))
        store_encryption.remove_file_set(store_encryption.converting_file(store))
    key_slots.remove_leftovers(paths.keys)


def _normalized(username: str) -> str:
    try:
        return _normalize_username(username)
    except UserError:
        raise UserError(WRONG_PASSWORD) from None


def open_keyed(paths: DataPaths, key: bytes, slots: KeySlots) -> Services:
    """The store opened (and migrated) with the key a slot gave; a key that does not open it means the
    key file is not this store's."""
    try:
        services = open_services(paths, key)
    except WrongKeyError:
        raise KeyFileError(
            f"Berkas kunci {paths.keys} (milik {slots.office_name or 'kantor'}, kode {slots.office_code}) "
            "tidak cocok "
            f"dengan basis data {paths.database}: kuncinya milik berkas data lain. Kembalikan berkas "
            "kunci yang benar dari cadangan folder data, atau pakai Kode Pemulihan pada berkas data yang "
            "benar. Basis data tidak diubah."
        ) from None
    office = services.office.get()
    if office is not None and office.code != slots.office_code:
        services.database.dispose()
        raise KeyFileError(
            f"Berkas kunci {paths.keys} milik kantor {slots.office_code}, sedangkan basis data ini milik "
            f"kantor {office.code}. Kembalikan berkas kunci kantor ini dari cadangan. "
            "Basis data tidak diubah."
        )
    return services


UNLOCK_STEPS = 3  # the key unwrapped, the store opened and migrated, signed in


def unlock(paths: DataPaths, username: str, password: str, *, progress: Progress | None = None) -> Unlocked:
    """Sign in with the store still closed: the password's slot gives the key, the key opens the store,
    and the store's own sign-in (active, lock-out, password) decides. The central office's database
    server has no key to unwrap: the store opens, then the same sign-in decides."""
    if on_server(paths):
        return sign_in_on_server(paths, username, password, progress=progress)
    require_office_folder(paths)
    clean_leftovers(paths)
    if is_plain_sqlite(paths.database):
        from tangsel_desktop.services.store_conversion import convert_at_sign_in

        return convert_at_sign_in(paths, username, password)
    if not store_encryption.could_be_encrypted(paths.database):
        raise not_a_database(paths.database)
    slots = key_slots.read(paths.keys)
    name = _normalized(username)
    _refuse_if_locked(slots, name)
    mine = slots.for_username(name)
    if not mine:
        # The same words and about the same time as a wrong password: names stay unknown to strangers.
        key_slots.derive(password, b"\0" * key_slots.SALT_BYTES, key_slots.DEFAULT_KDF)
        log.info("unlock refused for %s", name)
        raise UserError(WRONG_PASSWORD)
    key = next(
        (
            found
            for slot in mine
            if (found := key_slots.unwrap(slot, password, slots.office_code)) is not None
        ),
        None,
    )
    if key is None:
        log.info("unlock refused for %s", name)
        raise _count_failure(paths, slots, name)
    if slots.tries(name) is not None:
        key_slots.write(paths.keys, slots.with_tries(name, None))
    if progress:
        progress(1, UNLOCK_STEPS)
    services = open_keyed(paths, key, slots)
    if progress:
        progress(2, UNLOCK_STEPS)
    try:
        actor = services.auth.login(username=name, password=password)
    except BaseException:
        services.database.dispose()
        raise
    from tangsel_desktop.services.store_conversion import finish_conversion_leftovers

    finish_conversion_leftovers(paths)
    if progress:
        progress(UNLOCK_STEPS, UNLOCK_STEPS)
    return Unlocked.opened(services, actor)


def sign_in_on_server(
    paths: DataPaths, username: str, password: str, *, progress: Progress | None = None
) -> Unlocked:
    """The central office on PostgreSQL: no key file and no store key (the server's own access control
    and backups protect the data); the store opens and migrates, then the store's own sign-in decides."""
    services = open_services(paths)
    if progress:
        progress(2, UNLOCK_STEPS)
    try:
        actor = services.auth.login(username=_normalized(username), password=password)
    except BaseException:
        services.database.dispose()
        raise
    if progress:
        progress(UNLOCK_STEPS, UNLOCK_STEPS)
    return Unlocked.opened(services, actor)


def unlock_with_code(paths: DataPaths, code_text: str, admin_username: str, new_password: str) -> Unlocked:
    """The recovery code opens the store; an administrator's password is set anew (with their slot), and
    the use is audited. A wrong code changes nothing. The code stays valid (its slot is kept): the sheet
    in the safe keeps working for the next emergency."""
    if on_server(paths):
        raise UserError(
            "Data kantor pusat ada di server basis data dan tidak memakai kode pemulihan. Masuklah dengan "
            "akun administrator lain untuk mengatur ulang kata sandi yang terlupa."
        )
    require_office_folder(paths)
    clean_leftovers(paths)
    if is_plain_sqlite(paths.database):
        raise UserError(
            "Data kantor ini belum terenkripsi, jadi belum punya kode pemulihan. Masuklah dengan kata sandi; "
            "administrator lain dapat mengatur ulang kata sandi yang terlupa."
        )
    if not store_encryption.could_be_encrypted(paths.database):
        raise not_a_database(paths.database)
    code = normalize(code_text)
    check_new_password(new_password)
    slots = key_slots.read(paths.keys)
    slot = slots.recovery()
    key = key_slots.unwrap(slot, code, slots.office_code) if slot is not None else None
    if key is None:
        log.info("recovery code refused")
        raise UserError(
            f"Kode pemulihan salah, atau bukan kode kantor {slots.office_name or slots.office_code}. "
            "Periksa lagi lembar Kode Pemulihan (huruf O, bukan angka 0). Tidak ada yang diubah."
        )
    services = open_keyed(paths, key, slots)
    try:
        actor = services.auth.recover_admin(username=admin_username, new_password=new_password)
    except BaseException:
        services.database.dispose()
        raise
    log.warning("store opened with the recovery code; password of %s set anew", actor.username)
    return Unlocked.opened(services, actor)
