"""Berita acara serah terima (BAST) from the kelurahan to Dinas Sosial, and the round's stock report.

The BAST follows the form Indonesian offices use: the opening sentence spells the day out ("Pada hari
ini, Selasa tanggal Dua Puluh Tiga bulan September tahun Dua Ribu Dua Puluh Lima"), names PIHAK
PERTAMA and PIHAK KEDUA, reconciles the packages in a table, states the package and its value, and
closes with both signatures and the Lurah's "Mengetahui".
"""

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import package_contents as pc
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import (
    HandoverParty,
    HandoverReportData,
    Issuer,
    ReportColumn,
    ReportData,
    Signatory,
    StockMove,
)
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import (
    MONTHS,
    WEEKDAYS,
    format_count,
    format_date,
    format_rupiah,
    format_short_date,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.rupiah_words import rupiah_in_words, terbilang

PAGE = A4
MARGINS = (22 * mm, 20 * mm, 14 * mm, 18 * mm)
WIDTH = PAGE[0] - MARGINS[0] - MARGINS[1]
QR_SIZE = 22 * mm

TITLE = fl.style("bast-title", 13.5, bold=True, align="center")
SUBTITLE = fl.style("bast-subtitle", 11, bold=True, align="center")
NUMBER = fl.style("bast-number", 10.5, align="center")
BODY = fl.style("bast-body", 10.5, leading=15)
BODY_BOLD = fl.style("bast-body-bold", 10.5, bold=True, leading=15)
CELL = fl.style("bast-cell", 10)
CELL_RIGHT = fl.style("bast-cell-right", 10, align="right")
CELL_BOLD = fl.style("bast-cell-bold", 10, bold=True)
CELL_BOLD_RIGHT = fl.style("bast-cell-bold-right", 10, bold=True, align="right")
CELL_SMALL = fl.style("bast-cell-small", 9)
SIGN_TEXT = fl.style("bast-sign", 10.5, align="center", leading=14)
SIGN_BOLD = fl.style("bast-sign-bold", 10.5, bold=True, align="center", leading=14)
SIGN_SPACE = 20 * mm


def render_handover_report(target: Path | BinaryIO, report: HandoverReportData, issuer: Issuer) -> int:
    """Write the berita acara; returns the number of pages. Counts that do not add up are refused:
    a BAST is signed by two offices and must never carry a stock below zero."""
    if report.on_hand < 0:
        raise ValueError(
            f"stok tidak cocok: diterima {report.received_total}, diserahkan {report.handed_over}, "
            f"dikembalikan {report.returned}, rusak {report.damaged}"
        )
    if not 0 <= report.by_proxy <= report.handed_over:
        raise ValueError("jumlah yang diterima wakil harus antara 0 dan jumlah yang diserahkan")
    return write_pdf(target, lambda stream: _render(stream, report, issuer))


def _render(stream: BinaryIO, report: HandoverReportData, issuer: Issuer) -> int:
    footer = f"Berita acara serah terima Nomor {report.number}"

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        if report.is_copy:
            pf.draw_copy_watermark(canvas, *PAGE)

    paint_footer = pf.running_footer(footer, x0=MARGINS[0], x1=PAGE[0] - MARGINS[1], y=9 * mm)

    value = pc.package_value(report.items, report.package_value)
    story: list[Flowable] = [
        _header(report, issuer),
        fl.rule(WIDTH),
        Paragraph("<u>BERITA ACARA SERAH TERIMA</u>", TITLE),
        Spacer(1, 3),
        fl.para(f"PENYALURAN {report.program.upper()}", SUBTITLE),
        Spacer(1, 3),
        fl.para(f"Nomor: {report.number}", NUMBER),
        *([Spacer(1, 4), fl.CopyLabel()] if report.is_copy else []),
        Spacer(1, 10),
        fl.para(_opening(report.signed_on, report.venue), BODY),
        Spacer(1, 4),
        _party(1, report.first_party, "PIHAK PERTAMA"),
        Spacer(1, 4),
        _party(2, report.second_party, "PIHAK KEDUA"),
        Spacer(1, 8),
        # The reconciliation never leaves its sentence or a row behind on another page.
        KeepTogether(
            [
                fl.para(
                    f"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA laporan penyaluran {report.program} "
                    f"{report.round_name} bulan {report.round_month.label()} beserta daftar tanda terima "
                    "penerima, dengan rincian paket sebagai berikut:",
                    BODY,
                ),
                Spacer(1, 5),
                _reconciliation(report),
            ]
        ),
        Spacer(1, 10),
        KeepTogether(
            [
                fl.para("Isi satu paket:", BODY),
                Spacer(1, 3),
                pc.items_table(report.items, WIDTH, value=value),
            ]
        ),
        *_value_lines(report, value),
        *_attachments(report.attachments),
        Spacer(1, 8),
        fl.para(
            "Demikian berita acara serah terima ini dibuat dengan sebenarnya dalam rangkap 2 (dua), "
            "masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.",
            BODY,
        ),
        Spacer(1, 12),
        _signatures(report, issuer),
    ]
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=MARGINS,
        title=f"Berita Acara Serah Terima {report.number}",
        author=issuer.office_name,
        on_page_end=on_page_end,
        paint_footer=paint_footer,
    )


