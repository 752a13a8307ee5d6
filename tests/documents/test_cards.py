"""Beneficiary cards: real PDFs read back with qpdf, poppler, zbar and zxing-cpp."""

import base64
import hashlib
import io
import json
import logging
from collections.abc import Sequence
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tangsel_desktop.documents.card_faces import CARD_HEIGHT, CARD_WIDTH, PHOTO
from tangsel_desktop.documents.card_layouts import (
    MARGIN_X,
    MARGIN_Y,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CardLayout,
    RenderCancelled,
    render_calibration_page,
    render_cards,
    slot_origin,
)
from tangsel_desktop.documents.document_models import CardData, Issuer
from tests.documents.conftest import (
    MM,
    Word,
    check_pdf,
    decode_qr,
    flat,
    image_count,
    page_texts,
    run,
    uncompressed,
    words,
)

ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
    head_name="H. Ahmad Syarifuddin, S.Sos.",
)
NIK = "3674045708850001"
CALL_SIGNS = ("Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet")
LONG_NAME = (
    "Raden Mas Haji Muhammad Abdurrahman Wahid Kusumanegara Suryadiningrat Prawirohardjo "
    "binti Siti Aminah Hadiningrat Putri Ayu"
)[:120]
SPECIAL_NAME = 'O\'Neil <Budi> & "Siti" Mc&Co'


def payload(index: int) -> str:
    """Shaped like the signing service's: uppercase alphanumeric, about 175 characters."""
    number = f"KPM/36.74.04.1004/2026/{index:06d}"
    digest = hashlib.sha256(number.encode()).digest()
    signature = base64.b32encode(hashlib.sha512(digest).digest()).decode().rstrip("=")
    return f"TS1:KPM:{number}:{digest[:16].hex().upper()}:{signature}"


def make_card(index: int = 1, **overrides: object) -> CardData:
    values: dict[str, object] = {
        "card_number": f"KPM/36.74.04.1004/2026/{index:06d}",
        "full_name": "Siti Aminah",
        "nik": NIK,
        "kelurahan": "Sawah",
        "rt": "3",
        "rw": "12",
        "programs": ("BPJS Ketenagakerjaan",),
        "qr_payload": payload(index),
    }
    values.update(overrides)
    return CardData(**values)  # type: ignore[arg-type]


def sheet(count: int = 10) -> list[CardData]:
    return [make_card(index + 1, full_name=f"Penerima {CALL_SIGNS[index % 10]}") for index in range(count)]


def render(tmp_path: Path, cards: Sequence[CardData], layout: CardLayout = "a4") -> Path:
    target = tmp_path / f"kartu-{layout}.pdf"
    render_cards(target, cards, ISSUER, layout=layout)
    return target


def exact_page_boxes(path: Path) -> list[list[float]]:
    """Each page's MediaBox as written in the file (pdfinfo rounds to three decimals)."""
    document = json.loads(run("qpdf", "--json", "--json-key=pages", "--json-key=qpdf", path))
    objects = document["qpdf"][1]
    return [objects[f"obj:{page['object']}"]["value"]["/MediaBox"] for page in document["pages"]]


def slot_box(index: int, side: str = "front") -> tuple[float, float, float, float]:
    """The slot as left, top, right, bottom in pdftotext's coordinates (origin at the top left)."""
    x, y = slot_origin(index, "back" if side == "back" else "front")
    return x, PAGE_HEIGHT - y - CARD_HEIGHT, x + CARD_WIDTH, PAGE_HEIGHT - y


