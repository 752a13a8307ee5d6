"""Each connection's page cache sized to the store (a city's store keeps its big reads decrypted), and the
pool handing out the connection used last, so that the warm one serves again and the others stay small."""

import os
from pathlib import Path

from tangsel_desktop.storage import sqlite_dialect
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate

MB = 1024 * 1024


def sized(file: Path, size: int) -> Path:
    file.touch()
    os.truncate(file, size)  # sparse: no disk taken
    return file


def test_the_cache_is_a_third_of_the_store_between_32_and_384_mb(tmp_path: Path) -> None:
    assert sqlite_dialect.cache_kib(tmp_path / "not yet made.sqlite3") == 32_000
    assert sqlite_dialect.cache_kib(sized(tmp_path / "kelurahan.sqlite3", 60 * MB)) == 32_000
    assert sqlite_dialect.cache_kib(sized(tmp_path / "city.sqlite3", 600 * MB)) == 600 * 1024 // 3
    assert sqlite_dialect.cache_kib(sized(tmp_path / "huge.sqlite3", 3000 * MB)) == 384_000


def test_a_large_store_opens_with_its_larger_cache_on_every_connection(tmp_path: Path) -> None:
    file = tmp_path / "tangsel.sqlite3"
    store = Database(file)
    migrate(store, tmp_path / "backups")
    with store.query() as tx:
        assert tx.connection.exec_driver_sql("PRAGMA cache_size").scalar() == -32_000
    store.dispose()
    # Past its last page a store's file may hold anything: SQLite reads its size from the header.
    os.truncate(file, 900 * MB)
    large = Database(file)
    try:
        connections = [large.engine.connect() for _ in range(3)]
        sizes = [connection.exec_driver_sql("PRAGMA cache_size").scalar() for connection in connections]
        for connection in connections:
            connection.close()
        with large.read() as tx:
            assert tx.session.connection().exec_driver_sql("SELECT count(*) FROM person").scalar() == 0
    finally:
        large.dispose()
    assert sizes == [-300 * 1024] * 3


def test_the_pool_hands_out_the_connection_used_last(tmp_path: Path) -> None:
    store = Database(tmp_path / "tangsel.sqlite3")
    try:
        first, second = store.engine.connect(), store.engine.connect()
        first_driver, second_driver = first.connection.driver_connection, second.connection.driver_connection
        first.close()
        second.close()  # the last one back: its cache is the warm one
        with store.engine.connect() as again:
            assert again.connection.driver_connection is second_driver
            assert again.connection.driver_connection is not first_driver
    finally:
        store.dispose()
