"""The list for BPJS: verified members only, text NIKs, guarded cells, audited, optionally marked."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_export import EXPORT_HEADERS, BpjsExportCancelled
from tangsel_desktop.services.jamsos.bpjs_service import BpjsExchangeService
from tangsel_desktop.services.service_set import Services
from tests.services.bpjs_fixtures import member, nik, sheet_rows
from tests.services.prepared_office import actor


@pytest.fixture
def prepared(services: Services, supervisor: Actor) -> Services:
    """Two verified members (one with a formula-like name and < & >), and one of every other status."""
    member(services, supervisor, 1, MemberStatus.VERIFIED, name='=HYPERLINK("x") <Ani> & Co', phone="")
    member(services, supervisor, 2, MemberStatus.VERIFIED, name="Budi Santoso", rt="7", rw="3")
    member(services, supervisor, 3, MemberStatus.PROPOSED)
    member(services, supervisor, 4, MemberStatus.SUBMITTED)
    member(services, supervisor, 5, MemberStatus.ACTIVE)
    return services


def audit_after(services: Services, action: str) -> list[dict[str, object]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT after_json FROM audit_log WHERE action = :a ORDER BY id"), {"a": action}
        ).all()
    return [json.loads(row[0]) for row in rows]


def test_the_verified_members_are_written_with_every_column_as_bpjs_asks(
    prepared: Services, supervisor: Actor, tmp_path: Path
) -> None:
    target = tmp_path / "usulan.xlsx"
    result, changed = prepared.bpjs.export_for_bpjs(actor=supervisor, target=target, month=YearMonth(2026, 1))
    assert (result.members, result.month, result.program, result.marked_submitted) == (
        2,
        "2026-01",
        "JKK + JKM",
        0,
    )
    assert not changed.touches(ChangeSummary.JAMSOS)
    rows = sheet_rows(target)
    assert tuple(rows[0]) == EXPORT_HEADERS
    by_nik = {row[0]: dict(zip(EXPORT_HEADERS, row, strict=True)) for row in rows[1:]}
    assert set(by_nik) == {nik(1), nik(2)}  # text cells: all 16 digits, no 3.67e15
    budi = by_nik[nik(2)]
    assert budi["NAMA"] == "Budi Santoso"
    assert budi["TANGGAL_LAHIR"] == "17-08-1985"
    assert budi["JENIS_KELAMIN"] == "Perempuan"
    assert budi["ALAMAT"] == (
        "Jl. Mawar No. 5, RT 007/RW 003, Kel. Sawah, Kec. Ciputat, Kota Tangerang Selatan"
    )
    assert (budi["RT"], budi["RW"], budi["KELURAHAN"], budi["KECAMATAN"]) == (
        "007",
        "003",
        "Sawah",
        "Ciputat",
    )
    assert budi["NO_HP"] == "081234567890"
    assert (budi["PEKERJAAN"], budi["LOKASI_KERJA"]) == ("pemulung", "Pasar")
    assert (budi["PENGHASILAN"], budi["IURAN_PER_BULAN"]) == (1_000_000, 16_800)
    assert (budi["PROGRAM"], budi["PERIODE"]) == ("JKK + JKM", "2026-01")
    # Read back, the formula-like name is words again, not a formula Excel would run.
    assert by_nik[nik(1)]["NAMA"] == '=HYPERLINK("x") <Ani> & Co'
    assert audit_after(prepared, "bpjs_export") == [
        {
            "members": 2,
            "month": "2026-01",
            "program": "JKK + JKM",
            "file": "usulan.xlsx",
            "marked_submitted": 0,
        }
    ]
    assert prepared.bpjs.counts(actor=supervisor) == (2, 1)


def test_the_formula_cell_is_stored_as_text_not_as_a_formula(
    prepared: Services, supervisor: Actor, tmp_path: Path
) -> None:
    import openpyxl

    target = tmp_path / "usulan.xlsx"
    prepared.bpjs.export_for_bpjs(actor=supervisor, target=target)
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        cells = [cell for row in workbook.active.iter_rows(min_row=2) for cell in row]
        assert all(cell.data_type in ("s", "n") for cell in cells if cell.value is not None)
        assert any(str(cell.value).startswith("=HYPERLINK") and cell.data_type == "s" for cell in cells)
    finally:
        workbook.close()


def test_the_period_defaults_to_next_month_and_a_jht_rate_names_the_program(
    services: Services, supervisor: Actor, tmp_path: Path
) -> None:
    member(services, supervisor, 1, MemberStatus.VERIFIED)
    admin = actor(services, "admin")
    services.jamsos.set_rate(
        actor=admin, effective_from=YearMonth(2026, 3), jkk=10_000, jkm=6_800, jht=20_000
    )
    exchange = BpjsExchangeService(services.database, services.paths.reports, today=lambda: date(2026, 2, 14))
    result, _ = exchange.export_for_bpjs(actor=supervisor, target=tmp_path / "a.xlsx")
    assert (result.month, result.program) == ("2026-03", "JKK + JKM + JHT")
    row = dict(zip(EXPORT_HEADERS, sheet_rows(tmp_path / "a.xlsx")[1], strict=True))
    assert (row["PERIODE"], row["IURAN_PER_BULAN"]) == ("2026-03", 36_800)


def test_marking_submitted_steps_every_exported_member_with_an_event(
    prepared: Services, supervisor: Actor, tmp_path: Path
) -> None:
    result, changed = prepared.bpjs.export_for_bpjs(
        actor=supervisor, target=tmp_path / "u.xlsx", month=YearMonth(2026, 1), mark_submitted=True
    )
    assert result.marked_submitted == 2
    assert changed.touches(ChangeSummary.JAMSOS)
    for number in (1, 2):
        assert prepared.jamsos.member(actor=supervisor, nik=nik(number)).status is MemberStatus.SUBMITTED
    with prepared.database.read() as tx:
        events = tx.session.execute(
            text(
                "SELECT from_status, to_status, month, by_user FROM jamsos_status_event WHERE reason LIKE :r"
            ),
            {"r": "Diajukan ke BPJS%"},
        ).all()
    assert sorted(events) == [("verified", "submitted", "2026-01", supervisor.user_id)] * 2
    assert len([e for e in audit_after(prepared, "status") if "u.xlsx" in str(e.get("reason"))]) == 2
    assert prepared.bpjs.counts(actor=supervisor) == (0, 3)
    with pytest.raises(UserError, match="Tidak ada peserta berstatus 'diverifikasi'"):
        prepared.bpjs.export_for_bpjs(actor=supervisor, target=tmp_path / "lagi.xlsx")
    assert not (tmp_path / "lagi.xlsx").exists()


def test_an_operator_is_refused_and_no_file_is_made(prepared: Services, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied, match="Operator"):
        prepared.bpjs.export_for_bpjs(actor=actor(prepared, "ops"), target=tmp_path / "u.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert audit_after(prepared, "bpjs_export") == []


def test_a_wrong_suffix_or_folder_is_refused_in_indonesian(
    prepared: Services, supervisor: Actor, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match=r"\.xlsx"):
        prepared.bpjs.export_for_bpjs(actor=supervisor, target=tmp_path / "u.csv")
    with pytest.raises(UserError, match="tidak ada"):
        prepared.bpjs.export_for_bpjs(actor=supervisor, target=tmp_path / "nope" / "u.xlsx")


def test_a_cancelled_export_leaves_no_file_and_no_status_change(
    prepared: Services, supervisor: Actor, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(BpjsExportCancelled):
        prepared.bpjs.export_for_bpjs(
            actor=supervisor,
            target=tmp_path / "u.xlsx",
            mark_submitted=True,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: True,
        )
    assert seen == [(2, 2)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert prepared.bpjs.counts(actor=supervisor) == (2, 1)
    assert audit_after(prepared, "bpjs_export") == []
