"""BPJS's answer read back: submitted members become active; every other case lands in the report only."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_columns import parse_start_month
from tangsel_desktop.services.jamsos.bpjs_findings import KINDS, REPORT_HEADER
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.services.bpjs_fixtures import member, nik, sheet_rows, write_answer
from tests.services.prepared_office import actor

HEADER = ["NIK", "Nama", "No KPJ", "Status Kepesertaan", "TMT"]


@pytest.fixture
def office(services: Services, supervisor: Actor) -> Services:
    """Members 1-6, 9, 11-13 and 15 submitted, 7 verified, 8 active (KPJ 90000000008), 10 a resident."""
    for number in (1, 2, 3, 4, 5, 6, 9, 11, 12, 13, 15):
        member(services, supervisor, number, MemberStatus.SUBMITTED, name=f"Warga {number}")
    member(services, supervisor, 7, MemberStatus.VERIFIED)
    member(services, supervisor, 8, MemberStatus.ACTIVE, kpj="90000000008")
    services.people.register(actor=supervisor, draft=make_draft(nik=nik(10), full_name="Warga 10"))
    return services


def every_kind(tmp_path: Path) -> Path:
    """One file with each finding the import knows, in the way BPJS's files come."""
    return write_answer(
        tmp_path / "jawaban.xlsx",
        HEADER,
        [
            [
                nik(1),
                "WARGA  1.",
                "12345678901",
                "Aktif",
                datetime(2026, 1, 1),
            ],  # activated (name normalised)
            [int(nik(2)), "Warga 2", 12345678902, "AKTIF", "2026-01"],  # numeric NIK and KPJ cells: activated
            [nik(3), "Orang Lain", "12345678903", "Aktif", "2026-01"],  # name differs
            [nik(4), "Warga 4", "", "Aktif", "2026-01"],  # empty KPJ
            [nik(5), "Warga 5", "12345678905", "Aktif", "bulan depan"],  # bad month
            [nik(6), "Warga 6", "", "Ditolak - data tidak padan", ""],  # not active
            [nik(7), "Warga 7", "12345678907", "Aktif", "2026-01"],  # verified, not submitted
            [nik(8), "Warga 8", "99999999999", "Aktif", "2026-01"],  # KPJ differs from the stored one
            [nik(10), "Warga 10", "12345678910", "Aktif", "2026-01"],  # resident, not a member
            ["3674045708859999", "Tak Dikenal", "12345678999", "Aktif", "2026-01"],  # unknown NIK
            ["367404570885001", "Pendek", "12345678998", "Aktif", "2026-01"],  # bad NIK (15 digits)
            [3674045708850010, "Angka", "1", "Aktif", "2026-01"],  # numeric NIK Excel rounded to ...0
            ["3674045708850014", "Ganda", "12345678914", "Aktif", "2026-01"],  # duplicate NIK ...
            ["3674045708850014", "Ganda", "12345678915", "Aktif", "2026-01"],  # ... twice
            [nik(11), "Warga 11", "90000000008", "Aktif", "2026-01"],  # KPJ already stored for member 8
            [nik(12), "Warga 12", "55555555555", "Aktif", "2026-01"],  # one KPJ given ...
            [nik(13), "Warga 13", "55555555555", "Aktif", "2026-01"],  # ... to two people
            [nik(15), "Warga 15", "KPJ-15", "Aktif", "2026-01"],  # not a KPJ: digits only
            # member 9 is submitted but missing from the file
        ],
    )


def status_of(services: Services, number: int) -> tuple[MemberStatus, str | None, str | None]:
    found = services.jamsos.member(actor=actor(services, "ops"), nik=nik(number))
    return found.status, found.kpj_number, found.first_month


