"""Daftar tanda terima: 40 recipients over several pages, the header row and page count on each."""

import itertools
from datetime import date
from pathlib import Path

from tangsel_desktop.documents.document_models import Issuer, SigningSheetData, SigningSheetRow
from tangsel_desktop.documents.signing_sheets import COLUMNS, MARGINS, ROW_HEIGHT, render_signing_sheet
from tests.documents.conftest import (
    A4_PORTRAIT,
    assert_page_size,
    check_pdf,
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
