"""Raw access to a store file for tests: to look behind the application's back, or to tamper with it."""

import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tangsel_desktop.storage import sqlite_driver

if TYPE_CHECKING:
    from tangsel_desktop.services.service_set import Services
    from tangsel_desktop.storage.database import Database

HOLD_SECONDS = 30  # the longest a helper thread waits before calling itself stuck
TEST_PASSWORD = "rahasia-123"  # the tests' password (tests/conftest.py's PASSWORD)


@contextmanager
def open_raw(
    path: Path | str,
    *,
    timeout: float = 5.0,
    isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "DEFERRED",
    key: bytes | None = None,
) -> Iterator[sqlite_driver.Connection]:
    """A bare connection to the file through the store's driver (keyed for an encrypted store): what it
    changed is committed when the block ends without an error (rolled back otherwise), and the
    connection is closed either way."""
    connection = sqlite_driver.connect(path, key, timeout=timeout, isolation_level=isolation_level)
    with closing(connection), connection:
        yield connection


def copy_store(source: Path, target: Path, key: bytes | None = None) -> None:
    """A consistent copy of a store file through SQLite's online backup (WAL content included)."""
    with open_raw(source, key=key) as origin, open_raw(target, key=key) as copy:
        origin.backup(copy)


@contextmanager
def write_lock_held_elsewhere(file: Path, key: bytes | None = None) -> Iterator[None]:
    """A second connection, on its own thread, holds the store's write lock until the block ends."""
    taken, release, failures = threading.Event(), threading.Event(), []

    def hold() -> None:
        try:
            with open_raw(file, isolation_level=None, key=key) as other:
                other.execute("BEGIN IMMEDIATE")
                other.execute("UPDATE office SET name = name")
                taken.set()
                release.wait(HOLD_SECONDS)
                other.execute("ROLLBACK")
        except BaseException as error:  # reported to the test below
            failures.append(error)
            taken.set()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert taken.wait(HOLD_SECONDS)
        assert not failures, failures
        yield
    finally:
        release.set()
        holder.join(HOLD_SECONDS)


def store_at_revision(database: "Database", revision: str, *statements: str) -> None:
    """Bring an empty store to an older schema step (as an earlier version left it), then run statements."""
    from alembic import command

    from tangsel_desktop.storage.migrate import _alembic_config

    config = _alembic_config()
    with database.engine.connect() as connection:
        if not database.is_server:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.exec_driver_sql(statement)
        connection.commit()


def store_key(data_dir: Path, username: str, password: str) -> bytes:
    """The encrypted store's key, unwrapped from the user's slot in the key file beside it."""
    from tangsel_desktop.storage import key_slots

    slots = key_slots.read(data_dir / key_slots.FILE_NAME)
    for slot in slots.for_username(username):
        key = key_slots.unwrap(slot, password, slots.office_code)
        if key is not None:
            return key
    raise AssertionError(f"no slot of {username} opens with that password")


def office_key(data_dir: Path, username: str = "ani", password: str = TEST_PASSWORD) -> bytes | None:
    """The key of the office's store in data_dir (None while it is still a plain store)."""
    store = data_dir / "tangsel.sqlite3"
    return None if sqlite_driver.is_plain_sqlite(store) else store_key(data_dir, username, password)


def open_office(data_dir: Path | str, username: str = "ani", password: str = TEST_PASSWORD) -> "Services":
    """The services of an office made by the command line (its store encrypted), opened with a user's key."""
    from tangsel_desktop.bootstrap import open_services
    from tangsel_desktop.paths import resolve_data_paths

    paths = resolve_data_paths(str(data_dir))
    return open_services(paths, office_key(paths.root, username, password))
