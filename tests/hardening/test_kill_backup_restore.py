"""Issue 13: kill -9 at random moments of `backup` and `restore`: the store opens whole, nothing is lost.

Real CLI processes (forked from one that imported the application: tests/forked_runs.py), 10 kills of
each, at moments drawn over the length of an uninterrupted run. After each kill: the store passes
SQLite's integrity check and holds either what it held or the restored backup's rows (and then a finished
copy of what it held, taken before the restore), and every file under a backup's name is finished: its
manifest's hash matches and SQLite finds it whole."""

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.storage import backup_manifest, sqlite_driver
from tangsel_desktop.storage.backup import PREFIX, SUFFIX, finished_backups
from tests.conftest import OFFICE_CODE, PASSWORD, make_draft
from tests.forked_runs import ForkedRuns
from tests.services.prepared_office import actor
from tests.store_files import office_key, open_office

KILLS_EACH = 10
ENVIRONMENT = {"TANGSEL_PASSWORD": PASSWORD}
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")


def _people(store: Path, key: bytes | None) -> int:
    connection = sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def _whole(store: Path, key: bytes | None) -> bool:
    connection = sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        connection.close()


def _words(data: Path, *words: str) -> list[str]:
    return ["--data-dir", str(data), "--json", "--user", "ani", *words]


def _run(forked: ForkedRuns, data: Path, *words: str) -> float:
    started = time.perf_counter()
    done = forked.run("tangsel_desktop", *_words(data, *words), env=ENVIRONMENT)
    assert done.returncode == 0, done.output() + done.errors()
    return time.perf_counter() - started


def _killed(forked: ForkedRuns, data: Path, words: tuple[str, ...], after: float) -> None:
    process = forked.start("tangsel_desktop", *_words(data, *words), env=ENVIRONMENT)
    time.sleep(after)
    process.kill()


def _register_one(paths: DataPaths, serial: int) -> None:
    """One more person, so that the store before each restore differs from the backup it restores."""
    services = open_office(paths.root)  # encrypted since the first command converted it
    try:
        admin = actor(services, "ani")  # as login returns it, without hashing a password
        draft = make_draft(nik=f"367404570886{serial:04}", kk_number=f"367404120316{serial:04}")
        services.people.register(actor=admin, draft=draft)
    finally:
        services.database.dispose()


def _backups_are_finished_and_whole(backups: Path, seen: set[str], key: bytes | None) -> None:
    """Every file under a backup's name (each proven once: a finished backup is never written again)."""
    for path in backups.glob(f"{PREFIX}*{SUFFIX}"):
        if path.name in seen:
            continue
        seen.add(path.name)
        manifest = backup_manifest.read(path)  # a file under a backup's name always has its manifest
        assert backup_manifest.sha256_of(path) == manifest.sha256, path.name
        assert _whole(path, key), f"{path.name} carries a backup's name but is not whole"


def test_kill_nine_during_backup_and_restore_loses_nothing(tmp_path: Path, forked: ForkedRuns) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    services = open_services(paths)
    services.office.set_up(
        office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    admin = services.auth.login(username="ani", password=PASSWORD)
    DemoService(services.database, services.office).fill(actor=admin, people=1500, seed=13)
    services.database.dispose()
    store = paths.database
    # The first command converts the store: keyed from now on.
    backup_time = _run(forked, paths.root, "backup")
    key = office_key(paths.root)
    # Restored from a folder of its own (a USB stick): in backups/ the rotation may retire it meanwhile.
    made = finished_backups(paths.backups)[0]
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    restored = stick / made.name
    shutil.copyfile(made, restored)
    shutil.copyfile(backup_manifest.manifest_path(made), backup_manifest.manifest_path(restored))
    restored_people = _people(restored, key)
    restore_time = _run(forked, paths.root, "restore", str(restored), "--yes")
    # Starting, opening the store and signing in come first in every run: the kills fall after most of it.
    start_time = _run(forked, paths.root, "users", "list")
    randomness = random.Random(13)

    def moment(whole: float) -> float:
        return randomness.uniform(min(0.8 * start_time, 0.7 * whole), whole)

    seen: set[str] = set()
    for kill in range(KILLS_EACH):
        _register_one(paths, kill + 1)
        held = _people(store, key)
        _killed(forked, paths.root, ("backup",), moment(backup_time))
        assert _whole(store, key), f"store damaged by kill {kill} of a backup"
        assert _people(store, key) == held
        _backups_are_finished_and_whole(paths.backups, seen, key)

        _killed(forked, paths.root, ("restore", str(restored), "--yes"), moment(restore_time))
        assert _whole(store, key), f"store damaged by kill {kill} of a restore"
        now = _people(store, key)
        assert now in (held, restored_people), (
            f"kill {kill}: {now} people, neither {held} nor {restored_people}"
        )
        if now != held:
            # Restored: what the store held was copied first, whole.
            copies = [p for p in finished_backups(paths.backups) if "sebelum-pemulihan" in p.name]
            assert held in [_people(copy, key) for copy in copies], (
                f"kill {kill}: the store before it is lost"
            )
        _backups_are_finished_and_whole(paths.backups, seen, key)
    print(f"start {start_time:.2f} s, backup {backup_time:.2f} s, restore {restore_time:.2f} s")
    # The office still works: a restore and a check run to the end.
    _run(forked, paths.root, "restore", str(restored), "--yes")
    assert _people(store, key) == restored_people
    _run(forked, paths.root, "check")
    assert not list(paths.root.glob("*.restore-partial"))
