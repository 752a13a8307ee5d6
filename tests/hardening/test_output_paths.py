"""Issue 9, finding 1: no export or print may write onto the store, its companions, backups or logs."""

from contextlib import closing
from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.output_paths import PDF, XLSX_OR_CSV, check_output_path
from tangsel_desktop.storage import sqlite_driver
from tests.cli.conftest import NIK
from tests.cli.test_cli import OFFICE, Cli
from tests.cli.test_cli_jamsos_claims import activated
from tests.store_files import office_key


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(tmp_path / "kantor", capsys, monkeypatch)
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    assert cli("users", "add", "sri", "--role", "supervisor", user="ani")[0] == 0
    assert cli("users", "add", "budi", "--role", "operator", user="ani")[0] == 0
    assert cli("demo", "--people", "5", user="ani")[0] == 0
    return cli


def _register_size(cli: Cli) -> int:
    with closing(
        sqlite_driver.connect(cli.data_dir / "tangsel.sqlite3", office_key(cli.data_dir))
    ) as connection:
        return int(connection.execute("SELECT count(*) FROM document_register").fetchone()[0])


def _store_is_whole(cli: Cli) -> None:
    code, payload = cli("check", user="ani")
    assert (code, payload["ok"]) == (0, True), payload


@pytest.mark.parametrize(
    "name", ["tangsel.sqlite3", "tangsel.sqlite3-wal", "tangsel.sqlite3-shm", "kartu.pdf", "logs/kartu.pdf"]
)
def test_cards_are_never_written_into_the_data_folder(office: Cli, name: str) -> None:
    """Finding 1: `cards D/tangsel.sqlite3` replaced the store with a PDF and answered ok."""
    before = _register_size(office)
    code, payload = office("cards", str(office.data_dir / name), "--all", user="sri")
    assert code == 1
    assert "kantor" in payload["error"] or "folder data" in payload["error"] or ".pdf" in payload["error"]
    # Refused before any number was taken from the register.
    assert _register_size(office) == before
    _store_is_whole(office)


def test_cards_may_go_to_the_reports_folder(office: Cli) -> None:
    """Finding 1: reports/ inside the data folder is the application's own and stays usable."""
    code, payload = office("cards", str(office.data_dir / "reports" / "kartu.pdf"), "--all", user="sri")
    assert code == 0, payload


def test_keys_export_onto_the_store_is_refused(office: Cli) -> None:
    """Finding 1: `keys export D/tangsel.sqlite3` overwrote the store with a text line."""
    code, _ = office("keys", "export", str(office.data_dir / "tangsel.sqlite3"), user="sri")
    assert code == 1
    _store_is_whole(office)


def test_a_death_with_its_checklist_onto_the_store_is_refused_before_recording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 1: `jamsos death --checklist D/tangsel.sqlite3` replaced the store; no death recorded."""
    from tangsel_desktop.services.actor import SYSTEM_ACTOR
    from tests.cli.conftest import set_up_office
    from tests.conftest import make_draft

    cli = set_up_office(
        Cli(tmp_path / "kantor", capsys, monkeypatch),
        lambda services: services.people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=NIK)),
    )
    activated(cli)
    death = ("jamsos", "death", "--nik", NIK, "--died-on", "2025-03-14")
    target = cli.data_dir / "tangsel.sqlite3"
    code, payload = cli(*death, "--checklist", str(target), user="sri")
    assert code == 1
    assert "basis data kantor" in payload["error"]
    _store_is_whole(cli)
    code, payload = cli("jamsos", "claim", "--nik", NIK, user="sri")
    assert code == 1  # no claim: the death was not recorded


def test_people_export_into_backups_or_onto_a_backup_is_refused(office: Cli, tmp_path: Path) -> None:
    """Finding 1: backups/ belongs to the application; a copy of a store is never overwritten."""
    code, payload = office("people", "export", str(office.data_dir / "backups" / "p.xlsx"), user="sri")
    assert code == 1
    assert "folder data aplikasi" in payload["error"]
    copy = tmp_path / "salinan.csv"
    copy.write_bytes((office.data_dir / "tangsel.sqlite3").read_bytes()[:4096])
    code, payload = office("people", "export", str(copy), user="sri")
    assert code == 1
    assert "basis data" in payload["error"]


def test_the_check_names_extension_missing_folder_and_a_hard_link(tmp_path: Path) -> None:
    """Finding 1: kind by extension, parent folder must exist, and a hard link to the store is the store."""
    data = tmp_path / "data"
    data.mkdir()
    store = data / "tangsel.sqlite3"
    store.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(UserError, match=r"\.pdf"):
        check_output_path(tmp_path / "kartu.sqlite3", PDF, store_file=store, what="Kartu")
    with pytest.raises(UserError, match="tidak ada"):
        check_output_path(tmp_path / "nope" / "kartu.pdf", PDF, store_file=store, what="Kartu")
    link = tmp_path / "penduduk.csv"
    link.hardlink_to(store)
    with pytest.raises(UserError, match="basis data"):
        check_output_path(link, XLSX_OR_CSV, store_file=store, what="Ekspor")
    assert check_output_path(tmp_path / "ok.pdf", PDF, store_file=store, what="Kartu") == tmp_path / "ok.pdf"