def inside_a_card(word: Word, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    return any(word.inside(*box, slack=0.0) for box in boxes)


def render_png(path: Path, tmp_path: Path, page: int, dpi: int) -> Path:
    prefix = tmp_path / f"page-{page}-{dpi}"
    run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile", path, prefix)
    return prefix.with_suffix(".png")


def zxing_codes(png: Path) -> list[str]:
    with Image.open(png) as image:
        codes = zxingcpp.read_barcodes(image)
    assert all(code.format == zxingcpp.BarcodeFormat.QRCode for code in codes)
    return [code.text for code in codes]


# --- files, pages and positions ---------------------------------------------------------------------


def test_a4_sheets_are_valid_a4_pdfs_fronts_then_backs(tmp_path: Path) -> None:
    path = render(tmp_path, sheet(10) + sheet(3))
    check_pdf(path)  # qpdf --check, PrintScaling None, embedded DejaVu only
    boxes = exact_page_boxes(path)
    assert len(boxes) == 4
    for box in boxes:
        assert box[2] == pytest.approx(595.28, abs=0.01)
        assert box[3] == pytest.approx(841.89, abs=0.01)
    texts = [flat(text) for text in page_texts(path)]
    assert "Penerima Alfa" in texts[0]
    assert "bukan alat pembayaran" not in texts[0]
    assert "bukan alat pembayaran" in texts[1]
    assert "Penerima Alfa" not in texts[1]
    assert texts[3].count("Kartu ini bukan alat pembayaran.") == 3  # backs only behind printed cards
    assert "/Duplex /DuplexFlipLongEdge" in uncompressed(path)


def test_cr80_pages_are_exactly_one_card_front_then_back(tmp_path: Path) -> None:
    path = render(tmp_path, sheet(2), layout="cr80")
    check_pdf(path)
    boxes = exact_page_boxes(path)
    assert len(boxes) == 4
    for box in boxes:
        assert box[2] == pytest.approx(85.60 * MM, abs=0.01)
        assert box[3] == pytest.approx(53.98 * MM, abs=0.01)
    texts = [flat(text) for text in page_texts(path)]
    assert "Penerima Alfa" in texts[0]
    assert "Penerima Bravo" in texts[2]
    assert "bukan alat pembayaran" in texts[1]
    assert "bukan alat pembayaran" in texts[3]


def test_the_calibration_page_is_one_a4_page_with_ten_outlines_and_rulers(tmp_path: Path) -> None:
    path = tmp_path / "kalibrasi.pdf"
    assert render_calibration_page(path) == 1
    check_pdf(path)
    (box,) = exact_page_boxes(path)
    assert box[2:] == [pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01)]
    text = flat(page_texts(path)[0])
    assert "Kalibrasi printer kartu" in text
    assert "Kartu 10" in text
    assert "kiri 19,40 mm, atas 13,55 mm dari tepi kertas" in text
    assert "kiri 105,00 mm, atas 229,47 mm dari tepi kertas" in text
    numbers = {word.text for word in words(path)}
    assert {"20", "100", "200", "290"} <= numbers  # the rulers, numbered every centimetre


def test_the_grid_sits_where_the_margins_say() -> None:
    assert pytest.approx(19.40 * MM, abs=0.01) == MARGIN_X
    assert pytest.approx(13.55 * MM, abs=0.01) == MARGIN_Y
    assert slot_origin(0) == pytest.approx((19.40 * MM, PAGE_HEIGHT - 13.55 * MM - CARD_HEIGHT))
    assert slot_origin(1)[0] == pytest.approx(PAGE_WIDTH - 19.40 * MM - CARD_WIDTH)
    assert slot_origin(9)[1] == pytest.approx(13.55 * MM)
    for index in range(10):
        front_x, front_y = slot_origin(index, "front")
        back_x, back_y = slot_origin(index, "back")
        # Turned over about the long edge, left becomes right and rows stay.
        assert back_x == pytest.approx(PAGE_WIDTH - front_x - CARD_WIDTH)
        assert back_y == front_y
        assert back_x == pytest.approx(slot_origin(index ^ 1, "front")[0])


def test_each_front_lands_in_its_slot_and_each_back_behind_it(tmp_path: Path) -> None:
    path = render(tmp_path, sheet(10) + sheet(3))
    found = words(path)
    for index, call_sign in enumerate(CALL_SIGNS):
        (word,) = [word for word in found if word.page == 1 and word.text == call_sign]
        assert word.inside(*slot_box(index), slack=0.0), (call_sign, word)
    # The last sheet holds cards 0-2 (left, right, left): their backs are right, left, right.
    back_titles = [word for word in found if word.page == 4 and word.text == "pembayaran."]
    assert len(back_titles) == 3
    for index in range(3):
        assert sum(word.inside(*slot_box(index, "back"), slack=0.0) for word in back_titles) == 1
    # Unmirrored, the back of card 2 would sit at the left of the second row: nothing may be there.
    assert not any(word.inside(*slot_box(2, "front"), slack=0.0) for word in back_titles)


# --- what the card says -----------------------------------------------------------------------------


def test_the_front_says_who_where_and_which_card_with_the_nik_masked(tmp_path: Path) -> None:
    card = make_card(7, programs=("BPJS Ketenagakerjaan", "Sembako Stunting"), rt="3", rw="12")
    path = render(tmp_path, [card], layout="cr80")
    front, back = (flat(text) for text in page_texts(path))
    assert "Siti Aminah" in front
    assert "••••••••••••0001" in front
    assert NIK not in front + back
    assert "Sawah" in front
    assert "003/012" in front
    assert "KPM/36.74.04.1004/2026/000007" in front
    assert "BPJS Ketenagakerjaan, Sembako Stunting" in front
    assert "Kota Tangerang Selatan" in front
    assert "Kelurahan Sawah, Kecamatan Ciputat" in front
    assert "SALINAN" not in front
    assert "Kartu ini bukan alat pembayaran." in back
    assert "Informasi dan pengaduan: Kantor Kelurahan Sawah, telp. (021) 7490000" in back
    assert "Jika menemukan kartu ini, kembalikan ke Kelurahan Sawah, Kecamatan Ciputat" in back
    assert "Lurah," in back
    assert "H. Ahmad Syarifuddin, S.Sos." in back


