"""Tanda terima: a real PDF read back; boxes of the right size; user text as typed, inside its box."""

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.documents.document_models import Issuer, ReceiptData, ReceiptItem
from tangsel_desktop.documents.receipts import MARGINS, PAGE, render_receipts
from tests.documents.conftest import (
    A4_PORTRAIT,
    MM,
    assert_page_size,
    check_pdf,
    decode_qr,
    flat,
    image_count,
    page_texts,
    uncompressed,
    words,
)

ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
)
RECEIPT = ReceiptData(
    number="TT/36.74.04.1004/2025/000123",
    handed_on=date(2025, 9, 23),
    place="Tangerang Selatan",
    recipient_name="Siti Aminah",
    recipient_nik="3674045708850001",
    recipient_address="Jl. Mawar No. 5, RT 003/RW 012, Kelurahan Sawah",
    items=(
        ReceiptItem("Beras premium", "10", "kg"),
        ReceiptItem("Minyak goreng", "2,5", "L"),
        ReceiptItem("Mi instan", "10", "bungkus"),
    ),
    officer_name="Rudi Hartono",
    program="Bantuan Sembako Keluarga Risiko Stunting",
    proxy_name="Budi Santoso",
    proxy_relationship="Anak",
    qr_payload="TT-2025-000123",
)
LONG_NAME = (
    "Raden Ajeng Sitti Nurhaliza Kusumawardhani Prameswari Cahyaningrum Dewi Sekartaji "
    "Ayu Larasati Putri Handayani Wulandari"
)
TRICKY_ADDRESS = 'Jl. <Mawar> & "Melati" No. 5 \'B\', RT 003/RW 012 <img src="/etc/passwd">'
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]


def _render(tmp_path: Path, *receipts: ReceiptData) -> Path:
    path = tmp_path / "tanda-terima.pdf"
    render_receipts(path, receipts or (RECEIPT,), ISSUER)
    return path


def test_one_a4_portrait_page_per_receipt(tmp_path: Path) -> None:
    path = tmp_path / "batch.pdf"
    pages = render_receipts(path, [RECEIPT, replace(RECEIPT, number="TT/2025/000124")], ISSUER)
    check_pdf(path)
    assert pages == 2
    assert_page_size(path, A4_PORTRAIT)
    first, second = page_texts(path)
    assert "TT/36.74.04.1004/2025/000123" in first
    assert "TT/2025/000124" in second
    # Each filed page numbers its own receipt, not the batch.
    assert "Halaman 1 dari 1" in first
    assert "Halaman 1 dari 1" in second


def test_everything_a_handover_needs_reads_back(tmp_path: Path) -> None:
    text = flat(page_texts(_render(tmp_path))[0])
    for expected in (
        "TANDA TERIMA BARANG",
        "Nomor: TT/36.74.04.1004/2025/000123",
        "Selasa, 23 September 2025",
        "KELURAHAN SAWAH, KECAMATAN CIPUTAT",
        "Siti Aminah",
        "3674045708850001",  # the whole NIK: a receipt is an official handover record
        "Jl. Mawar No. 5, RT 003/RW 012, Kelurahan Sawah",
        "Diwakili oleh : Budi Santoso (Anak)",
        "atas nama Siti Aminah",
        "Bantuan Sembako Keluarga Risiko Stunting",
        "Rudi Hartono",
        "Tangerang Selatan, 23 September 2025",
        "Tanda tangan",
        "Cap jempol",
    ):
        assert expected in text, expected
    for item in RECEIPT.items:
        assert re.search(rf"{re.escape(item.name)}\s+{re.escape(item.quantity)}\s+{item.unit}", text)
    assert "SALINAN" not in text


def test_without_proxy_the_recipient_signs(tmp_path: Path) -> None:
    text = flat(page_texts(_render(tmp_path, replace(RECEIPT, proxy_name=None)))[0])
    assert "Diwakili" not in text
    assert "atas nama" not in text


