"""Start-up steps shared by the window and the command line: logging, the store, migrations, services."""

import logging

from tangsel_desktop import __version__
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.scratch import clean_leftovers, private_files, use_scratch
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.backup import remove_partial_backups
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.keyring import Keyring
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.restore import remove_restore_leftovers
from tangsel_desktop.storage.store_location import StoreLocation

log = logging.getLogger(__name__)


def open_services(paths: DataPaths, key: bytes | None = None) -> Services:
    """Open (and migrate) the office's database and build its services. `key` is the store's key
    (services/store_unlock.py unwraps it with a password); None opens a plain store (one made before
    encryption, converted at the first sign-in, and the tests' own stores)."""
    log.info("Tangsel Desktop %s starting with data folder %s", __version__, paths.root)
    private_files()
    clean_leftovers(paths)
    remove_partial_backups(paths.backups)
    remove_restore_leftovers(paths.root)
    use_scratch(paths)
    database = Database(StoreLocation.sqlite_file(paths.database), key=key)
    try:
        migrate(database, paths.backups)
    except BaseException:
        database.dispose()
        raise
    return Services.build(paths, database, None if key is None else Keyring(paths.keys, key))


def take_daily_backup(services: Services) -> None:
    """The day's automatic copy at the window's first start of the day; a failure is logged, not fatal:
    the office can work, and the Pengaturan screen shows when the last copy was made."""
    if services.office.get() is None:
        return  # nothing to keep yet
    try:
        made = services.backup.daily_if_due()
    except UserError as error:
        log.warning("daily backup not made: %s", error.message)
        return
    if made is not None:
        log.info("daily backup made: %s", made.path.name)
