"""Certificate printing benchmark: 100 training certificates with QR codes against bare ReportLab drawing
the same pages without them.

Run: python -m tests.bench.bench_certificates [--certificates 100] [--repeats 3]
Prints one JSON object. Three variants run alternately (A, B, C, A, B, C, ...) so a machine that warms
up or slows down mid-run affects all alike; each figure is the median of its runs, in wall-clock
seconds and in CPU seconds of this process (steadier when other work shares the machine):
- with_qr: render_certificates, the renderer a batch prints with, each certificate with its signed QR
  code, one in ten in large print (issue 11's goal: 100 under 2 s);
- without_qr: the same certificates with no QR code: what the codes cost;
- bare_reportlab: the machine's limit for these pages: a plain canvas drawing the same texts, frame and
  lines at fixed places in the same embedded fonts, with no layout engine, no QR code, nothing
  measured or wrapped. The ratio with_qr / bare_reportlab is what our layout and the codes cost.
"""

import argparse
import json
from datetime import date
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from tangsel_desktop.documents import fonts
from tangsel_desktop.documents.certificates import format_date_range, format_nip, render_certificates
from tangsel_desktop.documents.document_models import CertificateData, Issuer
from tangsel_desktop.documents.pdf_output import PrintCanvas
from tangsel_desktop.domain.formatting import format_date
from tests.bench.bench_receipts import NAMES, signed_payload
from tests.bench.qr_timing import qr_variants, time_alternately

GOAL_SECONDS = 2.0
GOAL = f"with_qr < {GOAL_SECONDS:g} s for 100 certificates"
PAGE = landscape(A4)
ISSUER = Issuer(
    office_name="Dinas Sosial Kota Tangerang Selatan",
    office_code="DINSOS",
    contact="Jl. Maruga Raya No. 1, Serua, Ciputat, telp. (021) 7420000",
    head_title="Kepala Dinas Sosial",
)


def sample_certificates(count: int) -> list[CertificateData]:
    certificates = []
    for index in range(count):
        number = f"SRT/DINSOS/2026/{index + 1:06d}"
        certificates.append(
            CertificateData(
                number=number,
                participant_name=f"{NAMES[index % len(NAMES)]} {index}",
                training_name="Pelatihan Membuat Kue dan Roti untuk Usaha Rumahan",
                starts_on=date(2026, 8, 3),
                ends_on=date(2026, 8, 12),
                place="Balai Latihan Kerja Kota Tangerang Selatan",
                hours=80,
                result="Telah mengikuti dengan baik",
                signed_at_place="Tangerang Selatan",
                signed_on=date(2026, 8, 12),
                signatory_name="Drs. H. Ahmad Fauzi, M.Si.",
                signatory_position="Kepala Dinas Sosial Kota Tangerang Selatan",
                signatory_nip="197508172000031002",
                qr_payload=signed_payload(number),
                large_print=index % 10 == 9,
            )
        )
    return certificates


def draw_bare(stream: BinaryIO, certificates: list[CertificateData], issuer: Issuer) -> int:
    """The same pages on a bare canvas: every text, the frame and the rule at fixed places; no QR code."""
    canvas = PrintCanvas(stream, pagesize=PAGE, pageCompression=1, initialFontName=fonts.REGULAR)
    middle = PAGE[0] / 2
    for certificate in certificates:
        canvas.setLineWidth(2.5)
        canvas.rect(8 * mm, 8 * mm, PAGE[0] - 16 * mm, PAGE[1] - 16 * mm)
        canvas.setLineWidth(0.8)
        canvas.rect(10 * mm, 10 * mm, PAGE[0] - 20 * mm, PAGE[1] - 20 * mm)
        top = PAGE[1] - 25 * mm
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawCentredString(middle, top, f"PEMERINTAH {issuer.city.upper()}")
        canvas.setFont(fonts.BOLD, 12)
        canvas.drawCentredString(middle, top - 13, issuer.office_name.upper())
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.drawCentredString(middle, top - 25, issuer.contact)
        canvas.setLineWidth(1.2)
        canvas.line(24 * mm, top - 32, PAGE[0] - 24 * mm, top - 32)
        canvas.setFont(fonts.BOLD, 34)
        canvas.drawCentredString(middle, top - 72, "SERTIFIKAT")
        canvas.setFont(fonts.REGULAR, 13)
        canvas.drawCentredString(middle, top - 95, f"Nomor: {certificate.number}")
        canvas.drawCentredString(middle, top - 125, "diberikan kepada")
        canvas.setFont(fonts.BOLD, 30)
        canvas.drawCentredString(middle, top - 160, certificate.participant_name)
        canvas.setFont(fonts.REGULAR, 13)
        canvas.drawCentredString(middle, top - 190, "atas keikutsertaannya dalam")
        canvas.setFont(fonts.BOLD, 18)
        canvas.drawCentredString(middle, top - 215, certificate.training_name)
        canvas.setFont(fonts.REGULAR, 13)
        period = format_date_range(certificate.starts_on, certificate.ends_on)
        canvas.drawCentredString(
            middle, top - 240, f"yang diselenggarakan pada {period} di {certificate.place},"
        )
        canvas.drawCentredString(middle, top - 256, f"selama {certificate.hours} jam pelajaran (JP),")
        canvas.drawCentredString(middle, top - 276, f"dengan hasil: {certificate.result}")
        right = PAGE[0] - 24 * mm - 57 * mm
        canvas.drawCentredString(
            right, top - 305, f"{certificate.signed_at_place}, {format_date(certificate.signed_on)}"
        )
        canvas.drawCentredString(right, top - 321, certificate.signatory_position)
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawCentredString(right, top - 390, certificate.signatory_name)
        canvas.setFont(fonts.REGULAR, 13)
        canvas.drawCentredString(right, top - 406, f"NIP {format_nip(certificate.signatory_nip)}")
        canvas.showPage()
    canvas.save()
    return len(certificates)


def bench_certificates(count: int, repeats: int) -> dict[str, object]:
    timings = time_alternately(
        qr_variants(sample_certificates(count), ISSUER, render_certificates, draw_bare), repeats
    )
    return {
        "certificates": count,
        **timings.figures(),
        "goal": GOAL,
        "met": timings.median("with_qr") * 100 / count < GOAL_SECONDS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--certificates", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    print(json.dumps(bench_certificates(arguments.certificates, arguments.repeats), indent=2))


if __name__ == "__main__":
    main()
