"""The pieces documents are built of: safe paragraphs, the letterhead, tables, QR, boxes, fitted names."""

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table

from tangsel_desktop.documents import fonts
from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.documents.page_furniture import INK, copy_label_width, draw_copy_label
from tangsel_desktop.documents.qr_drawing import draw_qr
from tangsel_desktop.documents.text_fitting import FittedText, draw_fitted, fit_text
from tangsel_desktop.domain.identity_numbers import printable_nik

Align = Literal["left", "center", "right"]
# ParagraphStyle takes the names too, but Paragraph.drawPara only understands the numbers.
_ALIGNMENTS: dict[Align, Literal[0, 1, 2]] = {"left": 0, "center": 1, "right": 2}


def markup(text: str) -> str:
    """A user's string as Paragraph markup that prints exactly as typed.

    Paragraph parses its text: 'A <B> C' raises and '<img src=...>' would open a local file, so every
    user string passes through escape; typed line breaks stay line breaks.
    """
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


NO_NIK = "–"


def nik_for_print(nik: str) -> str:
    """The whole NIK for an official paper, or a dash where there is no real NIK to print."""
    return printable_nik(nik) or NO_NIK


def style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    align: Align = "left",
    leading: float | None = None,
    condensed: bool = False,
    color: colors.Color = INK,
    space_after: float = 0,
) -> ParagraphStyle:
    """A paragraph style in the embedded faces; leading defaults to 1.25 x size for easy reading."""
    fonts.register_fonts()
    if condensed:
        font = fonts.CONDENSED_BOLD if bold else fonts.CONDENSED
    else:
        font = fonts.BOLD if bold else fonts.REGULAR
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else size * 1.25,
        alignment=_ALIGNMENTS[align],
        textColor=color,
        spaceAfter=space_after,
        # A 120-character name with no space must still break inside its cell, never run past it.
        splitLongWords=True,
    )


@cache
def with_alignment(paragraph_style: ParagraphStyle, align: Align) -> ParagraphStyle:
    """The same style aligned otherwise; cached, as a table asks for it once per cell."""
    return ParagraphStyle(
        f"{paragraph_style.name}-{align}", parent=paragraph_style, alignment=_ALIGNMENTS[align]
    )


def para(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped); use Paragraph directly only for our own fixed markup."""
    return Paragraph(markup(text), paragraph_style)


def shrink_to_fit(
    text: str, paragraph_style: ParagraphStyle, width: float, max_lines: int, min_size: float
) -> Paragraph:
    """The largest size (down to min_size) at which text fits in max_lines; below that it wraps on."""
    size = paragraph_style.fontSize
    while True:
        fitted = ParagraphStyle(
            f"{paragraph_style.name}-{size:g}",
            parent=paragraph_style,
            fontSize=size,
            leading=size * paragraph_style.leading / paragraph_style.fontSize,
        )
        paragraph = para(text, fitted)
        _, height = paragraph.wrap(width, 10_000)
        if height <= max_lines * fitted.leading + 0.01 or size <= min_size:
            return paragraph
        size = max(min_size, size - 1)


def letterhead(issuer: Issuer, *, size: float = 10, even: bool = False) -> list[Flowable]:
    """Kop surat: the city, the office in bold, whom to call, centred as on the office's letters.

    even keeps every line at size (large print has no small type).
    """
    office, contact = (size, size) if even else (size + 2, size - 1.5)
    return [
        para(f"PEMERINTAH {issuer.city.upper()}", style("kop-city", size, bold=True, align="center")),
        para(issuer.office_name.upper(), style("kop-office", office, bold=True, align="center")),
        para(issuer.contact, style("kop-contact", contact, align="center")),
    ]


def table(data: Sequence[list[Any]], col_widths: Sequence[float], style: list[Any], **options: Any) -> Table:
    """A Table whose plain-string cells, even empty ones, use our face: ReportLab's default is
    Helvetica, which would then sit in the PDF unembedded."""
    return Table(
        data, colWidths=col_widths, style=[("FONT", (0, 0), (-1, -1), fonts.REGULAR), *style], **options
    )


def no_padding(bottom: float = 0) -> list[Any]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def rule(width: float, *, thickness: float = 1.5, space_after: float = 8) -> HRFlowable:
    return HRFlowable(width=width, thickness=thickness, color=INK, spaceBefore=3, spaceAfter=space_after)


class QrCode(Flowable):
    """The QR as a flowable, size x size points, drawn by the cards' run-length path."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)


BoxEmphasis = Literal["plain", "chosen", "unused"]
UNUSED_GREY = colors.Color(0.6, 0.6, 0.6)


