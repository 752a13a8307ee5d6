"""`backup [--to DIR]` and `restore FILE [--yes]` as scripts use them: one JSON object, asked first."""

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


@pytest.mark.xfail(
    strict=True,
    reason="encrypted stores: a new laptop's set-up makes a new random key, so the old office's backup "
    "(keyed with the old key) is refused; restoring there must adopt the backup's own key-slot copy "
    "(its .keys file, opened by the administrator's old password). Open between i13-backup and i13-cipher.",
)
def test_a_backup_on_a_stick_restores_on_a_new_laptop(
    office: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain store's copy: the new laptop is set up for the same office, then the copy replaces it."""
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    backup = Path(office("backup", "--to", str(stick), user="ani")[1]["file"])
    laptop = Cli(tmp_path / "laptop-baru", capsys, monkeypatch)
    assert laptop("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    code, payload = laptop("restore", str(backup), "--yes", user="ani")
    assert code == 0, payload
    assert dump(laptop.data_dir / "tangsel.sqlite3")["person"] == dump(backup)["person"]
    # The old laptop's users are back, budi the operator among them.
    code, payload = laptop("users", "list", user="ani")
    assert code == 0
    assert [user["name"] for user in payload["users"]] == ["ani", "budi"]
    assert laptop("check", user="ani")[0] == 0
