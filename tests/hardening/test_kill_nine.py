"""Issue 9, "Done when": kill -9 at random moments of `backup` and of an import loses nothing and leaves
no file that looks like a backup but is not (finding 6); real CLI subprocesses, 20 kills, short delays."""

import csv
import os
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.storage import sqlite_driver
from tests.conftest import OFFICE_CODE, PASSWORD
from tests.store_files import store_key

KILLS = 20
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


def _key(store: Path, data: Path) -> bytes | None:
    """None for a plain file; else the key (the first command converted the store, backups share it)."""
    return None if sqlite_driver.is_plain_sqlite(store) else store_key(data, "ani", PASSWORD)


def _count(store: Path, data: Path) -> int:
    key = _key(store, data)
    with closing(sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def _whole(store: Path, data: Path) -> bool:
    key = _key(store, data)
    with closing(sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]


def _command(data: Path, *words: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tangsel_desktop",
        "--data-dir",
        str(data),
        "--json",
        "--user",
        "ani",
        *words,
    ]


def test_kill_nine_during_backup_and_import_loses_nothing_and_fakes_no_backup(tmp_path: Path) -> None:
    """Finding 6 (and the issue's kill -9 criterion): no half file under a backup name, no row lost."""
    paths = DataPaths(tmp_path / "kantor").ensure()
    services = open_services(paths)
    services.office.set_up(
        office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    services.database.dispose()
    environment = {**os.environ, "TANGSEL_PASSWORD": PASSWORD}
    randomness = random.Random(9)
    floor = 0  # people known to be committed: never fewer afterwards
    for kill in range(KILLS):
        source = tmp_path / f"daftar-{kill}.csv"
        _people_csv(source, start=kill * 300, count=300)
        words = ("backup",) if kill % 2 == 0 else ("people", "import", str(source))
        process = subprocess.Popen(
            _command(paths.root, *words), env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        time.sleep(randomness.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        store = paths.database
        assert _whole(store, paths.root), f"store damaged after kill {kill}"
        count = _count(store, paths.root)
        assert count >= floor, f"kill {kill} lost people: {count} < {floor}"
        floor = count
        for backup in paths.backups.glob("tangsel-*.sqlite3"):
            assert _whole(backup, paths.root), f"{backup.name} carries a backup's name but is not whole"
            assert _count(backup, paths.root) <= count
    # The office still works: a backup and an import run to the end, and check finds nothing wrong.
    result = subprocess.run(_command(paths.root, "backup"), env=environment, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(_command(paths.root, "check"), env=environment, capture_output=True, check=False)
    assert result.returncode == 0, result.stdout
    assert not list(paths.backups.glob("*.partial*"))  # nor a lock file of a killed backup
