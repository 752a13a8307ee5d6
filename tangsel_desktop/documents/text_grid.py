"""A table of plain text drawn straight onto the canvas: the receipts' fast path through platypus.

ReportLab's Table lays out and draws every cell through its own machinery: for a receipt of some sixty
cells that was most of the time of a batch (measured: 3.5 s of CPU for 500 receipts against 0.7 s for
a bare canvas drawing the same pages). A TextGrid measures each cell once, wraps it with the cards'
line breaker, and draws all its text in one text object and all its rules in one path. It still
flows like any platypus flowable: it splits between rows, repeats its header rows on the next page,
and keeps rows marked to stay with the row before. Text is never markup here: '<', '&' and '>' print
as typed with nothing to escape.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from tangsel_desktop.documents.page_furniture import HEADER_FILL, INK
from tangsel_desktop.documents.text_fitting import wrap_lines

TextCell = tuple[str, ParagraphStyle] | None  # None: an empty cell


@dataclass(frozen=True)
class GridRow:
    cells: Sequence[TextCell]
    fill: colors.Color | None = None
    merge: tuple[int, int] | None = None  # first and last column drawn as one cell (its text in the first)
    keep_with_previous: bool = False  # a totals row never starts a page alone
    min_height: float = 0.0


@dataclass(frozen=True)
class GridLook:
    padding: tuple[float, float, float, float] = (6, 6, 3, 4)  # left, right, top, bottom
    rule_width: float = 0.0  # 0: no grid
    rule_color: colors.Color = INK
    header_rows: int = 0  # repeated at the top of every page the grid continues on
    header_fill: colors.Color | None = HEADER_FILL


@dataclass(frozen=True)
class _LaidRow:
    row: GridRow
    lines: tuple[tuple[str, ...] | None, ...]
    height: float


class TextGrid(Flowable):
    """Rows of (text, style) cells in columns of fixed widths; see the module's docstring."""

    def __init__(
        self, widths: Sequence[float], rows: Sequence[GridRow], look: GridLook | None = None
    ) -> None:
        super().__init__()
        self.widths = tuple(widths)
        self.rows = tuple(rows)
        self.look = look or GridLook()
        self._laid: list[_LaidRow] = []

    def _lay(self) -> list[_LaidRow]:
        if self._laid:
            return self._laid
        left, right, top, bottom = self.look.padding
        laid = []
        for row in self.rows:
            lines: list[tuple[str, ...] | None] = []
            tallest = 0.0
            for column, cell in enumerate(row.cells):
                if cell is None or (row.merge and row.merge[0] < column <= row.merge[1]):
                    lines.append(None)
                    continue
                text, style = cell
                width = self._cell_width(row, column) - left - right
                wrapped = wrap_lines(text, style.fontName, style.fontSize, width)
                lines.append(wrapped)
                tallest = max(tallest, len(wrapped) * style.leading)
            laid.append(_LaidRow(row, tuple(lines), max(tallest + top + bottom, row.min_height)))
        self._laid = laid
        return laid

    def _cell_width(self, row: GridRow, column: int) -> float:
        if row.merge and row.merge[0] == column:
            return sum(self.widths[row.merge[0] : row.merge[1] + 1])
        return self.widths[column]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = sum(laid.height for laid in self._lay())
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        laid = self._lay()
        header = self.look.header_rows
        used = sum(item.height for item in laid[:header])
        cut = header
        for index in range(header, len(laid)):
            if used + laid[index].height > available_height:
                break
            used += laid[index].height
            cut = index + 1
        while cut > header and cut < len(laid) and laid[cut].row.keep_with_previous:
            cut -= 1
        if cut < len(laid) and laid[cut].height > self.TALL_ROW:
            halves = self._split_row(laid[cut], available_height - used)
            if halves is not None:
                first, rest = halves
                return [
                    TextGrid(self.widths, (*self.rows[:cut], first), self.look),
                    TextGrid(self.widths, (*self.rows[:header], rest, *self.rows[cut + 1 :]), self.look),
                ]
        if cut <= header or cut >= len(laid):
            return []  # not even one row fits: platypus moves the whole grid to the next page
        return [
            TextGrid(self.widths, self.rows[:cut], self.look),
            TextGrid(self.widths, self.rows[:header] + self.rows[cut:], self.look),
        ]

    # A row taller than this (a pasted essay in an address field) may break between its lines, as a
    # paragraph would; a shorter one always moves whole to the next page.
    TALL_ROW = 300.0

    def _split_row(self, laid: _LaidRow, room: float) -> tuple[GridRow, GridRow] | None:
        """The row cut between lines so that its first part fits room; None if not two lines fit."""
        _, _, top, bottom = self.look.padding
        firsts: list[TextCell] = []
        rests: list[TextCell] = []
        for cell, lines in zip(laid.row.cells, laid.lines, strict=True):
            if cell is None or lines is None:
                firsts.append(cell)
                rests.append(None)
                continue
            text_style = cell[1]
            fitting = int((room - top - bottom) // text_style.leading)
            if fitting < 2:
                return None
            firsts.append(("\n".join(lines[:fitting]), text_style))
            rests.append(("\n".join(lines[fitting:]), text_style) if lines[fitting:] else None)
        row = laid.row
        return replace(row, cells=firsts, min_height=0.0), replace(row, cells=rests, keep_with_previous=False)

    def draw(self) -> None:
        canvas = self.canv
        look = self.look
        left, right, top, _ = look.padding
        laid = self._lay()
        edges = [0.0]
        for width in self.widths:
            edges.append(edges[-1] + width)
        canvas.saveState()
        y = self.height
        for index, item in enumerate(laid):  # fills first, under the text and the rules
            fill = item.row.fill or (look.header_fill if index < look.header_rows else None)
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, y - item.height, edges[-1], item.height, stroke=0, fill=1)
            y -= item.height
        text = canvas.beginText()
        current: tuple[str, float, colors.Color] | None = None
        y = self.height
        for item in laid:
            for column, lines in enumerate(item.lines):
                cell = item.row.cells[column]
                if lines is None or cell is None:
                    continue
                style = cell[1]
                wanted = (style.fontName, style.fontSize, style.textColor)
                if wanted != current:
                    text.setFont(style.fontName, style.fontSize)
                    text.setFillColor(style.textColor)
                    current = wanted
                x0 = edges[column] + left
                room = self._cell_width(item.row, column) - left - right
                baseline = y - top - style.fontSize  # where Paragraph puts its first line
                for line in lines:
                    offset = 0.0
                    if style.alignment:
                        spare = room - stringWidth(line, style.fontName, style.fontSize)
                        offset = spare / 2 if style.alignment == 1 else spare
                    text.setTextOrigin(x0 + offset, baseline)
                    text.textOut(line)
                    baseline -= style.leading
            y -= item.height
        canvas.drawText(text)
        if look.rule_width:
            canvas.setStrokeColor(look.rule_color)
            canvas.setLineWidth(look.rule_width)
            segments: list[tuple[float, float, float, float]] = [(0, self.height, edges[-1], self.height)]
            y = self.height
            for item in laid:
                bottom = y - item.height
                segments.append((0, bottom, edges[-1], bottom))
                for column, x in enumerate(edges):
                    merged = item.row.merge and item.row.merge[0] < column <= item.row.merge[1]
                    if not merged:
                        segments.append((x, y, x, bottom))
                y = bottom
            canvas.lines(segments)
        canvas.restoreState()