def test_the_full_nik_only_when_asked_and_a_copy_says_salinan(tmp_path: Path) -> None:
    path = render(tmp_path, [make_card(show_full_nik=True, is_copy=True, programs=())], layout="cr80")
    front = flat(page_texts(path)[0])
    assert NIK in front
    assert "SALINAN" in front
    # No program: a dash under the label, not an empty space that looks like a printing fault.
    (label,) = [word for word in words(path) if word.page == 1 and word.text == "PROGRAM"]
    (dash,) = [word for word in words(path) if word.page == 1 and word.text == "—"]
    assert dash.x0 == pytest.approx(label.x0, abs=0.5)
    assert 0 < dash.top - label.bottom < 3


@pytest.mark.parametrize("nik", ["", "0000000000001234", "36740457"])
def test_no_nik_or_a_temporary_number_never_prints_as_a_nik(tmp_path: Path, nik: str) -> None:
    for show_full_nik in (False, True):
        path = render(tmp_path, [make_card(nik=nik, show_full_nik=show_full_nik)], layout="cr80")
        found = [word for word in words(path) if word.page == 1]
        (label,) = [word for word in found if word.text == "NIK"]
        under = [word for word in found if abs(word.x0 - label.x0) < 0.5 and 0 < word.top - label.bottom < 3]
        assert [word.text for word in under] == ["—"]
        if nik:
            assert nik[-4:] not in flat(page_texts(path)[0])


@pytest.mark.parametrize("layout", ["a4", "cr80"])
@pytest.mark.parametrize("name", [LONG_NAME, SPECIAL_NAME, "Nur", "A" * 150, "Bambang " * 40])
def test_every_word_stays_inside_its_card(tmp_path: Path, layout: CardLayout, name: str) -> None:
    cards = [make_card(1, full_name=name, kelurahan="Lengkong Gudang Timur"), *sheet(2)]
    path = render(tmp_path, cards, layout=layout)
    inset = 1.0 * MM  # clear of the edge, which a cutter may nick
    if layout == "a4":
        cards_on_page = {
            1: [slot_box(index) for index in range(3)],
            2: [slot_box(i, "back") for i in range(3)],
        }
    else:
        cards_on_page = {page: [(0.0, 0.0, CARD_WIDTH, CARD_HEIGHT)] for page in range(1, 7)}
    found = words(path)
    assert {word.page for word in found} == set(cards_on_page)
    for word in found:
        boxes = [
            (left + inset, top + inset, right - inset, bottom - inset)
            for left, top, right, bottom in cards_on_page[word.page]
        ]
        assert inside_a_card(word, boxes), word


def test_a_120_character_name_prints_whole_and_special_characters_exactly(tmp_path: Path) -> None:
    assert len(LONG_NAME) == 120
    path = render(tmp_path, [make_card(1, full_name=LONG_NAME), make_card(2, full_name=SPECIAL_NAME)], "cr80")
    texts = [flat(text) for text in page_texts(path)]
    assert LONG_NAME in texts[0]
    assert "…" not in texts[0]
    assert SPECIAL_NAME in texts[2]


def test_a_name_too_long_for_three_lines_ends_in_an_ellipsis_inside_the_card(tmp_path: Path) -> None:
    path = render(tmp_path, [make_card(full_name="Bambang " * 40)], "cr80")
    front = flat(page_texts(path)[0])
    assert "Bambang Bambang" in front
    assert "…" in front


# --- QR codes ---------------------------------------------------------------------------------------


def test_all_ten_codes_on_a_sheet_scan_with_zbar_and_zxing_at_300_dpi(tmp_path: Path) -> None:
    cards = sheet(10)
    path = render(tmp_path, cards)
    expected = sorted(card.qr_payload or "" for card in cards)
    assert sorted(decode_qr(path, tmp_path, page=1, dpi=300)) == expected
    assert sorted(zxing_codes(render_png(path, tmp_path, 1, 300))) == expected
    assert decode_qr(path, tmp_path, page=2, dpi=300) == []  # the backs carry none


def test_a_card_printer_code_scans_and_no_payload_means_no_code(tmp_path: Path) -> None:
    path = render(tmp_path, [make_card(5), make_card(6, qr_payload=None)], layout="cr80")
    assert decode_qr(path, tmp_path, page=1, dpi=300) == [payload(5)]
    assert zxing_codes(render_png(path, tmp_path, 1, 300)) == [payload(5)]
    assert decode_qr(path, tmp_path, page=3, dpi=300) == []


