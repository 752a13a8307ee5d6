"""A report's closing: sections after the main table, the summary, notes and signatures, kept together."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection, Signatory
from tangsel_desktop.documents.reports import render_report
from tests.documents.conftest import check_pdf, flat, page_texts, words

COLUMNS = (
    ReportColumn("No", 0.6, "right"),
    ReportColumn("Kelurahan", 3.0),
    ReportColumn("Iuran", 1.4, money=True),
)
SIGNER = Signatory("Tangerang Selatan, 24 November 2026", "Supervisor Jamsosnaker,", "Rina <Marlina> & Co")


def _report(rows: int, **changes: object) -> ReportData:
    report = ReportData(
        title="Rekapitulasi Iuran Jamsosnaker",
        office_name="Dinas Sosial Kota Tangerang Selatan",
        columns=COLUMNS,
        rows=[(n, f"Kelurahan {n}", 16_800 * n) for n in range(1, rows + 1)],
        printed_by="Rina",
        printed_at=datetime(2025, 9, 23, 7, 5, tzinfo=UTC),
        totals=("", "Jumlah", 16_800 * rows * (rows + 1) // 2),
        summary=(("Jumlah peserta", "25.000 orang"), ("Terbilang", "enam belas ribu delapan ratus rupiah")),
        notes=("Dibayar dari APBD Kota Tangerang Selatan.",),
        signatures=(SIGNER,),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def _render(tmp_path: Path, report: ReportData) -> tuple[Path, int]:
    path = tmp_path / "laporan.pdf"
    pages = render_report(path, report)
    check_pdf(path)
    return path, pages


def test_the_summary_notes_and_signature_follow_the_table_in_order(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, _report(5))
    assert pages == 1
    text = flat(page_texts(path)[0])
    order = ["Jumlah Rp252.000", "Jumlah peserta 25.000 orang", "Terbilang enam belas ribu", "Catatan:"]
    order += ["Tangerang Selatan, 24 November 2026", "Supervisor Jamsosnaker,", "Rina <Marlina> & Co"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions), text


def test_the_signature_stands_at_the_right_with_room_to_sign_above_the_name(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, _report(5))
    found = words(path)
    title = next(w for w in found if w.text == "Jamsosnaker,")
    name = next(w for w in found if w.text == "Rina")
    assert title.x0 > 595 / 2
    assert name.x0 > 595 / 2
    assert name.top - title.bottom > 45  # about 18 mm for the signature and the stamp


@pytest.mark.parametrize("rows", range(33, 52, 3))
def test_the_signature_never_starts_a_page_without_the_figures_it_signs(tmp_path: Path, rows: int) -> None:
    # 33-39 rows: the table ends on page 1 and the closing block, too tall for what is left, moves to the
    # next page whole; from 42 rows the table itself runs on to page 2 and the block follows it there.
    path, pages = _render(tmp_path, _report(rows))
    texts = [flat(text) for text in page_texts(path)]
    assert len(texts) == pages
    last = texts[-1]
    assert "Rina <Marlina> & Co" in last
    assert "Terbilang" in last
    assert "Catatan:" in last
    assert sum(text.count("Rina <Marlina> & Co") for text in texts) == 1


def test_sections_follow_the_main_table_with_their_heading_and_totals(tmp_path: Path) -> None:
    section = ReportSection(
        "Ringkasan per kelurahan",
        (ReportColumn("Kelurahan", 3.0), ReportColumn("Peserta", 1.0, "right")),
        [("Sawah", 1_200), ("Ciater", 25)],
        totals=("Jumlah", 1_225),
    )
    path, _ = _render(tmp_path, _report(3, sections=(section,)))
    text = flat(page_texts(path)[0])
    assert text.index("Jumlah Rp100.800") < text.index("Ringkasan per kelurahan") < text.index("Sawah 1.200")
    assert text.index("Jumlah 1.225") < text.index("Jumlah peserta")


def test_two_signatories_sign_side_by_side(tmp_path: Path) -> None:
    head = Signatory("", "Mengetahui,\nKepala Dinas Sosial", "Drs. Budi Santoso", "NIP 19700101 199503 1 001")
    path, _ = _render(tmp_path, _report(3, signatures=(head, SIGNER)))
    found = words(path)
    budi = next(w for w in found if w.text == "Budi")
    rina = next(w for w in found if w.text == "Rina")
    assert abs(budi.top - rina.top) < 1
    assert budi.x1 < rina.x0
    assert "NIP 19700101 199503 1 001" in flat(page_texts(path)[0])


def test_without_signatures_or_summary_the_report_ends_with_its_notes(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, _report(3, signatures=(), summary=()))
    text = flat(page_texts(path)[0])
    # The totals, then the note, then only the page footer: no summary or signature block between.
    closing = text[text.index("Jumlah Rp100.800") :]
    assert closing.startswith(
        "Jumlah Rp100.800 Catatan: Dibayar dari APBD Kota Tangerang Selatan. Dicetak oleh"
    )
    assert closing.endswith("Halaman 1 dari 1")
    assert "Rina <Marlina>" not in text
    assert "Terbilang" not in text


@pytest.mark.parametrize("rows", range(34, 44))
def test_a_section_heading_never_ends_a_page_without_its_rows(tmp_path: Path, rows: int) -> None:
    section = ReportSection(
        "Ringkasan per kelurahan",
        (ReportColumn("Kelurahan", 3.0), ReportColumn("Peserta", 1.0, "right")),
        [(f"Wilayah {n}", n) for n in range(1, 31)],
    )
    path, _ = _render(tmp_path, _report(rows, sections=(section,), summary=(), notes=(), signatures=()))
    texts = [flat(text) for text in page_texts(path)]
    heading = next(number for number, text in enumerate(texts) if "Ringkasan per kelurahan" in text)
    assert "Wilayah 1 " in texts[heading]