def _header(report: HandoverReportData, issuer: Issuer) -> Table:
    qr: Flowable = fl.QrCode(report.qr_payload, QR_SIZE) if report.qr_payload else Spacer(QR_SIZE, 1)
    side = QR_SIZE + 2 * mm
    return fl.table(
        [["", fl.letterhead(issuer), qr]],
        col_widths=[side, WIDTH - 2 * side, side],
        style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT"), *fl.no_padding()],
    )


def spelled_date(day: date) -> str:
    """Selasa tanggal Dua Puluh Tiga bulan September tahun Dua Ribu Dua Puluh Lima (23-09-2025)."""
    return (
        f"{WEEKDAYS[day.weekday()]} tanggal {terbilang(day.day).title()} bulan {MONTHS[day.month - 1]} "
        f"tahun {terbilang(day.year).title()} ({day.day:02d}-{day.month:02d}-{day.year})"
    )


def _opening(day: date, venue: str) -> str:
    where = f", bertempat di {venue}" if venue.strip() else ""
    return f"Pada hari ini, {spelled_date(day)}{where}, kami yang bertanda tangan di bawah ini:"


def _party(index: int, party: HandoverParty, role: str) -> Table:
    rows = [("Nama", party.name, True)]
    if party.nip.strip():
        rows.append(("NIP", party.nip, False))
    rows += [("Jabatan", party.position, False), ("Instansi", party.office, False)]
    data: list[list[Flowable | str]] = [
        [
            fl.para(f"{index}." if number == 0 else "", BODY),
            fl.para(label, BODY),
            fl.para(":", BODY),
            fl.para(value, BODY_BOLD if bold else BODY),
        ]
        for number, (label, value, bold) in enumerate(rows)
    ]
    acting = (
        f"Dalam hal ini bertindak untuk dan atas nama {fl.markup(party.office)}, "
        f"selanjutnya disebut <b>{role}</b>."
    )
    data.append(["", Paragraph(acting, BODY), "", ""])
    return fl.table(
        data,
        col_widths=[7 * mm, 24 * mm, 4 * mm, WIDTH - 35 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (1, -1), (3, -1)), *fl.no_padding(bottom=1)],
    )


