"""Sertifikat pelatihan: A4 landscape, one per participant, with a large-print form for low vision.

Drawn as the receipts are (issue 11: 100 with QR codes under 2 s): what every certificate of a batch
shares (the frame, the letterhead, the fixed sentences, the signature block) is drawn once per PDF as a
form and placed on each page; the participant's own texts are TextGrid blocks and fitted lines drawn
straight onto the canvas. Paragraphs and Tables cost ten times a bare canvas for these pages.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import fonts
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import CertificateData, Issuer
from tangsel_desktop.documents.pdf_output import without_ascii85, write_pdf
from tangsel_desktop.documents.qr_drawing import draw_qr
from tangsel_desktop.documents.text_fitting import wrap_lines
from tangsel_desktop.documents.text_grid import GridLook, GridRow, Reused, TextGrid
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
    with without_ascii85():
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
        _place_border(canvas, look)
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


@dataclass(frozen=True)
class _Styles:
    """The paragraph styles of one look, made once: a batch asks for them on every page."""

    kop_city: ParagraphStyle
    kop_office: ParagraphStyle
    kop_contact: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    bold_body: ParagraphStyle
    training: ParagraphStyle


_STYLES: dict[int, _Styles] = {}


def _styles(look: _Look) -> _Styles:
    made = _STYLES.get(id(look))
    if made is None:
        kop = look.kop
        office, contact = (kop, kop) if look is LARGE else (kop + 2, kop - 1.5)  # large print: no small type
        made = _Styles(
            kop_city=fl.style(f"cert-kop-city-{kop}", kop, bold=True, align="center"),
            kop_office=fl.style(f"cert-kop-office-{office}", office, bold=True, align="center"),
            kop_contact=fl.style(f"cert-kop-contact-{contact}", contact, align="center"),
            title=fl.style(
                f"cert-title-{look.title}", look.title, bold=True, align="center", color=look.accent
            ),
            body=fl.style(f"cert-body-{look.body}", look.body, align="center"),
            bold_body=fl.style(f"cert-bold-{look.body}", look.body, bold=True, align="center"),
            training=fl.style(f"cert-training-{look.training}", look.training, bold=True, align="center"),
        )
        _STYLES[id(look)] = made
    return made


def _parts(
    certificate: CertificateData, issuer: Issuer, look: _Look
) -> tuple[list[Flowable], list[Flowable]]:
    """What flows, and the end that stays together: the result with the signature, so that when large
    print needs a second page the signature does not stand alone on it."""
    width = _frame_size(look)[0]
    styles = _styles(look)
    body = styles.body
    period = format_date_range(certificate.starts_on, certificate.ends_on)
    details = (
        f"yang diselenggarakan pada {period} di {certificate.place}, "
        f"selama {format_count(certificate.hours)} jam pelajaran (JP),"
    )
    flowing: list[Flowable] = [
        _letterhead(issuer, styles, width),
        fl.rule(width, thickness=1.2, space_after=look.space),
        _fixed("SERTIFIKAT", styles.title, width),
        Spacer(1, look.space * 0.8),
        _line(f"Nomor: {certificate.number}", body, width),
        *([Spacer(1, look.space * 0.6), fl.CopyLabel(look.body)] if certificate.is_copy else []),
        Spacer(1, look.space * 1.6),
        _fixed("diberikan kepada", body, width),
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
        _fixed("atas keikutsertaannya dalam", body, width),
        Spacer(1, look.space * 0.5),
        _shrunk(certificate.training_name, look, width),
        Spacer(1, look.space),
        _line(details, body, width, look.indent),
        Spacer(1, look.space * 0.5),
    ]
    kept: list[Flowable] = [
        _result(certificate.result, styles, width, look.indent),
        Spacer(1, look.space * 1.5),
        _Signature(certificate, look, width),
    ]
    return flowing, kept


_PLAIN = GridLook(padding=(0, 0, 0, 0), header_fill=None)


def _line(text: str, style: ParagraphStyle, width: float, indent: float = 0.0) -> TextGrid:
    """Text wrapped and centred within width less indent on both sides, printed exactly as typed."""
    return TextGrid([indent, width - 2 * indent, indent], [GridRow([None, (text, style), None])], _PLAIN)


def _style_key(style: ParagraphStyle) -> tuple[object, ...]:
    return (style.fontName, style.fontSize, style.leading, style.alignment, str(style.textColor))


def _fixed(text: str, style: ParagraphStyle, width: float) -> Reused:
    """A sentence every certificate of the form shares: drawn once, placed on every page."""
    return Reused(("cert-fixed", text, _style_key(style), width), _line(text, style, width))


def _letterhead(issuer: Issuer, styles: _Styles, width: float) -> Reused:
    """Kop surat (as fl.letterhead sets it) as one form per PDF and look."""
    rows = [
        GridRow([(f"PEMERINTAH {issuer.city.upper()}", styles.kop_city)]),
        GridRow([(issuer.office_name.upper(), styles.kop_office)]),
        GridRow([(issuer.contact, styles.kop_contact)]),
    ]
    key = ("cert-kop", issuer, _style_key(styles.kop_city), _style_key(styles.kop_contact), width)
    return Reused(key, TextGrid([width], rows, _PLAIN))


_SIZED: dict[tuple[str, float], ParagraphStyle] = {}


def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    key = (style.name, size)
    made = _SIZED.get(key)
    if made is None:
        ratio = style.leading / style.fontSize
        made = ParagraphStyle(f"{style.name}-{size:g}", parent=style, fontSize=size, leading=size * ratio)
        _SIZED[key] = made
    return made


def _shrunk(text: str, look: _Look, width: float) -> TextGrid:
    """The training's name at the largest whole size (down to body size) that keeps it to two lines;
    a longer one wraps on at body size."""
    base = _styles(look).training
    room = width - 2 * look.indent
    size = look.training
    while size > look.body and len(wrap_lines(text, base.fontName, size, room)) > 2:
        size = max(look.body, size - 1)
    return _line(text, _sized(base, size), width, look.indent)


def _result(result: str, styles: _Styles, width: float, indent: float) -> Flowable:
    """dengan hasil: **Kompeten** on one line; a result too long for it goes bold on the lines below."""
    lead = "dengan hasil: "
    body, bold = styles.body, styles.bold_body
    lead_width = stringWidth(lead, body.fontName, body.fontSize)
    result_width = stringWidth(" ".join(result.split()), bold.fontName, bold.fontSize)
    if result.strip() and lead_width + result_width <= width - 2 * indent:
        return _LeadAndBold(lead, " ".join(result.split()), body, bold, width)
    rows = [GridRow([None, (lead.strip(), body), None]), GridRow([None, (result, bold), None])]
    return TextGrid([indent, width - 2 * indent, indent], rows, _PLAIN)


class _LeadAndBold(Flowable):
    """One centred line in two faces: a regular lead and a bold value."""

    def __init__(
        self, lead: str, value: str, regular: ParagraphStyle, bold: ParagraphStyle, width: float
    ) -> None:
        super().__init__()
        self.lead, self.value, self.regular, self.bold, self.line_width = lead, value, regular, bold, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.regular.leading
        return self.line_width, self.height

    def draw(self) -> None:
        regular, bold = self.regular, self.bold
        lead_width = stringWidth(self.lead, regular.fontName, regular.fontSize)
        total = lead_width + stringWidth(self.value, bold.fontName, bold.fontSize)
        text = self.canv.beginText()
        text.setFillColor(regular.textColor)
        text.setTextOrigin((self.line_width - total) / 2, self.height - regular.fontSize)
        text.setFont(regular.fontName, regular.fontSize)
        text.textOut(self.lead)
        text.setFont(bold.fontName, bold.fontSize)
        text.textOut(self.value)
        self.canv.drawText(text)


class _Signature(Flowable):
    """The QR at the bottom left, level with the signature block it lets a reader check; the block
    (place and date, position, room to sign, name underlined, NIP) is the same on every certificate
    of a batch and is drawn once as a form."""

    ROW = GridLook(padding=(0, 0, 0, 1), header_fill=None)

    def __init__(self, certificate: CertificateData, look: _Look, width: float) -> None:
        super().__init__()
        styles = _styles(look)
        self.qr_payload = certificate.qr_payload
        self.qr_size = look.qr
        self.full_width = width
        self.column = min(look.sign_width, width - look.qr - 4 * mm)
        place_date = f"{certificate.signed_at_place}, {format_date(certificate.signed_on)}"
        nip = f"NIP {format_nip(certificate.signatory_nip)}"
        texts = (place_date, certificate.signatory_position, certificate.signatory_name, nip)
        block = _SignatureBlock(texts, styles, look.sign_space, self.column)
        self.block = Reused(
            ("cert-signature", texts, _style_key(styles.body), look.sign_space, self.column), block
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, block = self.block.wrap(self.column, available_height)
        # One point under both, as the table they replace padded its row.
        self.height = max(block, self.qr_size if self.qr_payload else 1) + 1
        return self.full_width, self.height

    def draw(self) -> None:
        self.block.drawOn(self.canv, self.full_width - self.column, 1)
        if self.qr_payload:
            draw_qr(self.canv, self.qr_payload, 0, 1, self.qr_size)


class _SignatureBlock(Flowable):
    def __init__(
        self, texts: tuple[str, str, str, str], styles: _Styles, sign_space: float, width: float
    ) -> None:
        super().__init__()
        place_date, position, name, nip = texts
        body, bold = styles.body, styles.bold_body
        self.block_width = width
        self.bold = bold
        self.above = TextGrid(
            [width],
            [
                GridRow([(place_date, body)]),
                GridRow([(position, body)]),
                GridRow([None], min_height=sign_space + 1),
            ],
            _Signature.ROW,
        )
        self.name = TextGrid([width], [GridRow([(name, bold)])], _Signature.ROW)
        self.nip = TextGrid([width], [GridRow([(nip, body)])], _Signature.ROW)
        self.name_lines = wrap_lines(name, bold.fontName, bold.fontSize, width)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        heights = [
            part.wrap(self.block_width, available_height)[1] for part in (self.above, self.name, self.nip)
        ]
        self.height = sum(heights)
        return self.block_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.nip.drawOn(canvas, 0, 0)
        self.name.drawOn(canvas, 0, self.nip.height)
        self.above.drawOn(canvas, 0, self.nip.height + self.name.height)
        # The name underlined, as Paragraph's <u> did: an eighth of the size under each baseline.
        bold = self.bold
        baseline = self.nip.height + self.name.height - bold.fontSize
        canvas.saveState()
        canvas.setStrokeColor(bold.textColor)
        canvas.setLineWidth(1)
        segments = []
        for line in self.name_lines:
            line_width = stringWidth(line, bold.fontName, bold.fontSize)
            x0 = (self.block_width - line_width) / 2
            y = baseline - 0.125 * bold.fontSize
            segments.append((x0, y, x0 + line_width, y))
            baseline -= bold.leading
        canvas.lines(segments)
        canvas.restoreState()


def _place_border(canvas: Canvas, look: _Look) -> None:
    """The frame as one form per PDF and look, placed on every page."""
    name = f"TSCertBorder{'Large' if look is LARGE else 'Normal'}"
    if not canvas.hasForm(name):
        canvas.saveState()
        canvas.beginForm(name, 0, 0, PAGE[0], PAGE[1])
        _draw_border(canvas, look)
        canvas.endForm()
        canvas.restoreState()
    canvas.doForm(name)


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
