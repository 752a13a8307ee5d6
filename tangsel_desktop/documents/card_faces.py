"""The front and the back of one Kartu Penerima Manfaat (ID-1), drawn at any position on a canvas."""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from tangsel_desktop.documents.document_models import CardData, Issuer
from tangsel_desktop.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from tangsel_desktop.documents.qr_drawing import draw_qr
from tangsel_desktop.documents.text_fitting import (
    NO_BREAK_SPACE,
    FittedText,
    draw_fitted,
    fit_block,
    fit_text,
)
from tangsel_desktop.domain.identity_numbers import mask_nik, printable_nik

log = logging.getLogger(__name__)

CARD_WIDTH = 85.60 * mm  # ISO/IEC 7810 ID-1
CARD_HEIGHT = 53.98 * mm
CORNER_RADIUS = 3.18 * mm

BRAND = HexColor("#0B5563")
ACCENT = HexColor("#F2B705")
INK = HexColor("#1A1F24")
MUTED = HexColor("#56616B")
COPY_RED = HexColor("#C62828")
PLACEHOLDER_FILL = HexColor("#E8EDF0")
PLACEHOLDER_FIGURE = HexColor("#B3C0C8")

MARGIN = 3.5 * mm
HEADER_HEIGHT = 11.0 * mm
STRIPE_HEIGHT = 0.7 * mm
BODY_TOP = CARD_HEIGHT - 14.0 * mm
PHOTO = (MARGIN, BODY_TOP - 26.0 * mm, 19.5 * mm, 26.0 * mm)  # x, y, width, height: 3:4 like a pas foto
# The QR square includes its white quiet zone (about 1.5 mm for a 45-module code), so placing it 2 mm
# from the edges puts the dark modules near the MARGIN the text keeps.
QR_SIZE = 20.0 * mm
QR_EDGE = 2.0 * mm
QR_X = CARD_WIDTH - QR_EDGE - QR_SIZE
QR_Y = QR_EDGE
FIELDS_LEFT = PHOTO[0] + PHOTO[2] + 3.0 * mm
FIELDS_RIGHT = QR_X - 0.5 * mm  # text beside the code stays out of its quiet zone
LABEL_SIZE = 5.0
VALUE_SIZE = 7.5
MIN_VALUE_SIZE = 5.5  # about 1.4 mm capitals: the smallest type a clerk and an elderly reader both read
LABEL_GAP = 0.9  # points between a label's descent and its value's ascent


@dataclass(frozen=True)
class _Field:
    """A label above a value in the column from left to right, its label's top at top."""

    label: str
    left: float
    right: float
    top: float
    lines: int = 1

    @property
    def value_top(self) -> float:
        return self.top - LABEL_SIZE - LABEL_GAP


NAME_TOP = BODY_TOP
NAME_HEIGHT = 7.4 * mm
NAME_WIDTH = CARD_WIDTH - MARGIN - FIELDS_LEFT
_ROW = 5.4 * mm
NIK_FIELD = _Field("NIK", FIELDS_LEFT, FIELDS_LEFT + 24.5 * mm, NAME_TOP - NAME_HEIGHT - 0.8 * mm)
RT_RW_FIELD = _Field("RT/RW", NIK_FIELD.right + 1.5 * mm, CARD_WIDTH - MARGIN, NIK_FIELD.top)
KELURAHAN_FIELD = _Field("KELURAHAN", FIELDS_LEFT, FIELDS_RIGHT, NIK_FIELD.top - _ROW)
PROGRAM_FIELD = _Field("PROGRAM", FIELDS_LEFT, FIELDS_RIGHT, KELURAHAN_FIELD.top - _ROW, lines=2)
NUMBER_FIELD = _Field("NO. KARTU", MARGIN, FIELDS_RIGHT, MARGIN + 6.7 * mm)
FRONT_FIELDS = (NIK_FIELD, RT_RW_FIELD, KELURAHAN_FIELD, PROGRAM_FIELD, NUMBER_FIELD)

FormDrawer = Callable[[Canvas, Issuer], None]  # draws a static part of the card at the origin
NO_VALUE = "—"
COPY_MARK = "SALINAN"
_PHOTO_PIXELS = (480, 640)  # twice 300 dpi over the photo box: larger photos are scaled down once


def rt_rw(rt: str, rw: str) -> str:
    """003/012, as the KTP prints it; anything that is not plain digits is printed as typed."""
    parts = [part.strip() for part in (rt, rw)]
    return "/".join(part.zfill(3) if part.isdigit() else part for part in parts)