def _reconciliation(report: HandoverReportData) -> Table:
    """Received (with each incoming BAST), handed over (of which by proxy), returned, damaged, on hand."""
    rows: list[tuple[str, str, int | None, str, bool]] = [
        ("1", "Paket diterima", report.received_total, "", True),
    ]
    for receipt in report.received:
        sender = f" dari {receipt.from_whom}" if receipt.from_whom.strip() else ""
        detail = f"BAST Nomor {receipt.bast_number}, tanggal {format_date(receipt.received_on)}{sender}"
        rows.append(("", f"– {detail}", receipt.count, "", False))
    planned = "" if report.planned is None else f"dari {format_count(report.planned)} penerima dalam daftar"
    rows += [
        ("2", "Paket diserahkan kepada penerima", report.handed_over, planned, True),
        ("", "– di antaranya diterima oleh wakil (kuasa)", report.by_proxy, "", False),
        ("3", "Paket dikembalikan kepada Dinas Sosial", report.returned, "", True),
        ("4", "Paket rusak", report.damaged, "", True),
        ("5", "Sisa paket di kelurahan", report.on_hand, "(1) − (2) − (3) − (4)", True),
    ]
    if report.planned is not None:
        not_collected = max(report.planned - report.handed_over, 0)
        rows.append(("", "Penerima dalam daftar yang belum mengambil", not_collected, "", False))
    on_hand_row = next(index for index, row in enumerate(rows, start=1) if row[0] == "5")
    head = [
        fl.para("No", CELL_BOLD_RIGHT),
        fl.para("Uraian", CELL_BOLD),
        fl.para("Jumlah (paket)", CELL_BOLD_RIGHT),
        fl.para("Keterangan", CELL_BOLD),
    ]
    body = [
        [
            fl.para(number, CELL_RIGHT),
            fl.para(label, CELL_BOLD if bold else CELL),
            fl.para("" if count is None else format_count(count), CELL_BOLD_RIGHT if bold else CELL_RIGHT),
            fl.para(note, CELL_SMALL),
        ]
        for number, label, count, note, bold in rows
    ]
    return fl.table(
        [head, *body],
        col_widths=[10 * mm, WIDTH - 86 * mm, 28 * mm, 48 * mm],
        repeatRows=1,
        style=[
            ("GRID", (0, 0), (-1, -1), 0.6, pf.INK),
            ("BACKGROUND", (0, 0), (-1, 0), pf.HEADER_FILL),
            ("BACKGROUND", (0, on_hand_row), (-1, on_hand_row), pf.HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _value_lines(report: HandoverReportData, value: int | None) -> list[Flowable]:
    if value is None:
        return []
    total = value * report.handed_over
    return [
        Spacer(1, 6),
        fl.para(
            f"Nilai paket yang telah diserahkan: {format_count(report.handed_over)} paket × "
            f"{format_rupiah(value)} = {format_rupiah(total)} ({rupiah_in_words(total)}).",
            BODY,
        ),
    ]


def _attachments(attachments: Sequence[str]) -> list[Flowable]:
    if not attachments:
        return []
    parts: list[Flowable] = [Spacer(1, 6), fl.para("Lampiran:", BODY)]
    parts += [fl.para(f"{number}. {text}", BODY) for number, text in enumerate(attachments, start=1)]
    return parts


def _signature_rows(parties: Sequence[tuple[str, str, HandoverParty]]) -> list[list[Flowable | str]]:
    """Heading, role, position, room to sign, name and NIP as rows, so that the names side by side
    stand on one line even when one position takes two lines."""
    rows: list[list[Flowable | str]] = [
        [fl.para(heading, SIGN_TEXT) for heading, _, _ in parties],
        [Paragraph(f"<b>{role}</b>", SIGN_TEXT) for _, role, _ in parties],
        [fl.para(party.position, SIGN_TEXT) for _, _, party in parties],
        [Spacer(1, SIGN_SPACE) for _ in parties],
        [Paragraph(f"<u><b>{fl.markup(party.name)}</b></u>", SIGN_TEXT) for _, _, party in parties],
    ]
    if any(party.nip.strip() for _, _, party in parties):
        rows.append(
            [fl.para(f"NIP {party.nip}" if party.nip.strip() else "", SIGN_TEXT) for _, _, party in parties]
        )
    return rows


def _signatures(report: HandoverReportData, issuer: Issuer) -> KeepTogether:
    """PIHAK KEDUA on the left, PIHAK PERTAMA on the right under the place and date, as Indonesian
    berita acara stand; "Mengetahui" and the Lurah centred beneath them."""
    half = WIDTH / 2
    place_date = f"{report.place}, {format_date(report.signed_on)}"
    rows = _signature_rows(
        [
            ("Yang menerima,", "PIHAK KEDUA", report.second_party),
            ("Yang menyerahkan,", "PIHAK PERTAMA", report.first_party),
        ]
    )
    pair = fl.table(
        [["", fl.para(place_date, SIGN_TEXT)], *rows],
        col_widths=[half, half],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *fl.no_padding(bottom=1),
        ],
    )
    head = report.acknowledged_by or _office_head(issuer)
    witness = _signature_rows([("Mengetahui,", "", head)])
    del witness[1]  # "Mengetahui" has no role
    below = fl.table(witness, col_widths=[half], hAlign="CENTER", style=fl.no_padding(bottom=1))
    return KeepTogether([pair, Spacer(1, 12), below])


def _office_head(issuer: Issuer) -> HandoverParty:
    """The issuer's head as "Mengetahui" signs: "Lurah Sawah" from "Kelurahan Sawah, Kecamatan Ciputat";
    a blank line to write the name on when none is set."""
    office = issuer.office_name.split(",")[0].strip()
    position = issuer.head_title
    if issuer.head_title == "Lurah" and office.startswith("Kelurahan "):
        position = f"Lurah {office.removeprefix('Kelurahan ')}"
    return HandoverParty(
        name=issuer.head_name or "(" + "." * 40 + ")", position=position, office=issuer.office_name
    )


# --- the stock report -------------------------------------------------------------------------

_KIND_LABELS = {
    "received": "Diterima",
    "handed_over": "Diserahkan kepada penerima",
    "returned": "Dikembalikan",
    "damaged": "Rusak",
}


def stock_report(
    *,
    office_name: str,
    program: str,
    round_name: str,
    round_month: YearMonth,
    moves: Sequence[StockMove],
    printed_by: str,
    printed_at: datetime,
    signatures: tuple[Signatory, ...] = (),
) -> ReportData:
    """The round's stock moves in date order with the balance after each, for render_report.

    Handovers of one day are one line ("37 tanda terima"): the ledger holds each, and a stock report
    of 500 single packages would hide the deliveries and write-offs between them. Moves of one day
    keep the order given.
    """
    ordered = sorted(enumerate(moves), key=lambda pair: (pair[1].moved_on, pair[0]))
    lines: list[tuple[date, str, str, int, int, str]] = []  # day, kind, reference, in, out, note
    handovers: dict[date, int] = {}
    for _, move in ordered:
        if move.count < 0:
            raise ValueError("jumlah paket pada mutasi stok tidak boleh negatif")
        if move.kind == "handed_over":
            if lines and lines[-1][1] == "handed_over" and lines[-1][0] == move.moved_on:
                day, kind, _, count_in, count_out, note = lines[-1]
                handovers[day] += 1
                lines[-1] = (
                    day,
                    kind,
                    f"{handovers[day]} tanda terima",
                    count_in,
                    count_out + move.count,
                    note,
                )
                continue
            handovers[move.moved_on] = 1
            lines.append(
                (move.moved_on, move.kind, move.reference or "1 tanda terima", 0, move.count, move.note)
            )
        elif move.kind == "received":
            lines.append((move.moved_on, move.kind, move.reference, move.count, 0, move.note))
        else:
            lines.append((move.moved_on, move.kind, move.reference, 0, move.count, move.note))
    balance = 0
    rows: list[list[str | int | None]] = []
    totals = {"received": 0, "handed_over": 0, "returned": 0, "damaged": 0}
    for number, (day, kind, reference, count_in, count_out, note) in enumerate(lines, start=1):
        balance += count_in - count_out
        totals[kind] += count_in or count_out
        label = _KIND_LABELS[kind] + (f": {note}" if note.strip() else "")
        rows.append(
            [number, format_short_date(day), label, reference, count_in or None, count_out or None, balance]
        )
    columns = (
        ReportColumn("No", 0.5, align="right"),
        ReportColumn("Tanggal", 1.1),
        ReportColumn("Uraian", 3.0),
        ReportColumn("Referensi", 2.4),
        ReportColumn("Masuk", 0.9, align="right"),
        ReportColumn("Keluar", 0.9, align="right"),
        ReportColumn("Sisa", 0.9, align="right"),
    )
    total_in = totals["received"]
    total_out = totals["handed_over"] + totals["returned"] + totals["damaged"]
    return ReportData(
        title="Laporan Stok Paket Sembako",
        subtitle=f"{program} · {round_name} · {round_month.label()}",
        office_name=office_name,
        columns=columns,
        rows=rows,
        totals=("", "", "Jumlah", "", total_in, total_out, total_in - total_out),
        printed_by=printed_by,
        printed_at=printed_at,
        summary=(
            ("Paket diterima", f"{format_count(totals['received'])} paket"),
            ("Diserahkan kepada penerima", f"{format_count(totals['handed_over'])} paket"),
            ("Dikembalikan", f"{format_count(totals['returned'])} paket"),
            ("Rusak", f"{format_count(totals['damaged'])} paket"),
            ("Sisa di kelurahan", f"{format_count(total_in - total_out)} paket"),
        ),
        signatures=signatures,
    )