def text_block(text: str, style: ParagraphStyle, width: float) -> TextGrid:
    """One piece of text as a flowable: wrapped to width, drawn as it is typed, never parsed as markup."""
    return TextGrid([width], [GridRow([(text, style)])], GridLook(padding=(0, 0, 0, 0), header_fill=None))


class Reused(Flowable):
    """inner drawn once per PDF as a form XObject, then placed wherever the same key recurs.

    In a batch of receipts the letterhead, the item list of the round's package and the signature
    boxes repeat on every page: drawn once and referenced 500 times they cost nearly nothing and keep
    the file small. key must name everything inner draws; a split (a list too long for the page)
    falls back to drawing the parts themselves.
    """

    BLEED = 4.0  # room outside the box for half a heavy rule

    def __init__(self, key: object, inner: Flowable) -> None:
        super().__init__()
        self.name = "TS" + hashlib.sha1(repr(key).encode("utf-8"), usedforsecurity=False).hexdigest()[:24]
        self.inner = inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self.inner.split(available_width, available_height))

    def draw(self) -> None:
        canvas = self.canv
        if not canvas.hasForm(self.name):
            bleed = self.BLEED
            canvas.saveState()  # beginForm resets ReportLab's idea of the graphics state: put it back
            # ReportLab's stub says int; the PDF's BBox takes any number, and ReportLab writes floats.
            canvas.beginForm(self.name, -bleed, -bleed, self.width + bleed, self.height + bleed)  # type: ignore[arg-type]
            self.inner.drawOn(canvas, 0, 0)
            canvas.endForm()
            canvas.restoreState()
        canvas.doForm(self.name)