@pytest.mark.parametrize("stand_in", ["", "0000000000000042", "36740457"])
def test_no_nik_or_a_temporary_number_is_never_printed_as_a_nik(tmp_path: Path, stand_in: str) -> None:
    text = flat(page_texts(_render(tmp_path, replace(RECEIPT, recipient_nik=stand_in)))[0])
    assert "NIK : – Alamat" in text
    if stand_in:
        assert stand_in not in text


def test_a_copy_says_salinan(tmp_path: Path) -> None:
    assert "SALINAN" in page_texts(_render(tmp_path, replace(RECEIPT, is_copy=True)))[0]


def test_the_qr_decodes_at_300_dpi(tmp_path: Path) -> None:
    assert decode_qr(_render(tmp_path), tmp_path) == ["TT-2025-000123"]


def test_thumbprint_box_is_25_by_30_mm(tmp_path: Path) -> None:
    rectangles = re.findall(r"([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+) re\b", uncompressed(_render(tmp_path)))
    sizes = {(round(float(w) / MM, 1), round(float(h) / MM, 1)) for _, _, w, h in rectangles}
    assert (25.0, 30.0) in sizes  # cap jempol
    assert (48.0, 30.0) in sizes  # the recipient's signature


def test_long_name_and_marked_up_address_stay_inside_and_come_back_exactly(tmp_path: Path) -> None:
    assert len(LONG_NAME) == 120
    receipt = replace(RECEIPT, recipient_name=LONG_NAME, recipient_address=TRICKY_ADDRESS, proxy_name=None)
    path = _render(tmp_path, receipt)
    text = flat(page_texts(path)[0])
    assert LONG_NAME in text
    assert TRICKY_ADDRESS in text
    assert image_count(path) == 0  # the <img> stayed text and opened no file

    left = MARGINS[0]
    value_column = (left + 38 * MM, left + WIDTH)  # right of "Nama penerima :"
    signature_column = (left, left + WIDTH / 2)  # "Yang menerima," and the name under the boxes
    all_words = words(path)
    for word in (w for w in all_words if w.text in LONG_NAME.split()):
        assert any(word.inside(x0, 0, x1, PAGE[1]) for x0, x1 in (value_column, signature_column)), (
            f"{word} leaves its box"
        )
    address_words = [w for w in all_words if w.text in {"<Mawar>", '"Melati"', 'src="/etc/passwd">'}]
    assert len(address_words) == 3
    for word in address_words:
        assert word.inside(*value_column[:1], 0, value_column[1], PAGE[1]), word


def test_a_name_without_spaces_still_breaks_inside_its_cell(tmp_path: Path) -> None:
    receipt = replace(RECEIPT, recipient_name="A" * 120, proxy_name=None)
    path = _render(tmp_path, receipt)
    for word in words(path):
        assert word.inside(MARGINS[0], 0, PAGE[0] - MARGINS[1], PAGE[1]), word


def test_many_items_continue_on_a_second_page_with_the_header_again(tmp_path: Path) -> None:
    items = tuple(ReceiptItem(f"Barang nomor {n}", str(n), "buah") for n in range(1, 41))
    path = tmp_path / "panjang.pdf"
    assert render_receipts(path, [replace(RECEIPT, items=items)], ISSUER) == 2
    first, second = page_texts(path)
    assert "Nama barang" in first
    assert "Nama barang" in second
    assert "Halaman 1 dari 2" in first
    assert "Halaman 2 dari 2" in second
    assert "Barang nomor 40" in second
    assert "Cap jempol" in second


def test_a_stream_target_gets_the_pdf(tmp_path: Path) -> None:
    stream = io.BytesIO()
    assert render_receipts(stream, [RECEIPT], ISSUER) == 1
    assert stream.getvalue().startswith(b"%PDF-")


def test_a_failed_render_leaves_the_earlier_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "tanda-terima.pdf"
    path.write_bytes(b"earlier")
    broken = replace(RECEIPT, items=(ReceiptItem("Beras", None, "kg"),))  # type: ignore[arg-type]
    with pytest.raises((TypeError, AttributeError)):
        render_receipts(path, [broken], ISSUER)
    assert path.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["tanda-terima.pdf"]


def test_nothing_to_print_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tidak ada"):
        render_receipts(tmp_path / "kosong.pdf", [], ISSUER)
