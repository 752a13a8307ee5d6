"""The signed recap as files: a PDF read back with poppler and qpdf, a workbook read back with calamine."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from tangsel_desktop.domain.errors import OfficeDetailsMissing, PermissionDenied, UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.jamsos.recap_files import JamsosRecapFiles
from tangsel_desktop.services.service_set import Services
from tests.conftest import HEAD_NAME, set_office_details
from tests.documents.conftest import check_pdf, flat, page_texts
from tests.services.jamsos_recap_fixtures import OCCUPATIONS, Worker, insert_workers, kelurahan_codes
from tests.services.prepared_office import actor

SEPTEMBER = YearMonth(2025, 9)
SIGNER = "Rina <Marlina> & Co"


@pytest.fixture
def city(prepared_office: Callable[[str], Services]) -> Services:
    """The central office with ten kelurahan lines of members, one occupation typed as a formula."""
    services = prepared_office("DINSOS")
    codes = kelurahan_codes()[:5]
    workers = [
        Worker(code, rw, OCCUPATIONS[index % 3], "2024-01")
        for index, code in enumerate(codes)
        for rw in ("003", "007")
        for _ in range(3 + index)
    ]
    workers += [Worker(codes[0], "001", '=HYPERLINK("http://x")', "2025-03", name="=cmd")]
    workers += [Worker(codes[1], "002", "pemulung", "2024-01", "2025-06", status="ended")]  # not in September
    insert_workers(services.database.file, workers)
    with services.database.write(None) as tx:
        tx.session.execute(
            text("UPDATE app_user SET full_name = :name WHERE username = 'spv'"), {"name": SIGNER}
        )
    return services


def _files(services: Services) -> JamsosRecapFiles:
    return JamsosRecapFiles(
        services.database, services.office, services.jamsos, today=lambda: date(2025, 10, 2)
    )


def _export_audits(services: Services) -> list[dict[str, object]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT entity, entity_id, after_json FROM audit_log WHERE action = 'export' ORDER BY id")
        ).all()
    return [{"entity": row[0], "id": row[1], **json.loads(row[2])} for row in rows]


def test_the_pdf_is_signed_by_the_supervisor_and_says_every_figure(city: Services, tmp_path: Path) -> None:
    supervisor = actor(city, "spv")
    target = tmp_path / "rekap-2025-09.pdf"
    saved = _files(city).save_recap(actor=supervisor, month=SEPTEMBER, target=target)
    check_pdf(target)
    recap = saved.recap
    assert (saved.kind, saved.path) == ("pdf", target)
    assert recap.members == 3 * 2 + 4 * 2 + 5 * 2 + 6 * 2 + 7 * 2 + 1 == 51
    assert recap.amount == 51 * 16_800
    # Laid out as on paper: a row's cells on one line, in the order they are printed.
    texts = [flat(page) for page in page_texts(target, layout=True)]
    assert saved.pages == len(texts) == 1
    page = texts[0]
    for expected in (
        "Rekapitulasi Iuran Jamsosnaker",
        "Bulan September 2025",
        "DINAS SOSIAL KOTA TANGERANG SELATAN",
        "Jumlah 51 Rp856.800",
        "Ringkasan per kelurahan",
        "Jumlah peserta 51 orang",
        "Iuran September 2025 Rp856.800",
        "Terbilang Delapan ratus lima puluh enam ribu delapan ratus rupiah",
        "Rp16.800 per peserta per bulan (JKK Rp10.000 + JKM Rp6.800), berlaku mulai Januari 2023",
        f"Iuran Januari – September 2025 Rp{recap.year_to_date:,}".replace(",", "."),
        f"Proyeksi setahun (peserta × tarif × 12) Rp{51 * 16_800 * 12:,}".replace(",", "."),
        "Mengetahui, Tangerang Selatan, 2 Oktober 2025",
        "Kepala Dinas Sosial, Supervisor,",
        f"{HEAD_NAME} {SIGNER}",
        '=HYPERLINK("http://x")',
    ):
        assert expected in page, expected
    # 50 members all nine months, one from March (7 months), one who ended in June (6 months).
    assert recap.year_to_date == (50 * 9 + 7 + 6) * 16_800
    assert _export_audits(city) == [
        {
            "entity": "jamsos_recap",
            "id": "2025-09",
            "month": "2025-09",
            "kind": "pdf",
            "file": "rekap-2025-09.pdf",
            "members": 51,
            "amount": 856_800,
            "year_to_date": recap.year_to_date,
            "projection": 51 * 16_800 * 12,
            "premium": 16_800,
        }
    ]
    assert not list(tmp_path.glob("*.tmp"))
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_recap_of_many_lines_runs_over_numbered_pages_and_signs_once_at_the_end(
    city: Services, tmp_path: Path
) -> None:
    codes = kelurahan_codes()
    many = [Worker(code, f"{rw:03d}", "buruh serabutan", "2025-01") for code in codes for rw in range(1, 5)]
    insert_workers(city.database.file, many, first_number=10_000)
    target = tmp_path / "rekap.pdf"
    saved = _files(city).save_recap(actor=actor(city, "spv"), month=SEPTEMBER, target=target)
    check_pdf(target)
    texts = [flat(page) for page in page_texts(target)]
    assert len(saved.recap.lines) > 54 * 4
    assert saved.pages == len(texts) >= 5
    for number, page in enumerate(texts, start=1):
        assert f"Halaman {number} dari {saved.pages}" in page
        assert "Rekapitulasi Iuran Jamsosnaker" in page
    assert SIGNER in texts[-1]
    assert "Terbilang" in texts[-1]
    assert sum(page.count(SIGNER) for page in texts) == 1 + saved.pages  # the footer names the printer


def test_the_workbook_sums_to_the_recap_and_keeps_formulas_as_text(city: Services, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    saved = _files(city).save_recap(actor=actor(city, "spv"), month=SEPTEMBER, target=target)
    recap = saved.recap
    assert (saved.kind, saved.pages) == ("xlsx", 0)
    workbook = CalamineWorkbook.from_path(str(target))
    try:
        assert workbook.sheet_names == ["Rincian", "Per kelurahan", "Ringkasan"]
        lines: list[list[Any]] = workbook.get_sheet_by_name("Rincian").to_python()
        per_kelurahan: list[list[Any]] = workbook.get_sheet_by_name("Per kelurahan").to_python()
        figures: list[list[Any]] = workbook.get_sheet_by_name("Ringkasan").to_python()
        summary = {row[0]: row[1] for row in figures[1:]}
    finally:
        workbook.close()
    assert lines[0] == ["No", "Kelurahan", "RW", "Pekerjaan", "Peserta", "Iuran (Rp)"]
    body, totals = lines[1:-1], lines[-1]
    assert len(body) == len(recap.lines) == 11
    assert sum(row[5] for row in body) == totals[5] == recap.amount
    assert sum(row[4] for row in body) == totals[4] == recap.members
    assert [(row[1], row[2], row[3]) for row in body] == [
        (x.kelurahan, x.rw, x.occupation) for x in recap.lines
    ]
    assert sum(row[3] for row in per_kelurahan[1:-1]) == per_kelurahan[-1][3] == recap.amount
    assert summary["Iuran bulan ini (Rp)"] == recap.amount
    assert summary["Proyeksi setahun: peserta × tarif × 12 (Rp)"] == recap.projection
    assert summary["Terbilang"] == "Delapan ratus lima puluh enam ribu delapan ratus rupiah"
    assert summary["Dibuat oleh"] == SIGNER
    opened = openpyxl.load_workbook(target)
    try:
        sheet = opened["Rincian"]
        formula_like = sheet["D2"]
        assert (formula_like.value, formula_like.data_type) == ('=HYPERLINK("http://x")', "s")
        money = sheet.cell(row=2, column=6)
        assert isinstance(money.value, int)
        assert money.number_format == "#,##0"
        assert sheet.cell(row=len(lines), column=6).font.b
    finally:
        opened.close()


def test_an_operator_sees_the_recap_but_cannot_sign_and_save_it(city: Services, tmp_path: Path) -> None:
    operator = actor(city, "ops")
    assert city.jamsos.recap(actor=operator, month=SEPTEMBER).members == 51
    target = tmp_path / "rekap.pdf"
    with pytest.raises(PermissionDenied, match="Operator tidak boleh menandatangani"):
        _files(city).save_recap(actor=operator, month=SEPTEMBER, target=target)
    assert not target.exists()
    assert _export_audits(city) == []


@pytest.mark.parametrize("name", ["rekap.docx", "rekap.csv", "rekap", "rekap.pdf.txt"])
def test_only_pdf_or_xlsx_is_written(city: Services, tmp_path: Path, name: str) -> None:
    with pytest.raises(UserError, match=r"hanya disimpan sebagai berkas \.pdf atau \.xlsx"):
        _files(city).save_recap(actor=actor(city, "spv"), month=SEPTEMBER, target=tmp_path / name)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert _export_audits(city) == []


def test_a_missing_folder_is_named(city: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ada"):
        _files(city).save_recap(actor=actor(city, "spv"), month=SEPTEMBER, target=tmp_path / "no" / "r.pdf")


def test_a_month_without_members_says_nol_rupiah(city: Services, tmp_path: Path) -> None:
    target = tmp_path / "rekap.pdf"
    saved = _files(city).save_recap(actor=actor(city, "spv"), month=YearMonth(2023, 5), target=target)
    page = flat(page_texts(target)[0])
    assert (saved.recap.members, saved.recap.amount) == (0, 0)
    assert "(tidak ada data)" in page
    assert "Terbilang Nol rupiah" in page


def test_an_earlier_file_of_the_same_name_is_replaced_whole(city: Services, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    target.write_bytes(b"old")
    _files(city).save_recap(actor=actor(city, "spv"), month=SEPTEMBER, target=target)
    assert target.read_bytes()[:2] == b"PK"


def test_a_rate_reaching_back_into_a_saved_recap_is_refused_and_the_bill_stays(
    city: Services, tmp_path: Path
) -> None:
    spv, admin = actor(city, "spv"), actor(city, "admin")
    saved = _files(city).save_recap(actor=spv, month=SEPTEMBER, target=tmp_path / "rekap.pdf")
    for month in (YearMonth(2025, 7), SEPTEMBER):
        with pytest.raises(UserError, match="Rekap iuran September 2025 sudah disimpan"):
            city.jamsos.set_rate(actor=admin, effective_from=month, jkk=10_000, jkm=6_800, jht=20_000)
    assert city.jamsos.recap(actor=spv, month=SEPTEMBER).amount == saved.recap.amount
    city.jamsos.set_rate(actor=admin, effective_from=YearMonth(2025, 10), jkk=10_000, jkm=6_800, jht=20_000)
    assert city.jamsos.recap(actor=spv, month=YearMonth(2025, 10)).premium == 36_800


def test_the_signature_block_prints_the_signers_position_and_nip_and_the_head_who_acknowledges(
    city: Services, tmp_path: Path
) -> None:
    admin, supervisor = actor(city, "admin"), actor(city, "spv")
    with pytest.raises(UserError, match="NIP '1978-01' harus 18 angka"):
        city.auth.set_profile(actor=admin, username="spv", position="Kasi Kesos", nip="1978-01")
    with pytest.raises(PermissionDenied):
        city.auth.set_profile(actor=supervisor, username="spv", position="Kasi Kesos", nip="")
    view, _ = city.auth.set_profile(
        actor=admin, username="spv", position=" Kepala Seksi  Jaminan Sosial ", nip="19780101 200501 1 001"
    )
    assert (view.position, view.nip) == ("Kepala Seksi Jaminan Sosial", "197801012005011001")
    target = tmp_path / "rekap.pdf"
    _files(city).save_recap(actor=supervisor, month=SEPTEMBER, target=target)
    page = flat(page_texts(target, layout=True)[0])
    for expected in (
        "Mengetahui, Tangerang Selatan, 2 Oktober 2025",
        "Kepala Dinas Sosial, Kepala Seksi Jaminan Sosial,",
        f"{HEAD_NAME} {SIGNER}",
        "NIP 19780101 200501 1 001",
    ):
        assert expected in page, expected
    assert "Supervisor Jamsosnaker" not in page


def test_a_recap_is_not_signed_while_the_offices_head_or_contact_is_empty(
    city: Services, tmp_path: Path
) -> None:
    admin, supervisor = actor(city, "admin"), actor(city, "spv")
    for contact, head, missing in (
        ("", HEAD_NAME, "baris kontak kantor"),
        ("Jl. Raya 1", "", "nama Kepala Dinas Sosial"),
    ):
        set_office_details(city, admin, contact=contact, head_name=head)
        with pytest.raises(OfficeDetailsMissing, match=missing):
            _files(city).save_recap(actor=supervisor, month=SEPTEMBER, target=tmp_path / "rekap.pdf")
        assert not (tmp_path / "rekap.pdf").exists()
    assert _export_audits(city) == []
