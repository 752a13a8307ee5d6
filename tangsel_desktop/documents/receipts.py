"""Tanda terima: one A4 page (or more, for long item lists) per handover of goods."""

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, PageBreak, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import Issuer, ReceiptData
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import format_date, format_long_date

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
CELL = fl.style("receipt-cell", 10)
CELL_RIGHT = fl.style("receipt-cell-right", 10, align="right")
CELL_HEAD = fl.style("receipt-head", 10, bold=True)
CELL_HEAD_RIGHT = fl.style("receipt-head-right", 10, bold=True, align="right")
SMALL = fl.style("receipt-small", 8.5)
SIGN_NAME = fl.style("receipt-sign-name", 10, bold=True, align="center")
SIGN_TEXT = fl.style("receipt-sign-text", 10, align="center")
SIGN_SMALL = fl.style("receipt-sign-small", 8.5, align="center")


def render_receipts(target: Path | BinaryIO, receipts: Sequence[ReceiptData], issuer: Issuer) -> int:
    """Write every receipt, each starting on a new page; returns the number of pages."""
    if not receipts:
        raise ValueError("tidak ada tanda terima untuk dicetak")
    return write_pdf(target, lambda stream: _render(stream, receipts, issuer))


def _render(stream: BinaryIO, receipts: Sequence[ReceiptData], issuer: Issuer) -> int:
    owners = fl.PageOwners()

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        if receipts[owners.end_page()].is_copy:
            pf.draw_copy_watermark(canvas, *PAGE)

    def paint_footer(canvas: Canvas, number: int, total: int) -> None:
        owner, within, count = owners.position(number)
        pf.draw_footer_line(
            canvas,
            left=f"Tanda terima Nomor {receipts[owner].number}",
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
    return [
        _header(receipt, issuer),
        fl.rule(WIDTH),
        fl.para("TANDA TERIMA BARANG", TITLE),
        fl.para(f"Nomor: {receipt.number}", NUMBER),
        *([Spacer(1, 4), fl.CopyLabel()] if receipt.is_copy else []),
        Spacer(1, 10),
        _details(receipt, issuer),
        Spacer(1, 10),
        fl.para("Barang yang diterima:", LABEL),
        Spacer(1, 3),
        _items(receipt),
        Spacer(1, 8),
        KeepTogether(
            [
                fl.para(
                    "Barang tersebut di atas telah diterima dengan baik dan lengkap oleh penerima "
                    "atau wakilnya.",
                    LABEL,
                ),
                Spacer(1, 12),
                _signatures(receipt),
            ]
        ),
    ]


def _header(receipt: ReceiptData, issuer: Issuer) -> Table:
    """The letterhead with the QR in the top right corner; the letterhead stays centred on the page."""
    qr: Flowable = fl.QrCode(receipt.qr_payload, QR_SIZE) if receipt.qr_payload else Spacer(QR_SIZE, 1)
    side = QR_SIZE + 2 * mm
    table = fl.table(
        [["", fl.letterhead(issuer), qr]],
        col_widths=[side, WIDTH - 2 * side, side],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            *fl.no_padding(),
        ],
    )
    return table


def _details(receipt: ReceiptData, issuer: Issuer) -> Table:
    rows: list[tuple[str, str, bool]] = [
        ("Tanggal", format_long_date(receipt.handed_on), False),
        *([("Program", receipt.program, False)] if receipt.program else []),
        ("Diserahkan oleh", issuer.office_name, False),
        ("Nama penerima", receipt.recipient_name, True),
        ("NIK", fl.nik_for_print(receipt.recipient_nik), False),
        ("Alamat", receipt.recipient_address, False),
    ]
    if receipt.proxy_name:
        relation = f" ({receipt.proxy_relationship})" if receipt.proxy_relationship else ""
        rows.append(("Diwakili oleh", f"{receipt.proxy_name}{relation}", True))
    data = [
        [fl.para(label, LABEL), fl.para(":", LABEL), fl.para(value, VALUE_BOLD if bold else VALUE)]
        for label, value, bold in rows
    ]
    return fl.table(
        data,
        col_widths=[34 * mm, 4 * mm, WIDTH - 38 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *fl.no_padding(bottom=3)],
    )


def _items(receipt: ReceiptData) -> Table:
    head = [
        fl.para("No", CELL_HEAD_RIGHT),
        fl.para("Nama barang", CELL_HEAD),
        fl.para("Jumlah", CELL_HEAD_RIGHT),
        fl.para("Satuan", CELL_HEAD),
    ]
    rows: list[list[Flowable | str]] = [
        [
            fl.para(str(number), CELL_RIGHT),
            fl.para(item.name, CELL),
            fl.para(item.quantity, CELL_RIGHT),
            fl.para(item.unit, CELL),
        ]
        for number, item in enumerate(receipt.items, start=1)
    ] or [["", fl.para("(tidak ada barang)", CELL), "", ""]]
    return fl.table(
        [head, *rows],
        col_widths=[12 * mm, WIDTH - 72 * mm, 28 * mm, 32 * mm],
        repeatRows=1,
        style=[
            ("GRID", (0, 0), (-1, -1), 0.6, pf.INK),
            ("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _signatures(receipt: ReceiptData) -> Table:
    """Recipient (signature OR thumbprint) on the left, the officer on the right, as Indonesian forms do."""
    half = WIDTH / 2
    signer = receipt.proxy_name or receipt.recipient_name
    on_behalf = (
        fl.para(f"atas nama {receipt.recipient_name}", SIGN_SMALL) if receipt.proxy_name else Spacer(1, 1)
    )
    gap = half - SIGNATURE[0] - THUMB[0] - 2 * mm
    recipient_boxes = fl.table(
        [
            [
                fl.SignatureBox("Tanda tangan", *SIGNATURE),
                fl.para("atau", SIGN_SMALL),
                fl.SignatureBox("Cap jempol", *THUMB),
            ]
        ],
        col_widths=[SIGNATURE[0], gap, THUMB[0]],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
            *fl.no_padding(),
        ],
    )
    place_date = f"{receipt.place}, {format_date(receipt.handed_on)}"
    data: list[list[Flowable | list[Flowable] | str]] = [
        ["", fl.para(place_date, SIGN_TEXT)],
        [fl.para("Yang menerima,", SIGN_TEXT), fl.para("Yang menyerahkan,", SIGN_TEXT)],
        [recipient_boxes, fl.SignatureBox("Tanda tangan", SIGNATURE[0] + 10 * mm, SIGNATURE[1])],
        [
            [fl.para(signer, SIGN_NAME), on_behalf],
            [fl.para(receipt.officer_name, SIGN_NAME), fl.para("Petugas", SIGN_SMALL)],
        ],
        [fl.para("Isi salah satu: tanda tangan atau cap jempol.", SIGN_SMALL), ""],
    ]
    return fl.table(
        data,
        col_widths=[half, half],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 2), (-1, 2), 6),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 4),
        ],
    )
