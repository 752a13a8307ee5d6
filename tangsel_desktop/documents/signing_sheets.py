"""Daftar tanda terima: many recipients on one sheet, each signing or pressing a thumb in a tall cell.

The per-RW batch sheet of a sembako round carries the register's number and its signed QR code, the
round, the RW and the package, so a page that comes loose still says what it belongs to.

The NIK is printed whole by default. At the desk the clerk holds the recipient's KTP against the row
before the pen goes down: four digits cannot tell two Siti Aminahs of one RW apart, and a masked
number invites signing on a neighbour's row. The signed sheet is also the evidence Dinas Sosial and
the auditors reconcile against DTSEN, which they do by NIK. In exchange the sheet stays on the desk:
recipients come to it one at a time, it is not passed along the queue, and it is filed with the
round (UU 27/2022: protection in proportion to the risk). A copy that leaves the office
(full_nik=False) shows only the last four digits.
"""

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import Issuer, SigningSheetData, SigningSheetRow
from tangsel_desktop.documents.package_contents import summary
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import format_count, format_date, format_long_date
from tangsel_desktop.domain.identity_numbers import mask_nik, printable_nik

# Portrait, nine rows a page: the stack on the desk stays short; the condensed face lets a 16-digit NIK
# and an address share the width with a thumb-sized cell.
PAGE = A4
MARGINS = (12 * mm, 12 * mm, 12 * mm, 18 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]
ROW_HEIGHT = 26 * mm  # a signature, or a thumb pressed flat (about 20 x 25 mm)
COLUMNS = (
    ("No", 9 * mm),
    ("Nama", 37 * mm),
    ("NIK", 35 * mm),
    ("Alamat / RT-RW", 43 * mm),
    ("Barang", 26 * mm),
    ("Tanda tangan /\ncap jempol", WIDTH - 150 * mm),  # broken by hand: "cap jempol" stays whole
)

TITLE = fl.style("sheet-title", 13, bold=True, align="center", space_after=2)
NUMBER = fl.style("sheet-number", 10, align="center")
LABEL = fl.style("sheet-label", 10)
VALUE = fl.style("sheet-value", 10)
HEAD = fl.style("sheet-head", 9, bold=True, condensed=True)
HEAD_RIGHT = fl.style("sheet-head-right", 9, bold=True, condensed=True, align="right")
CELL = fl.style("sheet-cell", 9.5, condensed=True)
CELL_RIGHT = fl.style("sheet-cell-right", 9.5, condensed=True, align="right")
CELL_NAME = fl.style("sheet-cell-name", 9.5, condensed=True, bold=True)
CELL_SMALL = fl.style("sheet-cell-small", 7.5, condensed=True, color=pf.RULE)
QR_SIZE = 24 * mm
SIGN_TEXT = fl.style("sheet-sign-text", 10, align="center")
SIGN_NAME = fl.style("sheet-sign-name", 10, bold=True, align="center")


def render_signing_sheet(target: Path | BinaryIO, sheet: SigningSheetData, issuer: Issuer) -> int:
    """Write the sheet over as many pages as its rows need; returns the number of pages."""
    return write_pdf(target, lambda stream: _render(stream, sheet, issuer))


def _render(stream: BinaryIO, sheet: SigningSheetData, issuer: Issuer) -> int:
    parts = [sheet.title]
    if sheet.rw:
        parts.append(f"RW {sheet.rw}")
    if sheet.number:
        parts.append(f"Nomor {sheet.number}")
    parts.append(format_date(sheet.handed_on))
    running_title = " · ".join(parts)

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        if sheet.is_copy:
            pf.draw_copy_watermark(canvas, *PAGE)

    paint_footer = pf.running_footer(running_title, x0=MARGINS[0], x1=PAGE[0] - MARGINS[1], y=9 * mm)

    story: list[Flowable] = [
        _header(sheet, issuer),
        fl.rule(WIDTH),
        fl.para(sheet.title, TITLE),
        *([fl.para(f"Nomor: {sheet.number}", NUMBER)] if sheet.number else []),
        *([Spacer(1, 4), fl.CopyLabel()] if sheet.is_copy else []),
        Spacer(1, 6),
        _details(sheet),
        Spacer(1, 6),
        _table(sheet.rows, full_nik=sheet.full_nik),
        Spacer(1, 12),
        _closing(sheet),
    ]
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=MARGINS,
        title=running_title,
        author=issuer.office_name,
        on_page_end=on_page_end,
        paint_footer=paint_footer,
    )


