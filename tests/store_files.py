"""Raw access to a store file for tests: to look behind the application's back, or to tamper with it."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Literal


@contextmanager
def open_raw(
    path: Path | str,
    *,
    timeout: float = 5.0,
    isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "DEFERRED",
) -> Iterator[sqlite3.Connection]:
    """A bare sqlite3 connection to the file: what it changed is committed when the block ends without
    an error (rolled back otherwise), and the connection is closed either way."""
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=isolation_level)
    with closing(connection), connection:
        yield connection


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a store file through SQLite's online backup (WAL content included)."""
    with open_raw(source) as origin, open_raw(target) as copy:
        origin.backup(copy)
