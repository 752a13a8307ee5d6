"""`backup [--to DIR]` and `restore FILE [--yes]` as scripts use them: one JSON object, asked first."""

import re
import subprocess
from pathlib import Path

import pytest

from tangsel_desktop.storage import backup_manifest
from tests.backup_files import dump
from tests.cli.test_cli import OFFICE, Cli
from tests.store_files import office_key


def _office_data(store: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table but the audit trail's (each command's sign-in is audited); the store is encrypted by
    `init`, its key unwrapped from ani's slot."""
    rows = dump(store, office_key(store.parent))
    return {table: found for table, found in rows.items() if table not in ("audit_log", "audit_anchor")}


@pytest.fixture
def office(cli: Cli) -> Cli:
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    assert cli("users", "add", "budi", "--role", "operator", user="ani")[0] == 0
    assert cli("demo", "--people", "12", user="ani")[0] == 0
    return cli


def test_backup_prints_the_file_its_size_and_counts(office: Cli, tmp_path: Path) -> None:
    code, payload = office("backup", user="ani")
    assert code == 0
    made = Path(payload["file"])
    assert made.parent == office.data_dir / "backups"
    assert payload["bytes"] == made.stat().st_size
    assert payload["counts"]["person"] == 12
    assert payload["warnings"] == []
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    code, payload = office("backup", "--to", str(stick), user="ani")
    assert code == 0
    assert Path(payload["file"]).parent == stick
    assert backup_manifest.read(Path(payload["file"])).counts["person"] == 12
    code, payload = office("backup", "--to", str(tmp_path / "tidak-ada"), user="ani")
    assert code == 1
    assert "tidak ada" in payload["error"]


def test_restore_shows_what_it_replaces_and_asks_for_yes(office: Cli) -> None:
    backup = Path(office("backup", user="ani")[1]["file"])
    assert office("demo", "--people", "5", "--seed", "7", user="ani")[0] == 0
    store = office.data_dir / "tangsel.sqlite3"
    before = _office_data(store)
    code, payload = office("restore", str(backup), user="ani")
    assert code == 1
    assert "Penduduk" in payload["error"]
    assert "jalankan lagi dengan --yes" in payload["error"]
    assert _office_data(store) == before
    code, payload = office("restore", str(backup), "--yes", user="budi")
    assert code == 1
    assert _office_data(store) == before
    code, payload = office("restore", str(backup), "--yes", user="ani")
    assert code == 0, payload
    assert payload["restored"] == str(backup)
    assert payload["counts"]["person"] == {"current": 17, "backup": 12}
    assert "sebelum-pemulihan" in payload["safety_copy"]
    key = office_key(store.parent)
    assert dump(store, key)["person"] == dump(backup, key)["person"]
    code, payload = office("check", user="ani")
    assert code == 0, payload


def test_a_file_that_is_not_a_backup_is_refused(office: Cli, tmp_path: Path) -> None:
    stray = tmp_path / "tangsel.sqlite3"
    stray.write_bytes((office.data_dir / "tangsel.sqlite3").read_bytes())
    code, payload = office("restore", str(stray), "--yes", user="ani")
    assert code == 1
    assert "bukan cadangan Tangsel Desktop yang lengkap" in payload["error"]
    code, payload = office("restore", str(tmp_path / "hilang.sqlite3"), "--yes", user="ani")
    assert code == 1
    assert "tidak ditemukan" in payload["error"]


def test_a_backup_on_a_stick_restores_on_a_new_laptop(
    office: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new laptop is set up for the same office (a new key); the old laptop's copy brings its key slots,
    opened with ani's password there, and replaces the store: the old users sign in again."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    backup = Path(office("backup", "--to", str(stick), user="ani")[1]["file"])
    laptop = Cli(tmp_path / "laptop-baru", capsys, monkeypatch)
    assert laptop("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    code, payload = laptop("restore", str(backup), "--yes", user="ani")
    assert code == 0, payload
    old_key = office_key(office.data_dir)
    assert old_key is not None
    assert office_key(laptop.data_dir) == old_key  # the laptop took the backup's key and its slots
    assert dump(laptop.data_dir / "tangsel.sqlite3", old_key)["person"] == dump(backup, old_key)["person"]
    # The old laptop's users are back, budi the operator among them.
    code, payload = laptop("users", "list", user="ani")
    assert code == 0
    assert [user["name"] for user in payload["users"]] == ["ani", "budi"]
    assert laptop("check", user="ani")[0] == 0


def test_an_old_laptops_backup_needs_its_password_or_the_recovery_code(
    office: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    backup = Path(office("backup", "--to", str(stick), user="ani")[1]["file"])
    sheets = sorted(office.data_dir.rglob("*pemulihan*.pdf"))
    assert sheets, "init writes the recovery code sheet"
    sheet = subprocess.run(
        ["pdftotext", str(sheets[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    (code_text,) = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){5}", sheet)
    laptop = Cli(tmp_path / "laptop-baru", capsys, monkeypatch)
    other = "sandi-laptop-baru"
    assert laptop("init", "--office", OFFICE, "--admin", "ani", new_password=other)[0] == 0
    new_key = office_key(laptop.data_dir, password=other)
    keys_before = (laptop.data_dir / "tangsel.keys").read_bytes()
    people_before = dump(laptop.data_dir / "tangsel.sqlite3", new_key)["person"]
    code, refused = laptop("restore", str(backup), "--yes", user="ani", password=other)
    assert code == 1
    assert "tidak membuka cadangan" in refused["error"]
    # Refused: the laptop's own store and key file as they were (a sign-in's audit entry aside).
    assert (laptop.data_dir / "tangsel.keys").read_bytes() == keys_before
    assert dump(laptop.data_dir / "tangsel.sqlite3", new_key)["person"] == people_before
    code, refused = laptop(
        "restore", str(backup), "--yes", "--recovery-code", "AAAA-BBBB", user="ani", password=other
    )
    assert code == 1
    assert "Kode pemulihan terdiri dari" in refused["error"]
    code, payload = laptop(
        "restore", str(backup), "--yes", "--recovery-code", code_text.lower(), user="ani", password=other
    )
    assert code == 0, payload
    # The store now opens with the old laptop's passwords (its key slots came with the backup).
    assert laptop("users", "list", user="ani")[0] == 0
