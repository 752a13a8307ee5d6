"""Tanda terima: one A4 page (or more, for long item lists) per handover of goods.

Built of TextGrid blocks and two flowables that draw themselves, not of ReportLab Tables and
Paragraphs: a distribution day prints hundreds at once (issue 10: 500 with QR codes under 2 s), and
ReportLab's general machinery cost four to five times a bare canvas for the same pages.
"""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, PageBreak, Spacer

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import package_contents as pc
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import Issuer, ReceiptData
from tangsel_desktop.documents.pdf_output import without_ascii85, write_pdf
from tangsel_desktop.documents.qr_drawing import draw_qr
from tangsel_desktop.documents.text_grid import GridLook, GridRow, Reused, TextCell, TextGrid, text_block
from tangsel_desktop.domain.formatting import format_date, format_long_date
from tangsel_desktop.domain.identity_numbers import printable_nik
from tangsel_desktop.domain.rupiah_words import rupiah_in_words

# A4 rather than A5: kelurahan printers hold A4, a thumb box and two signature boxes fit without
# crowding, a long item list still fits one page, and the sheet files with the office's other A4 papers.
PAGE = A4
MARGINS = (20 * mm, 20 * mm, 14 * mm, 18 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]
QR_SIZE = 26 * mm
THUMB = (25 * mm, 30 * mm)  # a whole thumb, rolled, with room to spare
SIGNATURE = (48 * mm, 30 * mm)

LABEL = fl.style("receipt-label", 10)
VALUE = fl.style("receipt-value", 10)
VALUE_BOLD = fl.style("receipt-value-bold", 10.5, bold=True)
TITLE = fl.style("receipt-title", 15, bold=True, align="center", space_after=2)
NUMBER = fl.style("receipt-number", 10.5, align="center")
SMALL = fl.style("receipt-small", 8.5)
SIGN_NAME = fl.style("receipt-sign-name", 10, bold=True, align="center")
SIGN_TEXT = fl.style("receipt-sign-text", 10, align="center")
SIGN_SMALL = fl.style("receipt-sign-small", 8.5, align="center")
KOP_CITY = fl.style("receipt-kop-city", 10, bold=True, align="center")
KOP_OFFICE = fl.style("receipt-kop-office", 12, bold=True, align="center")
KOP_CONTACT = fl.style("receipt-kop-contact", 8.5, align="center")
SIGN_SMALL_BOLD = fl.style("receipt-sign-small-bold", 8.5, bold=True, align="center")
VOID_HEAD = fl.style("receipt-void-head", 11, bold=True, color=pf.STAMP_RED)
VOID_TEXT = fl.style("receipt-void-text", 9)


def render_receipts(target: Path | BinaryIO, receipts: Sequence[ReceiptData], issuer: Issuer) -> int:
    """Write every receipt, each starting on a new page; returns the number of pages."""
    if not receipts:
        raise ValueError("tidak ada tanda terima untuk dicetak")
    with without_ascii85():
        return write_pdf(target, lambda stream: _render(stream, receipts, issuer))


def _render(stream: BinaryIO, receipts: Sequence[ReceiptData], issuer: Issuer) -> int:
    owners = fl.PageOwners()

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        receipt = receipts[owners.end_page()]
        if receipt.is_void:
            pf.draw_void_watermark(canvas, *PAGE)
        elif receipt.is_copy:
            pf.draw_copy_watermark(canvas, *PAGE)

    def paint_footer(canvas: Canvas, number: int, total: int) -> None:
        owner, within, count = owners.position(number)
        receipt = receipts[owner]
        pf.draw_footer_line(
            canvas,
            left=f"Tanda terima Nomor {receipt.number}{' · BATAL' if receipt.is_void else ''}",
            right=pf.page_of(within, count),
            x0=MARGINS[0],
            x1=PAGE[0] - MARGINS[1],
            y=9 * mm,
        )

    story: list[Flowable] = []
    for index, receipt in enumerate(receipts):
        if index:
            story.append(PageBreak())
        story.append(owners.mark(index))
        story.extend(_receipt_story(receipt, issuer))
    title = "Tanda Terima" if len(receipts) > 1 else f"Tanda Terima {receipts[0].number}"
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=MARGINS,
        title=title,
        author=issuer.office_name,
        on_page_end=on_page_end,
        paint_footer=paint_footer,
    )