def nik_text(card: CardData) -> str:
    """The NIK as the card prints it: masked unless asked; a temporary number (leading 0) or no NIK
    yet prints a dash, never as if it were a NIK (DOMAIN.md)."""
    nik = printable_nik(card.nik)
    if nik is None:
        return NO_VALUE
    return nik if card.show_full_nik else mask_nik(nik)


def _fit_value(text: str, field: _Field, *, max_size: float = VALUE_SIZE, bold: bool = False) -> FittedText:
    return fit_text(
        text,
        BOLD if bold else REGULAR,
        max_size,
        MIN_VALUE_SIZE,
        field.right - field.left,
        max_size * (1 + 1.15 * (field.lines - 1)) + 0.01,  # room for the lines at max_size, no more
        field.lines,
        narrow_font=CONDENSED_BOLD if bold else CONDENSED,
    )


class CardPainter:
    """Draws fronts and backs for one issuer on one canvas.

    What every card shares (the header, the labels, the whole back) is drawn once into PDF form
    XObjects and placed by reference: a sheet of ten backs costs ten 'Do' operators, and the file
    holds the back's text once instead of 1,000 times.
    """

    def __init__(self, canvas: Canvas, issuer: Issuer) -> None:
        register_fonts()
        self.canvas = canvas
        self.issuer = issuer
        self._forms: set[str] = set()

    def _form(self, name: str, draw: FormDrawer) -> str:
        if name not in self._forms:
            self.canvas.beginForm(name, 0, 0, CARD_WIDTH, CARD_HEIGHT)
            draw(self.canvas, self.issuer)
            self.canvas.endForm()
            self._forms.add(name)
        return name

    def _place(self, name: str, draw: FormDrawer, x: float, y: float) -> None:
        form = self._form(name, draw)
        self.canvas.saveState()
        self.canvas.translate(x, y)
        self.canvas.doForm(form)
        self.canvas.restoreState()

    def front(self, card: CardData, x: float, y: float) -> None:
        """The front with its lower-left corner at (x, y)."""
        canvas = self.canvas
        if card.is_copy:
            self._place("kpm-front-salinan", _draw_copy_front_template, x, y)
        else:
            self._place("kpm-front", _draw_front_template, x, y)
        if card.photo is None or not _draw_photo(canvas, card.photo, x, y):
            self._place("kpm-photo-placeholder", _draw_photo_placeholder, x, y)
        text = canvas.beginText()
        text.setFillColor(INK)
        # Two lines at 6 pt hold about 90 characters; the box has room for a third line at that size,
        # so a 120-character name still prints whole before the ellipsis is ever needed.
        name = fit_text(
            card.full_name, BOLD, 9.5, 6.0, NAME_WIDTH, NAME_HEIGHT, 3, narrow_font=CONDENSED_BOLD
        )
        # A short name sits in the middle of the name's space, so the column does not look torn.
        draw_fitted(text, name, x + FIELDS_LEFT, y + NAME_TOP - (NAME_HEIGHT - name.height) / 2)
        nik = nik_text(card)
        programs = ", ".join(card.programs) if card.programs else NO_VALUE
        for field, value, bold in (
            (NIK_FIELD, nik, False),
            (RT_RW_FIELD, rt_rw(card.rt, card.rw), False),
            (KELURAHAN_FIELD, card.kelurahan, False),
            (PROGRAM_FIELD, programs, False),
            (NUMBER_FIELD, card.card_number, True),
        ):
            fitted = _fit_value(value, field, max_size=6.5 if field.lines > 1 else VALUE_SIZE, bold=bold)
            draw_fitted(text, fitted, x + field.left, y + field.value_top)
        canvas.drawText(text)
        if card.qr_payload is not None:
            draw_qr(canvas, card.qr_payload, x + QR_X, y + QR_Y, QR_SIZE)

    def back(self, x: float, y: float) -> None:
        """The back with its lower-left corner at (x, y); the same for every card of one issuer."""
        self._place("kpm-back", _draw_back, x, y)


def _clip_to_card(canvas: Canvas) -> None:
    path = canvas.beginPath()
    path.roundRect(0, 0, CARD_WIDTH, CARD_HEIGHT, CORNER_RADIUS)
    canvas.clipPath(path, stroke=0, fill=0)


