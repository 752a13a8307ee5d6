"""Fixtures of the storage tests: a freshly migrated office database on a real SQLite file."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A migrated store with no office, no users and no people."""
    store = Database(tmp_path / "tangsel.sqlite3")
    migrate(store, tmp_path / "backups")
    yield store
    store.dispose()
