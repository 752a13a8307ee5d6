"""Exporting people to real .xlsx and .csv files, read back with openpyxl and csv, and imported again."""

import csv
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people import people_export
from tangsel_desktop.services.people.people_export import EXPORT_HEADERS, ExportCancelled
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.tabular_files import FORMULA_STARTS, csv_safe, csv_unescape
from tests.conftest import make_draft

TRICKY_NAME = '=HYPERLINK("http://contoh.invalid","klik") <Budi> & \'Ani\' "Ade"'


def nik_for(born: date, sex: str, serial: int) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"367404{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


@pytest.fixture
def registered(services: Services, operator: Actor) -> list[str]:
    """Four people in two families, one with a name that looks like a formula and markup. Their NIKs."""
    drafts = [
        make_draft(),  # Siti Aminah, head of KK 3674041203150002
        make_draft(
            nik=nik_for(date(2010, 5, 1), "L", 2),
            full_name=TRICKY_NAME,
            sex="L",
            birth_date="2010-05-01",
            phone="",
            desil="",
            disability="netra",
        ),
        make_draft(
            nik=nik_for(date(1990, 1, 2), "L", 3),
            kk_number="3674040505180011",
            full_name="Bambang",
            sex="L",
            birth_date="1990-01-02",
            kelurahan="Rawa Buntu",
            occupation="-buruh",
        ),
        make_draft(
            nik=nik_for(date(1991, 1, 2), "P", 4), kk_number="", full_name="Ani", birth_date="1991-01-02"
        ),
    ]
    return [services.people.register(actor=operator, draft=draft)[0].nik for draft in drafts]


def audit_actions(services: Services) -> list[tuple[str, str, dict[str, object]]]:
    with services.database.read() as tx:
        rows = tx.session.execute(text("SELECT action, entity, after_json FROM audit_log ORDER BY id")).all()
    return [(row[0], row[1], json.loads(row[2]) if row[2] else {}) for row in rows]


