"""Laporan: titled tables over as many pages as they need, each page headed and numbered, then signed."""

import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Paragraph, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import fonts
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import ReportColumn, ReportData
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.documents.report_closing import closing
from tangsel_desktop.documents.text_fitting import FittedText, draw_fitted, fit_text
from tangsel_desktop.domain.formatting import format_count, format_datetime, format_rupiah

SIDE = 15 * mm
HEADER_TOP = 10 * mm  # office, title and subtitle head every page, so no page is anonymous
HEADER_GAP = 3
BOTTOM = 18 * mm
CELL_SIZE = 9
MIN_CELL_SIZE = 6.5  # still legible on paper; below it a token wraps instead
PADDING = 4

CELL = fl.style("report-cell", CELL_SIZE, leading=11)
CELL_BOLD = fl.style("report-cell-bold", CELL_SIZE, bold=True, leading=11)
SECTION_HEAD = fl.style("report-section-head", 10.5, bold=True, space_after=4)
SECTION_ROOM = 45 * mm

Value = str | int | None


def render_report(target: Path | BinaryIO, report: ReportData) -> int:
    """Write the report; returns the number of pages."""
    return write_pdf(target, lambda stream: _render(stream, report))


def format_value(value: Value, column: ReportColumn) -> str:
    """Money as Rp16.800, other whole numbers with Indonesian thousands dots, None as nothing."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_rupiah(value) if column.money else format_count(value)
    if isinstance(value, float):
        raise TypeError("angka laporan harus bilangan bulat (int), bukan float")
    return str(value)


def _render(stream: BinaryIO, report: ReportData) -> int:
    page = landscape(A4) if report.landscape else A4
    width = page[0] - 2 * SIDE
    printed = f"Dicetak oleh {report.printed_by} pada {format_datetime(report.printed_at)}"

    header = _header_lines(report, width)
    # The table starts below the header band, which is as tall as this report's header needs.
    top = HEADER_TOP + sum(fitted.height + HEADER_GAP for fitted in header) + 5 * mm

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        _draw_header(canvas, header, page)

    def paint_footer(canvas: Canvas, number: int, total: int) -> None:
        right = pf.page_of(number, total)
        pf.draw_footer_line(canvas, left=printed, right=right, x0=SIDE, x1=page[0] - SIDE, y=10 * mm)

    story: list[Flowable] = [_table(report.columns, report.rows, report.totals, width)]
    for section in report.sections:
        # A heading never ends a page: with less room than it and a few rows, the section starts a page.
        story += [
            CondPageBreak(SECTION_ROOM),
            Spacer(1, 12),
            Paragraph(fl.markup(section.heading), SECTION_HEAD),
        ]
        story.append(_table(section.columns, section.rows, section.totals, width))
    story += closing(report, width)
    return pf.build_document(
        stream,
        story,
        pagesize=page,
        margins=(SIDE, SIDE, top, BOTTOM),
        title=report.title,
        author=report.office_name,
        on_page_end=on_page_end,
        paint_footer=paint_footer,
    )


def _header_lines(report: ReportData, width: float) -> list[FittedText]:
    """Office, title and subtitle fitted to the width: a long title narrows, then wraps (up to three
    lines), so it never spills; the band below is as tall as they turn out."""
    fitted: list[FittedText] = []
    for value, font, narrow, size, minimum, lines in (
        (report.office_name.upper(), fonts.BOLD, fonts.CONDENSED_BOLD, 9, 7, 2),
        (report.title, fonts.BOLD, fonts.CONDENSED_BOLD, 14, 10, 3),
        (report.subtitle, fonts.REGULAR, fonts.CONDENSED, 10, 7, 3),
    ):
        if value.strip():
            fitted.append(
                fit_text(value, font, size, minimum, width, lines * size * 1.2, lines, narrow_font=narrow)
            )
    return fitted


def _draw_header(canvas: Canvas, lines: list[FittedText], page: tuple[float, float]) -> None:
    top = page[1] - HEADER_TOP
    canvas.saveState()
    text = canvas.beginText()
    text.setFillColor(pf.INK)
    for fitted in lines:
        draw_fitted(text, fitted, SIDE, top, width=page[0] - 2 * SIDE, align="center")
        top -= fitted.height + HEADER_GAP
    canvas.drawText(text)
    canvas.setStrokeColor(pf.INK)
    canvas.setLineWidth(1.2)
    rule_y = top - 1 * mm
    canvas.line(SIDE, rule_y, page[0] - SIDE, rule_y)
    canvas.restoreState()


def _table(
    columns: Sequence[ReportColumn],
    rows: Sequence[Sequence[Value]],
    totals: Sequence[Value] | None,
    width: float,
) -> Table:
    scale = width / sum(column.width for column in columns)
    widths = [column.width * scale for column in columns]
    aligns = [_align(column) for column in columns]
    head = [_cell(column.header, widths[i], aligns[i], bold=True) for i, column in enumerate(columns)]
    body = [_row(row, columns, widths, aligns) for row in rows]
    if not body:
        body = [[_cell("(tidak ada data)", width, "left")] + [""] * (len(columns) - 1)]
    data = [head, *body]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, pf.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, CELL_SIZE, 11),
        ("FONT", (0, 1), (-1, -1), fonts.REGULAR, CELL_SIZE, 11),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    style += [("ALIGN", (i, 0), (i, -1), align.upper()) for i, align in enumerate(aligns)]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    if totals is not None:
        data.append(_row(totals, columns, widths, aligns, bold=True))
        style += [
            ("FONT", (0, -1), (-1, -1), fonts.BOLD, CELL_SIZE, 11),
            ("BACKGROUND", (0, -1), (-1, -1), pf.HEADER_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, pf.INK),
            # The totals never start a page alone: they keep the last row with them.
            ("NOSPLIT", (0, -2), (-1, -1)),
        ]
    return fl.table(data, col_widths=widths, repeatRows=1, style=style)


_ALIGNS: dict[str, fl.Align] = {"left": "left", "center": "center", "right": "right"}


def _align(column: ReportColumn) -> fl.Align:
    return "right" if column.money else _ALIGNS.get(column.align, "left")


def _row(
    row: Sequence[Value],
    columns: Sequence[ReportColumn],
    widths: Sequence[float],
    aligns: Sequence[fl.Align],
    *,
    bold: bool = False,
) -> list[Flowable | str]:
    values = list(row) + [None] * (len(columns) - len(row))
    return [
        _cell(format_value(value, column), widths[i], aligns[i], bold=bold)
        for i, (value, column) in enumerate(zip(values, columns, strict=False))
    ]


def _cell(text: str, width: float, align: fl.Align, *, bold: bool = False) -> Flowable | str:
    """A plain string when it fits on one line (fast, and drawn without markup); a single long token
    (a NIK, a sum of money) narrows and shrinks rather than break between its digits; other long
    text wraps as a paragraph. A 250-row report stays quick and nothing leaves its cell."""
    font = fonts.BOLD if bold else fonts.REGULAR
    room = width - 2 * PADDING
    if "\n" not in text and stringWidth(text, font, CELL_SIZE) <= room:
        return text
    if text and len(text.split()) == 1 and text.strip() == text:
        narrow = fonts.CONDENSED_BOLD if bold else fonts.CONDENSED
        fitted = fit_text(text, font, CELL_SIZE, MIN_CELL_SIZE, room, 2 * CELL_SIZE, 1, narrow_font=narrow)
        if fitted.lines == (text,) and not fitted.truncated:
            return fl.para(text, _fitted_style(fitted.font, math.floor(fitted.size * 4) / 4, align))
    return fl.para(text, fl.with_alignment(CELL_BOLD if bold else CELL, align))


@cache
def _fitted_style(font: str, size: float, align: fl.Align) -> ParagraphStyle:
    return fl.with_alignment(
        ParagraphStyle(f"report-cell-{font}-{size}", parent=CELL, fontName=font, fontSize=size), align
    )