class SignatureBox(Flowable):
    """A captioned empty rectangle of exact size (a thumb needs about 25 x 30 mm), caption above it.

    emphasis "chosen" draws the box the recorded mark goes in with a heavy border and a bold caption;
    "unused" draws its alternative thin, dashed and grey, so nobody signs where a thumb was recorded.
    """

    CAPTION_SIZE = 8

    def __init__(self, caption: str, width: float, height: float, emphasis: BoxEmphasis = "plain") -> None:
        super().__init__()
        self.caption = caption
        self.box_width = width
        self.box_height = height
        self.emphasis = emphasis

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.box_width, self.box_height + self.CAPTION_SIZE * 1.6

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        ink = UNUSED_GREY if self.emphasis == "unused" else INK
        canvas.setStrokeColor(ink)
        canvas.setFillColor(ink)
        if self.emphasis == "chosen":
            # Inset by half the line so the box keeps its outer size: a thumb still has 25 x 30 mm.
            canvas.setLineWidth(2.4)
            canvas.rect(1.2, 1.2, self.box_width - 2.4, self.box_height - 2.4, stroke=1, fill=0)
            canvas.setFont(fonts.BOLD, self.CAPTION_SIZE + 0.5)
        else:
            canvas.setLineWidth(0.8 if self.emphasis == "plain" else 0.5)
            if self.emphasis == "unused":
                canvas.setDash(2, 2)
            canvas.rect(0, 0, self.box_width, self.box_height, stroke=1, fill=0)
            canvas.setFont(fonts.REGULAR, self.CAPTION_SIZE)
        canvas.drawCentredString(self.box_width / 2, self.box_height + 3, self.caption)
        canvas.restoreState()


class CopyLabel(Flowable):
    """The boxed SALINAN as a flowable, centred in its width, so a copy reads as one even in grey print."""

    def __init__(self, size: float = 12) -> None:
        super().__init__()
        self.size = size
        self._available = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self.size * 1.6

    def draw(self) -> None:
        draw_copy_label(self.canv, (self._available - copy_label_width(self.size)) / 2, 0, size=self.size)


class CallOnDraw(Flowable):
    """Zero-size flowable that runs a callback when the layout reaches it: which document a page shows."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.callback()


class FittedLines(Flowable):
    """User text fitted by the cards' fit_text: shrink, then a condensed face, then more lines.

    fit_text's very last resort cuts with "…"; a name on a certificate must print whole, so then the
    text wraps at min_size as a paragraph instead.
    """

    def __init__(
        self,
        text: str,
        *,
        font: str,
        narrow_font: str,
        max_size: float,
        min_size: float,
        max_lines: int,
        color: colors.Color = INK,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.narrow_font = narrow_font
        self.max_size = max_size
        self.min_size = min_size
        self.max_lines = max_lines
        self.color = color
        self._fitted: FittedText | None = None
        self._fallback: Paragraph | None = None
        self._width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        fitted = fit_text(
            self.text,
            self.font,
            self.max_size,
            self.min_size,
            available_width,
            self.max_lines * self.max_size * 1.25,
            self.max_lines,
            narrow_font=self.narrow_font,
            leading_ratio=1.2,
        )
        if fitted.truncated or " ".join(fitted.lines).split() != self.text.split():
            self._fitted = None
            self._fallback = para(
                self.text,
                ParagraphStyle(
                    "fitted-fallback",
                    fontName=self.font,
                    fontSize=self.min_size,
                    leading=self.min_size * 1.2,
                    alignment=1,
                    textColor=self.color,
                    splitLongWords=True,
                ),
            )
            return self._fallback.wrap(available_width, available_height)
        self._fitted, self._fallback = fitted, None
        return available_width, fitted.height

    def draw(self) -> None:
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        assert self._fitted is not None
        text = self.canv.beginText()
        text.setFillColor(self.color)
        draw_fitted(text, self._fitted, 0, self._fitted.height, width=self._width, align="center")
        self.canv.drawText(text)


class PageOwners:
    """Which of several documents in one PDF each page shows, so each numbers its own pages.

    A batch of receipts is one file, but each filed page must say "Halaman 1 dari 1" of its receipt.
    """

    def __init__(self) -> None:
        self.current = 0
        self.owners: list[int] = []

    def mark(self, index: int) -> CallOnDraw:
        """Put at the start of document index in the story."""
        return CallOnDraw(lambda: setattr(self, "current", index))

    def end_page(self) -> int:
        """Call from on_page_end; returns the index of the document that owns the page."""
        self.owners.append(self.current)
        return self.current

    def position(self, page_number: int) -> tuple[int, int, int]:
        """(document index, page within it, its page count) for a page of the whole file."""
        owner = self.owners[page_number - 1]
        return owner, self.owners[:page_number].count(owner), self.owners.count(owner)