def test_xlsx_export_is_all_text_in_name_order(
    services: Services, supervisor: Actor, registered: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "penduduk.xlsx"
    progress: list[tuple[int, int]] = []

    result, summary = services.people_export.export(
        actor=supervisor, target=target, progress=lambda d, t: progress.append((d, t))
    )

    assert result.rows == 4
    assert result.as_json() == {"rows": 4, "path": str(target)}
    assert summary.touches(ChangeSummary.AUDIT_LOG)
    assert progress[-1] == (4, 4)
    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[1]] == list(EXPORT_HEADERS)
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row if cell.value is not None)
    rows = [
        dict(zip(EXPORT_HEADERS, values, strict=True))
        for values in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [row["NAMA"] for row in rows] == sorted(row["NAMA"] for row in rows)
    by_nik = {row["NIK"]: row for row in rows}
    assert set(by_nik) == set(registered)
    siti = by_nik[registered[0]]
    assert siti == {
        "NIK": "3674045708850001",
        "NO_KK": "3674041203150002",
        "NAMA": "Siti Aminah",
        "JENIS_KELAMIN": "P",
        "TEMPAT_LAHIR": "Jakarta",
        "TANGGAL_LAHIR": "1985-08-17",
        "ALAMAT": "Jl. Mawar No. 5",
        "RT": "003",
        "RW": "012",
        "KELURAHAN": "36.74.04.1004",
        "NAMA_KELURAHAN": "Sawah",
        "NO_HP": "081234567890",
        "PEKERJAAN": "Pedagang keliling",
        "DISABILITAS": "Tidak ada",
        "DESIL": "2",
        "HUBUNGAN": None,
        "KEPALA_KELUARGA": "YA",
    }
    tricky = by_nik[registered[1]]
    assert tricky["NAMA"] == TRICKY_NAME
    assert (tricky["KEPALA_KELUARGA"], tricky["DESIL"], tricky["NO_HP"]) == (None, None, None)
    assert by_nik[registered[3]]["NO_KK"] is None


def test_csv_export_has_a_bom_commas_and_quotes_formulas(
    services: Services, supervisor: Actor, registered: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "penduduk.csv"

    result, _ = services.people_export.export(actor=supervisor, target=target)

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(EXPORT_HEADERS)
    assert len(rows) == result.rows + 1 == 5
    by_nik = {row[0]: dict(zip(EXPORT_HEADERS, row, strict=True)) for row in rows[1:]}
    # OWASP: a leading ' keeps spreadsheets from running the cell; < & > and quotes stay as typed.
    assert by_nik[registered[1]]["NAMA"] == "'" + TRICKY_NAME
    assert by_nik[registered[2]]["PEKERJAAN"] == "'-buruh"
    assert by_nik[registered[0]]["NAMA"] == "Siti Aminah"
    assert by_nik[registered[0]]["NIK"] == "3674045708850001"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_back_unchanged(
    services: Services, supervisor: Actor, registered: list[str], tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"ekspor{suffix}"
    services.people_export.export(actor=supervisor, target=target)

    result, summary = services.people_import.run(actor=supervisor, source=target)

    assert (result.total_rows, result.unchanged) == (4, 4)
    assert (result.imported, result.updated, result.rejected) == (0, 0, 0)
    assert not summary.touches(ChangeSummary.PERSON)
    tricky = services.people.find_by_nik(actor=supervisor, nik=registered[1])
    assert tricky is not None
    assert tricky.full_name == TRICKY_NAME


def test_pages_are_read_by_keyset_in_name_order(
    services: Services,
    supervisor: Actor,
    operator: Actor,
    registered: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two people with the same name: the keyset must go on by local number, not skip or repeat.
    services.people.register(
        actor=operator,
        draft=make_draft(
            nik=nik_for(date(1992, 1, 2), "L", 5), full_name="Bambang", sex="L", birth_date="1992-01-02"
        ),
    )
    monkeypatch.setattr(people_export, "PAGE_ROWS", 2)
    progress: list[tuple[int, int]] = []
    target = tmp_path / "halaman.csv"

    result, _ = services.people_export.export(
        actor=supervisor, target=target, progress=lambda d, t: progress.append((d, t))
    )

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert result.rows == len(rows) == 5
    assert len({row[0] for row in rows}) == 5
    assert [row[2] for row in rows] == sorted(row[2] for row in rows)
    assert progress[:3] == [(2, 5), (4, 5), (5, 5)]


def test_operator_cannot_export_supervisor_can(
    services: Services,
    operator: Actor,
    supervisor: Actor,
    admin: Actor,
    registered: list[str],
    tmp_path: Path,
) -> None:
    with pytest.raises(PermissionDenied, match="Supervisor"):
        services.people_export.export(actor=operator, target=tmp_path / "ops.xlsx")
    assert not (tmp_path / "ops.xlsx").exists()

    services.people_export.export(actor=supervisor, target=tmp_path / "spv.xlsx")
    services.people_export.export(actor=admin, target=tmp_path / "admin.csv")

    exports = [
        (after["file"], after["rows"])
        for action, entity, after in audit_actions(services)
        if action == "export"
    ]
    assert exports == [("spv.xlsx", 4), ("admin.csv", 4)]
    assert all(entity == "file" for action, entity, _ in audit_actions(services) if action == "export")


@pytest.mark.parametrize("name", ["penduduk.pdf", "penduduk", "penduduk.xls"])
def test_other_extensions_are_refused(
    services: Services, supervisor: Actor, tmp_path: Path, name: str
) -> None:
    with pytest.raises(UserError, match=r"\.xlsx atau \.csv"):
        services.people_export.export(actor=supervisor, target=tmp_path / name)
    assert [path.name for path in tmp_path.iterdir()] == ["data"]  # no file, no temporary file


def test_a_missing_folder_is_a_user_error(services: Services, supervisor: Actor, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ada"):
        services.people_export.export(actor=supervisor, target=tmp_path / "tidak-ada" / "p.csv")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancel_leaves_no_file_and_no_audit_entry(
    services: Services, supervisor: Actor, registered: list[str], tmp_path: Path, suffix: str
) -> None:
    folder = tmp_path / "keluar"
    folder.mkdir()
    before = audit_actions(services)

    with pytest.raises(ExportCancelled, match="dibatalkan"):
        services.people_export.export(
            actor=supervisor, target=folder / f"batal{suffix}", cancelled=lambda: True
        )

    assert list(folder.iterdir()) == []
    assert audit_actions(services) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_crash_mid_write_leaves_the_old_file_whole(
    services: Services,
    supervisor: Actor,
    registered: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    folder = tmp_path / "keluar"
    folder.mkdir()
    target = folder / f"penduduk{suffix}"
    target.write_bytes(b"ekspor kemarin")
    real_cells = people_export.export_cells
    written: list[int] = []

    def failing_cells(row: object) -> list[str]:
        written.append(1)
        if len(written) == 3:
            raise RuntimeError("listrik padam")
        return real_cells(row)

    monkeypatch.setattr(people_export, "export_cells", failing_cells)

    with pytest.raises(RuntimeError, match="listrik padam"):
        services.people_export.export(actor=supervisor, target=target)

    assert target.read_bytes() == b"ekspor kemarin"
    assert list(folder.iterdir()) == [target]
    assert not [action for action, _, _ in audit_actions(services) if action == "export"]


@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "a", " ", "1"]), max_size=6))
def test_csv_escaping_never_starts_a_formula_and_reads_back_exactly(value: str) -> None:
    escaped = csv_safe(value)
    assert not escaped.startswith(FORMULA_STARTS)
    assert csv_unescape(escaped) == value


def test_more_people_than_one_excel_sheet_holds_are_sent_to_csv(
    services: Services,
    supervisor: Actor,
    registered: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(people_export, "LAST_ROW", 3)
    folder = tmp_path / "keluar"
    folder.mkdir()

    with pytest.raises(
        UserError, match=r"4 orang; satu lembar Excel hanya memuat 3 orang\. Ekspor ke berkas \.csv"
    ):
        services.people_export.export(actor=supervisor, target=folder / "penduduk.xlsx")
    result, _ = services.people_export.export(actor=supervisor, target=folder / "penduduk.csv")

    assert result.rows == 4
    assert [path.name for path in folder.iterdir()] == ["penduduk.csv"]
