"""Sertifikat pelatihan: A4 landscape, one per participant, with a large-print form for low vision."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import fonts
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import CertificateData, Issuer
from tangsel_desktop.documents.pdf_output import write_pdf
from tangsel_desktop.domain.formatting import MONTHS, format_count, format_date

PAGE = landscape(A4)
NAVY = colors.Color(0.08, 0.16, 0.38)


@dataclass(frozen=True)
class _Look:
    """Sizes and colours of one form of the certificate; large print trades ornament for legibility."""

    margin_x: float
    indent: float  # of running text: fewer words per line are easier to follow, more so in large print
    margin_y: float
    kop: float
    title: float
    body: float
    name: float
    name_min: float
    name_lines: int
    training: float
    accent: colors.Color
    qr: float
    space: float  # between blocks
    sign_space: float  # room for the signature itself
    sign_width: float


NORMAL = _Look(
    margin_x=24 * mm,
    indent=18 * mm,
    margin_y=17 * mm,
    kop=10,
    title=34,
    body=13,
    name=30,
    name_min=14,
    name_lines=2,
    training=18,
    accent=NAVY,
    qr=24 * mm,
    space=10,
    sign_space=22 * mm,
    sign_width=115 * mm,
)
# When a long name or place would push the normal form onto a second page.
COMPACT = replace(NORMAL, title=30, body=12, name=26, training=16, space=7, sign_space=18 * mm, qr=22 * mm)
# Body at 20 pt, nothing under 18 pt, black on white only: guidance for low vision asks 16-18 pt at least.
LARGE = _Look(
    margin_x=22 * mm,
    indent=14 * mm,
    margin_y=16 * mm,
    kop=18,
    title=36,
    body=20,
    name=34,
    name_min=24,
    name_lines=3,
    training=24,
    accent=colors.black,
    qr=30 * mm,
    space=10,
    sign_space=22 * mm,
    sign_width=175 * mm,
)


def render_certificates(
    target: Path | BinaryIO, certificates: Sequence[CertificateData], issuer: Issuer
) -> int:
    """Write each certificate from a new page; returns the number of pages."""
    if not certificates:
        raise ValueError("tidak ada sertifikat untuk dicetak")
    return write_pdf(target, lambda stream: _render(stream, certificates, issuer))


def format_date_range(starts_on: date, ends_on: date) -> str:
    """3 – 7 November 2025; 28 Oktober – 1 November 2025; 29 Desember 2025 – 2 Januari 2026."""
    if ends_on < starts_on:
        raise ValueError("tanggal selesai pelatihan sebelum tanggal mulainya")
    if starts_on == ends_on:
        return format_date(starts_on)
    if (starts_on.year, starts_on.month) == (ends_on.year, ends_on.month):
        return f"{starts_on.day} – {format_date(ends_on)}"
    if starts_on.year == ends_on.year:
        return f"{starts_on.day} {MONTHS[starts_on.month - 1]} – {format_date(ends_on)}"
    return f"{format_date(starts_on)} – {format_date(ends_on)}"


def format_nip(nip: str) -> str:
    """19750817 200003 1 002: birth date, appointment month, sex, serial; anything else as typed."""
    digits = "".join(nip.split())
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def _render(stream: BinaryIO, certificates: Sequence[CertificateData], issuer: Issuer) -> int:
    owners = fl.PageOwners()

    def on_page_end(canvas: Canvas, document: BaseDocTemplate) -> None:
        certificate = certificates[owners.end_page()]
        look = LARGE if certificate.large_print else NORMAL
        _draw_border(canvas, look)
        # A tint lowers contrast: large print marks a copy with the boxed label only.
        if certificate.is_copy and not certificate.large_print:
            pf.draw_copy_watermark(canvas, *PAGE)

    def paint_footer(canvas: Canvas, number: int, total: int) -> None:
        owner, within, count = owners.position(number)
        if count == 1:
            return  # a one-page certificate needs no page number
        certificate = certificates[owner]
        size = 18 if certificate.large_print else 9
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(pf.INK)
        text = f"Sertifikat Nomor {certificate.number} · {pf.page_of(within, count)}"
        canvas.drawCentredString(PAGE[0] / 2, 11 * mm, text)
        canvas.restoreState()

    story: list[Flowable] = []
    for index, certificate in enumerate(certificates):
        if index:
            story += [NextPageTemplate(_template(certificate)), PageBreak()]
        story.append(owners.mark(index))
        story.extend(_certificate_story(certificate, issuer))
    title = "Sertifikat" if len(certificates) > 1 else f"Sertifikat {certificates[0].number}"
    first = _template(certificates[0])
    margins = {name: _margins(look) for name, look in sorted(_LOOKS.items(), key=lambda i: i[0] != first)}
    return pf.build_document(
        stream,
        story,
        pagesize=PAGE,
        margins=margins,
        title=title,
        author=issuer.office_name,
        on_page_end=on_page_end,
        paint_footer=paint_footer,
    )


_LOOKS = {"normal": NORMAL, "large": LARGE}


def _template(certificate: CertificateData) -> str:
    return "large" if certificate.large_print else "normal"


def _margins(look: _Look) -> pf.Margins:
    return (look.margin_x, look.margin_x, look.margin_y, look.margin_y + 4 * mm)


def _certificate_story(certificate: CertificateData, issuer: Issuer) -> list[Flowable]:
    """Large print flows over two pages when it must; the normal form stays on one, centred on it."""
    if certificate.large_print:
        flowing, kept = _parts(certificate, issuer, LARGE)
        return [*flowing, KeepTogether(kept)]
    width, height = _frame_size(NORMAL)
    for look in (NORMAL, COMPACT):
        flowing, kept = _parts(certificate, issuer, look)
        used = _height([*flowing, *kept], width)
        if used <= height:
            break
    top = max(0.0, (height - used) / 2 - 2 * mm)  # a little above centre looks centred
    return [Spacer(1, top), *flowing, KeepTogether(kept)]


def _frame_size(look: _Look) -> tuple[float, float]:
    left, right, top, bottom = _margins(look)
    return PAGE[0] - left - right, PAGE[1] - top - bottom


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, PAGE[1])[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _parts(
    certificate: CertificateData, issuer: Issuer, look: _Look
) -> tuple[list[Flowable], list[Flowable]]:
    """What flows, and the end that stays together: the result with the signature, so that when large
    print needs a second page the signature does not stand alone on it."""
    width = _frame_size(look)[0]
    body = fl.style(f"cert-body-{look.body}", look.body, align="center")
    narrow_body = _indented(body, look.indent)
    bold_body = fl.style(f"cert-bold-{look.body}", look.body, bold=True, align="center")
    training = fl.style(f"cert-training-{look.training}", look.training, bold=True, align="center")
    title = fl.style(f"cert-title-{look.title}", look.title, bold=True, align="center", color=look.accent)
    period = format_date_range(certificate.starts_on, certificate.ends_on)
    details = (
        f"yang diselenggarakan pada {period} di {certificate.place}, "
        f"selama {format_count(certificate.hours)} jam pelajaran (JP),"
    )
    flowing: list[Flowable] = [
        *fl.letterhead(issuer, size=look.kop, even=look is LARGE),
        fl.rule(width, thickness=1.2, space_after=look.space),
        Paragraph("SERTIFIKAT", title),
        Spacer(1, look.space * 0.8),
        fl.para(f"Nomor: {certificate.number}", body),
        *([Spacer(1, look.space * 0.6), fl.CopyLabel(look.body)] if certificate.is_copy else []),
        Spacer(1, look.space * 1.6),
        fl.para("diberikan kepada", body),
        Spacer(1, look.space * 0.8),
        fl.FittedLines(
            certificate.participant_name,
            font=fonts.BOLD,
            narrow_font=fonts.CONDENSED_BOLD,
            max_size=look.name,
            min_size=look.name_min,
            max_lines=look.name_lines,
            color=look.accent,
        ),
        Spacer(1, look.space * 1.2),
        fl.para("atas keikutsertaannya dalam", body),
        Spacer(1, look.space * 0.5),
        fl.shrink_to_fit(certificate.training_name, _indented(training, look.indent), width, 2, look.body),
        Spacer(1, look.space),
        fl.para(details, narrow_body),
        Spacer(1, look.space * 0.5),
    ]
    kept: list[Flowable] = [
        Paragraph(f"dengan hasil: <b>{fl.markup(certificate.result)}</b>", narrow_body),
        Spacer(1, look.space * 1.5),
        _signature(certificate, look, width, body, bold_body),
    ]
    return flowing, kept


def _indented(paragraph_style: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"{paragraph_style.name}-indented", parent=paragraph_style, leftIndent=indent, rightIndent=indent
    )


def _signature(
    certificate: CertificateData,
    look: _Look,
    width: float,
    body: ParagraphStyle,
    bold_body: ParagraphStyle,
) -> Table:
    place_date = f"{certificate.signed_at_place}, {format_date(certificate.signed_on)}"
    column = min(look.sign_width, width - look.qr - 4 * mm)
    block = fl.table(
        [
            [fl.para(place_date, body)],
            [fl.para(certificate.signatory_position, body)],
            [Spacer(1, look.sign_space)],
            [Paragraph(f"<u>{fl.markup(certificate.signatory_name)}</u>", bold_body)],
            [fl.para(f"NIP {format_nip(certificate.signatory_nip)}", body)],
        ],
        col_widths=[column],
        style=fl.no_padding(1),
    )
    # The QR sits at the bottom left, level with the signature it lets a reader check.
    qr: Flowable = fl.QrCode(certificate.qr_payload, look.qr) if certificate.qr_payload else Spacer(1, 1)
    return fl.table(
        [[qr, block]],
        col_widths=[width - column, column],
        style=[*fl.no_padding(1), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
    )


def _draw_border(canvas: Canvas, look: _Look) -> None:
    """A double frame in normal print; one plain black line in large print, which has no room to spare."""
    canvas.saveState()
    canvas.setStrokeColor(look.accent)
    if look is LARGE:
        canvas.setLineWidth(2)
        canvas.rect(7 * mm, 7 * mm, PAGE[0] - 14 * mm, PAGE[1] - 14 * mm)
    else:
        canvas.setLineWidth(2.5)
        canvas.rect(8 * mm, 8 * mm, PAGE[0] - 16 * mm, PAGE[1] - 16 * mm)
        canvas.setLineWidth(0.8)
        canvas.rect(10 * mm, 10 * mm, PAGE[0] - 20 * mm, PAGE[1] - 20 * mm)
    canvas.restoreState()