def _header(sheet: SigningSheetData, issuer: Issuer) -> Table:
    """The letterhead centred, the register's QR code in the top right corner when there is one."""
    qr: Flowable = fl.QrCode(sheet.qr_payload, QR_SIZE) if sheet.qr_payload else Spacer(QR_SIZE, 1)
    side = QR_SIZE + 2 * mm
    return fl.table(
        [["", fl.letterhead(issuer), qr]],
        col_widths=[side, WIDTH - 2 * side, side],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT"), *fl.no_padding()],
    )


def _details(sheet: SigningSheetData) -> Table:
    rows = [("Tanggal", format_long_date(sheet.handed_on)), ("Tempat", sheet.place)]
    if sheet.round_name or sheet.round_month:
        month = sheet.round_month.label() if sheet.round_month else ""
        rows.append(("Tahap", " · ".join(part for part in (sheet.round_name, month) if part)))
    if sheet.rw:
        rows.append(("RW", sheet.rw))
    if sheet.items:
        rows.append(("Isi paket", summary(sheet.items)))
    rows += [
        ("Petugas", sheet.officer_name),
        ("Jumlah penerima", f"{format_count(len(sheet.rows))} orang"),
    ]
    return fl.table(
        [[fl.para(label, LABEL), fl.para(":", LABEL), fl.para(value, VALUE)] for label, value in rows],
        col_widths=[32 * mm, 4 * mm, WIDTH - 36 * mm],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )


def _nik(nik: str, *, full: bool) -> str:
    printable = printable_nik(nik)
    if printable is None:
        return fl.NO_NIK
    return printable if full else mask_nik(printable)


def _name_cell(row: SigningSheetRow) -> list[Flowable]:
    """The name, and under it a line where the clerk writes the proxy who signs instead, if any."""
    return [
        fl.para(row.recipient_name, CELL_NAME),
        Spacer(1, 9 * mm),
        fl.para("Diwakili (nama, hubungan):", CELL_SMALL),
    ]


def _nik_cell(row: SigningSheetRow, *, full: bool) -> list[Flowable]:
    cell: list[Flowable] = [fl.para(_nik(row.recipient_nik, full=full), CELL)]
    if printable_nik(row.family_kk):  # a No. KK has the NIK's shape
        cell.append(fl.para(f"KK {_nik(row.family_kk, full=full)}", CELL_SMALL))
    return cell


def _table(rows: tuple[SigningSheetRow, ...], *, full_nik: bool = True) -> Table:
    head: list[Flowable | str] = [
        fl.para(header, HEAD_RIGHT if index == 0 else HEAD) for index, (header, _) in enumerate(COLUMNS)
    ]
    body: list[list[Flowable | list[Flowable] | str]] = [
        [
            fl.para(str(number), CELL_RIGHT),
            _name_cell(row),
            _nik_cell(row, full=full_nik),
            fl.para(row.address, CELL),
            fl.para(row.items_summary, CELL),
            "",
        ]
        for number, row in enumerate(rows, start=1)
    ] or [["", fl.para("(tidak ada penerima)", CELL), "", "", "", ""]]
    return fl.table(
        [head, *body],
        col_widths=[width for _, width in COLUMNS],
        repeatRows=1,
        # A minimum, not a height: a long name or address makes its row taller, never overflows.
        minRowHeights=[0] + [ROW_HEIGHT] * len(body),
        style=[
            ("GRID", (0, 0), (-1, -1), 0.6, pf.INK),
            ("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _closing(sheet: SigningSheetData) -> KeepTogether:
    """The officer signs once the last recipient has: place and date, a space to sign, the name."""
    column = 80 * mm
    block = fl.table(
        [
            [fl.para(f"{sheet.place}, {format_date(sheet.handed_on)}", SIGN_TEXT)],
            [fl.para("Petugas yang menyerahkan,", SIGN_TEXT)],
            [Spacer(1, 22 * mm)],
            [fl.para(sheet.officer_name, SIGN_NAME)],
        ],
        col_widths=[column],
        hAlign="RIGHT",
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    return KeepTogether([block])
