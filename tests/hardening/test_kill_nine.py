"""Issue 9, "Done when": kill -9 at random moments of `backup` and of an import loses nothing and leaves
no file that looks like a backup but is not (finding 6); real CLI processes, 20 kills within their runs."""

import csv
import os
import random
import time
from contextlib import closing
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.storage import sqlite_driver
from tests.conftest import OFFICE_CODE, PASSWORD
from tests.forked_runs import ForkedRuns
from tests.store_files import store_key

KILLS = 20
ENVIRONMENT = {"TANGSEL_PASSWORD": PASSWORD}
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")


def _people_csv(path: Path, start: int, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["NIK", "NO_KK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "KELURAHAN"])
        for serial in range(start, start + count):
            writer.writerow(
                [
                    f"367404170880{serial:04}",
                    f"367404120315{serial:04}",
                    f"Warga {serial}",
                    "L",
                    "17-08-1980",
                    "Jl. Mawar",
                    "Sawah",
                ]
            )


_KEYS: dict[bytes, bytes] = {}


def _key(store: Path, data: Path) -> bytes | None:
    """None for a plain file; else the key (the first command converted the store, backups share it),
    unwrapped once per key file (argon2 is slow on purpose)."""
    if sqlite_driver.is_plain_sqlite(store):
        return None
    slots = DataPaths(data).keys.read_bytes()
    if slots not in _KEYS:
        _KEYS[slots] = store_key(data, "ani", PASSWORD)
    return _KEYS[slots]


def _count(store: Path, data: Path) -> int:
    key = _key(store, data)
    with closing(sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def _whole(store: Path, data: Path) -> bool:
    key = _key(store, data)
    with closing(sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]


def _words(data: Path, *words: str) -> list[str]:
    return ["--data-dir", str(data), "--json", "--user", "ani", *words]


def _timed(forked: ForkedRuns, data: Path, *words: str) -> float:
    """One run to its end: how long it took (the kills below fall within such a span)."""
    began = time.perf_counter()
    done = forked.run("tangsel_desktop", *_words(data, *words), env=ENVIRONMENT)
    assert done.returncode == 0, done.output() + done.errors()
    return time.perf_counter() - began


def test_kill_nine_during_backup_and_import_loses_nothing_and_fakes_no_backup(
    tmp_path: Path, forked: ForkedRuns
) -> None:
    """Finding 6 (and the issue's kill -9 criterion): no half file under a backup name, no row lost."""
    paths = DataPaths(tmp_path / "kantor").ensure()
    services = open_services(paths)
    services.office.set_up(
        office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    services.database.dispose()
    # How long each takes on this machine now (it varies with the load), the first run also converting
    # the store to an encrypted one: each kill falls at a random moment within such a span.
    first = tmp_path / "daftar-awal.csv"
    _people_csv(first, start=9000, count=300)
    spans = {
        "import": _timed(forked, paths.root, "people", "import", str(first)) * 1.1,
        "backup": _timed(forked, paths.root, "backup") * 1.1,
    }
    randomness = random.Random(9)
    floor = _count(paths.database, paths.root)  # people known to be committed: never fewer afterwards
    for kill in range(KILLS):
        source = tmp_path / f"daftar-{kill}.csv"
        _people_csv(source, start=kill * 300, count=300)
        kind, words = (
            ("backup", ("backup",)) if kill % 2 == 0 else ("import", ("people", "import", str(source)))
        )
        process = forked.start("tangsel_desktop", *_words(paths.root, *words), env=ENVIRONMENT)
        time.sleep(randomness.uniform(0.0, spans[kind]))
        process.kill()
        store = paths.database
        assert _whole(store, paths.root), f"store damaged after kill {kill}"
        count = _count(store, paths.root)
        assert count >= floor, f"kill {kill} lost people: {count} < {floor}"
        floor = count
        for backup in paths.backups.glob("tangsel-*.sqlite3"):
            assert _whole(backup, paths.root), f"{backup.name} carries a backup's name but is not whole"
            assert _count(backup, paths.root) <= count
    # The office still works: a backup and an import run to the end, and check finds nothing wrong.
    _timed(forked, paths.root, "backup")
    _timed(forked, paths.root, "check")
    assert not list(paths.backups.glob("*.partial*"))  # nor a lock file of a killed backup