def _receipt_story(receipt: ReceiptData, issuer: Issuer) -> list[Flowable]:
    value = pc.package_value(receipt.items, receipt.package_value)
    story: list[Flowable] = [
        _Letterhead(issuer, receipt.qr_payload),
        fl.rule(WIDTH),
        _line("TANDA TERIMA BARANG", TITLE),
        Spacer(1, 2),
        _line(f"Nomor: {receipt.number}", NUMBER),
    ]
    if receipt.is_copy:
        story += [Spacer(1, 4), fl.CopyLabel()]
    if receipt.is_void:
        story += [Spacer(1, 6), _void_notice(receipt)]
    story += [
        Spacer(1, 8),
        _details(receipt, issuer),
        Spacer(1, 7),
        _line("Barang yang diterima:", LABEL),
        Spacer(1, 3),
        Reused(("items", receipt.items, value, WIDTH), pc.items_table(receipt.items, WIDTH, value=value)),
    ]
    if value and pc.priced(receipt.items):
        story += [Spacer(1, 3), _line(f"Terbilang: {rupiah_in_words(value)}", SMALL)]
    story += [
        Spacer(1, 8),
        KeepTogether(
            [
                _line(
                    "Barang tersebut di atas telah diterima dengan baik dan lengkap oleh penerima "
                    "atau wakilnya.",
                    LABEL,
                ),
                Spacer(1, 12),
                _Signatures(receipt),
            ]
        ),
    ]
    return story


class _Letterhead(Flowable):
    """Kop surat (as fl.letterhead draws it) centred on the page, the QR in the top right corner."""

    def __init__(self, issuer: Issuer, qr_payload: str | None) -> None:
        super().__init__()
        self.qr_payload = qr_payload
        side = QR_SIZE + 2 * mm
        self.side = side
        grid = TextGrid(
            [WIDTH - 2 * side],
            [
                GridRow([(f"PEMERINTAH {issuer.city.upper()}", KOP_CITY)]),
                GridRow([(issuer.office_name.upper(), KOP_OFFICE)]),
                GridRow([(issuer.contact, KOP_CONTACT)]),
            ],
            GridLook(padding=(0, 0, 0, 0)),
        )
        self.lines = Reused(("kop", issuer, WIDTH - 2 * side), grid)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, text_height = self.lines.wrap(available_width, available_height)
        self.height = max(QR_SIZE, text_height)
        return WIDTH, self.height

    def draw(self) -> None:
        self.lines.drawOn(self.canv, self.side, (self.height - self.lines.height) / 2)
        if self.qr_payload:
            draw_qr(self.canv, self.qr_payload, WIDTH - QR_SIZE, self.height - QR_SIZE, QR_SIZE)


def _line(text: str, style: ParagraphStyle) -> TextGrid:
    return text_block(text, style, WIDTH)


def _void_notice(receipt: ReceiptData) -> Flowable:
    """Why the handover was voided, by whom and when, boxed in red under the number."""
    by = receipt.voided_by.strip()
    when = f" pada {_date_and_time(receipt.voided_at)}" if receipt.voided_at else ""
    rows = [
        GridRow([("DIBATALKAN: tanda terima ini tidak berlaku.", VOID_HEAD)]),
        GridRow([(f"Alasan: {receipt.void_reason.strip() or '(tidak dicatat)'}", VOID_TEXT)]),
    ]
    if by or when:
        rows.append(GridRow([(f"Dibatalkan{' oleh ' + by if by else ''}{when}.", VOID_TEXT)]))
    return _Boxed(TextGrid([WIDTH - 12], rows, GridLook(padding=(0, 0, 0, 1))))


