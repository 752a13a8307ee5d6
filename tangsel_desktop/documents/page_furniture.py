"""What every page shares: the copy stamp, the footer with "Halaman X dari Y", the page frame."""

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tangsel_desktop.documents import fonts
from tangsel_desktop.documents.pdf_output import CREATOR, PrintCanvas
from tangsel_desktop.documents.text_fitting import ascent, draw_fitted, fit_text

INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
STAMP_RED = colors.Color(0.75, 0.05, 0.05)

FooterPainter = Callable[[Canvas, int, int], None]


def draw_copy_watermark(canvas: Canvas, page_width: float, page_height: float) -> None:
    """SALINAN across the page: translucent, so the text under it stays readable, yet hard to cut off."""
    _draw_watermark(
        canvas, page_width, page_height, "SALINAN", alpha=0.13, size=min(page_width, page_height) / 5
    )


def draw_void_watermark(canvas: Canvas, page_width: float, page_height: float) -> None:
    """BATAL across the page, darker than SALINAN and larger: a voided paper must never pass for a
    valid one, even photocopied in grey, yet what it voided stays legible."""
    _draw_watermark(
        canvas, page_width, page_height, "BATAL", alpha=0.2, size=min(page_width, page_height) / 3.6
    )


def _draw_watermark(
    canvas: Canvas, page_width: float, page_height: float, word: str, *, alpha: float, size: float
) -> None:
    canvas.saveState()
    canvas.setFillColor(STAMP_RED)
    canvas.setFillAlpha(alpha)
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(35 if page_height > page_width else 20)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(0, -size / 3, word)
    canvas.restoreState()


def draw_copy_label(canvas: Canvas, x: float, y: float, *, size: float = 12) -> None:
    """A boxed SALINAN label with its lower-left corner at (x, y), like a rubber stamp in the margin."""
    fonts.register_fonts()
    label = "SALINAN"
    width = fonts.text_width(label, fonts.BOLD, size) + size
    height = size * 1.6
    canvas.saveState()
    canvas.setStrokeColor(STAMP_RED)
    canvas.setFillColor(STAMP_RED)
    canvas.setLineWidth(1.5)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(x + width / 2, y + size * 0.5, label)
    canvas.restoreState()


def copy_label_width(size: float = 12) -> float:
    return fonts.text_width("SALINAN", fonts.BOLD, size) + size


def page_of(number: int, total: int) -> str:
    return f"Halaman {number} dari {total}"


def numbered_canvas(paint_footer: FooterPainter) -> type[PrintCanvas]:
    """A canvas class that holds every page until the end, then paints paint_footer(canvas, n, total).

    "Halaman X dari Y" needs Y before page 1 is written; keeping the pages' drawing instructions costs a
    little memory and saves laying the whole document out twice.
    """

    class NumberedCanvas(PrintCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # the page-reset half of showPage

        def save(self) -> None:
            total = len(self._held_pages)
            for number, page in enumerate(self._held_pages, start=1):
                self.__dict__.update(page)
                paint_footer(self, number, total)
                PrintCanvas.showPage(self)
            PrintCanvas.save(self)

    return NumberedCanvas


def draw_footer_line(
    canvas: Canvas, *, left: str, right: str, x0: float, x1: float, y: float, size: float = 8
) -> None:
    """A thin rule with small text under it at both ends; a long left text narrows, then takes 2 lines."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(x0, y + size + 3, x1, y + size + 3)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.REGULAR, size)
    canvas.drawRightString(x1, y, right)
    room = x1 - x0 - fonts.text_width(right, fonts.REGULAR, size) - 6 * mm
    fitted = fit_text(
        left, fonts.REGULAR, size, 6, room, 2 * size * 1.2, 2, narrow_font=fonts.CONDENSED, narrow_below=0.9
    )
    text = canvas.beginText()
    # The first line sits on the right text's baseline; a second one goes below it, into the margin.
    draw_fitted(text, fitted, x0, y + ascent(fitted.font, fitted.size))
    canvas.drawText(text)
    canvas.restoreState()


def running_footer(left: str, *, x0: float, x1: float, y: float, size: float = 8) -> FooterPainter:
    """A footer painter: the same left text on every page, "Halaman X dari Y" at the right."""

    def paint_footer(canvas: Canvas, number: int, total: int) -> None:
        draw_footer_line(canvas, left=left, right=page_of(number, total), x0=x0, x1=x1, y=y, size=size)

    return paint_footer


PageHook = Callable[[Canvas, BaseDocTemplate], None]


def _no_hook(canvas: Canvas, document: BaseDocTemplate) -> None:
    """Nothing to add on this page."""


Margins = tuple[float, float, float, float]  # left, right, top, bottom


def build_document(
    stream: BinaryIO,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    margins: Margins | dict[str, Margins],
    title: str,
    author: str,
    on_page_end: PageHook = _no_hook,
    paint_footer: FooterPainter | None = None,
) -> int:
    """Lay story out in one frame per page; return the page count.

    margins may name several page templates (the first starts the document) for a story that switches
    with NextPageTemplate, as a batch of certificates in two print sizes does.
    """
    templates = margins if isinstance(margins, dict) else {"page": margins}
    left, right, top, bottom = next(iter(templates.values()))
    document = BaseDocTemplate(
        stream,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        creator=CREATOR,
        lang="id-ID",
    )
    document.addPageTemplates(
        [
            PageTemplate(
                name,
                [Frame(x0, y0, pagesize[0] - x0 - x1, pagesize[1] - y0 - y1, id=name, **_NO_PADDING)],
                onPageEnd=on_page_end,
                pagesize=pagesize,
            )
            for name, (x0, x1, y1, y0) in templates.items()
        ]
    )
    canvas_class = numbered_canvas(paint_footer) if paint_footer else PrintCanvas
    document.build(story, canvasmaker=canvas_class)
    return int(document.page)


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
