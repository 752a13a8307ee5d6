"""Issue 9, findings 6 and 9: verified backups under their name only; private files, scratch in <data>/tmp."""

import builtins
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import IO

import pytest

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import held_lock
from tangsel_desktop.storage.backup import backup_database
from tangsel_desktop.storage.held_lock import HeldLock
from tests.cli.test_cli import OFFICE, PASSWORD, Cli

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes exist on POSIX only")


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(tmp_path / "kantor", capsys, monkeypatch)
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    return cli


def test_backup_json_prints_the_path(office: Cli) -> None:
    """Finding 6: the `backup` JSON printed a Python repr instead of a path."""
    code, payload = office("backup", user="ani")
    assert code == 0
    path = Path(payload["backup"])
    assert path.is_file()
    assert path.parent == office.data_dir / "backups"


def test_a_killed_backups_leftover_never_carries_a_backup_name(tmp_path: Path) -> None:
    """Finding 6: copies are made under a .partial name and renamed once verified; leftovers go next time."""
    source = tmp_path / "store.sqlite3"
    with closing(sqlite3.connect(source)) as connection, connection:
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    backups = tmp_path / "backups"
    backups.mkdir()
    leftover = backups / "tangsel-20250101-000000-000000-manual.sqlite3.partial"
    leftover.write_bytes(b"")
    made = backup_database(source, backups, reason="manual")
    assert sorted(p.name for p in backups.iterdir()) == [made.name, f"{made.name}.json"]
    with closing(sqlite3.connect(made)) as connection:
        assert connection.execute("SELECT count(*) FROM t").fetchone() == (1000,)


def test_a_copy_another_backup_is_writing_is_left_alone_and_a_dead_writers_goes(tmp_path: Path) -> None:
    """Two backups at once (two sync imports at the centre): the second must not delete the first's
    unfinished copy; a copy whose writer was killed (its lock file left, nobody holding it) goes."""
    source = tmp_path / "store.sqlite3"
    with closing(sqlite3.connect(source)) as connection, connection:
        connection.execute("CREATE TABLE t (x)")
    backups = tmp_path / "backups"
    backups.mkdir()
    live = backups / "tangsel-20250101-000000-000001-manual.sqlite3.partial"
    dead = backups / "tangsel-20250101-000000-000002-manual.sqlite3.partial"
    for partial in (live, dead):
        partial.write_bytes(b"half")
        Path(f"{partial}-journal").write_bytes(b"j")
    Path(f"{dead}.lock").write_bytes(b"")  # left by a killed backup: nobody holds it
    writer = HeldLock(Path(f"{live}.lock"))
    assert writer.acquire()
    try:
        made = backup_database(source, backups, reason="manual")
        assert sorted(p.name for p in backups.iterdir()) == sorted(
            [made.name, f"{made.name}.json", live.name, f"{live.name}-journal", f"{live.name}.lock"]
        )
    finally:
        writer.release()
    backup_database(source, backups, reason="manual")
    assert not list(backups.glob("*.partial*"))


def test_listing_offers_only_whole_backups(services: Services, admin: Actor, data_paths: object) -> None:
    """Finding 6: a half-written file under the backup name was listed as a backup."""
    view, _ = services.backup.backup_now(actor=admin)
    backups = view.path.parent
    half = backups / "tangsel-20990101-000000-000000-manual.sqlite3"
    half.write_bytes(view.path.read_bytes()[: view.size_bytes // 2])
    (backups / "tangsel-20990101-000000-000001-manual.sqlite3").write_bytes(b"")
    (backups / "tangsel-20990101-000000-000002-manual.sqlite3.partial").write_bytes(b"x")
    assert [v.path for v in services.backup.recent(actor=admin)] == [view.path]


def _run(data: Path, *words: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "TANGSEL_PASSWORD": PASSWORD,
        "TANGSEL_NEW_PASSWORD": PASSWORD,
        **(env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tangsel_desktop", "--data-dir", str(data), "--json", *words],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def _ok(data: Path, *words: str, env: dict[str, str] | None = None) -> dict[str, object]:
    process = _run(data, *words, env=env)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (out, err)
    return dict(json.loads(out))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_everything_the_application_makes_is_its_users_alone(tmp_path: Path) -> None:
    """Finding 9: the store, backups and logs were world-readable (644, folder 755)."""
    data = tmp_path / "kantor"
    _ok(data, "init", "--office", OFFICE, "--admin", "ani", env={"PYTHONSAFEPATH": "1"})
    backup = Path(str(_ok(data, "--user", "ani", "backup")["backup"]))
    export = tmp_path / "penduduk.xlsx"
    _ok(data, "--user", "ani", "demo", "--people", "5")
    _ok(data, "--user", "ani", "people", "export", str(export))
    for folder in (data, data / "backups", data / "logs", data / "reports", data / "tmp"):
        assert _mode(folder) == 0o700, folder
    for file in (data / "tangsel.sqlite3", data / "logs" / "tangsel.log", backup, export):
        assert _mode(file) == 0o600, file


def test_scratch_stays_in_the_data_folder_and_leftovers_go_at_the_next_start(tmp_path: Path) -> None:
    """Finding 9: killed exports left tangsel-xlsx-* folders in the system temporary folder and
    0-byte temporary files in reports/."""
    data, system_tmp = tmp_path / "kantor", tmp_path / "system-tmp"
    system_tmp.mkdir()
    env = {"TMPDIR": str(system_tmp), "TEMP": str(system_tmp), "TMP": str(system_tmp)}
    _ok(data, "init", "--office", OFFICE, "--admin", "ani", env=env)
    _ok(data, "--user", "ani", "demo", "--people", "5", env=env)
    _ok(data, "--user", "ani", "people", "export", str(tmp_path / "p.xlsx"), env=env)
    assert list(system_tmp.iterdir()) == []
    # What a kill -9 leaves: a dead process's scratch folder and an old half-made report.
    dead = data / "tmp" / "p999999999"
    (dead / "tangsel-xlsx-abc").mkdir(parents=True)
    (dead / "tangsel-xlsx-abc" / "sheet1.xml").write_text("3674045708850001 Siti Aminah")
    left = data / "reports" / "~impor-abc.tmp"
    left.touch()
    an_hour_ago = time.time() - 7200
    os.utime(left, (an_hour_ago, an_hour_ago))
    _ok(data, "--user", "ani", "check", env=env)
    assert not dead.exists()
    assert not left.exists()
    assert list(system_tmp.iterdir()) == []


def test_a_lock_whose_file_a_sweep_removed_before_it_was_locked_is_taken_on_a_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sweep that finds a lock file free (opened, not yet locked by its new holder) removes it; the holder
    must not go on holding a lock on a file nobody can see any more."""
    path = tmp_path / "x.partial.lock"
    swept: list[Path] = []

    def open_then_sweep(file: Path, mode: str) -> IO[bytes]:
        handle = builtins.open(file, mode)  # noqa: SIM115 - handed to the lock, which closes it
        if not swept:  # the first time only: the sweep runs between the holder's open and its lock
            swept.append(file)
            sweeper = HeldLock(path)
            assert sweeper.acquire()
            sweeper.release()  # closes and removes the file
        return handle

    monkeypatch.setattr(held_lock, "open", open_then_sweep, raising=False)
    holder = HeldLock(path)
    assert holder.acquire()
    monkeypatch.undo()
    try:
        assert swept == [path]
        assert path.exists(), "the lock is held on a file no one else can find"
        assert not HeldLock(path).acquire()
    finally:
        holder.release()
