"""Daftar tanda terima: 40 recipients over several pages, the header row and page count on each."""

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

from tangsel_desktop.documents.document_models import Issuer, SigningSheetData, SigningSheetRow
from tangsel_desktop.documents.signing_sheets import COLUMNS, MARGINS, ROW_HEIGHT, render_signing_sheet
from tangsel_desktop.domain.months import YearMonth
from tests.bench.bench_receipts import ITEMS, signed_payload
from tests.documents.conftest import (
    A4_PORTRAIT,
    assert_page_size,
    check_pdf,
    decode_qr,
    flat,
    image_count,
    page_texts,
    words,
)

ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
)
TRICKY_NAME = "Siti <Aminah> & 'Ani' \"Nur\""
TRICKY_ADDRESS = 'Jl. Mawar No. 5 <img src="/etc/passwd"> RT 003/RW 012 Gang Kenanga Dalam Blok C-12'


def _rows(count: int) -> tuple[SigningSheetRow, ...]:
    return tuple(
        SigningSheetRow(
            recipient_name=f"Penerima Nomor {n}",
            recipient_nik=f"36740457088{n:05d}",
            address=f"Jl. Mawar No. {n}, RT 003/RW 012",
            items_summary="Paket sembako",
        )
        for n in range(1, count + 1)
    )


def _sheet(rows: tuple[SigningSheetRow, ...], number: str = "DTT/2025/007") -> SigningSheetData:
    return SigningSheetData(
        title="Daftar Tanda Terima Bantuan Sembako",
        handed_on=date(2025, 9, 23),
        place="Tangerang Selatan",
        officer_name="Rudi Hartono",
        rows=rows,
        number=number,
    )


def test_forty_rows_paginate_with_the_header_row_and_page_count_on_each_page(tmp_path: Path) -> None:
    path = tmp_path / "daftar.pdf"
    pages = render_signing_sheet(path, _sheet(_rows(40)), ISSUER)
    check_pdf(path)
    assert_page_size(path, A4_PORTRAIT)
    texts = [flat(text) for text in page_texts(path)]
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Tanda tangan / cap jempol" in text, number
        assert "Alamat / RT-RW" in text, number
        assert f"Halaman {number} dari {pages}" in text
        assert "DTT/2025/007" in text  # the running footer names the sheet on every page
    everything = "\n".join(texts)
    niks = [f"36740457088{n:05d}" for n in range(1, 41)]
    assert [everything.count(nik) for nik in niks] == [1] * 40
    assert [everything.index(nik) for nik in niks] == sorted(everything.index(nik) for nik in niks)


def test_title_date_place_first_and_the_officer_signs_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "daftar.pdf"
    render_signing_sheet(path, _sheet(_rows(40)), ISSUER)
    texts = [flat(text) for text in page_texts(path)]
    for expected in (
        "Daftar Tanda Terima Bantuan Sembako",
        "Nomor: DTT/2025/007",
        "Selasa, 23 September 2025",
        "Tangerang Selatan",
        "40 orang",
    ):
        assert expected in texts[0], expected
    assert "Tangerang Selatan, 23 September 2025 Petugas yang menyerahkan, Rudi Hartono" in texts[-1]
    assert "Petugas yang menyerahkan" not in " ".join(texts[:-1])


def test_a_temporary_number_is_not_printed_as_a_nik(tmp_path: Path) -> None:
    rows = (SigningSheetRow("Bayi Baru", "0000000000000007", "Jl. Mawar No. 1", "Paket sembako"),)
    path = tmp_path / "daftar.pdf"
    render_signing_sheet(path, _sheet(rows), ISSUER)
    assert "0000000000000007" not in page_texts(path)[0]
    nik_column = (MARGINS[0] + COLUMNS[0][1] + COLUMNS[1][1], MARGINS[0] + sum(w for _, w in COLUMNS[:3]))
    dashes = [word for word in words(path) if word.text == "–"]
    assert any(word.inside(nik_column[0], 0, nik_column[1], 1000) for word in dashes)


def test_every_row_is_tall_enough_to_sign_or_press_a_thumb(tmp_path: Path) -> None:
    path = tmp_path / "daftar.pdf"
    render_signing_sheet(path, _sheet(_rows(12)), ISSUER)
    tops: dict[int, list[float]] = {}
    for word in words(path):
        if word.text.startswith("36740457088"):
            tops.setdefault(word.page, []).append(word.top)
    gaps = [b - a for page in tops.values() for a, b in itertools.pairwise(page)]
    assert gaps
    assert min(gaps) >= ROW_HEIGHT - 0.5


