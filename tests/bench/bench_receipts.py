"""Receipt printing benchmark: 500 sembako receipts with QR codes against bare ReportLab drawing the
same pages without them.

Run: python -m tests.bench.bench_receipts [--receipts 500] [--repeats 3]
Prints one JSON object. Three variants run alternately (A, B, C, A, B, C, ...) so a machine that warms
up or slows down mid-run affects all alike; each figure is the median of its runs, in wall-clock
seconds and in CPU seconds of this process (steadier when other work shares the machine):
- with_qr: render_receipts, the renderer the distribution desk prints with, each receipt with its
  signed QR code (issue 10's goal: 500 under 2 s);
- without_qr: the same renderer and receipts with no QR code: what the codes cost;
- bare_reportlab: the machine's limit for these pages: a plain canvas drawing the same texts, lines
  and boxes at fixed places in the same embedded fonts, with no layout engine, no QR code, nothing
  measured or wrapped. The ratio with_qr / bare_reportlab is what our layout and the codes cost.
"""

import argparse
import base64
import hashlib
import json
from datetime import UTC, date, datetime
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from tangsel_desktop.documents import fonts
from tangsel_desktop.documents.document_models import Issuer, ReceiptData, ReceiptItem
from tangsel_desktop.documents.package_contents import item_value, package_value
from tangsel_desktop.documents.pdf_output import PrintCanvas
from tangsel_desktop.documents.receipts import render_receipts
from tangsel_desktop.domain.formatting import format_date, format_long_date, format_rupiah
from tangsel_desktop.domain.months import YearMonth
from tests.bench.qr_timing import qr_variants, time_alternately

GOAL_SECONDS = 2.0
GOAL = f"with_qr < {GOAL_SECONDS:g} s for 500 receipts"
ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
    head_name="H. Ahmad Syarifuddin, S.Sos.",
)
NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Lestari Anggraeni", "Muhammad Rizky Ramadhan Saputra", "Nur")
ITEMS = (
    ReceiptItem("Beras premium", "10", "kg", 14_000),
    ReceiptItem("Minyak goreng", "2", "L", 18_000),
    ReceiptItem("Gula pasir", "1", "kg", 17_500),
    ReceiptItem("Telur ayam", "1", "kg", 28_000),
    ReceiptItem("Mi instan", "10", "bungkus", 3_100),
    ReceiptItem("Sarden", "2", "kaleng", 12_500),
)


def signed_payload(number: str) -> str:
    """A payload shaped like the signing service's: prefix, number, hash, signature (~175 chars)."""
    digest = hashlib.sha256(number.encode()).digest()
    signature = hashlib.sha512(digest).digest()  # stands in for the 64-byte Ed25519 signature
    encoded = base64.b32encode(signature).decode().rstrip("=")
    return f"TS1:TTS:{number}:{digest[:16].hex().upper()}:{encoded}"


def sample_receipts(count: int) -> list[ReceiptData]:
    receipts = []
    for index in range(count):
        number = f"TTS/36.74.04.1004/2026/{index + 1:06d}"
        by_proxy = index % 4 == 0
        receipts.append(
            ReceiptData(
                number=number,
                handed_on=date(2026, 3, 17),
                place="Tangerang Selatan",
                recipient_name=f"{NAMES[index % len(NAMES)]} {index}",
                recipient_nik=f"36740457088{index % 100000:05d}",
                recipient_address=f"Jl. Mawar No. {index % 90 + 1}, Kelurahan Sawah",
                items=ITEMS,
                officer_name="Rudi Hartono",
                program="Bantuan Sembako Keluarga Risiko Stunting",
                proxy_name="Budi Santoso" if by_proxy else None,
                proxy_relationship="Anak" if by_proxy else None,
                proxy_nik="3674041508900002" if by_proxy else None,
                qr_payload=signed_payload(number),
                round_name="Sembako Stunting Tahap 1",
                round_month=YearMonth(2026, 3),
                family_kk=f"36740412031{index % 100000:05d}",
                rt=f"{index % 20 + 1:03d}",
                rw=f"{index % 9 + 1:03d}",
                mark="thumbprint" if index % 3 == 0 else "signature",
                handed_at=datetime(2026, 3, 17, 2, index % 60, tzinfo=UTC),
            )
        )
    return receipts


