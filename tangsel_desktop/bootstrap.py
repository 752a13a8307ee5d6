"""Start-up steps shared by the window and the command line: logging, the store, migrations, services."""

import logging

from tangsel_desktop import __version__
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.scratch import clean_leftovers, private_files, use_scratch
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import office_store
from tangsel_desktop.storage.backup import remove_partial_backups
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.keyring import Keyring
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.restore import remove_restore_leftovers
from tangsel_desktop.storage.store_location import StoreLocation, configured

log = logging.getLogger(__name__)


def store_location(paths: DataPaths) -> StoreLocation:
    """Where this office's store is: the database server its settings name (the central office), else
    the SQLite file in its data folder."""
    return configured(paths.settings) or StoreLocation.sqlite_file(paths.database)


def on_server(paths: DataPaths) -> bool:
    """Whether this office's store is a database server (no key file, no file to encrypt or convert)."""
    return store_location(paths).is_server


def open_services(paths: DataPaths, key: bytes | None = None) -> Services:
    """Open (and migrate) the office's database and build its services. `key` is the store's key
    (services/store_unlock.py unwraps it with a password); None opens a plain store (one made before
    encryption, converted at the first sign-in, and the tests' own stores) or a server store, which no key
    applies to (the server's own access control protects it)."""
    log.info("Tangsel Desktop %s starting with data folder %s", __version__, paths.root)
    private_files()
    clean_leftovers(paths)
    remove_partial_backups(paths.backups)
    remove_restore_leftovers(paths.root)
    use_scratch(paths)
    database = Database(store_location(paths), key=None if on_server(paths) else key)
    try:
        migrate(database, paths.backups)
        with database.read() as tx:
            office_store.check_store_fits(tx)
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
