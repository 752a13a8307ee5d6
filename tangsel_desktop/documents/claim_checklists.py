"""The JKM death-claim checklist a family takes home: what applies, who inherits, what papers, where."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import format_date, format_datetime, format_rupiah
from tangsel_desktop.domain.identity_numbers import mask_nik, printable_nik
from tangsel_desktop.domain.jamsos.claim_rules import JKK_DEATH_INCOME_MULTIPLE, ClaimBenefits
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.rupiah_words import rupiah_in_words

PAGE = A4
MARGINS = (20 * mm, 20 * mm, 12 * mm, 20 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]
BLANK_NOTE_ROWS = 3
TICK = 4 * mm

TITLE = fl.style("claim-title", 14, bold=True, align="center")
SUBTITLE = fl.style("claim-subtitle", 9.5, align="center", space_after=2)
HEADING = fl.style("claim-heading", 11, bold=True, space_after=3)
LABEL = fl.style("claim-label", 9.5)
VALUE = fl.style("claim-value", 9.5)
VALUE_BOLD = fl.style("claim-value-bold", 10, bold=True)
CELL = fl.style("claim-cell", 9.5)
CELL_HEAD = fl.style("claim-head", 9.5, bold=True)
MONEY = fl.style("claim-money", 10, bold=True, align="right")
SMALL = fl.style("claim-small", 8.5)


@dataclass(frozen=True)
class ChecklistData:
    """Everything the checklist prints; the service fills it, the renderer only reads it."""

    member_name: str
    nik: str  # the whole NIK: the checklist prints only its last four digits
    kpj_number: str
    occupation: str
    first_month: YearMonth
    last_month: YearMonth
    died_on: date
    declared_income: int
    benefits: ClaimBenefits
    heirs_order: Sequence[str]
    documents: Sequence[str]
    where_to_go: str
    heir_name: str
    heir_relation: str
    heir_phone: str
    notes: Sequence[tuple[datetime, str, str]]  # at, stage label, note
    printed_by: str
    printed_at: datetime


def render_claim_checklist(target: Path | BinaryIO, data: ChecklistData, issuer: Issuer) -> int:
    """Write the checklist; returns the number of pages."""
    return write_pdf(target, lambda stream: _render(stream, data, issuer))


def _render(stream: BinaryIO, data: ChecklistData, issuer: Issuer) -> int:
    printed = f"Dicetak oleh {data.printed_by}, {format_datetime(data.printed_at)}"

    footer = f"Daftar berkas klaim JKM: {data.member_name}. {printed}"
    paint_footer = pf.running_footer(footer, x0=MARGINS[0], x1=PAGE[0] - MARGINS[1], y=10 * mm)

    story: list[Flowable] = [
        *fl.letterhead(issuer),
        fl.rule(WIDTH),
        fl.para("DAFTAR BERKAS KLAIM JAMINAN KEMATIAN (JKM)", TITLE),
        fl.para(
            "BPJS Ketenagakerjaan, untuk keluarga peserta Jamsosnaker yang iurannya dibayar kota", SUBTITLE
        ),
        Spacer(1, 6),
        _member_details(data),
        Spacer(1, 6),
        KeepTogether([fl.para("Manfaat yang berlaku", HEADING), _benefits(data)]),
        Spacer(1, 6),
        KeepTogether([fl.para("Urutan ahli waris", HEADING), _heirs(data.heirs_order)]),
        Spacer(1, 6),
        KeepTogether(
            [fl.para("Berkas yang perlu dibawa (centang yang sudah ada)", HEADING), _documents(data)]
        ),
        Spacer(1, 6),
        KeepTogether([fl.para("Ke mana mengajukan", HEADING), fl.para(data.where_to_go, VALUE)]),
        Spacer(1, 6),
        KeepTogether([fl.para("Catatan kemajuan klaim", HEADING), _progress(data.notes)]),
        Spacer(1, 6),
        fl.para(printed, SMALL),
    ]
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=MARGINS,
        title=f"Daftar berkas klaim JKM {data.member_name}",
        author=issuer.office_name,
        paint_footer=paint_footer,
    )


def _printed_nik(nik: str) -> str:
    # UU 27/2022: a paper that leaves the office shows only the last four digits of the NIK.
    whole = printable_nik(nik)
    return mask_nik(whole) if whole else fl.NO_NIK


def _member_details(data: ChecklistData) -> Table:
    heir = data.heir_name or "(belum diisi)"
    if data.heir_name and data.heir_relation:
        heir = f"{data.heir_name} ({data.heir_relation})"
    rows: list[tuple[str, str, bool]] = [
        ("Nama peserta", data.member_name, True),
        ("NIK", _printed_nik(data.nik), False),
        ("Nomor KPJ", data.kpj_number or "-", False),
        ("Pekerjaan", data.occupation, False),
        (
            "Masa kepesertaan",
            f"{data.first_month.label()} s.d. {data.last_month.label()} ({data.benefits.months} bulan)",
            False,
        ),
        ("Tanggal meninggal", format_date(data.died_on), False),
        ("Sebab", "kecelakaan kerja" if data.benefits.work_accident else "bukan kecelakaan kerja", False),
        ("Ahli waris", heir, False),
        ("Telepon ahli waris", data.heir_phone or "-", False),
    ]
    table_rows = [
        [fl.para(label, LABEL), fl.para(":", LABEL), fl.para(value, VALUE_BOLD if bold else VALUE)]
        for label, value, bold in rows
    ]
    return fl.table(
        table_rows,
        col_widths=[38 * mm, 4 * mm, WIDTH - 42 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *fl.no_padding(bottom=2)],
    )


def _boxed(rows: list[list[Any]], col_widths: list[float], *, header: bool = False, **options: Any) -> Table:
    return fl.table(
        rows,
        col_widths=col_widths,
        repeatRows=1 if header else 0,
        **options,
        style=[
            ("GRID", (0, 0), (-1, -1), 0.6, pf.INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *([("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL)] if header else []),
        ],
    )


def _benefits(data: ChecklistData) -> Table:
    benefits = data.benefits
    jkm = (
        "Santunan kematian JKM (termasuk biaya pemakaman dan santunan berkala), "
        f"terbilang: {rupiah_in_words(benefits.jkm)}"
    )
    rows: list[list[Any]] = [[fl.para(jkm, CELL), fl.para(format_rupiah(benefits.jkm), MONEY)]]
    rows.append(
        [
            fl.para(benefits.scholarship_rule, CELL),
            fl.para("berlaku" if benefits.scholarship else "belum berlaku", MONEY),
        ]
    )
    if benefits.work_accident:
        jkk = (
            f"Santunan kematian karena kecelakaan kerja (JKK): {JKK_DEATH_INCOME_MULTIPLE} x penghasilan "
            f"yang dilaporkan {format_rupiah(data.declared_income)}, "
            f"terbilang: {rupiah_in_words(benefits.jkk)}"
        )
        rows.append([fl.para(jkk, CELL), fl.para(format_rupiah(benefits.jkk), MONEY)])
    table = _boxed(rows, [WIDTH - 40 * mm, 40 * mm])
    note = fl.para(
        "BPJS Ketenagakerjaan memeriksa berkas dan menetapkan manfaat yang dibayarkan kepada ahli waris.",
        SMALL,
    )
    return fl.table([[table], [note]], col_widths=[WIDTH], style=fl.no_padding(bottom=2))


def _heirs(order: Sequence[str]) -> Table:
    rows = [[fl.para(f"{number}.", CELL), fl.para(text, CELL)] for number, text in enumerate(order, start=1)]
    return fl.table(rows, col_widths=[8 * mm, WIDTH - 8 * mm], style=fl.no_padding(bottom=2))


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TICK, TICK

    def draw(self) -> None:
        self.canv.setStrokeColor(pf.INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, TICK, TICK, stroke=1, fill=0)


def _documents(data: ChecklistData) -> Table:
    rows = [[TickBox(), fl.para(document, CELL)] for document in data.documents]
    return fl.table(
        rows,
        col_widths=[8 * mm, WIDTH - 8 * mm],
        style=[*fl.no_padding(bottom=3), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )


def _progress(notes: Sequence[tuple[datetime, str, str]]) -> Table:
    head = [fl.para(text, CELL_HEAD) for text in ("Tanggal", "Tahap", "Catatan", "Paraf")]
    rows: list[list[Any]] = [
        [fl.para(f"{at.astimezone():%d-%m-%Y}", CELL), fl.para(stage, CELL), fl.para(note, CELL), ""]
        for at, stage, note in notes
    ]
    rows += [["", "", "", ""] for _ in range(BLANK_NOTE_ROWS)]
    heights = [None] * (1 + len(notes)) + [8 * mm] * BLANK_NOTE_ROWS  # room to write by hand
    return _boxed(
        [head, *rows], [24 * mm, 38 * mm, WIDTH - 80 * mm, 18 * mm], header=True, rowHeights=heights
    )
