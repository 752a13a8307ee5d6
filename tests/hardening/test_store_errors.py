"""Issue 9, findings 7 and 8 (and the newer-version part of 6): each expected failure has its own words."""

import contextlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tangsel_desktop.storage import sqlite_driver
from tests.cli.test_cli import OFFICE, Cli
from tests.store_files import office_key


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "kantor", capsys, monkeypatch)


@pytest.fixture
def office(cli: Cli) -> Cli:
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    return cli


def test_a_mistyped_data_folder_is_refused_and_not_created(cli: Cli, tmp_path: Path) -> None:
    """Finding 8: a mistyped --data-dir silently became a new empty office that `check` called healthy."""
    code, payload = cli("check", user="ani")
    assert code == 1
    assert str(cli.data_dir) in payload["error"]
    assert "belum berisi data kantor" in payload["error"]
    assert not cli.data_dir.exists()


def test_a_zero_byte_store_is_no_office(cli: Cli) -> None:
    """Finding 8: a 0-byte store file became a new office too."""
    cli.data_dir.mkdir()
    (cli.data_dir / "tangsel.sqlite3").touch()
    code, payload = cli("check", user="ani")
    assert code == 1
    assert "belum berisi data kantor" in payload["error"]
    assert (cli.data_dir / "tangsel.sqlite3").stat().st_size == 0


def test_a_store_whose_set_up_never_finished_is_no_office(cli: Cli) -> None:
    """Finding 8: a migrated store without an office is refused by check, naming the folder."""
    cli.data_dir.mkdir()
    with closing(sqlite_driver.connect(cli.data_dir / "tangsel.sqlite3")) as connection:
        connection.execute("CREATE TABLE x (y)")
    code, payload = cli("check", user="ani")
    assert code == 1
    assert str(cli.data_dir) in payload["error"]


def test_an_impossible_data_folder_answers_in_json(tmp_path: Path, cli: Cli) -> None:
    """Finding 7: an impossible data folder gave a raw English traceback with no JSON even with --json."""
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("x")
    impossible = Cli(blocker / "kantor", cli._capsys, cli._monkeypatch)
    code, payload = impossible("init", "--office", OFFICE, "--admin", "ani")
    assert code == 1
    assert "Traceback" not in payload["error"]
    assert str(blocker) in payload["error"]
    assert "bukan folder" in payload["error"]


def test_something_that_is_not_a_database_is_named(cli: Cli) -> None:
    """Finding 7: "file is not a database" has its own Indonesian message."""
    cli.data_dir.mkdir()
    (cli.data_dir / "tangsel.sqlite3").write_bytes(b"%PDF-1.4 bukan basis data" * 100)
    code, payload = cli("check", user="ani")
    assert code == 1
    assert "bukan basis data Tangsel Desktop" in payload["error"]


@contextlib.contextmanager
def _read_only(*files: Path) -> Iterator[None]:
    """These files (or folders) unwritable: chattr +i for root (who ignores modes), modes otherwise."""
    immutable = os.geteuid() == 0
    if immutable:
        result = subprocess.run(["chattr", "+i", *map(str, files)], capture_output=True, check=False)
        if result.returncode != 0:
            pytest.skip("no way to make a folder read-only for root here")
    else:
        for file in files:
            file.chmod(0o555 if file.is_dir() else 0o444)
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", *map(str, files)], check=False)
        else:
            for file in files:
                file.chmod(0o700 if file.is_dir() else 0o600)


def test_check_on_a_read_only_store_says_read_only_not_broken_index(office: Cli) -> None:
    """Finding 7: an immutable store made `check` claim "indeks pencarian rusak"."""
    with _read_only(office.data_dir / "tangsel.sqlite3"):
        code, payload = office("check", user="ani")
    assert code == 1
    assert "indeks pencarian" not in payload.get("error", "") + str(payload.get("problems", ""))
    assert "hanya-baca" in payload["error"]


def test_a_read_only_data_folder_answers_in_json(office: Cli) -> None:
    """Finding 7: a read-only data folder gave a raw English traceback without JSON even with --json."""
    with _read_only(*office.data_dir.iterdir(), office.data_dir):
        code, payload = office("check", user="ani")
    assert code == 1
    assert "hanya-baca" in payload["error"]


@contextlib.contextmanager
def _disk_holding(extra_pages: int) -> Iterator[None]:
    """Every new store connection may grow the file by only extra_pages: SQLite then answers SQLITE_FULL,
    as it does on a full disk."""

    def limit(connection: Any, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)


def test_a_full_disk_during_a_big_write_says_disk_full(office: Cli) -> None:
    """Finding 7: a full disk during import showed "cannot rollback - no transaction is active"."""
    with _disk_holding(extra_pages=30):
        code, payload = office("demo", "--people", "2000", user="ani")
    assert code == 1
    assert "Disk penuh" in payload["error"]
    code, payload = office("check", user="ani")
    assert (code, payload["ok"]) == (0, True)


def test_a_huge_csv_field_names_its_row(office: Cli, tmp_path: Path) -> None:
    """Finding 7: a 1M-character CSV field gave "field larger than field limit (131072)", no row number."""
    source = tmp_path / "daftar.csv"
    source.write_text(
        "NIK,NAMA,ALAMAT\n3674045708850001,Siti,Jl. Mawar\n3674045708850002,Budi," + "x" * 1_000_000 + "\n",
        encoding="utf-8",
    )
    code, payload = office("people", "import", str(source), "--dry-run", user="ani")
    assert code == 1
    assert "baris 3" in payload["error"]
    assert "terlalu panjang" in payload["error"]


def test_a_store_from_a_newer_version_is_refused_without_a_copy_each_time(office: Cli) -> None:
    """Finding 6: a newer store made a full copy at each start attempt; now refused once, clearly."""
    with (
        closing(
            sqlite_driver.connect(office.data_dir / "tangsel.sqlite3", office_key(office.data_dir))
        ) as connection,
        connection,
    ):
        connection.execute("UPDATE alembic_version SET version_num='9999_dari_masa_depan'")
    backups = office.data_dir / "backups"
    before = sorted(backups.iterdir())
    for _ in range(3):
        code, payload = office("check", user="ani")
        assert code == 1
        assert "versi Tangsel Desktop yang lebih baru" in payload["error"]
    assert sorted(backups.iterdir()) == before
