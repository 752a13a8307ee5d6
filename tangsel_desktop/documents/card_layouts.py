"""Cards on paper: A4 sheets of ten for duplex office printers, one card per page for card printers."""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from tangsel_desktop.documents.card_faces import CARD_HEIGHT, CARD_WIDTH, CORNER_RADIUS, CardPainter
from tangsel_desktop.documents.document_models import CardData, Issuer
from tangsel_desktop.documents.fonts import BOLD, REGULAR
from tangsel_desktop.documents.pdf_output import PrintCanvas, without_ascii85, write_pdf
from tangsel_desktop.documents.text_fitting import draw_fitted, fit_block, fit_text

CardLayout = Literal["a4", "cr80"]
Side = Literal["front", "back"]

COLUMNS, ROWS = 2, 5
CARDS_PER_SHEET = COLUMNS * ROWS
PAGE_WIDTH, PAGE_HEIGHT = A4
# 2 x 85.60 mm + 2 x 19.40 mm = 210 mm and 5 x 53.98 mm + 2 x 13.55 mm = 297 mm: the cards touch, so
# one guillotine cut serves two cards, and the margins are wide enough for any office printer.
MARGIN_X = (PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2
MARGIN_Y = (PAGE_HEIGHT - ROWS * CARD_HEIGHT) / 2
CROP_GAP = 2.0 * mm  # crop marks stop short of the card, so a cut a hair off does not leave a black line
CROP_LENGTH = 8.0 * mm
CUT_GUIDE = HexColor("#C9D1D6")


class RenderCancelled(Exception):
    """The clerk cancelled; nothing was written to the target path."""


def slot_origin(index: int, side: Side = "front") -> tuple[float, float]:
    """Lower-left corner of the card in slot index (0-9, left to right, top to bottom) on an A4 page.

    Backs are mirrored left-right. Printed duplex with the long edge as the binding, the sheet turns
    over about its vertical axis: what was printed at the left of the back page ends up behind the
    right of the front page, rows unchanged. So the back of the card in column 0 must be drawn in
    column 1 and vice versa. The margins are symmetric, so the mirrored slot is exactly the front slot
    reflected about the page's centre line: x_back = page width - x_front - card width.
    """
    row, column = divmod(index, COLUMNS)
    x = MARGIN_X + column * CARD_WIDTH
    if side == "back":
        x = PAGE_WIDTH - x - CARD_WIDTH
    return x, PAGE_HEIGHT - MARGIN_Y - (row + 1) * CARD_HEIGHT


def _draw_crop_marks(canvas: Canvas, *, top_and_left: bool = True) -> None:
    """Marks in the margins at every cutting line of the grid; none cross a card."""
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    bottom, top = MARGIN_Y, PAGE_HEIGHT - MARGIN_Y
    for column in range(COLUMNS + 1):
        x = left + column * CARD_WIDTH
        if top_and_left:
            canvas.line(x, top + CROP_GAP, x, top + CROP_GAP + CROP_LENGTH)
        canvas.line(x, bottom - CROP_GAP, x, bottom - CROP_GAP - CROP_LENGTH)
    for row in range(ROWS + 1):
        y = bottom + row * CARD_HEIGHT
        if top_and_left:
            canvas.line(left - CROP_GAP, y, left - CROP_GAP - CROP_LENGTH, y)
        canvas.line(right + CROP_GAP, y, right + CROP_GAP + CROP_LENGTH, y)


def _draw_cut_guide(canvas: Canvas, x: float, y: float) -> None:
    """The rounded outline, faint, for offices that cut with scissors and round the corners by hand."""
    canvas.setStrokeColor(CUT_GUIDE)
    canvas.setLineWidth(0.3)
    canvas.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, CORNER_RADIUS, stroke=1, fill=0)