def test_marked_up_names_and_addresses_print_as_typed_inside_their_columns(tmp_path: Path) -> None:
    row = SigningSheetRow(TRICKY_NAME, "3674045708850001", TRICKY_ADDRESS, "Beras 10 kg & minyak 2 L")
    path = tmp_path / "daftar.pdf"
    render_signing_sheet(path, _sheet((row,), number=""), ISSUER)
    text = flat(page_texts(path)[0])
    assert TRICKY_NAME in text
    assert TRICKY_ADDRESS in text
    assert "Beras 10 kg & minyak 2 L" in text
    assert "Nomor" not in text  # no number given, none printed
    assert image_count(path) == 0
    edges = [MARGINS[0]]
    for _, width in COLUMNS:
        edges.append(edges[-1] + width)
    name_column, address_column = (edges[1], edges[2]), (edges[3], edges[4])
    for word in words(path):
        if word.text in {"Siti", "<Aminah>", "'Ani'", '"Nur"'}:
            assert word.inside(name_column[0], 0, name_column[1], 1000), word
        if word.text in {"<img", 'src="/etc/passwd">', "Blok", "C-12"}:
            assert word.inside(address_column[0], 0, address_column[1], 1000), word


# --- the per-RW batch sheet of a sembako round ----------------------------------------------------

SHEET_NUMBER = "DTT/36.74.04.1004/2025/000007"


def _round_sheet(rows: tuple[SigningSheetRow, ...], **changes: object) -> SigningSheetData:
    sheet = replace(
        _sheet(rows, number=SHEET_NUMBER),
        qr_payload=signed_payload(SHEET_NUMBER),
        round_name="Sembako Stunting Tahap 3",
        round_month=YearMonth(2025, 9),
        rw="012",
        items=ITEMS,
    )
    return replace(sheet, **changes)  # type: ignore[arg-type]


def _family_rows(count: int) -> tuple[SigningSheetRow, ...]:
    return tuple(replace(row, family_kk=f"36740412031{n:05d}") for n, row in enumerate(_rows(count), start=1))


def test_the_round_sheet_names_its_round_rw_and_package_and_its_qr_scans(tmp_path: Path) -> None:
    path = tmp_path / "daftar-rw-012.pdf"
    pages = render_signing_sheet(path, _round_sheet(_family_rows(20)), ISSUER)
    check_pdf(path)
    texts = [flat(text) for text in page_texts(path)]
    assert len(texts) == pages == 3
    first_page = [word for word in words(path) if word.page == 1]

    def line(first: str) -> str:
        """The words on the first page's line that starts with first, left to right, as on paper."""
        start = next(word for word in first_page if word.text == first)
        same = sorted((w for w in first_page if abs(w.top - start.top) < 1), key=lambda w: w.x0)
        return " ".join(w.text for w in same if w.x0 >= start.x0)

    assert f"Nomor: {SHEET_NUMBER}" in texts[0]
    assert line("Tahap") == "Tahap : Sembako Stunting Tahap 3 · September 2025"
    assert line("RW") == "RW : 012"
    assert line("Isi").startswith("Isi paket : Beras premium 10 kg, Minyak goreng 2 L, Gula pasir 1 kg")
    assert line("Jumlah") == "Jumlah penerima : 20 orang"
    assert "Penerima Nomor 1 3674045708800001" in line("Penerima")  # the whole NIK
    assert "KK 3674041203100001" in texts[0]  # the family's KK under it
    assert "Diwakili (nama, hubungan):" in texts[0]
    for number, text in enumerate(texts, start=1):
        # A loose page still says what it belongs to, and the columns' heads stand on it again.
        assert f"Daftar Tanda Terima Bantuan Sembako · RW 012 · Nomor {SHEET_NUMBER}" in text
        assert f"Halaman {number} dari 3" in text
        assert "Tanda tangan / cap jempol" in text
    assert decode_qr(path, tmp_path) == [signed_payload(SHEET_NUMBER)]


def test_a_copy_for_outside_the_office_masks_the_nik_and_says_salinan(tmp_path: Path) -> None:
    path = tmp_path / "salinan.pdf"
    render_signing_sheet(path, _round_sheet(_family_rows(3), full_nik=False, is_copy=True), ISSUER)
    text = flat(page_texts(path)[0])
    assert "SALINAN" in text
    assert "••••••••••••0001" in text
    assert "KK ••••••••••••0001" in text
    assert "3674045708800001" not in text
    assert "3674041203100001" not in text


def test_hostile_text_on_the_round_sheet_prints_as_typed_inside_the_page(tmp_path: Path) -> None:
    hostile = ("Siti <b>Aminah</b> & \u200bNur\u200b > " + "Kusumawardhani " * 10)[:150]
    reason_long = ("Gang <Kenanga> & Melati > RT 003; " * 15)[:500]
    row = SigningSheetRow(hostile, "3674045708850001", reason_long, hostile, family_kk="0000000000000001")
    sheet = _round_sheet((row, *_family_rows(2)), officer_name=hostile, round_name=hostile, place=hostile)
    path = tmp_path / "daftar.pdf"
    render_signing_sheet(path, sheet, ISSUER)
    check_pdf(path)
    text = flat(" ".join(page_texts(path)).replace("\u200b", ""))
    assert flat(hostile.replace("\u200b", "")) in text
    assert flat(reason_long) in text
    assert "0000000000000001" not in text  # a temporary number is never printed as a KK
    assert image_count(path) == 0
    for word in words(path):
        assert word.inside(MARGINS[0], 0, A4_PORTRAIT[0] - MARGINS[1], A4_PORTRAIT[1]), word