class _Boxed(Flowable):
    """A grid inside a red frame, 6 points of room all round."""

    def __init__(self, inner: TextGrid) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.inner.wrap(available_width - 12, available_height)
        self.height = height + 10
        return WIDTH, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.inner.drawOn(canvas, 6, 5)
        canvas.saveState()
        canvas.setStrokeColor(pf.STAMP_RED)
        canvas.setLineWidth(1.5)
        canvas.rect(0, 0, WIDTH, self.height, stroke=1, fill=0)
        canvas.restoreState()


# The zone Indonesian papers name after the time; the offset is the laptop's local one.
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def _clock(moment: datetime) -> str:
    """09.41 WIB: the local time with the dot Indonesian uses, and its zone."""
    local = moment.astimezone()
    offset = local.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    zone = _ZONES.get(int(hours)) if hours.is_integer() else None
    if zone is None:
        sign = "+" if hours >= 0 else "-"
        minutes = round(abs(hours) * 60)
        zone = f"UTC{sign}{minutes // 60:02d}.{minutes % 60:02d}"
    return f"{local:%H.%M} {zone}"


def _date_and_time(moment: datetime) -> str:
    return f"{format_date(moment.astimezone().date())} pukul {_clock(moment)}"


def _details(receipt: ReceiptData, issuer: Issuer) -> TextGrid:
    when = format_long_date(receipt.handed_on)
    if receipt.handed_at is not None:
        when = f"{when}, pukul {_clock(receipt.handed_at)}"
    rows: list[tuple[str, str, bool]] = [("Tanggal", when, False)]
    if receipt.program:
        rows.append(("Program", receipt.program, False))
    if receipt.round_name or receipt.round_month:
        month = receipt.round_month.label() if receipt.round_month else ""
        rows.append(("Tahap", " · ".join(part for part in (receipt.round_name, month) if part), False))
    rows.append(("Diserahkan oleh", issuer.office_name, False))
    rows.append(("Nama penerima", receipt.recipient_name, True))
    if receipt.recipient_role:
        rows.append(("Kedudukan", receipt.recipient_role, False))
    if receipt.family_kk:
        rows.append(("No. KK", fl.nik_for_print(receipt.family_kk), False))
    rows += [
        ("NIK", fl.nik_for_print(receipt.recipient_nik), False),
        ("Alamat", receipt.recipient_address, False),
    ]
    if receipt.rt or receipt.rw:
        rows.append(("RT / RW", f"RT {receipt.rt or '–'} / RW {receipt.rw or '–'}", False))
    if receipt.proxy_name:
        relation = f" ({receipt.proxy_relationship})" if receipt.proxy_relationship else ""
        # A proxy's NIK is printed only when it is a real one, never a temporary number (DOMAIN.md).
        proxy_nik = printable_nik(receipt.proxy_nik or "")
        nik = f", NIK {proxy_nik}" if proxy_nik else ""
        rows.append(("Diwakili oleh", f"{receipt.proxy_name}{relation}{nik}", True))
    # One grid, drawn row by row: a reader (or pdftotext) meets each label just before its value.
    return TextGrid(
        [34 * mm, 4 * mm, WIDTH - 38 * mm],
        [
            GridRow([(label, LABEL), (":", LABEL), (value, VALUE_BOLD if bold else VALUE)])
            for label, value, bold in rows
        ],
        GridLook(padding=(0, 0, 0, 3)),
    )


_HINTS = {
    None: "Isi salah satu: tanda tangan atau cap jempol.",
    "signature": "Penerima menandatangani kotak bergaris tebal.",
    "thumbprint": "Penerima memberi cap jempol di kotak bergaris tebal.",
}


