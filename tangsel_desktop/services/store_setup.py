"""A new office's encrypted store: the key made, the store built under a temporary name, slots, code, rename.

Set-up (the window's first-run dialog and `init`) makes the random database key, builds and migrates the
store in `<store>.setup` with it, records the office and its first administrator, writes the recovery
sheet and the key file (the administrator's slot and the recovery code's), and only then gives the store
its name: a kill at any step leaves no store (set-up runs again) or a whole one with its key file.
"""

import logging
import secrets
from collections.abc import Callable, Sequence
from datetime import datetime

from tangsel_desktop.bootstrap import on_server, open_services
from tangsel_desktop.documents.recovery_sheet import render_recovery_sheet
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.recovery_code import grouped, new_code
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.auth_service import check_new_password
from tangsel_desktop.services.office_service import OfficeView, describe_office
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.store_unlock import RecoverySheet, Unlocked, clean_leftovers
from tangsel_desktop.storage import key_slots, sqlite_driver, store_encryption
from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.key_slots import KeySlots, Slot
from tangsel_desktop.storage.migrate import migrate

log = logging.getLogger(__name__)


def write_recovery_sheet(paths: DataPaths, office: OfficeView, code: str) -> RecoverySheet:
    """The one-page PDF of a new recovery code, in the office's reports folder (to print and delete)."""
    paths.reports.mkdir(mode=0o700, parents=True, exist_ok=True)
    made_at = datetime.now().astimezone()
    pdf = paths.reports / f"kode-pemulihan-{office.code}-{made_at:%Y%m%d-%H%M%S}.pdf"
    shown = grouped(code)
    render_recovery_sheet(pdf, office_name=office.name, office_code=office.code, code=shown, made_at=made_at)
    return RecoverySheet(shown, pdf)


def user_slot(key: bytes, office_code: str, user_id: str, username: str, password: str) -> Slot:
    return key_slots.wrap(
        key,
        password,
        office_code=office_code,
        kind=key_slots.USER,
        user_id=user_id,
        username=username,
        created_at=timestamp_text(utc_now()),
    )


def recovery_slot(key: bytes, office_code: str, code: str) -> Slot:
    return key_slots.wrap(
        key, code, office_code=office_code, kind=key_slots.RECOVERY, created_at=timestamp_text(utc_now())
    )


def abandoned_plain_store(paths: DataPaths) -> bool:
    """A plain store without an office: an older version's set-up that never finished."""
    store = paths.database
    if not sqlite_driver.is_plain_sqlite(store):
        return False
    services = open_services(paths, None)
    try:
        return services.office.get() is None
    finally:
        services.database.dispose()


def _refuse_existing(paths: DataPaths) -> None:
    store = paths.database
    if not store.exists() or store.stat().st_size == 0:
        return
    if abandoned_plain_store(paths):
        store_encryption.remove_file_set(store)  # nothing in it: set-up starts afresh, encrypted
        log.info("plain store without an office removed before set-up")
        return
    raise UserError("Kantor sudah diatur sebelumnya; pengaturan awal hanya sekali.")


def _finish_build(paths: DataPaths, building_key: bytes, slots: KeySlots) -> None:
    """Out of WAL mode (no -wal may stay under the temporary name), key file, then the store's name."""
    building = store_encryption.setup_file(paths.database)
    with_key = sqlite_driver.connect(building, building_key)
    with_key.execute("PRAGMA journal_mode=DELETE")
    with_key.close()
    key_slots.write(paths.keys, slots)
    store_encryption.swap_in(building, paths.database)


def set_up_demo_store(
    paths: DataPaths, fill: Callable[[Services], object], users: Sequence[str], password: str
) -> None:
    """The demo office, encrypted like a real one (a random key) under its public demo password: the
    store filled under a temporary name, a slot per demo user, then renamed (no recovery code)."""
    paths.ensure()
    clean_leftovers(paths)
    building = store_encryption.setup_file(paths.database)
    key = secrets.token_bytes(sqlite_driver.KEY_BYTES)
    database = Database(building, key=key)
    try:
        migrate(database, paths.backups)
        services = Services.build(paths, database)
        fill(services)
        office = services.office.require()
        actors = [services.auth.login(username=name, password=password) for name in users]
        database.dispose()
        made = tuple(user_slot(key, office.code, a.user_id, a.username, password) for a in actors)
        _finish_build(paths, key, KeySlots(office.code, office.name, made))
    except BaseException:
        database.dispose()
        store_encryption.remove_file_set(building)
        raise


def set_up_new_office(
    paths: DataPaths, *, office_code: str, admin_username: str, admin_full_name: str, admin_password: str
) -> Unlocked:
    """First run: the encrypted store, its key file and recovery sheet; the administrator signed in."""
    store = paths.database
    describe_office(office_code)  # an unknown office or a short password is refused before anything
    check_new_password(admin_password)
    if on_server(paths):
        return _set_up_on_server(
            paths,
            office_code=office_code,
            admin_username=admin_username,
            admin_full_name=admin_full_name,
            admin_password=admin_password,
        )
    _refuse_existing(paths)
    paths.ensure()
    clean_leftovers(paths)
    building = store_encryption.setup_file(store)
    key = secrets.token_bytes(sqlite_driver.KEY_BYTES)
    database = Database(building, key=key)
    try:
        migrate(database, paths.backups)
        services = Services.build(paths, database)
        office, _ = services.office.set_up(
            office_code=office_code,
            admin_username=admin_username,
            admin_full_name=admin_full_name,
            admin_password=admin_password,
        )
        admin = services.auth.login(username=admin_username, password=admin_password)
        database.dispose()
        code = new_code()
        sheet = write_recovery_sheet(paths, office, code)
        slots = KeySlots(
            office.code,
            office.name,
            (
                user_slot(key, office.code, admin.user_id, admin.username, admin_password),
                recovery_slot(key, office.code, code),
            ),
        )
        _finish_build(paths, key, slots)
    except BaseException:
        database.dispose()
        store_encryption.remove_file_set(building)
        raise
    log.info("new office %s set up with an encrypted store", office.code)
    return Unlocked.opened(open_services(paths, key), admin, sheet)


def _set_up_on_server(
    paths: DataPaths, *, office_code: str, admin_username: str, admin_full_name: str, admin_password: str
) -> Unlocked:
    """The central office on its database server: the schema migrated, the office and its first
    administrator recorded in one transaction. No store key, key file or recovery code: the server's own
    access control and backups (pg_dump) protect the data, and another administrator resets a password."""
    paths.ensure()  # logs, reports and exports still live in the data folder
    services = open_services(paths)
    try:
        services.office.set_up(
            office_code=office_code,
            admin_username=admin_username,
            admin_full_name=admin_full_name,
            admin_password=admin_password,
        )
        admin = services.auth.login(username=admin_username, password=admin_password)
    except BaseException:
        services.database.dispose()
        raise
    log.info("central office set up on its database server")
    return Unlocked.opened(services, admin)