def test_every_mismatch_kind_is_reported_and_only_the_clean_rows_activate(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    report = tmp_path / "rekonsiliasi.xlsx"
    result, changed = office.bpjs.import_bpjs_answer(
        actor=supervisor, source=every_kind(tmp_path), report=report
    )
    assert (result.rows, result.activated, result.already_active) == (18, 2, 0)
    assert result.mismatches == {
        "unknown_nik": 1,
        "not_member": 1,
        "not_submitted": 1,
        "name_differs": 1,
        "kpj_differs": 1,
        "kpj_taken": 3,
        "not_active": 1,
        "bad_nik": 2,
        "bad_month": 1,
        "empty_kpj": 1,
        "duplicate_nik": 2,
        "missing_from_bpjs": 1,
        "bad_kpj": 1,
    }
    assert changed.touches(ChangeSummary.JAMSOS)
    assert status_of(office, 1) == (MemberStatus.ACTIVE, "12345678901", "2026-01")
    assert status_of(office, 2) == (MemberStatus.ACTIVE, "12345678902", "2026-01")
    for number in (3, 4, 5, 6, 9, 11, 12, 13, 15):
        assert status_of(office, number) == (MemberStatus.SUBMITTED, None, None)
    assert status_of(office, 7)[0] is MemberStatus.VERIFIED
    assert status_of(office, 8) == (MemberStatus.ACTIVE, "90000000008", "2025-01")

    summary, findings = sheet_rows(report, 0), sheet_rows(report, 1)
    assert tuple(findings[0]) == REPORT_HEADER
    by_kind: dict[str, list[dict[str, object]]] = {}
    for row in findings[1:]:
        by_kind.setdefault(str(row[0]), []).append(dict(zip(REPORT_HEADER, row, strict=True)))
    assert set(by_kind) == {label for label, _ in KINDS.values()} - {"Sudah aktif"}
    differs = by_kind["Nama berbeda"][0]
    assert (differs["BARIS"], differs["NIK"], differs["NAMA_DI_BERKAS"], differs["NAMA_DI_DATA"]) == (
        4.0,
        nik(3),
        "Orang Lain",
        "Warga 3",
    )
    assert "KTP" in str(differs["TINDAKAN"])
    assert (
        by_kind["Status BPJS bukan aktif"][0]["KETERANGAN"] == "Status dari BPJS: Ditolak - data tidak padan."
    )
    assert by_kind["Nomor KPJ berbeda"][0]["KETERANGAN"] == "KPJ tersimpan: 90000000008."
    missing = by_kind["Tidak ada di jawaban BPJS"][0]
    assert (missing["BARIS"], missing["NIK"], missing["NAMA_DI_DATA"]) == ("", nik(9), "Warga 9")
    assert any("Teks" in str(row["KETERANGAN"]) for row in by_kind["NIK tidak sah"])  # the rounded number
    # Problems come first in the report; the activated rows last.
    assert [row[0] for row in findings[-2:]] == ["Diaktifkan", "Diaktifkan"]
    assert ["Jumlah temuan yang perlu diperiksa", 17.0] in summary
    taken = {row["NIK"]: row["KETERANGAN"] for row in by_kind["Nomor KPJ sudah dipakai"]}
    assert taken == {
        nik(11): f"Nomor KPJ ini tersimpan untuk NIK {nik(8)}.",
        nik(12): f"Nomor KPJ yang sama diberikan juga untuk NIK {nik(13)}.",
        nik(13): f"Nomor KPJ yang sama diberikan juga untuk NIK {nik(12)}.",
    }

    with office.database.read() as tx:
        events = tx.session.execute(
            text(
                "SELECT from_status, to_status, month, kpj_number FROM jamsos_status_event "
                "WHERE reason LIKE :r"
            ),
            {"r": "Diaktifkan dari jawaban BPJS%"},
        ).all()
        entry = tx.session.execute(
            text("SELECT after_json FROM audit_log WHERE action = 'bpjs_import'")
        ).scalar_one()
    assert sorted(events) == [
        ("submitted", "active", "2026-01", "12345678901"),
        ("submitted", "active", "2026-01", "12345678902"),
    ]
    assert json.loads(entry)["activated"] == 2


def test_a_dry_run_changes_nothing_but_writes_the_report(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    result, changed = office.bpjs.import_bpjs_answer(
        actor=supervisor, source=every_kind(tmp_path), dry_run=True
    )
    assert result.dry_run
    assert result.activated == 2
    assert not changed
    assert result.report_path.parent == office.paths.reports
    assert result.report_path.name.startswith("uji-rekonsiliasi-bpjs-jawaban-")
    assert "Uji coba" in str(sheet_rows(result.report_path)[2][1])
    assert [row[0] for row in sheet_rows(result.report_path, 1)].count("Akan diaktifkan") == 2
    assert status_of(office, 1) == (MemberStatus.SUBMITTED, None, None)
    with office.database.read() as tx:
        assert (
            tx.session.execute(text("SELECT count(*) FROM audit_log WHERE action = 'bpjs_import'")).scalar()
            == 0
        )


def test_a_cancelled_import_changes_nothing_and_leaves_no_report(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="dibatalkan"):
        office.bpjs.import_bpjs_answer(
            actor=supervisor, source=every_kind(tmp_path), report=tmp_path / "r.xlsx", cancelled=lambda: True
        )
    assert not (tmp_path / "r.xlsx").exists()
    assert status_of(office, 1) == (MemberStatus.SUBMITTED, None, None)


def test_importing_the_same_answer_again_changes_nothing_more(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    source = every_kind(tmp_path)
    office.bpjs.import_bpjs_answer(actor=supervisor, source=source, report=tmp_path / "r1.xlsx")
    with office.database.read() as tx:
        events_before = tx.session.execute(text("SELECT count(*) FROM jamsos_status_event")).scalar()
    again, changed = office.bpjs.import_bpjs_answer(
        actor=supervisor, source=source, report=tmp_path / "r2.xlsx"
    )
    assert (again.activated, again.already_active) == (0, 2)
    assert not changed.touches(ChangeSummary.JAMSOS)
    with office.database.read() as tx:
        assert tx.session.execute(text("SELECT count(*) FROM jamsos_status_event")).scalar() == events_before
    assert status_of(office, 1) == (MemberStatus.ACTIVE, "12345678901", "2026-01")


@pytest.mark.parametrize(
    "header",
    [
        ["nik", "nomor kpj", "status", "bulan mulai"],
        ["NO. NIK", "KPJ", "STATUS PESERTA", "Mulai"],
        ["Nomor Induk Kependudukan", "No_KPJ", "Status", "TMT Kepesertaan", "Nama Tenaga Kerja"],
    ],
)
def test_header_variants_and_csv_are_read(
    office: Services, supervisor: Actor, tmp_path: Path, header: list[str]
) -> None:
    source = tmp_path / "jawaban.csv"
    cells = [nik(1), "12345678901", "aktif", "01/2026", "Warga 1"][: len(header)]
    source.write_text(";".join(header) + "\n" + ";".join(cells) + "\n", encoding="utf-8")
    result, _ = office.bpjs.import_bpjs_answer(actor=supervisor, source=source, report=tmp_path / "r.xlsx")
    assert result.activated == 1
    assert status_of(office, 1) == (MemberStatus.ACTIVE, "12345678901", "2026-01")


def test_wrong_columns_are_named_and_nothing_changes(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    source = write_answer(tmp_path / "salah.xlsx", ["NIK", "NAMA", "ALAMAT"], [[nik(1), "Warga 1", "Jl. X"]])
    with pytest.raises(UserError, match="NO_KPJ, STATUS, BULAN_MULAI") as refused:
        office.bpjs.import_bpjs_answer(actor=supervisor, source=source, report=tmp_path / "r.xlsx")
    assert "Tidak ada data yang diubah" in refused.value.message
    assert not (tmp_path / "r.xlsx").exists()
    assert status_of(office, 1)[0] is MemberStatus.SUBMITTED


def test_an_empty_file_or_a_header_alone_is_refused(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    empty = tmp_path / "kosong.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(UserError, match="kosong"):
        office.bpjs.import_bpjs_answer(actor=supervisor, source=empty, report=tmp_path / "r.xlsx")
    header_only = write_answer(tmp_path / "judul.xlsx", HEADER, [])
    with pytest.raises(UserError, match="tidak berisi baris data"):
        office.bpjs.import_bpjs_answer(actor=supervisor, source=header_only, report=tmp_path / "r.xlsx")


def test_an_operator_is_refused_even_for_a_dry_run(office: Services, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied, match="Operator"):
        office.bpjs.import_bpjs_answer(actor=actor(office, "ops"), source=every_kind(tmp_path), dry_run=True)
    assert status_of(office, 1)[0] is MemberStatus.SUBMITTED


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-01", YearMonth(2026, 1)),
        ("01-2026", YearMonth(2026, 1)),
        ("15/01/2026", YearMonth(2026, 1)),
        ("2026-01-01", YearMonth(2026, 1)),
        ("Januari 2026", YearMonth(2026, 1)),
        ("Des 2025", YearMonth(2025, 12)),
        (datetime(2025, 12, 1), YearMonth(2025, 12)),
    ],
)
def test_start_months_are_read_as_bpjs_writes_them(cell: object, expected: YearMonth) -> None:
    assert parse_start_month(cell) == expected


@pytest.mark.parametrize("cell", ["", None, "2026-13", "32-13-2026", "kemarin", 45658.0])
def test_a_start_month_that_is_no_month_is_refused(cell: object) -> None:
    with pytest.raises(UserError):
        parse_start_month(cell)


def test_a_formula_like_name_is_compared_and_reported_as_plain_text(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    import openpyxl

    source = tmp_path / "jawaban.csv"
    source.write_text(
        "NIK,NAMA,KPJ,STATUS,TMT\n" + f"{nik(1)},=1+1 <b>&,12345678901,AKTIF,2026-01\n", encoding="utf-8"
    )
    result, _ = office.bpjs.import_bpjs_answer(actor=supervisor, source=source, report=tmp_path / "r.xlsx")
    assert result.mismatches["name_differs"] == 1
    assert status_of(office, 1)[0] is MemberStatus.SUBMITTED
    workbook = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
    try:
        cells = [cell for row in workbook["Temuan"].iter_rows(min_row=2) for cell in row]
        named = [cell for cell in cells if cell.value == "=1+1 <b>&"]
        assert len(named) == 1
        assert named[0].data_type == "s"
    finally:
        workbook.close()


def test_an_answer_of_another_kind_is_refused_without_speaking_of_the_people_list(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "jawaban.txt"
    source.write_text("NIK;KPJ\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"bukan berkas Excel \(.xlsx\) atau CSV") as refused:
        office.bpjs.import_bpjs_answer(actor=supervisor, source=source, report=tmp_path / "r.xlsx")
    assert "penduduk" not in str(refused.value)
    assert not (tmp_path / "r.xlsx").exists()


def test_an_answer_with_two_nik_columns_is_refused_naming_both(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    header = ["NIK", "Nama", "No KPJ", "Status Kepesertaan", "TMT", "NIK KTP"]
    row: list[object] = [nik(1), "Warga 1", "12345678901", "Aktif", "2026-01", nik(2)]
    source = write_answer(tmp_path / "dua-nik.xlsx", header, [row])
    with pytest.raises(UserError, match="dua kolom NIK: 'NIK' dan 'NIK KTP'") as refused:
        office.bpjs.import_bpjs_answer(
            actor=supervisor, source=source, report=tmp_path / "r.xlsx", dry_run=True
        )
    assert "Tidak ada data yang diubah" in refused.value.message
    assert not (tmp_path / "r.xlsx").exists()
    assert status_of(office, 1)[0] is MemberStatus.SUBMITTED


def test_a_start_before_the_programs_first_rate_is_a_finding_and_activates_no_one(
    office: Services, supervisor: Actor, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [nik(1), "Warga 1", "12345678901", "Aktif", "2022-12"],
        [nik(2), "Warga 2", "12345678902", "Aktif", "2023-01"],
    ]
    report = tmp_path / "r.xlsx"
    result, _ = office.bpjs.import_bpjs_answer(
        actor=supervisor, source=write_answer(tmp_path / "jawaban.xlsx", HEADER, rows), report=report
    )
    assert (result.activated, result.mismatches.get("bad_month")) == (1, 1)
    assert status_of(office, 1) == (MemberStatus.SUBMITTED, None, None)
    assert status_of(office, 2) == (MemberStatus.ACTIVE, "12345678902", "2023-01")
    refused = [row for row in sheet_rows(report, 1) if row[2] == nik(1)]
    assert refused[0][0] == KINDS["bad_month"][0]
    assert str(refused[0][8]).startswith(
        "Bulan pertama yang ditanggung (Desember 2022) sebelum tarif iuran pertama program (Januari 2023)"
    )