def _new_canvas(stream: BinaryIO, pagesize: tuple[float, float], title: str) -> Canvas:
    # PrintCanvas asks viewers not to "fit to page", which would shrink an ID-1 card by a few per cent.
    canvas = PrintCanvas(stream, pagesize=pagesize, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(title)
    return canvas


def render_cards(
    target: Path | BinaryIO,
    cards: Sequence[CardData],
    issuer: Issuer,
    *,
    layout: CardLayout = "a4",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the cards as a PDF and return its number of pages.

    a4: per sheet of ten, a page of fronts (with crop marks) followed by a page of their backs,
    mirrored for long-edge duplex printing. cr80: one card per card-sized page, front then back.
    Raises RenderCancelled as soon as cancelled() returns True; a path target is then left as it was.
    progress(done, total) follows the fronts drawn.
    """
    if not cards:
        raise ValueError("render_cards needs at least one card")
    if layout not in ("a4", "cr80"):
        raise ValueError(f"unknown card layout {layout!r}")
    total = len(cards)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise RenderCancelled
        if progress is not None:
            progress(done, total)

    def render(stream: BinaryIO) -> int:
        with without_ascii85():
            pagesize = A4 if layout == "a4" else (CARD_WIDTH, CARD_HEIGHT)
            canvas = _new_canvas(stream, pagesize, "Kartu Penerima Manfaat")
            canvas.setAuthor(issuer.office_name)
            painter = CardPainter(canvas, issuer)
            if layout == "a4":
                # Viewers that honour it preselect two-sided printing, flipped on the long edge.
                canvas.setViewerPreference("Duplex", "DuplexFlipLongEdge")
                pages = _draw_sheets(canvas, painter, cards, step)
            else:
                pages = _draw_single_cards(canvas, painter, cards, step)
            step(total)
            canvas.save()
        return pages

    return write_pdf(target, render)


def _draw_sheets(
    canvas: Canvas, painter: CardPainter, cards: Sequence[CardData], step: Callable[[int], None]
) -> int:
    pages = 0
    for start in range(0, len(cards), CARDS_PER_SHEET):
        sheet = cards[start : start + CARDS_PER_SHEET]
        _draw_crop_marks(canvas)
        for index, card in enumerate(sheet):
            step(start + index)
            x, y = slot_origin(index, "front")
            _draw_cut_guide(canvas, x, y)
            painter.front(card, x, y)
        canvas.showPage()
        # Backs only behind the cards printed, so a part-filled last sheet wastes no ink.
        for index in range(len(sheet)):
            painter.back(*slot_origin(index, "back"))
        canvas.showPage()
        pages += 2
    return pages


def _draw_single_cards(
    canvas: Canvas, painter: CardPainter, cards: Sequence[CardData], step: Callable[[int], None]
) -> int:
    for index, card in enumerate(cards):
        step(index)
        painter.front(card, 0, 0)
        canvas.showPage()
        painter.back(0, 0)
        canvas.showPage()
    return 2 * len(cards)


def render_calibration_page(target: Path | BinaryIO) -> int:
    """One A4 page to check a printer before printing cards: the ten card outlines where the cards
    will fall, the crop marks, and millimetre rulers measured from the paper's edges."""

    def render(stream: BinaryIO) -> int:
        with without_ascii85():
            canvas = _new_canvas(stream, A4, "Halaman kalibrasi printer kartu")
            _draw_crop_marks(canvas, top_and_left=False)  # the rulers use the top and left margins
            for index in range(CARDS_PER_SHEET):
                _draw_calibration_slot(canvas, index)
            _draw_rulers(canvas)
            canvas.showPage()
            canvas.save()
        return 1

    return write_pdf(target, render)


def _draw_calibration_slot(canvas: Canvas, index: int) -> None:
    x, y = slot_origin(index)
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.4)
    canvas.roundRect(x, y, CARD_WIDTH, CARD_HEIGHT, CORNER_RADIUS, stroke=1, fill=0)
    canvas.setFillColor(black)
    canvas.setFont(BOLD, 8)
    canvas.drawString(x + 5 * mm, y + CARD_HEIGHT - 8 * mm, f"Kartu {index + 1}")
    canvas.setFont(REGULAR, 6.5)
    from_left, from_top = x / mm, (PAGE_HEIGHT - y - CARD_HEIGHT) / mm
    position = f"kiri {from_left:.2f} mm, atas {from_top:.2f} mm dari tepi kertas"
    canvas.drawString(x + 5 * mm, y + CARD_HEIGHT - 12 * mm, position.replace(".", ","))
    if index == INSTRUCTIONS_SLOT:
        _draw_instructions(canvas, x, y)
    else:
        _draw_cross(canvas, x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)


def _draw_cross(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(CUT_GUIDE)
    canvas.setLineWidth(0.3)
    canvas.line(x - 4 * mm, y, x + 4 * mm, y)
    canvas.line(x, y - 4 * mm, x, y + 4 * mm)


INSTRUCTIONS_SLOT = 4  # the middle row, left: where the eye lands first
CALIBRATION_STEPS = (
    "1. Cetak dengan skala 100% (Ukuran sebenarnya / Actual size), bukan 'Sesuaikan dengan halaman'.",
    "2. Ukur dengan penggaris: tiap bingkai kartu 85,6 x 54,0 mm.",
    "3. Angka 20, 30, 40 ... di penggaris tepi harus tepat 20, 30, 40\u00a0mm dari tepi kertas.",
    "4. Bila bergeser atau mengecil, atur skala dan margin printer, lalu cetak lagi.",
)


def _draw_instructions(canvas: Canvas, x: float, y: float) -> None:
    width = CARD_WIDTH - 10 * mm
    text = canvas.beginText()
    text.setFillColor(black)
    top = y + CARD_HEIGHT - 16 * mm
    title = fit_text("Kalibrasi printer kartu", BOLD, 8.5, 8.5, width, 12)
    draw_fitted(text, title, x + 5 * mm, top)
    top -= title.height + 1.5 * mm
    steps = [(step, REGULAR) for step in CALIBRATION_STEPS]
    for fitted in fit_block(steps, 7.0, 6.0, width, top - y - 4 * mm, gap=1.2 * mm, max_lines=2):
        draw_fitted(text, fitted, x + 5 * mm, top)
        top -= fitted.height + 1.2 * mm
    canvas.drawText(text)


RULER_START = 15  # mm from the edge: printers cannot print the first 3-5 mm, and the two rulers meet


def _draw_rulers(canvas: Canvas) -> None:
    """Ticks every millimetre along the top and left margins, numbered every centimetre, counted from
    the paper's edges, so a shifted or shrunk print shows against a real ruler laid on the paper."""
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setLineWidth(0.25)
    canvas.setFont(REGULAR, 5.5)
    edge = 4 * mm
    for millimetre in range(RULER_START, 206):
        x = millimetre * mm
        canvas.line(x, PAGE_HEIGHT - edge, x, PAGE_HEIGHT - edge - _tick(millimetre))
        if millimetre % 10 == 0:
            canvas.drawCentredString(x, PAGE_HEIGHT - edge - 6.5 * mm, str(millimetre))
    for millimetre in range(RULER_START, 293):
        y = PAGE_HEIGHT - millimetre * mm
        canvas.line(edge, y, edge + _tick(millimetre), y)
        if millimetre % 10 == 0:
            canvas.drawString(edge + 4.8 * mm, y - 2.0, str(millimetre))


def _tick(millimetre: int) -> float:
    return 4 * mm if millimetre % 10 == 0 else 2.5 * mm if millimetre % 5 == 0 else 1.5 * mm
