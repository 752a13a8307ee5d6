"""Daftar hadir pelatihan: one session's sheet, each participant signing or pressing a thumb in a tall cell,
with room for the companion who signs for a blind participant; a large-print form for low vision."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import format_count, format_date, format_long_date

PAGE = A4
MARGINS = (12 * mm, 12 * mm, 12 * mm, 18 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]


@dataclass(frozen=True)
class SheetRow:
    full_name: str
    nik: str
    rw: str
    blind: bool = False  # a companion may sign: the row says so


@dataclass(frozen=True)
class AttendanceSheetData:
    training_name: str
    batch_name: str
    day: date
    session: int  # the session's place in the batch, 1-based
    sessions: int
    jp: int
    place: str
    officer_name: str
    rows: tuple[SheetRow, ...]
    large_print: bool = False


@dataclass(frozen=True)
class _Look:
    title: float
    text: float
    cell: float
    small: float
    row_height: float


NORMAL = _Look(title=13, text=10, cell=9.5, small=7.5, row_height=24 * mm)
# Nothing under 16 pt: guidance for low vision asks 16-18 pt at least; fewer rows a page follow.
LARGE = _Look(title=20, text=16, cell=16, small=16, row_height=32 * mm)


def render_attendance_sheet(target: Path | BinaryIO, sheet: AttendanceSheetData, issuer: Issuer) -> int:
    """Write the sheet over as many pages as its rows need; returns the number of pages."""
    return write_pdf(target, lambda stream: _render(stream, sheet, issuer))


def _render(stream: BinaryIO, sheet: AttendanceSheetData, issuer: Issuer) -> int:
    look = LARGE if sheet.large_print else NORMAL
    running_title = f"Daftar hadir · {sheet.batch_name} · {format_date(sheet.day)}"

    paint_footer = pf.running_footer(
        running_title, x0=MARGINS[0], x1=PAGE[0] - MARGINS[1], y=9 * mm, size=12 if sheet.large_print else 8
    )

    title = fl.style(f"attendance-title-{look.title}", look.title, bold=True, align="center", space_after=4)
    story: list[Flowable] = [
        *fl.letterhead(issuer, size=look.text, even=sheet.large_print),
        fl.rule(WIDTH),
        fl.para("DAFTAR HADIR PELATIHAN", title),
        Spacer(1, 4),
        _details(sheet, look),
        Spacer(1, 6),
        _table(sheet, look),
        Spacer(1, 12),
        _closing(sheet, look),
    ]
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=MARGINS,
        title=running_title,
        author=issuer.office_name,
        paint_footer=paint_footer,
    )


def _details(sheet: AttendanceSheetData, look: _Look) -> Table:
    label = fl.style(f"attendance-label-{look.text}", look.text)
    value = fl.style(f"attendance-value-{look.text}", look.text, bold=True)
    rows = (
        ("Pelatihan", sheet.training_name),
        ("Angkatan", sheet.batch_name),
        ("Hari, tanggal", format_long_date(sheet.day)),
        ("Sesi", f"{sheet.session} dari {sheet.sessions} · {sheet.jp} JP"),
        ("Tempat", sheet.place),
        ("Peserta", f"{format_count(len(sheet.rows))} orang"),
    )
    return Table(
        [[fl.para(a, label), fl.para(":", label), fl.para(b, value)] for a, b in rows],
        colWidths=(45 * mm if look is LARGE else 30 * mm, 4 * mm, None),
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *fl.no_padding(bottom=2)],
        hAlign="LEFT",
    )


def _table(sheet: AttendanceSheetData, look: _Look) -> Table:
    head = fl.style(f"attendance-head-{look.cell}", look.cell, bold=True, condensed=not sheet.large_print)
    cell = fl.style(f"attendance-cell-{look.cell}", look.cell, condensed=not sheet.large_print)
    name = fl.style(f"attendance-name-{look.cell}", look.cell, bold=True, condensed=not sheet.large_print)
    small = fl.style(
        f"attendance-small-{look.small}", look.small, condensed=not sheet.large_print, color=pf.RULE
    )
    widths: tuple[float, ...]
    if sheet.large_print:
        widths = (12 * mm, 80 * mm, 45 * mm, WIDTH - 137 * mm)
        header = ["No", "Nama / NIK", "Pendamping (nama, hubungan)", "Tanda tangan / cap jempol"]
    else:
        widths = (9 * mm, 48 * mm, 36 * mm, 12 * mm, 42 * mm, WIDTH - 147 * mm)
        header = ["No", "Nama", "NIK", "RW", "Pendamping (nama, hubungan)", "Tanda tangan / cap jempol"]
    data: list[list[object]] = [[fl.para(text, head) for text in header]]
    # The signature cell holds the row open to a thumb's height; a long name may make it taller still.
    room = Spacer(1, look.row_height - 8)
    for number, row in enumerate(sheet.rows, start=1):
        who: list[Flowable] = [fl.para(row.full_name, name)]
        if row.blind:
            who.append(fl.para("tunanetra: pendamping boleh menandatangani", small))
        nik = fl.para(fl.nik_for_print(row.nik), cell)
        if sheet.large_print:
            data.append([fl.para(str(number), cell), [*who, nik], "", room])
        else:
            data.append([fl.para(str(number), cell), who, nik, fl.para(row.rw or "-", cell), "", room])
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        style=[
            ("GRID", (0, 0), (-1, -1), 0.6, pf.INK),
            ("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _closing(sheet: AttendanceSheetData, look: _Look) -> KeepTogether:
    text = fl.style(f"attendance-sign-{look.text}", look.text, align="center")
    bold = fl.style(f"attendance-sign-name-{look.text}", look.text, bold=True, align="center")
    table = Table(
        [
            [fl.para(f"{sheet.place}, {format_date(sheet.day)}", text)],
            [fl.para("Petugas,", text)],
            [Spacer(1, 18 * mm)],
            [fl.para(sheet.officer_name, bold)],
        ],
        colWidths=(80 * mm,),
        hAlign="RIGHT",
        style=fl.no_padding(bottom=1),
    )
    return KeepTogether([table])