class _Signatures(Flowable):
    """Recipient (signature OR thumbprint) on the left, the officer on the right, as Indonesian forms do.

    With the mark the ledger recorded, its box is drawn heavy and the other faint: on a busy desk the
    recipient's hand goes to the right box without a word.
    """

    def __init__(self, receipt: ReceiptData) -> None:
        super().__init__()
        half = WIDTH / 2
        self.half = half
        mark = receipt.mark
        sign: fl.BoxEmphasis = "chosen" if mark == "signature" else "unused" if mark else "plain"
        thumb: fl.BoxEmphasis = "chosen" if mark == "thumbprint" else "unused" if mark else "plain"
        self.boxes = [
            fl.SignatureBox(
                "TANDA TANGAN DI SINI" if sign == "chosen" else "Tanda tangan", *SIGNATURE, emphasis=sign
            ),
            fl.SignatureBox(
                "CAP JEMPOL DI SINI" if thumb == "chosen" else "Cap jempol", *THUMB, emphasis=thumb
            ),
            fl.SignatureBox("Tanda tangan", SIGNATURE[0] + 10 * mm, SIGNATURE[1]),
        ]
        self.between = "" if mark else "atau"
        column = GridLook(padding=(3, 3, 2, 2))
        place_date = f"{receipt.place}, {format_date(receipt.handed_on)}"
        self.above = TextGrid(
            [half, half],
            [
                GridRow([None, (place_date, SIGN_TEXT)]),
                GridRow([("Yang menerima,", SIGN_TEXT), ("Yang menyerahkan,", SIGN_TEXT)]),
            ],
            column,
        )
        on_behalf: TextCell = (
            (f"atas nama {receipt.recipient_name}", SIGN_SMALL) if receipt.proxy_name else None
        )
        self.below = TextGrid(
            [half, half],
            [
                GridRow(
                    [
                        (receipt.proxy_name or receipt.recipient_name, SIGN_NAME),
                        (receipt.officer_name, SIGN_NAME),
                    ]
                ),
                GridRow([on_behalf, ("Petugas", SIGN_SMALL)]),
                GridRow([(_HINTS[mark], SIGN_SMALL_BOLD if mark else SIGN_SMALL), None]),
            ],
            GridLook(padding=(3, 3, 0, 2)),
        )
        self.box_height = SIGNATURE[1] + fl.SignatureBox.CAPTION_SIZE * 1.6 + 10

        self.frame = Reused(("signature-frame", place_date, mark, WIDTH), _SignatureFrame(self))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, frame = self.frame.wrap(WIDTH, available_height)
        _, below = self.below.wrap(WIDTH, available_height)
        self.height = frame + below
        return WIDTH, self.height

    def draw(self) -> None:
        self.frame.drawOn(self.canv, 0, self.below.height)
        self.below.drawOn(self.canv, 0, 0)


class _SignatureFrame(Flowable):
    """The part of the signature block every receipt of a day shares: place and date, the captions
    and the boxes, "atau" between the recipient's two."""

    def __init__(self, block: _Signatures) -> None:
        super().__init__()
        self.block = block

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, above = self.block.above.wrap(WIDTH, available_height)
        self.height = above + self.block.box_height
        return WIDTH, self.height

    def draw(self) -> None:
        canvas = self.canv
        block = self.block
        block.above.drawOn(canvas, 0, self.height - block.above.height)
        box_bottom = 4.0
        # The recipient's two boxes, "atau" between them, centred in the left half as one group.
        group = block.half - 2 * mm
        left = (block.half - group) / 2
        sign, thumb, officer = block.boxes
        sign.drawOn(canvas, left, box_bottom)
        thumb.drawOn(canvas, left + group - THUMB[0], box_bottom)
        if block.between:
            canvas.saveState()
            canvas.setFont(SIGN_SMALL.fontName, SIGN_SMALL.fontSize)
            middle = left + SIGNATURE[0] + (group - SIGNATURE[0] - THUMB[0]) / 2
            canvas.drawCentredString(middle, box_bottom + SIGNATURE[1] / 2 - 3, block.between)
            canvas.restoreState()
        officer.drawOn(canvas, block.half + (block.half - officer.box_width) / 2, box_bottom)
