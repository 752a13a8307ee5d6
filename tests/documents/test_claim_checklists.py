"""The family's JKM claim checklist read back with qpdf and poppler: what applies, masked NIK, nasty text."""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from tangsel_desktop.documents.claim_checklists import ChecklistData, render_claim_checklist
from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.domain.jamsos.claim_rules import HEIRS_ORDER, claim_benefits, documents_needed
from tangsel_desktop.domain.months import YearMonth
from tests.documents.conftest import A4_PORTRAIT, assert_page_size, check_pdf, page_texts

ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
)
NIK = "3674045708850001"


def checklist(*, first: YearMonth, last: YearMonth, accident: bool, **overrides: object) -> ChecklistData:
    benefits = claim_benefits(
        first_month=first, last_month=last, work_accident=accident, declared_income=1_250_000
    )
    data = ChecklistData(
        member_name="Siti Aminah",
        nik=NIK,
        kpj_number="12345678901",
        occupation="pemulung",
        first_month=first,
        last_month=last,
        died_on=date(2025, 3, 14),
        declared_income=1_250_000,
        benefits=benefits,
        heirs_order=HEIRS_ORDER,
        documents=documents_needed(benefits),
        where_to_go="KC BPJS Ketenagakerjaan Serpong",
        heir_name="Budi Santoso",
        heir_relation="suami",
        heir_phone="081234567890",
        notes=((datetime(2025, 3, 17, 3, 0, tzinfo=UTC), "daftar berkas diserahkan", "Keluarga datang"),),
        printed_by="Sri Supervisor",
        printed_at=datetime(2025, 3, 17, 10, 5),
    )
    return replace(data, **overrides)  # type: ignore[arg-type]


def flat(path: Path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_a_short_membership_without_accident_fits_one_page(tmp_path: Path) -> None:
    target = tmp_path / "pendek.pdf"
    pages = render_claim_checklist(
        target, checklist(first=YearMonth(2023, 1), last=YearMonth(2025, 3), accident=False), ISSUER
    )
    check_pdf(target)
    assert_page_size(target, A4_PORTRAIT)
    assert pages == 1
    text = flat(target)
    assert "DAFTAR BERKAS KLAIM JAMINAN KEMATIAN (JKM)" in text
    assert "KELURAHAN SAWAH, KECAMATAN CIPUTAT" in text
    assert "Rp42.000.000" in text
    assert "empat puluh dua juta rupiah" in text
    # The scholarship rule is stated either way; 27 months do not reach it.
    assert "Masa iuran tercatat 27 bulan: belum berhak." in text
    assert "Januari 2023 s.d. Maret 2025 (27 bulan)" in text
    assert "48 x" not in text
    assert "Akta kelahiran anak" not in text
    assert "Kronologi kecelakaan" not in text
    assert NIK not in text
    assert "0001" in text
    assert "Budi Santoso (suami)" in text
    assert "Bila tidak ada: mertua" in text
    assert "KC BPJS Ketenagakerjaan Serpong" in text
    assert "Dicetak oleh Sri Supervisor" in text
    assert "Halaman 1 dari 1" in text
    assert "Keluarga datang" in text


def test_a_work_accident_after_three_years_adds_jkk_and_scholarship(tmp_path: Path) -> None:
    target = tmp_path / "panjang.pdf"
    render_claim_checklist(
        target, checklist(first=YearMonth(2022, 1), last=YearMonth(2024, 12), accident=True), ISSUER
    )
    check_pdf(target)
    text = flat(target)
    assert "Masa iuran tercatat 36 bulan: berhak." in text
    assert "48 x penghasilan yang dilaporkan Rp1.250.000" in text
    assert "Rp60.000.000" in text
    assert "enam puluh juta rupiah" in text
    assert "Akta kelahiran anak penerima beasiswa" in text
    assert "Surat keterangan kepolisian" in text


def test_markup_formulas_long_names_and_a_temporary_number_print_as_typed(tmp_path: Path) -> None:
    target = tmp_path / "nakal.pdf"
    long_name = "Abdurrahman" * 11
    data = checklist(
        first=YearMonth(2023, 1),
        last=YearMonth(2025, 3),
        accident=False,
        member_name=f"Siti <b>Aminah</b> & {long_name}",
        nik="0674045708850001",  # a temporary number is never printed as a NIK
        heir_name='=HYPERLINK("x")',
        heir_relation="",
        where_to_go="Kantor <img src='/etc/passwd'/>\nbaris kedua",
        notes=(),
    )
    render_claim_checklist(target, data, ISSUER)
    check_pdf(target)
    text = "".join(" ".join(page_texts(target)).split())
    assert "Siti<b>Aminah</b>&" in text
    assert long_name in text
    assert "0674045708850001" not in text
    assert '=HYPERLINK("x")' in text
    assert "<imgsrc='/etc/passwd'/>" in text
