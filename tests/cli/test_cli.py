"""The command line as office scripts use it: every command, its JSON, its exit codes, bad input."""

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tangsel_desktop.cli.main import run_cli
from tests.store_files import open_raw, store_key

PASSWORD = "rahasia-123"
OFFICE = "36.74.04.1004"


class Cli:
    """Runs commands in-process against one data folder and parses their one JSON object."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.data_dir = data_dir
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(
        self, *words: str, user: str | None = None, password: str = PASSWORD, new_password: str = PASSWORD
    ) -> tuple[int, dict[str, Any]]:
        self._monkeypatch.setenv("TANGSEL_PASSWORD", password)
        self._monkeypatch.setenv("TANGSEL_NEW_PASSWORD", new_password)
        arguments = ["--data-dir", str(self.data_dir), "--json"]
        if user:
            arguments += ["--user", user]
        code = run_cli([*arguments, *words])
        out = self._capsys.readouterr().out
        lines = [line for line in out.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected exactly one JSON object, got: {out!r}"
        return code, json.loads(lines[0])


@pytest.fixture
def office(cli: Cli) -> Cli:
    code, payload = cli("init", "--office", OFFICE, "--admin", "ani", "--admin-name", "Ani Lurah")
    assert code == 0, payload
    return cli


def test_init_sets_up_the_office_and_its_administrator(cli: Cli) -> None:
    code, payload = cli("init", "--office", OFFICE, "--admin", "ani")
    assert code == 0
    assert payload == {
        "office": OFFICE,
        "name": "Kelurahan Sawah, Kecamatan Ciputat",
        "admin": "ani",
        "recovery_code_pdf": payload["recovery_code_pdf"],
        "ok": True,
    }
    with open_raw(
        cli.data_dir / "tangsel.sqlite3", key=store_key(cli.data_dir, "ani", PASSWORD)
    ) as connection:
        assert connection.execute("SELECT role FROM app_user WHERE username='ani'").fetchone() == ("admin",)


def test_init_accepts_the_central_office(cli: Cli) -> None:
    code, payload = cli("init", "--office", "dinsos", "--admin", "pusat")
    assert code == 0
    assert payload["office"] == "DINSOS"


def test_init_twice_is_refused(office: Cli) -> None:
    code, payload = office("init", "--office", OFFICE, "--admin", "budi")
    assert code == 1
    assert "sudah diatur" in str(payload["error"])


def test_init_with_an_unknown_office_names_the_fix(cli: Cli) -> None:
    code, payload = cli("init", "--office", "36.74.99.1004", "--admin", "ani")
    assert code == 1
    assert "36.74.04.1004" in str(payload["error"])
    assert "DINSOS" in str(payload["error"])


def test_init_refuses_a_short_password(cli: Cli) -> None:
    code, payload = cli("init", "--office", OFFICE, "--admin", "ani", new_password="pendek")
    assert code == 1
    assert "minimal 8" in str(payload["error"])


def test_missing_password_without_a_terminal_says_which_variable(
    office: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TANGSEL_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    code = run_cli(["--data-dir", str(office.data_dir), "--json", "--user", "ani", "people", "find", "x"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert "TANGSEL_PASSWORD" in payload["error"]


def test_wrong_password_is_refused_with_the_tries_left(office: Cli) -> None:
    code, payload = office("people", "find", "Budi", user="ani", password="salah-sekali")
    assert code == 1
    assert "Sisa percobaan: 4" in str(payload["error"])


def test_a_command_that_needs_a_user_says_so(office: Cli) -> None:
    code, payload = office("people", "find", "Budi")
    assert code == 1
    assert "--user" in str(payload["error"])


def test_commands_before_set_up_say_to_set_up_first(cli: Cli) -> None:
    code, payload = cli("people", "find", "Budi", user="ani")
    assert code == 1
    assert "belum diatur" in str(payload["error"])


def test_users_add_and_list(office: Cli) -> None:
    code, payload = office("users", "add", "budi", "--role", "operator", "--full-name", "Budi", user="ani")
    assert (code, payload) == (0, {"user": "budi", "role": "operator", "ok": True})
    code, payload = office("users", "list", user="ani")
    assert code == 0
    assert {user["name"]: user["role"] for user in payload["users"]} == {
        "ani": "admin",
        "budi": "operator",
    }


def test_users_deactivate_and_activate(office: Cli) -> None:
    office("users", "add", "budi", "--role", "operator", user="ani")
    code, payload = office("users", "deactivate", "budi", user="ani")
    assert (code, payload) == (0, {"user": "budi", "active": False, "ok": True})
    # Their key slot went with them: their password no longer opens the encrypted data at all.
    code, payload = office("people", "find", "Budi", user="budi")
    assert code == 1
    assert str(payload["error"]) == "Nama pengguna atau kata sandi salah."
    code, payload = office("users", "list", user="ani")
    assert {user["name"]: user["active"] for user in payload["users"]} == {"ani": True, "budi": False}
    # The last active administrator stays: here ani is also the one asking.
    code, payload = office("users", "deactivate", "ani", user="ani")
    assert code == 1
    assert "akun Anda sendiri" in str(payload["error"])
    assert office("users", "activate", "budi", user="ani") == (
        0,
        {"user": "budi", "active": True, "ok": True},
    )
    # Back, but without a slot until an administrator gives a new password.
    assert office("people", "find", "Budi", user="budi")[0] == 1
    assert office("users", "reset-password", "budi", user="ani", new_password="kembali-lagi-1")[0] == 0
    assert office("people", "find", "Budi", user="budi", password="kembali-lagi-1")[0] == 0
    assert office("check", user="ani")[1]["ok"] is True  # the audit chain and the rows' seals still hold


def test_an_operator_cannot_add_users(office: Cli) -> None:
    office("users", "add", "budi", "--role", "operator", user="ani")
    code, payload = office("users", "add", "citra", "--role", "admin", user="budi")
    assert code == 1
    assert "Operator tidak boleh" in str(payload["error"])


def test_a_bad_role_is_an_error_with_exit_code_1(office: Cli) -> None:
    code, payload = office("users", "add", "budi", "--role", "kepala", user="ani")
    assert code == 1
    assert payload["ok"] is False
    assert "kepala" in str(payload["error"])


def test_reset_password_lifts_a_lock(office: Cli) -> None:
    office("users", "add", "budi", "--role", "operator", user="ani")
    for _ in range(5):
        office("people", "find", "x", user="budi", password="salah-terus")
    code, payload = office("people", "find", "x", user="budi")
    assert code == 1
    assert "dikunci" in str(payload["error"])
    code, _ = office("users", "reset-password", "budi", user="ani", new_password="baru-sekali-1")
    assert code == 0
    code, _ = office("people", "find", "x", user="budi", password="baru-sekali-1")
    assert code == 0


def test_demo_fills_and_find_returns_people(office: Cli) -> None:
    code, payload = office("demo", "--people", "60", user="ani")
    assert code == 0
    assert payload["people"] == 60
    with open_raw(
        office.data_dir / "tangsel.sqlite3", key=store_key(office.data_dir, "ani", PASSWORD)
    ) as connection:
        name, nik = connection.execute("SELECT full_name, nik FROM person LIMIT 1").fetchone()
    code, payload = office("people", "find", name.split()[0], "--limit", "100", user="ani")
    assert code == 0
    results = payload["results"]
    assert isinstance(results, list)
    assert nik in {row["nik"] for row in results}
    assert set(results[0]) >= {"id", "nik", "name", "kelurahan"}
    assert results[0]["kelurahan"] == "Sawah"
    code, payload = office("people", "find", nik[:8], "--limit", "5", user="ani")
    assert code == 0
    assert all(row["nik"].startswith(nik[:8]) or row["kk"].startswith(nik[:8]) for row in payload["results"])


def test_find_with_a_bad_limit_is_refused(office: Cli) -> None:
    code, payload = office("people", "find", "x", "--limit", "0", user="ani")
    assert code == 1
    assert "--limit" in str(payload["error"])


def _write_people_csv(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["NIK", "NO_KK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "ALAMAT", "KELURAHAN"])
        writer.writerow(
            [
                "3674045708850001",
                "3674041203150002",
                "Siti <&> Aminah",
                "P",
                "17-08-1985",
                "Jl. Mawar",
                "Sawah",
            ]
        )
        writer.writerow(["367404170880003", "", "Budi", "L", "1980-08-17", "Jl. Melati", "Sawah"])
        writer.writerow(["3674041708800003", "", "=Joko", "L", "17/08/1980", "Jl. Kenanga", "Sarua"])


def test_people_import_dry_run_then_real_then_again(office: Cli, tmp_path: Path) -> None:
    source = tmp_path / "daftar.csv"
    _write_people_csv(source)
    code, payload = office("people", "import", str(source), "--dry-run", user="ani")
    assert code == 0
    assert (payload["imported"], payload["updated"], payload["rejected"]) == (2, 0, 1)
    assert payload["dry_run"] is True
    assert Path(str(payload["report"])).is_file()
    with open_raw(
        office.data_dir / "tangsel.sqlite3", key=store_key(office.data_dir, "ani", PASSWORD)
    ) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
    code, payload = office("people", "import", str(source), user="ani")
    assert (code, payload["imported"], payload["rejected"]) == (0, 2, 1)
    assert isinstance(payload["warnings"], int)
    code, payload = office("people", "import", str(source), user="ani")
    assert (payload["imported"], payload["updated"]) == (0, 0)


def test_people_import_of_a_file_with_wrong_columns_names_them(office: Cli, tmp_path: Path) -> None:
    source = tmp_path / "salah.csv"
    source.write_text("NAMA,ALAMAT\nBudi,Jl. Mawar\n", encoding="utf-8")
    code, payload = office("people", "import", str(source), user="ani")
    assert code == 1
    for column in ("NIK", "JENIS_KELAMIN", "TANGGAL_LAHIR", "KELURAHAN"):
        assert column in str(payload["error"])


def test_people_export_needs_a_supervisor_and_writes_text_cells(office: Cli, tmp_path: Path) -> None:
    source = tmp_path / "daftar.csv"
    _write_people_csv(source)
    office("people", "import", str(source), user="ani")
    office("users", "add", "ops", "--role", "operator", user="ani")
    target = tmp_path / "keluar.xlsx"
    code, payload = office("people", "export", str(target), user="ops")
    assert code == 1
    assert not target.exists()
    code, payload = office("people", "export", str(target), user="ani")
    assert (code, payload["rows"]) == (0, 2)
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        sheet = workbook.active
        assert sheet is not None
        values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    finally:
        workbook.close()  # read-only workbooks keep the file open until closed
    assert "=Joko" in values
    assert "Siti <&> Aminah" in values
    assert "3674045708850001" in values


def test_check_is_ok_then_finds_a_tampered_audit_entry(office: Cli) -> None:
    office("demo", "--people", "10", user="ani")
    code, payload = office("check", user="ani")
    assert (code, payload["ok"]) == (0, True)
    with open_raw(
        office.data_dir / "tangsel.sqlite3", key=store_key(office.data_dir, "ani", PASSWORD)
    ) as connection:
        connection.execute("UPDATE audit_log SET username='mallory' WHERE id=2")
    code, payload = office("check", user="ani")
    assert code == 1
    assert payload["ok"] is False
    assert any("diubah" in problem for problem in payload["problems"])


def test_check_finds_an_operator_made_administrator_and_a_cut_tail_behind_a_backup(office: Cli) -> None:
    """Issue 9, finding 3: `UPDATE app_user SET role='admin'` and deleting the log's last entries (the
    anchor with them) passed `check`."""
    office("users", "add", "budi", "--role", "operator", user="ani")
    assert office("backup", user="ani")[0] == 0
    with open_raw(
        office.data_dir / "tangsel.sqlite3", key=store_key(office.data_dir, "ani", PASSWORD)
    ) as connection:
        connection.execute("UPDATE app_user SET role = 'admin' WHERE username = 'budi'")
        connection.execute("DELETE FROM audit_log WHERE id > 1")
        connection.execute("DELETE FROM audit_anchor")
        connection.commit()
    code, payload = office("check", user="ani")
    assert code == 1
    assert "pengguna 'budi' diubah di luar aplikasi (segel data tidak cocok)" in payload["problems"]
    # Signing in to run `check` already appends an entry (the store is opened by a user now), which
    # notes the missing anchor as it makes a new one: the cut still shows.
    assert any("jangkar audit hilang" in problem for problem in payload["problems"])
    assert any("sesudah cadangan itu" in problem for problem in payload["problems"])


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    environment = {
        "TANGSEL_DATA_DIR": str(tmp_path / "kantor"),
        "TANGSEL_NEW_PASSWORD": PASSWORD,
        "TANGSEL_PASSWORD": PASSWORD,
        "PATH": "",
    }
    run = [sys.executable, "-m", "tangsel_desktop"]
    result = subprocess.run([*run, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "Tangsel Desktop" in result.stdout
    result = subprocess.run(
        [*run, "--json", "init", "--office", "Rawa Buntu", "--admin", "ani"],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["office"] == "36.74.01.1002"
    result = subprocess.run(
        [*run, "people", "find", "siti"], capture_output=True, text=True, check=False, env=environment
    )
    assert result.returncode == 1
    assert "--user" in result.stderr