def draw_bare(stream: BinaryIO, receipts: list[ReceiptData], issuer: Issuer) -> int:
    """The same pages on a bare canvas: every text, rule, grid and box at a fixed place; no QR code."""
    canvas = PrintCanvas(stream, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    left, right = 20 * mm, A4[0] - 20 * mm
    for receipt in receipts:
        top = A4[1] - 20 * mm
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawCentredString(A4[0] / 2, top, f"PEMERINTAH {issuer.city.upper()}")
        canvas.setFont(fonts.BOLD, 12)
        canvas.drawCentredString(A4[0] / 2, top - 14, issuer.office_name.upper())
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.drawCentredString(A4[0] / 2, top - 27, issuer.contact)
        canvas.setLineWidth(1.5)
        canvas.line(left, top - 48, right, top - 48)
        canvas.setFont(fonts.BOLD, 15)
        canvas.drawCentredString(A4[0] / 2, top - 70, "TANDA TERIMA BARANG")
        canvas.setFont(fonts.REGULAR, 10.5)
        canvas.drawCentredString(A4[0] / 2, top - 85, f"Nomor: {receipt.number}")
        details = [
            ("Tanggal", format_long_date(receipt.handed_on)),
            ("Program", receipt.program),
            ("Tahap", receipt.round_name),
            ("Diserahkan oleh", issuer.office_name),
            ("Nama penerima", receipt.recipient_name),
            ("No. KK", receipt.family_kk),
            ("NIK", receipt.recipient_nik),
            ("Alamat", receipt.recipient_address),
            ("RT / RW", f"RT {receipt.rt} / RW {receipt.rw}"),
            ("Diwakili oleh", receipt.proxy_name or ""),
        ]
        y = top - 110
        for label, value in details:
            canvas.setFont(fonts.REGULAR, 10)
            canvas.drawString(left, y, label)
            canvas.drawString(left + 34 * mm, y, ":")
            canvas.drawString(left + 38 * mm, y, value)
            y -= 14
        y -= 10
        canvas.setLineWidth(0.6)
        columns = [
            left,
            left + 10 * mm,
            right - 104 * mm,
            right - 85 * mm,
            right - 64 * mm,
            right - 31 * mm,
            right,
        ]
        rows = len(receipt.items) + 2
        for row in range(rows + 1):
            canvas.line(left, y - row * 17, right, y - row * 17)
        for x in columns:
            canvas.line(x, y, x, y - rows * 17)
        for number, item in enumerate(receipt.items, start=1):
            baseline = y - number * 17 - 12
            line_value = item_value(item) or 0
            canvas.drawRightString(columns[1] - 6, baseline, str(number))
            canvas.drawString(columns[1] + 6, baseline, item.name)
            canvas.drawRightString(columns[3] - 6, baseline, item.quantity)
            canvas.drawString(columns[3] + 6, baseline, item.unit)
            canvas.drawRightString(columns[5] - 6, baseline, format_rupiah(item.unit_price or 0))
            canvas.drawRightString(columns[6] - 6, baseline, format_rupiah(line_value))
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawRightString(right - 6, y - rows * 17 + 5, format_rupiah(package_value(receipt.items) or 0))
        y -= rows * 17 + 40
        canvas.setFont(fonts.REGULAR, 10)
        canvas.drawCentredString(A4[0] * 0.7, y, f"{receipt.place}, {format_date(receipt.handed_on)}")
        canvas.drawCentredString(A4[0] * 0.3, y - 14, "Yang menerima,")
        canvas.drawCentredString(A4[0] * 0.7, y - 14, "Yang menyerahkan,")
        canvas.setLineWidth(0.8)
        canvas.rect(left, y - 110, 48 * mm, 30 * mm)
        canvas.rect(left + 58 * mm, y - 110, 25 * mm, 30 * mm)
        canvas.rect(left + 95 * mm, y - 110, 58 * mm, 30 * mm)
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawCentredString(A4[0] * 0.3, y - 125, receipt.proxy_name or receipt.recipient_name)
        canvas.drawCentredString(A4[0] * 0.7, y - 125, receipt.officer_name)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.line(left, 17 * mm, right, 17 * mm)
        canvas.drawString(left, 14 * mm, f"Tanda terima Nomor {receipt.number}")
        canvas.drawRightString(right, 14 * mm, "Halaman 1 dari 1")
        canvas.showPage()
    canvas.save()
    return len(receipts)


def bench_receipts(count: int, repeats: int) -> dict[str, object]:
    timings = time_alternately(
        qr_variants(sample_receipts(count), ISSUER, render_receipts, draw_bare), repeats
    )
    return {
        "receipts": count,
        **timings.figures(),
        "goal": GOAL,
        "met": timings.median("with_qr") * 500 / count < GOAL_SECONDS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--receipts", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    print(json.dumps(bench_receipts(arguments.receipts, arguments.repeats), indent=2))


if __name__ == "__main__":
    main()
