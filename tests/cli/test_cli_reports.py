"""The Laporan catalogue from the command line: listed by role, previewed, saved as PDF and Excel."""

import subprocess
from pathlib import Path

import openpyxl

from tests.cli.conftest import NIK
from tests.cli.test_cli import Cli


def test_an_operator_lists_previews_and_saves_the_people_summary(office: Cli, tmp_path: Path) -> None:
    code, listed = office("reports", "list", user="budi")
    assert code == 0, listed
    by_key = {item["key"]: item for item in listed["reports"]}
    assert list(by_key) == ["penduduk", "jamsosnaker", "sembako", "pelatihan"]
    assert by_key["penduduk"]["may_make"] is True
    assert by_key["jamsosnaker"]["may_make"] is False
    assert by_key["jamsosnaker"]["periods"] == []  # nothing offered to a role that may not make it
    area = next(a["key"] for a in by_key["penduduk"]["areas"] if ":" in a["key"])

    code, shown = office("reports", "show", "penduduk", "--area", area, user="budi")
    assert code == 0, shown
    assert shown["title"] == "Ringkasan data penduduk"
    assert sum(1 for row in shown["rows"] if row[0] == "Jumlah") == 1
    assert NIK not in str(shown)  # a summary counts people, it never names them

    workbook_file = tmp_path / "penduduk.xlsx"
    code, saved = office("reports", "save", "penduduk", str(workbook_file), user="budi")
    assert code == 0, saved
    assert saved == {"ok": True, "report": "penduduk", "file": str(workbook_file), "kind": "xlsx"}
    workbook = openpyxl.load_workbook(workbook_file, read_only=True)
    assert workbook.sheetnames == ["Per RW", "Disabilitas", "Keterangan"]
    rows = list(workbook["Per RW"].iter_rows(values_only=True))
    assert [row[0] for row in rows].count("Jumlah") == 1
    assert rows[-1][-1] == 1  # the one resident, counted in the total
    pdf_file = tmp_path / "penduduk.pdf"
    assert office("reports", "save", "penduduk", str(pdf_file), user="budi")[0] == 0
    text = subprocess.run(
        ["pdftotext", str(pdf_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ringkasan Data Penduduk" in text


def test_refusals_say_what_to_fix_and_write_nothing(office: Cli, tmp_path: Path) -> None:
    code, refused = office("reports", "show", "pajak", user="budi")
    assert code == 1
    assert "penduduk, jamsosnaker, sembako, pelatihan" in refused["error"]
    code, refused = office("reports", "save", "penduduk", str(tmp_path / "penduduk.txt"), user="budi")
    assert code == 1
    assert "PDF atau Excel" in refused["error"]
    code, refused = office("reports", "save", "jamsosnaker", str(tmp_path / "rekap.pdf"), user="budi")
    assert code == 1
    assert "Supervisor" in refused["error"]
    code, refused = office("reports", "show", "jamsosnaker", user="sri")
    assert code == 1
    assert "Pilih bulan" in refused["error"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kantor"]