# --- photos -----------------------------------------------------------------------------------------

RED = (220, 30, 40)


def photo_bytes(image_format: str, size: tuple[int, int] = (120, 160), exif_rotated: bool = False) -> bytes:
    image = Image.new("RGB", size, RED)
    buffer = io.BytesIO()
    if exif_rotated:
        exif = Image.Exif()
        exif[0x0112] = 6  # "rotate 90° clockwise to view": what a phone held upright writes
        image.save(buffer, image_format, exif=exif)
    else:
        image.save(buffer, image_format)
    return buffer.getvalue()


def photo_centre_colour(path: Path, tmp_path: Path) -> tuple[int, ...]:
    dpi = 100
    png = render_png(path, tmp_path, 1, dpi)
    x, y, width, height = PHOTO
    with Image.open(png) as image:
        pixel = image.convert("RGB").getpixel(
            (round((x + width / 2) * dpi / 72), round((CARD_HEIGHT - y - height / 2) * dpi / 72))
        )
    assert isinstance(pixel, tuple)
    return pixel


def is_red(colour: tuple[int, ...]) -> bool:
    return colour[0] > 180 and colour[1] < 80 and colour[2] < 90


def test_a_missing_photo_leaves_the_placeholder(tmp_path: Path) -> None:
    path = render(tmp_path, [make_card(photo=None)], layout="cr80")
    assert "FOTO" in page_texts(path)[0]
    assert image_count(path) == 0
    assert not is_red(photo_centre_colour(path, tmp_path))


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_a_photo_is_drawn_in_the_box(tmp_path: Path, image_format: str) -> None:
    path = render(tmp_path, [make_card(photo=photo_bytes(image_format))], layout="cr80")
    assert "FOTO" not in page_texts(path)[0]
    assert image_count(path) == 1
    assert is_red(photo_centre_colour(path, tmp_path))


def test_a_large_sideways_phone_photo_is_turned_upright_and_scaled_down(tmp_path: Path) -> None:
    photo = photo_bytes("JPEG", size=(2400, 1800), exif_rotated=True)
    path = render(tmp_path, [make_card(photo=photo)], layout="cr80")
    listing = run("pdfimages", "-list", path).splitlines()[2:]
    assert len(listing) == 1
    width, height = (int(value) for value in listing[0].split()[3:5])
    assert (width, height) == (480, 640)  # upright (portrait) and no larger than the box needs
    assert is_red(photo_centre_colour(path, tmp_path))


def test_a_broken_photo_gets_the_placeholder_and_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        path = render(tmp_path, [make_card(photo=b"bukan gambar")], layout="cr80")
    assert "FOTO" in page_texts(path)[0]
    assert "Foto kartu tidak dapat dibaca" in caplog.text


# --- progress, cancelling, targets ------------------------------------------------------------------


def test_progress_follows_every_card(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    pages = render_cards(
        tmp_path / "k.pdf", sheet(10) + sheet(3), ISSUER, progress=lambda *call: calls.append(call)
    )
    assert pages == 4
    assert calls == [(done, 13) for done in range(14)]


def test_cancelling_raises_and_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "kartu.pdf"
    target.write_bytes(b"the earlier file")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(RenderCancelled):
        render_cards(target, sheet(10), ISSUER, cancelled=cancelled)
    assert target.read_bytes() == b"the earlier file"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kartu.pdf"]


def test_a_cancelled_first_print_leaves_no_file_at_all(tmp_path: Path) -> None:
    with pytest.raises(RenderCancelled):
        render_cards(tmp_path / "kartu.pdf", sheet(3), ISSUER, layout="cr80", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_stream_target_and_the_refusals(tmp_path: Path) -> None:
    stream = io.BytesIO()
    assert render_cards(stream, sheet(1), ISSUER, layout="cr80") == 2
    assert stream.getvalue().startswith(b"%PDF-")
    with pytest.raises(ValueError, match="at least one card"):
        render_cards(io.BytesIO(), [], ISSUER)
    with pytest.raises(ValueError, match="unknown card layout"):
        render_cards(io.BytesIO(), sheet(1), ISSUER, layout="a5")  # type: ignore[arg-type]


def test_what_every_card_shares_is_drawn_once_and_placed_by_reference(tmp_path: Path) -> None:
    path = render(tmp_path, sheet(10) * 3)
    content = uncompressed(path)
    # The front's frame and labels, the back, the photo placeholder: three forms for 30 cards.
    assert content.count("/Subtype /Form") == 3