def _draw_front_template(canvas: Canvas, issuer: Issuer, *, copy: bool = False) -> None:
    canvas.saveState()
    _clip_to_card(canvas)
    canvas.setFillColor(BRAND)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, CARD_HEIGHT - HEADER_HEIGHT - STRIPE_HEIGHT, CARD_WIDTH, STRIPE_HEIGHT, stroke=0, fill=1)
    canvas.restoreState()
    tag_width = 17.0 * mm if copy else 0.0
    header_width = CARD_WIDTH - 2 * MARGIN - (tag_width + 2.0 * mm if copy else 0.0)
    title = fit_text("KARTU PENERIMA MANFAAT", BOLD, 8.5, 6.0, header_width, 12.0, narrow_font=CONDENSED_BOLD)
    office_line = f"{issuer.city} · {issuer.office_name}"
    office = fit_text(office_line, REGULAR, 5.8, 5.0, header_width, 14.0, 2, narrow_font=CONDENSED)
    text = canvas.beginText()
    text.setFillColor(white)
    block = title.height + 2.0 + office.height
    top = CARD_HEIGHT - (HEADER_HEIGHT - block) / 2
    draw_fitted(text, title, MARGIN, top)
    draw_fitted(text, office, MARGIN, top - title.height - 2.0)
    text.setFillColor(MUTED)
    for field in FRONT_FIELDS:
        draw_fitted(
            text, fit_text(field.label, REGULAR, LABEL_SIZE, LABEL_SIZE, 200, 20), field.left, field.top
        )
    canvas.drawText(text)
    if copy:
        _draw_copy_tag(canvas, CARD_WIDTH - MARGIN - tag_width, CARD_HEIGHT - HEADER_HEIGHT / 2, tag_width)
    canvas.setStrokeColor(PLACEHOLDER_FIGURE)
    canvas.setLineWidth(0.5)
    canvas.rect(*PHOTO, stroke=1, fill=0)


def _draw_copy_front_template(canvas: Canvas, issuer: Issuer) -> None:
    _draw_front_template(canvas, issuer, copy=True)


def _draw_copy_tag(canvas: Canvas, left: float, middle: float, width: float) -> None:
    """SALINAN in white on red in the header: seen at arm's length, and never over the data."""
    height = 4.6 * mm
    canvas.setFillColor(white)
    canvas.roundRect(left - 0.4, middle - height / 2 - 0.4, width + 0.8, height + 0.8, 1.6, stroke=0, fill=1)
    canvas.setFillColor(COPY_RED)
    canvas.roundRect(left, middle - height / 2, width, height, 1.2, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, 7.5)
    canvas.drawCentredString(left + width / 2, middle - 7.5 * 0.36, COPY_MARK)


def _draw_photo_placeholder(canvas: Canvas, issuer: Issuer) -> None:
    """A grey box with a head-and-shoulders outline and FOTO: a photo is missing, not a printing fault."""
    x, y, width, height = PHOTO
    canvas.setFillColor(PLACEHOLDER_FILL)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(PLACEHOLDER_FIGURE)
    centre = x + width / 2
    canvas.circle(centre, y + height * 0.62, width * 0.2, stroke=0, fill=1)
    canvas.ellipse(
        centre - width * 0.36, y + height * 0.04, centre + width * 0.36, y + height * 0.5, stroke=0, fill=1
    )
    canvas.restoreState()
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 6.0)
    canvas.drawCentredString(centre, y + height * 0.1, "FOTO")


