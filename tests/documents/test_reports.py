"""Laporan: 250 rows over numbered pages, the header row on each, totals at the end, money in rupiah."""

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tangsel_desktop.documents.document_models import ReportColumn, ReportData
from tangsel_desktop.documents.reports import SIDE, format_value, render_report
from tangsel_desktop.domain.formatting import format_datetime
from tests.documents.conftest import (
    A4_LANDSCAPE,
    A4_PORTRAIT,
    assert_page_size,
    check_pdf,
    flat,
    image_count,
    page_texts,
    words,
)

COLUMNS = (
    ReportColumn("No", 0.6, "right"),
    ReportColumn("Nama", 2.4),
    ReportColumn("NIK", 1.9),
    ReportColumn("Alamat", 3.0),
    ReportColumn("Bulan", 0.8, "right"),
    ReportColumn("Iuran", 1.4, money=True),
)
PRINTED_AT = datetime(2025, 9, 23, 7, 5, tzinfo=UTC)


def _report(count: int, **changes: object) -> ReportData:
    rows = [
        (n, f"Peserta {n}", f"36740457088{n:05d}", f"Jl. Mawar No. {n}, RT 003/RW 012", 12, 16_800 * 12)
        for n in range(1, count + 1)
    ]
    report = ReportData(
        title="Rekapitulasi Iuran BPJS Ketenagakerjaan",
        office_name="Dinas Sosial Kota Tangerang Selatan",
        columns=COLUMNS,
        rows=rows,
        printed_by="Rudi Hartono",
        printed_at=PRINTED_AT,
        subtitle="Periode Januari – Desember 2025",
        totals=("", "Jumlah", "", f"{count} peserta", None, 16_800 * 12 * count),
        notes=("Iuran Rp16.800 per orang per bulan, dibayar APBD.",),
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def _render(tmp_path: Path, report: ReportData) -> tuple[Path, int]:
    path = tmp_path / "laporan.pdf"
    return path, render_report(path, report)


def test_values_print_in_indonesian_form() -> None:
    money, count = ReportColumn("Iuran", 1, money=True), ReportColumn("Jumlah", 1, "right")
    assert format_value(16_800, money) == "Rp16.800"
    assert format_value(25_000, count) == "25.000"
    assert format_value(None, money) == ""
    assert format_value("–", money) == "–"
    with pytest.raises(TypeError):
        format_value(16_800.0, money)  # type: ignore[arg-type]


def test_250_rows_span_numbered_pages_with_the_header_row_on_each(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, _report(250))
    check_pdf(path)
    assert_page_size(path, A4_PORTRAIT)
    texts = page_texts(path)
    assert pages == len(texts) >= 5
    printed = f"Dicetak oleh Rudi Hartono pada {format_datetime(PRINTED_AT)}"
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {pages}" in text
        assert printed in flat(text)
        assert "Rekapitulasi Iuran BPJS Ketenagakerjaan" in text
        assert "Periode Januari – Desember 2025" in text
        assert "DINAS SOSIAL KOTA TANGERANG SELATAN" in text
    header_tops: dict[int, float] = {}
    for word in words(path):
        if word.text == "Alamat":
            header_tops.setdefault(word.page, round(word.top, 2))
    assert sorted(header_tops) == list(range(1, pages + 1))  # the header row on every page
    assert len(set(header_tops.values())) == 1  # and in the same place on each


def test_every_row_once_in_order_then_the_totals_at_the_end(tmp_path: Path) -> None:
    path, _pages = _render(tmp_path, _report(250))
    texts = page_texts(path)
    everything = "\n".join(texts)
    niks = [f"36740457088{n:05d}" for n in range(1, 251)]
    assert [everything.count(nik) for nik in niks] == [1] * 250
    positions = [everything.index(nik) for nik in niks]
    assert positions == sorted(positions)
    assert "Jumlah" in texts[-1]
    assert all("Jumlah" not in text for text in texts[:-1])
    assert "Rp50.400.000" in texts[-1]  # 250 x 12 x Rp16.800
    assert everything.index("Rp50.400.000") > positions[-1]
    assert "Rp201.600" in texts[0]
    assert "Iuran Rp16.800 per orang per bulan, dibayar APBD." in texts[-1]


def test_numbers_and_money_are_right_aligned(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, _report(5))
    money = [word for word in words(path) if word.text == "Rp201.600"]
    months = [word for word in words(path) if word.text == "12"]
    assert len(money) == 5
    assert len({round(word.x1, 1) for word in money}) == 1  # one right edge
    assert len({round(word.x1, 1) for word in months}) == 1
    # The column header, not the "Iuran" of the title above it.
    iuran = max((w for w in words(path) if w.text == "Iuran" and w.top < money[0].top), key=lambda w: w.top)
    assert abs(iuran.x1 - money[0].x1) < 0.5  # the header sits over its figures


def test_a_three_page_report(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, _report(60))
    assert pages == 3
    assert "Halaman 3 dari 3" in page_texts(path)[2]


def test_landscape_when_asked(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, _report(30, landscape=True))
    check_pdf(path)
    assert_page_size(path, A4_LANDSCAPE)


def test_user_text_prints_as_typed_and_stays_in_its_column(tmp_path: Path) -> None:
    address = 'Jl. <Mawar> & "Melati" No. 5 \'B\' <img src="/etc/passwd"> ' + "Gang Kenanga " * 6
    rows = [(1, "A <B> C", "3674045708850001", address, 12, 201_600)]
    path, _ = _render(tmp_path, _report(1, rows=rows, totals=None, notes=("Catatan <i>miring</i>",)))
    text = flat(page_texts(path)[0])
    assert "A <B> C" in text
    assert flat(address) in text
    assert "Catatan <i>miring</i>" in text
    assert image_count(path) == 0
    width = 595.28 - 2 * SIDE
    scale = width / sum(column.width for column in COLUMNS)
    left = SIDE + sum(column.width for column in COLUMNS[:3]) * scale
    right = left + COLUMNS[3].width * scale
    for word in words(path):
        if word.text in {"<Mawar>", "Kenanga", 'src="/etc/passwd">'}:
            assert word.inside(left, 0, right, 842), word


def test_a_nik_in_a_narrow_column_narrows_instead_of_breaking(tmp_path: Path) -> None:
    narrow = (ReportColumn("NIK", 1.0), ReportColumn("Nama", 6.0))
    report = _report(0, columns=narrow, rows=[("3674045708850001", "Siti")], totals=None)
    path, _ = _render(tmp_path, report)
    assert "3674045708850001" in page_texts(path)[0].split()


def test_an_empty_report_says_so(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, _report(0, totals=None, notes=()))
    assert pages == 1
    assert "(tidak ada data)" in page_texts(path)[0]


def test_the_footer_wraps_a_long_printer_name_rather_than_cut_it(tmp_path: Path) -> None:
    name = "Raden " * 30 + "Hartono"
    path, _ = _render(tmp_path, _report(3, printed_by=name))
    assert f"Dicetak oleh {name.strip()}" in flat(page_texts(path)[0])
    assert not re.search("…", page_texts(path)[0])


def test_the_totals_never_stand_alone_on_the_last_page(tmp_path: Path) -> None:
    # Around the count of rows that fills the first page, the totals would start page 2 on their own
    # unless the last row goes with them.
    path, _ = _render(tmp_path, _report(200, totals=None, notes=()))
    full_page = sum(1 for word in page_texts(path)[0].split() if word.startswith("36740457088"))
    for count in range(full_page - 2, full_page + 2):
        # A totals label that wraps makes the totals row taller than any data row.
        totals = ("", "Jumlah seluruh peserta program tahun 2025", "", "", None, 201_600 * count)
        path, pages = _render(tmp_path, _report(count, notes=(), totals=totals))
        last = page_texts(path)[-1]
        assert "Jumlah" in last
        assert f"36740457088{count:05d}" in last, f"{count} rows: the totals alone on page {pages}"


def test_a_long_title_and_subtitle_come_back_whole_above_the_table(tmp_path: Path) -> None:
    title = "Rekapitulasi Iuran BPJS Ketenagakerjaan Pekerja Informal Rentan Miskin yang Dibayar dari APBD"
    subtitle = "Periode Januari – Desember 2025, semua kelurahan, disusun oleh Bidang Linjamsos " * 2
    path, _ = _render(tmp_path, _report(40, title=title, subtitle=subtitle.strip()))
    for text in page_texts(path):
        assert title in flat(text)
        assert subtitle.strip() in flat(text)
        assert "…" not in text
    found = words(path)
    for page in {word.page for word in found}:
        header_row = min(w.top for w in found if w.page == page and w.text == "NIK")
        subtitle_bottom = max(w.bottom for w in found if w.page == page and w.text == "disusun")
        assert subtitle_bottom < header_row
