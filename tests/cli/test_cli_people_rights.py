"""`people report` and `people erase` from the command line: JSON answers, the confirmation step, refusals."""

import subprocess
from pathlib import Path

from tests.cli.conftest import NIK
from tests.cli.test_cli import Cli
from tests.conftest import PASSWORD
from tests.store_files import open_office


def test_people_report_writes_the_pdf_and_answers_its_path_pages_and_sections(
    office: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "data-pribadi.pdf"
    code, payload = office("people", "report", "--nik", NIK, str(target), user="sri")
    assert code == 0, payload
    assert payload["path"] == str(target)
    assert payload["pages"] >= 1
    assert payload["sections"][0] == "registry"
    assert {"household", "documents", "audit"} <= set(payload["sections"])
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert NIK in text


def test_an_operator_gets_no_report(office: Cli, tmp_path: Path) -> None:
    code, payload = office("people", "report", "--nik", NIK, str(tmp_path / "x.pdf"), user="budi")
    assert code == 1
    assert "Peran Operator tidak boleh" in payload["error"]
    assert not (tmp_path / "x.pdf").exists()


def test_people_erase_shows_the_plan_first_and_erases_with_yes(office: Cli) -> None:
    code, payload = office("people", "erase", "--nik", NIK, "--reason", "permintaan", user="ani")
    assert code == 0, payload
    assert payload["erased"] is False
    assert payload["plan"]["allowed"] is True
    assert any(line.startswith("NIK, nama") for line in payload["plan"]["removed"])
    code, payload = office("people", "erase", "--nik", NIK, "--reason", "permintaan", "--yes", user="ani")
    assert code == 0, payload
    assert payload["erased"] is True
    assert payload["reason"] == "permintaan"
    code, payload = office("people", "show", NIK, user="ani")
    assert code == 1
    assert "Tidak ada penduduk dengan NIK" in payload["error"]
    code, payload = office("check", user="ani")
    assert code == 0, payload


def test_people_erase_is_for_administrators_with_a_known_reason_and_refused_in_a_running_program(
    office: Cli,
) -> None:
    code, payload = office("people", "erase", "--nik", NIK, "--reason", "permintaan", "--yes", user="sri")
    assert code == 1
    assert "Administrator" in payload["error"]
    code, payload = office("people", "erase", "--nik", NIK, "--reason", "bosan", "--yes", user="ani")
    assert code == 1
    assert "Pilihan: permintaan" in payload["error"]
    services = open_office(office.data_dir)
    try:
        admin = services.auth.login(username="ani", password=PASSWORD)
        services.jamsos.enroll(actor=admin, nik=NIK, occupation="pemulung")
    finally:
        services.database.dispose()
    code, payload = office("people", "erase", "--nik", NIK, "--reason", "permintaan", "--yes", user="ani")
    assert code == 1
    assert "keanggotaan Jamsosnaker masih berjalan" in payload["error"]