class _JpegReader(ImageReader):
    """A JPEG that ReportLab copies into the PDF as it is (DCTDecode), named by its own bytes.

    drawImage names every ImageReader by an MD5 of its decoded pixels, to share one image drawn twice:
    for a 360 x 480 photo that is a decode and 500 KB hashed per card, about 5 ms, which doubled the
    time of a batch of cards with photos (measured on 200). The JPEG's bytes name the same picture just as
    well, and a JPEG's pixels are never needed: it is embedded undecoded.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(BytesIO(jpeg))
        self._jpeg = jpeg
        self._dataA = None  # no alpha channel: JPEG has none

    def getRGBData(self) -> bytes:
        return self._jpeg


def _photo_reader(photo: bytes) -> ImageReader:
    """An image ReportLab can embed, upright and no larger than the box needs.

    Phone photos arrive sideways (EXIF orientation) and at 12 megapixels; embedding them raw would
    print them rotated and make a sheet of ten cards weigh 40 MB.
    """
    with Image.open(BytesIO(photo)) as image:
        orientation = image.getexif().get(0x0112, 1)
        too_big = image.width > _PHOTO_PIXELS[0] * 2 or image.height > _PHOTO_PIXELS[1] * 2
        if orientation == 1 and not too_big:
            # A stored photo (services/people/photo_images.py) always takes this way: upright, small JPEG.
            return _JpegReader(photo) if image.format == "JPEG" else ImageReader(BytesIO(photo))
        image.draft("RGB", _PHOTO_PIXELS)  # JPEG decodes straight at a fraction of the size
        upright = ImageOps.exif_transpose(image.convert("RGB"))
    upright.thumbnail(_PHOTO_PIXELS)
    buffer = BytesIO()
    upright.save(buffer, "JPEG", quality=88)
    return _JpegReader(buffer.getvalue())


def _draw_photo(canvas: Canvas, photo: bytes, x: float, y: float) -> bool:
    """Fill the photo box with the photo, centred and cropped; False when the bytes are no image."""
    try:
        reader = _photo_reader(photo)
        image_width, image_height = reader.getSize()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        # One broken photo must not stop a batch of 500 cards: this card gets the placeholder.
        log.warning("Foto kartu tidak dapat dibaca, diganti kotak foto kosong: %s", error)
        return False
    box_x, box_y, box_width, box_height = PHOTO
    scale = max(box_width / image_width, box_height / image_height)
    width, height = image_width * scale, image_height * scale
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x + box_x, y + box_y, box_width, box_height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.drawImage(
        reader,
        x + box_x - (width - box_width) / 2,
        y + box_y - (height - box_height) / 2,
        width,
        height,
        mask="auto",
    )
    canvas.restoreState()
    return True


_PHONE_GAP = re.compile(r"(?<=[\d)])[ \t]+(?=[\d(])")  # "(021) 749 0000" never breaks across lines


def back_paragraphs(issuer: Issuer) -> tuple[tuple[str, bool], ...]:
    """The back's sentences, each with whether it is printed bold."""
    return (
        (
            f"Kartu ini adalah tanda penerima manfaat program perlindungan sosial Pemerintah "
            f"{issuer.city}. Tunjukkan bersama KTP setiap kali menerima bantuan atau layanan. "
            "Kartu tidak boleh dipindahtangankan.",
            False,
        ),
        ("Kartu ini bukan alat pembayaran.", True),
        (f"Informasi dan pengaduan: {_PHONE_GAP.sub(NO_BREAK_SPACE, issuer.contact)}", False),
        (
            f"Jika menemukan kartu ini, kembalikan ke {issuer.office_name} atau hubungi nomor di atas.",
            False,
        ),
    )


def _draw_back(canvas: Canvas, issuer: Issuer) -> None:
    band = 6.5 * mm
    canvas.saveState()
    _clip_to_card(canvas)
    canvas.setFillColor(BRAND)
    canvas.rect(0, CARD_HEIGHT - band, CARD_WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(0, CARD_HEIGHT - band - STRIPE_HEIGHT, CARD_WIDTH, STRIPE_HEIGHT, stroke=0, fill=1)
    canvas.restoreState()
    width = CARD_WIDTH - 2 * MARGIN
    text = canvas.beginText()
    text.setFillColor(white)
    title = fit_text(
        f"KARTU PENERIMA MANFAAT · {issuer.city.upper()}",
        BOLD,
        7.0,
        5.0,
        width,
        10.0,
        narrow_font=CONDENSED_BOLD,
    )
    draw_fitted(text, title, MARGIN, CARD_HEIGHT - (band - title.height) / 2)
    text.setFillColor(INK)
    top = CARD_HEIGHT - band - STRIPE_HEIGHT - 2.6 * mm
    gap = 1.8 * mm
    room = top - SIGNATURE_TOP - 1.5 * mm
    paragraphs = [(sentence, BOLD if bold else REGULAR) for sentence, bold in back_paragraphs(issuer)]
    for fitted in fit_block(paragraphs, 6.5, 5.5, width, room, gap=gap, max_lines=3):
        draw_fitted(text, fitted, MARGIN, top)
        top -= fitted.height + gap
    _draw_signature(text, issuer)
    canvas.drawText(text)


SIGNATURE_TOP = MARGIN + 11.0 * mm  # the title's top; the name sits at the bottom, room to sign between


def _draw_signature(text: PDFTextObject, issuer: Issuer) -> None:
    """The head of the office at the bottom right, with room to sign between title and name."""
    width = 36.0 * mm
    left = CARD_WIDTH - MARGIN - width
    title = fit_text(f"{issuer.head_title},", REGULAR, 6.8, 5.0, width, 10.0, narrow_font=CONDENSED)
    name = fit_text(
        issuer.head_name or "( ........................................ )",
        BOLD,
        6.8,
        5.0,
        width,
        16.0,
        2,
        narrow_font=CONDENSED_BOLD,
    )
    draw_fitted(text, name, left, MARGIN + name.height, width=width, align="center")
    draw_fitted(text, title, left, SIGNATURE_TOP, width=width, align="center")
