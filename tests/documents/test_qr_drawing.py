"""QR codes: the matrix zxing-cpp encodes, the one path drawn from it, and scanning the printed result."""

import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from tangsel_desktop.documents.pdf_output import PrintCanvas
from tangsel_desktop.documents.qr_drawing import QUIET_ZONE, draw_qr, qr_matrix, qr_path_operators
from tests.documents.conftest import decode_qr, run, uncompressed
from tests.documents.test_cards import payload

RECTANGLE = re.compile(r"^(\d+) (\d+) (\d+) 1 re$", flags=re.MULTILINE)
PAYLOADS = (
    "TS1:KPM:KPM/36.74.04.1004/2026/000001",
    payload(123),  # about 175 characters, as the signing service writes them
    payload(9) + ":" + "X" * 24,  # about 200
)


def matrix_image(side: int, modules: bytes, scale: int = 4) -> Image.Image:
    """The bare matrix with a white quiet zone, upscaled: what a perfect printer would print."""
    image = Image.new("L", (side + 2 * QUIET_ZONE, side + 2 * QUIET_ZONE), 255)
    image.paste(Image.frombytes("L", (side, side), modules), (QUIET_ZONE, QUIET_ZONE))
    return image.resize((image.width * scale, image.height * scale), Image.Resampling.NEAREST)


def single_qr_pdf(tmp_path: Path, text: str, size: float, *, background: str | None = None) -> Path:
    path = tmp_path / "qr.pdf"
    canvas = PrintCanvas(str(path), pagesize=(size + 40, size + 40))
    if background is not None:
        canvas.setFillColor(HexColor(background))
        canvas.rect(0, 0, size + 40, size + 40, stroke=0, fill=1)
    draw_qr(canvas, text, 20, 20, size)
    canvas.save()
    return path


@pytest.mark.parametrize("text", PAYLOADS)
def test_the_matrix_decodes_to_the_payload_at_error_correction_m(text: str) -> None:
    side, modules = qr_matrix(text)
    assert len(modules) == side * side
    assert set(modules) <= {0, 255}
    (code,) = zxingcpp.read_barcodes(matrix_image(side, modules))
    assert code.text == text
    assert code.ec_level == "M"


def test_the_signed_payload_fits_version_7() -> None:
    side, _ = qr_matrix(payload(123))
    assert side == 45  # 0.38 mm modules at 20 mm with the quiet zone: 4.4 pixels at 300 dpi


def test_the_rectangles_cover_exactly_the_dark_modules_once() -> None:
    side, modules = qr_matrix(payload(55))
    covered = bytearray(b"\xff" * (side * side))
    for found in RECTANGLE.findall(qr_path_operators(side, modules)):
        x, y, width = (int(value) for value in found)
        for column in range(x, x + width):
            assert covered[y * side + column] == 255, "two rectangles overlap"
            covered[y * side + column] = 0
    assert bytes(covered) == modules


def test_the_modules_are_one_filled_path(tmp_path: Path) -> None:
    text = payload(77)
    path = single_qr_pdf(tmp_path, text, 20 * mm)
    content = uncompressed(path)
    side, modules = qr_matrix(text)
    rectangles = RECTANGLE.findall(content)
    assert len(rectangles) == qr_path_operators(side, modules).count(" re")
    # Every rectangle comes before the one fill that paints them: no fill or stroke in between.
    after_first = content[content.index(" 1 re") :]
    operators = re.findall(r"^(?:f|f\*|S|B|b)$", after_first, flags=re.MULTILINE)
    assert operators == ["f"]
    assert max(int(y) for _, y, _ in rectangles) == side - 1


def test_the_quiet_zone_is_white_even_on_a_coloured_background(tmp_path: Path) -> None:
    text = payload(31)
    size = 20 * mm
    path = single_qr_pdf(tmp_path, text, size, background="#0B5563")
    dpi = 300
    prefix = tmp_path / "page"
    run("pdftoppm", "-r", str(dpi), "-png", "-singlefile", path, prefix)
    with Image.open(prefix.with_suffix(".png")) as page:
        grey = page.convert("L")
    pixels, width = grey.tobytes(), grey.width
    side, _ = qr_matrix(text)
    module = size / (side + 2 * QUIET_ZONE) * dpi / 72
    left = round(20 * dpi / 72)
    top = grey.height - round((20 + size) * dpi / 72)
    right, bottom = left + round(size * dpi / 72), grey.height - round(20 * dpi / 72)
    margin = round(QUIET_ZONE * module / 2)  # the middle of the quiet zone, on all four sides
    ring = [(x, top + margin) for x in range(left + margin, right - margin)]
    ring += [(x, bottom - margin) for x in range(left + margin, right - margin)]
    ring += [(left + margin, y) for y in range(top + margin, bottom - margin)]
    ring += [(right - margin, y) for y in range(top + margin, bottom - margin)]
    assert min(pixels[y * width + x] for x, y in ring) > 245
    assert pixels[(top - 5) * width + left] < 150  # the background does reach the code
    assert decode_qr(path, tmp_path) == [text]


@pytest.mark.parametrize("text", PAYLOADS)
@pytest.mark.parametrize("size_mm", [17.0, 20.0])
def test_codes_scan_at_printed_size_from_a_300_dpi_render(tmp_path: Path, text: str, size_mm: float) -> None:
    path = single_qr_pdf(tmp_path, text, size_mm * mm)
    assert decode_qr(path, tmp_path, dpi=300) == [text]
    prefix = tmp_path / "zxing"
    run("pdftoppm", "-r", "300", "-png", "-singlefile", path, prefix)
    with Image.open(prefix.with_suffix(".png")) as image:
        assert [code.text for code in zxingcpp.read_barcodes(image)] == [text]


def test_runs_split_between_stretches_print_without_a_seam(tmp_path: Path) -> None:
    """The operators split runs every 8 modules; the abutting rectangles must fill as one."""
    side = 20
    operators = qr_path_operators(side, b"\x00" * (side * side))
    assert operators.count(" re") == side * 3  # 8 + 8 + 4 modules a row
    path = tmp_path / "solid.pdf"
    canvas = PrintCanvas(str(path), pagesize=(100, 100))
    canvas.transform(3.3, 0, 0, -3.3, 10, 90)  # odd module size: edges fall between pixels
    canvas.addLiteral(operators + "\nf")
    canvas.save()
    prefix = tmp_path / "solid"
    run("pdftoppm", "-r", "300", "-png", "-singlefile", path, prefix)
    with Image.open(prefix.with_suffix(".png")) as page:
        grey = page.convert("L")
        scale = 300 / 72
        inside = grey.crop((round(12 * scale), round(12 * scale), round(74 * scale), round(74 * scale)))
        assert inside.getextrema() == (0, 0)


def test_the_same_payload_is_encoded_once() -> None:
    qr_matrix.cache_clear()
    text = payload(5)
    assert qr_matrix(text) is qr_matrix(text)
    assert qr_matrix.cache_info().hits == 1
