"""Sembako handover receipts: the round, the family, priced items, the chosen mark, BATAL, hostile text."""

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tangsel_desktop.documents.document_models import Issuer, ReceiptData, ReceiptItem
from tangsel_desktop.documents.receipts import MARGINS, PAGE, render_receipts
from tangsel_desktop.domain.months import YearMonth
from tests.bench.bench_receipts import signed_payload
from tests.documents.conftest import (
    MM,
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
NUMBER = "TTS/36.74.04.1004/2025/000123"
ITEMS = (
    ReceiptItem("Beras premium", "10", "kg", 14_000),
    ReceiptItem("Minyak goreng", "2,5", "L", 18_000),  # 45.000: a decimal quantity, as Indonesian writes it
    ReceiptItem("Telur ayam", "1", "kg", 28_000),
)
SEMBAKO = ReceiptData(
    number=NUMBER,
    handed_on=date(2025, 9, 23),
    place="Tangerang Selatan",
    recipient_name="Siti Aminah",
    recipient_nik="3674045708850001",
    recipient_address="Jl. Mawar No. 5, Kelurahan Sawah",
    items=ITEMS,
    officer_name="Rudi Hartono",
    program="Bantuan Sembako Keluarga Risiko Stunting",
    proxy_name="Budi Santoso",
    proxy_relationship="Anak",
    proxy_nik="3674041508900002",
    qr_payload=signed_payload(NUMBER),
    round_name="Sembako Stunting Tahap 3",
    round_month=YearMonth(2025, 9),
    family_kk="3674041203150007",
    rt="003",
    rw="012",
    mark="thumbprint",
    handed_at=datetime(2025, 9, 23, 2, 41, tzinfo=UTC),
)
ZERO_WIDTH = "\u200b"
HOSTILE_NAME = (f"Siti <b>Aminah</b> & {ZERO_WIDTH}Nur{ZERO_WIDTH} > 'x' \"y\" " + "Kusumawardhani " * 9)[
    :150
]
HOSTILE_REASON = ("Keluarga tercatat dua kali <script>alert(1)</script> & KK ganda > 1; " * 8)[:500]


@pytest.fixture
def jakarta_time() -> Iterator[None]:
    """The laptops of Tangsel keep WIB; the receipt prints the laptop's local time."""
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _render(tmp_path: Path, *receipts: ReceiptData, name: str = "tanda-terima.pdf") -> Path:
    path = tmp_path / name
    render_receipts(path, receipts or (SEMBAKO,), ISSUER)
    check_pdf(path)
    return path


def _visible(text: str) -> str:
    return flat(text.replace(ZERO_WIDTH, ""))


def test_a_sembako_receipt_reads_back_whole_on_one_page(tmp_path: Path, jakarta_time: None) -> None:
    path = _render(tmp_path)
    pages = page_texts(path)
    assert len(pages) == 1
    text = flat(pages[0])
    for expected in (
        "Selasa, 23 September 2025, pukul 09.41 WIB",
        "Tahap : Sembako Stunting Tahap 3 · September 2025",
        "No. KK : 3674041203150007",
        "NIK : 3674045708850001",
        "RT / RW : RT 003 / RW 012",
        "Diwakili oleh : Budi Santoso (Anak), NIK 3674041508900002",
        "Harga satuan",
        "Rp14.000 Rp140.000",
        "2,5 L Rp18.000 Rp45.000",
        "Nilai satu paket Rp213.000",
        "Terbilang: dua ratus tiga belas ribu rupiah",
        "CAP JEMPOL DI SINI",
        "Penerima memberi cap jempol di kotak bergaris tebal.",
        "atas nama Siti Aminah",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected


def test_the_signed_payload_scans_from_the_printed_page(tmp_path: Path) -> None:
    assert decode_qr(_render(tmp_path), tmp_path) == [signed_payload(NUMBER)]


def test_a_given_package_value_wins_over_the_sum_of_its_lines(tmp_path: Path) -> None:
    text = flat(page_texts(_render(tmp_path, replace(SEMBAKO, package_value=250_000)))[0])
    assert "Nilai satu paket Rp250.000" in text
    assert "dua ratus lima puluh ribu rupiah" in text


def test_an_item_without_a_price_leaves_the_total_to_the_service(tmp_path: Path) -> None:
    items = (*ITEMS, ReceiptItem("Sabun", "1", "batang"))
    text = flat(page_texts(_render(tmp_path, replace(SEMBAKO, items=items)))[0])
    assert "Sabun 1 batang" in text
    assert "Nilai satu paket" not in text
    assert "Terbilang" not in text


def _heavy_rectangles(path: Path) -> list[tuple[float, float]]:
    """The sizes in mm of rectangles stroked with the chosen box's 2.4 pt line."""
    found = re.findall(r"2\.4 w\s+(?:\S+ )*?[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+) re", uncompressed(path))
    return [(round((float(w) + 2.4) / MM, 1), round((float(h) + 2.4) / MM, 1)) for w, h in found]


def test_the_recorded_mark_gets_the_heavy_box_and_the_other_a_faint_one(tmp_path: Path) -> None:
    thumb = _render(tmp_path, SEMBAKO, name="jempol.pdf")
    assert _heavy_rectangles(thumb) == [(25.0, 30.0)]  # the thumb box keeps its 25 x 30 mm
    assert "[2 2] 0 d" in uncompressed(thumb)  # the unused signature box is dashed

    signed = _render(tmp_path, replace(SEMBAKO, mark="signature"), name="ttd.pdf")
    assert _heavy_rectangles(signed) == [(48.0, 30.0)]
    text = flat(page_texts(signed)[0])
    assert "TANDA TANGAN DI SINI" in text
    assert "CAP JEMPOL DI SINI" not in text

    blank = _render(tmp_path, replace(SEMBAKO, mark=None), name="kosong.pdf")
    assert _heavy_rectangles(blank) == []
    assert "[2 2] 0 d" not in uncompressed(blank)
    assert "Isi salah satu: tanda tangan atau cap jempol." in flat(page_texts(blank)[0])


def test_a_voided_handover_reprints_as_batal_with_its_reason(tmp_path: Path, jakarta_time: None) -> None:
    void = replace(
        SEMBAKO,
        is_void=True,
        void_reason="Keluarga tercatat dua kali",
        voided_by="Hj. Siti Rahmah",
        voided_at=datetime(2025, 9, 24, 3, 0, tzinfo=UTC),
    )
    path = _render(tmp_path, void)
    pages = page_texts(path)
    assert len(pages) == 1  # a short reason keeps the receipt on its one page
    text = flat(pages[0])
    assert "BATAL" in text  # the watermark
    assert "DIBATALKAN: tanda terima ini tidak berlaku." in text
    assert "Alasan: Keluarga tercatat dua kali" in text
    assert "Dibatalkan oleh Hj. Siti Rahmah pada 24 September 2025 pukul 10.00 WIB." in text
    assert f"Tanda terima Nomor {NUMBER} · BATAL" in text
    assert "Siti Aminah" in text  # what was voided stays legible
    assert "SALINAN" not in text


def test_a_reprint_of_a_voided_receipt_says_both(tmp_path: Path) -> None:
    text = flat(page_texts(_render(tmp_path, replace(SEMBAKO, is_void=True, is_copy=True)))[0])
    assert "BATAL" in text
    assert "SALINAN" in text
    assert "Alasan: (tidak dicatat)" in text


def test_hostile_names_and_a_500_character_reason_print_as_typed_inside_the_page(tmp_path: Path) -> None:
    assert len(HOSTILE_NAME) == 150
    assert len(HOSTILE_REASON) == 500
    receipt = replace(
        SEMBAKO,
        recipient_name=HOSTILE_NAME,
        proxy_name=HOSTILE_NAME,
        proxy_relationship="<Tetangga> & teman",
        recipient_address=HOSTILE_NAME,
        officer_name=HOSTILE_NAME,
        round_name=HOSTILE_NAME,
        items=(ReceiptItem(HOSTILE_NAME, "1", "<paket>", 10_000), *ITEMS),
        is_void=True,
        void_reason=HOSTILE_REASON,
        voided_by=HOSTILE_NAME,
    )
    path = _render(tmp_path, receipt)
    text = _visible(" ".join(page_texts(path)))
    assert _visible(HOSTILE_NAME) in text
    assert _visible(HOSTILE_REASON) in text
    assert "<Tetangga> & teman" in text
    assert image_count(path) == 0
    left, right = MARGINS[0], PAGE[0] - MARGINS[1]
    for word in words(path):
        if word.height < 40:  # the BATAL watermark's letters cross the page on purpose
            assert word.inside(left, 0, right, PAGE[1]), word


def test_a_receipt_without_the_sembako_fields_prints_none_of_their_lines(tmp_path: Path) -> None:
    plain = ReceiptData(
        number="TT/2025/000001",
        handed_on=date(2025, 9, 23),
        place="Tangerang Selatan",
        recipient_name="Siti Aminah",
        recipient_nik="3674045708850001",
        recipient_address="Jl. Mawar No. 5",
        items=(ReceiptItem("Kursi roda", "1", "unit"),),
        officer_name="Rudi Hartono",
    )
    text = flat(page_texts(_render(tmp_path, plain))[0])
    for absent in (
        "Tahap",
        "No. KK",
        "RT / RW",
        "Pukul",
        "pukul",
        "Harga",
        "Nilai",
        "Terbilang",
        "BATAL",
        "DI SINI",
    ):
        assert absent not in text, absent
    assert "Isi salah satu: tanda tangan atau cap jempol." in text


def test_forty_priced_items_continue_with_the_header_and_the_total_is_never_alone(tmp_path: Path) -> None:
    items = tuple(ReceiptItem(f"Barang nomor {n}", "1", "buah", 1_000) for n in range(1, 41))
    path = _render(tmp_path, replace(SEMBAKO, items=items))
    pages = [flat(text) for text in page_texts(path)]
    assert len(pages) == 2
    assert all("Harga satuan" in page for page in pages)
    assert "Nilai satu paket Rp40.000" in pages[1]
    assert "Barang nomor 40" in pages[1]
    assert "Halaman 2 dari 2" in pages[1]


def test_a_batch_draws_what_its_receipts_share_once(tmp_path: Path) -> None:
    """Letterhead, item list and signature boxes are forms drawn once: 50 receipts, a handful of forms,
    and every page still shows them."""
    batch = [
        replace(SEMBAKO, number=f"TTS/2025/{n:06d}", qr_payload=signed_payload(f"TTS/2025/{n:06d}"))
        for n in range(50)
    ]
    path = _render(tmp_path, *batch)
    assert len(re.findall(r"/Subtype /Form", uncompressed(path))) <= 4
    pages = [flat(text) for text in page_texts(path)]
    assert len(pages) == 50
    for number, page in enumerate(pages):
        assert f"TTS/2025/{number:06d}" in page
        assert "KELURAHAN SAWAH, KECAMATAN CIPUTAT" in page
        assert "Nilai satu paket Rp213.000" in page
        assert "CAP JEMPOL DI SINI" in page
    assert decode_qr(path, tmp_path, page=37) == [signed_payload("TTS/2025/000036")]


def test_an_absurdly_long_address_breaks_across_pages_instead_of_failing(tmp_path: Path) -> None:
    address = " ".join(f"Gang{n}" for n in range(1, 1501))  # some 11,000 characters pasted by mistake
    path = _render(tmp_path, replace(SEMBAKO, recipient_address=address))
    pages = page_texts(path)
    assert len(pages) >= 3
    text = flat(" ".join(pages))
    found = [int(number) for number in re.findall(r"\bGang(\d+)\b", text)]
    assert found == list(range(1, 1501))  # every piece once, in order
    assert f"Halaman {len(pages)} dari {len(pages)}" in text
