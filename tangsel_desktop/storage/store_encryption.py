"""Files of the encrypted store: a plain store copied into an encrypted one (checked), and swapped in.

The conversion of an office made before encryption (services/store_unlock.py runs the steps):
sqlcipher_export of the plain store into `<store>.encrypting`, every table's row count compared, the copy
synced; then (after the caller has written the key slots) the copy renamed over the store and the plain
store's -wal/-shm removed. A kill before the rename leaves the plain store (the next sign-in converts
again); after it, the encrypted one with its key file: never neither.
"""

import contextlib
import logging
import os
from pathlib import Path

from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.key_slots import sync_folder

log = logging.getLogger(__name__)
CONVERTING_SUFFIX = ".encrypting"
SETUP_SUFFIX = ".setup"


class ConversionCheckError(Exception):
    """The encrypted copy does not hold what the plain store holds; it was removed, nothing replaced."""


def table_counts(connection: sqlite_driver.Connection, schema: str = "main") -> dict[str, int]:
    """Rows of every table (FTS shadow tables included), by name."""
    names = [
        name
        for (name,) in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names
    }


def converting_file(store: Path) -> Path:
    return store.with_name(store.name + CONVERTING_SUFFIX)


def setup_file(store: Path) -> Path:
    return store.with_name(store.name + SETUP_SUFFIX)


def remove_file_set(file: Path) -> None:
    """A store file and its companions (-wal, -shm, -journal)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{file}{suffix}").unlink()


def fsync_file(file: Path) -> None:
    descriptor = os.open(file, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def export_encrypted(plain: Path, key: bytes, target: Path | None = None) -> Path:
    """The plain store copied into `<store>.encrypting` (or `target`) under `key`, counts checked,
    synced; its path.

    The plain store leaves WAL mode first (its -wal checkpointed into it and removed), so no plain WAL is
    ever left beside the encrypted file that takes its name."""
    target = target or converting_file(plain)
    remove_file_set(target)
    connection = sqlite_driver.connect(plain, None, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
        expected = table_counts(connection)
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    try:
        check_copy(target, key, expected)
        fsync_file(target)
    except BaseException:
        remove_file_set(target)
        raise
    log.info("plain store copied into an encrypted file: %s tables, counts equal", len(expected))
    return target


def check_copy(copy: Path, key: bytes, expected: dict[str, int]) -> None:
    connection = sqlite_driver.connect(copy, key)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
        counts = table_counts(connection)
    finally:
        connection.close()
    if result != ["ok"]:
        raise ConversionCheckError(f"quick_check of the encrypted copy: {result[:3]}")
    if counts != expected:
        different = sorted(
            name for name in expected.keys() | counts.keys() if expected.get(name) != counts.get(name)
        )
        raise ConversionCheckError(f"row counts differ in {different[:5]}")


def swap_in(copy: Path, store: Path) -> None:
    """The checked copy takes the store's name (one rename), then the plain store's -wal/-shm go."""
    os.replace(copy, store)
    sync_folder(store.parent)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{store}{suffix}").unlink()
    with contextlib.suppress(FileNotFoundError):
        Path(f"{copy}-journal").unlink()


def could_be_encrypted(store: Path) -> bool:
    """Whether the file could be an encrypted store: whole pages (SQLite's smallest is 512 bytes). Its
    bytes are random without the key, so this is all that can be told of it before unlocking."""
    size = store.stat().st_size
    return size >= 512 and size % 512 == 0


def opens_with(store: Path, key: bytes) -> bool:
    try:
        sqlite_driver.connect(store, key).close()
    except sqlite_driver.WrongKeyError:
        return False
    return True
