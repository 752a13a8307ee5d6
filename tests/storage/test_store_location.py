"""The store opens from one setting, its URL: SQLite or PostgreSQL, others refused in Indonesian."""

from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.store_location import StoreLocation


def test_a_sqlite_url_opens_its_file(tmp_path: Path) -> None:
    location = StoreLocation.parse(f"sqlite:///{tmp_path / 'kantor.sqlite3'}")
    assert (location.dialect, location.file) == ("sqlite", tmp_path / "kantor.sqlite3")
    database = Database(location)
    try:
        assert database.pragma("journal_mode") == "wal"
        assert database.file == tmp_path / "kantor.sqlite3"
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://tangsel@localhost/kota", "belum dapat dibuka"),
        ("postgresql+pg8000://tangsel@localhost/kota", "tidak tersedia"),
        ("postgresql://tangsel@localhost", "harus menyebut nama basis datanya"),
        ("sqlite://", "harus menyebut berkasnya"),
        ("bukan alamat", "tidak dapat dibaca"),
    ],
)
def test_a_store_this_build_cannot_open_is_refused_in_indonesian(url: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        StoreLocation.parse(url)
