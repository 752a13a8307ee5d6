"""One line of user text drawn straight onto the canvas, or a wrapped paragraph when it needs more.

A receipt holds some fifty short texts; as Paragraphs each is parsed as markup (Python's HTML parser)
and broken into lines, which was two thirds of the time of a batch of 500 receipts. A text that fits
on one line in one face needs neither: it is measured once and drawn with drawString, which prints
'<', '&' and '>' as they are with no escaping to get wrong. Anything else (a line break, a zero-width
or other invisible character, a text too wide) becomes the escaped Paragraph it was before.
"""

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from tangsel_desktop.documents.flowables import para


class TextLine(Flowable):
    """Behaves as para(text, style) in a table cell or a story: same width, height, baseline and
    alignment for a one-line text; delegates to that paragraph otherwise."""

    def __init__(self, text: str, paragraph_style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = paragraph_style
        self._width = 0.0
        self._text_width = 0.0
        self._paragraph: Paragraph | None = None
        # isprintable() is False for line breaks, tabs and format characters such as U+200B: those
        # take the paragraph's path, whose handling of them the other documents already rely on.
        self._simple = text.isprintable() and text == text.strip() and "  " not in text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        style = self.style
        if self._simple:
            self._text_width = stringWidth(self.text, style.fontName, style.fontSize)
            if self._text_width <= available_width - style.leftIndent - style.rightIndent:
                self._paragraph = None
                return available_width, style.leading
        if self._paragraph is None:
            self._paragraph = para(self.text, style)
        return self._paragraph.wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self._paragraph is None:
            return []
        return list(self._paragraph.split(available_width, available_height))

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style = self.style
        canvas = self.canv
        # A table draws its plain-string cells in the font it last set itself: leave none of ours.
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        baseline = style.leading - style.fontSize  # where Paragraph puts its first line
        if style.alignment == 1:
            left = (
                style.leftIndent + (self._width - style.leftIndent - style.rightIndent - self._text_width) / 2
            )
        elif style.alignment == 2:
            left = self._width - style.rightIndent - self._text_width
        else:
            left = style.leftIndent
        canvas.drawString(left, baseline, self.text)
        canvas.restoreState()


def line(text: str, paragraph_style: ParagraphStyle) -> TextLine:
    """User text as a TextLine: escaped where it becomes markup, printed exactly as typed."""
    return TextLine(text, paragraph_style)


Cell = tuple[str, ParagraphStyle] | Flowable | str
_TABLE_ALIGN = {0: "LEFT", 1: "CENTER", 2: "RIGHT"}


def styled_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    style: list[Any],
    *,
    default: ParagraphStyle,
    padding: tuple[float, float],
    **options: Any,
) -> Table:
    """A table whose (text, style) cells are plain strings drawn by the table itself when they fit
    on one line, and escaped paragraphs when they do not.

    A plain string cell costs the table one drawString; a flowable cell costs a wrap, a transform
    and a saved graphics state, twice over. The cells' faces, sizes and alignment become the table's
    own FONT, TEXTCOLOR and ALIGN commands; padding (left, right) must be the table's, to measure
    the room in each column. Flowables and plain strings pass through as they are.
    """
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), default.fontName, default.fontSize, default.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), default.textColor),
        ("ALIGN", (0, 0), (-1, -1), _TABLE_ALIGN[default.alignment]),
    ]
    data: list[list[Flowable | str]] = []
    for row_index, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for column, cell in enumerate(row):
            if not isinstance(cell, tuple):
                cells.append(cell)
                continue
            text, cell_style = cell
            room = col_widths[column] - padding[0] - padding[1]
            simple = text.isprintable() and text == text.strip() and "  " not in text
            if not simple or stringWidth(text, cell_style.fontName, cell_style.fontSize) > room:
                cells.append(para(text, cell_style))
                continue
            cells.append(text)
            at = (column, row_index)
            if (cell_style.fontName, cell_style.fontSize, cell_style.leading) != (
                default.fontName,
                default.fontSize,
                default.leading,
            ):
                commands.append(
                    ("FONT", at, at, cell_style.fontName, cell_style.fontSize, cell_style.leading)
                )
            if cell_style.textColor != default.textColor:
                commands.append(("TEXTCOLOR", at, at, cell_style.textColor))
            if cell_style.alignment != default.alignment:
                commands.append(("ALIGN", at, at, _TABLE_ALIGN[cell_style.alignment]))
        data.append(cells)
    return Table(data, colWidths=col_widths, style=[*commands, *style], **options)
