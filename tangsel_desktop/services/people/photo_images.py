"""A person's photo made ready to store: checked, turned upright, cropped to the card's box, small JPEG.

Whatever a clerk hands in (a webcam frame, a 12-megapixel phone photo lying on its side, a scanned pas
foto, a file that only claims to be a picture) leaves here as a baseline JPEG of the card's 3:4 photo
box, about 360 x 480 pixels and a few tens of KB, with no EXIF (no GPS position, no camera serial), or
as a UserError saying what to choose instead. Pillow only: the services never import Qt.
"""

import hashlib
import logging
import struct
import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import (  # the readers named: Image.open(formats=...) knows only those already imported
    BmpImagePlugin,  # noqa: F401
    Image,
    ImageOps,
    JpegImagePlugin,  # noqa: F401
    PngImagePlugin,  # noqa: F401
    UnidentifiedImageError,
    WebPImagePlugin,  # noqa: F401
)

from tangsel_desktop.documents.card_faces import PHOTO
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count

# The card's photo box (documents/card_faces.PHOTO), width over height: 19.5 x 26 mm, 3:4 like a pas foto.
BOX_RATIO = PHOTO[2] / PHOTO[3]
# 480 pixels over 26 mm is about 470 dpi: sharp on any office printer, and the card painter embeds a
# JPEG of this size as it is (no re-encoding per card), while the distribution desk shows it at ~200 px.
STORED_HEIGHT = 480
STORED_WIDTH = round(STORED_HEIGHT * BOX_RATIO)
# A face in fewer pixels than this prints as a blur in the box.
MIN_WIDTH, MIN_HEIGHT = 120, 160
# A phone photo is 2-8 MB, a camera's up to ~20 MB; a larger file is not a photo of a person.
MAX_FILE_BYTES = 25 * 1024 * 1024
# 50 megapixels decoded is 150 MB of memory: the largest a laptop at the desk should be asked to hold.
# Checked on the header, before anything is decoded, so a small file claiming 100,000 x 100,000 pixels
# (a decompression bomb) is refused without allocating.
MAX_PIXELS = 50_000_000
# What a photo arrives as (a phone's multi-picture JPEG opens as JPEG too). Naming the formats also keeps
# Pillow's other readers (EPS runs Ghostscript, for one) away from a crafted file.
FORMATS = ("JPEG", "PNG", "WEBP", "BMP")
# Quality steps tried in turn until the JPEG is within TARGET_BYTES: a plain face lands at the first,
# a noisy webcam frame a step or two lower. Below the last step faces turn blocky; it is kept even if larger.
QUALITIES = (86, 80, 74, 68, 62, 56)
TARGET_BYTES = 48 * 1024
# Pillow's messages for a damaged or crafted file (its own fuzzing harness expects these).
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError)

log = logging.getLogger(__name__)

NOT_AN_IMAGE = (
    "Berkas ini bukan foto yang dapat dibaca (JPEG, PNG, WEBP atau BMP). "
    "Pilih berkas foto, bukan dokumen atau berkas lain yang namanya diganti."
)


@dataclass(frozen=True)
class PreparedPhoto:
    """The JPEG to store and what describes it."""

    jpeg: bytes
    width: int
    height: int
    sha256: str


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.1f}".replace(".", ",")


def check_file_size(size: int) -> None:
    """Refuse an empty or oversized file before any of it is read."""
    if size == 0:
        raise UserError("Berkas foto kosong (0 byte). Pilih berkas foto yang lain.")
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"Berkas foto terlalu besar ({_megabytes(size)} MB); paling besar "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB. Pilih foto yang lebih kecil atau kecilkan dulu."
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise UserError(
            f"Gambar terlalu besar ({format_count(width)} x {format_count(height)} piksel, "
            f"{_megapixels(width * height)} megapiksel); paling besar {_megapixels(MAX_PIXELS)} megapiksel. "
            "Kecilkan fotonya dulu atau ambil foto baru."
        )


def _on_white(image: Image.Image) -> Image.Image:
    """RGB; a transparent background (a cut-out pas foto PNG) becomes white, as on paper, not black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")


def _decode(data: bytes) -> Image.Image:
    """The picture upright in RGB, decoded at no more than the size the box needs."""
    with Image.open(BytesIO(data), formats=FORMATS) as image:
        _check_pixels(*image.size)
        # JPEG decodes straight at 1/2, 1/4 or 1/8 of its size: a 12-megapixel photo costs a tenth.
        # Every side stays at least STORED_HEIGHT, so the 3:4 crop below still covers the stored size.
        image.draft("RGB", (STORED_HEIGHT, STORED_HEIGHT))
        image.load()
        # The camera wrote "turn me" in EXIF rather than turning the pixels: honour it, then drop it.
        upright = ImageOps.exif_transpose(image)
        return _on_white(upright)


def _centre_crop(image: Image.Image) -> Image.Image:
    """The largest box of the card's proportions in the middle of the picture."""
    width, height = image.size
    if width / height > BOX_RATIO:
        crop_width, crop_height = round(height * BOX_RATIO), height
    else:
        crop_width, crop_height = width, round(width / BOX_RATIO)
    left, top = (width - crop_width) // 2, (height - crop_height) // 2
    return image.crop((left, top, left + crop_width, top + crop_height))


def _encode(image: Image.Image) -> bytes:
    """A baseline JPEG within TARGET_BYTES at the best quality that fits; nothing but pixels in it."""
    encoded = b""
    for quality in QUALITIES:
        buffer = BytesIO()
        # No exif= and no icc_profile= given: Pillow writes neither, so nothing of the original's
        # metadata (GPS, camera serial, date) is stored or printed.
        image.save(buffer, "JPEG", quality=quality, optimize=True)
        encoded = buffer.getvalue()
        if len(encoded) <= TARGET_BYTES:
            break
    return encoded


def prepare_photo(data: bytes) -> PreparedPhoto:
    """The stored form of a photo handed in as bytes, or UserError saying why it cannot be used."""
    check_file_size(len(data))
    try:
        # Pillow warns of damaged metadata (corrupt EXIF, a tag past the end) and reads the pixels
        # anyway: such a photo is usable, so the warnings go to the log, never to the clerk. (The
        # filters are process-wide while this runs; a photo is read once per click, so nothing else
        # loses a warning in practice.)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            picture = _decode(data)
    except UnidentifiedImageError:
        raise UserError(NOT_AN_IMAGE) from None
    except Image.DecompressionBombError:
        raise UserError(
            f"Gambar terlalu besar; paling besar {_megapixels(MAX_PIXELS)} megapiksel. "
            "Kecilkan fotonya dulu atau ambil foto baru."
        ) from None
    except _DAMAGED:
        raise UserError(
            "Berkas foto rusak atau tidak lengkap (mungkin terpotong saat disalin). "
            "Salin ulang berkasnya atau ambil foto baru."
        ) from None
    for warning in caught:
        log.info("photo read despite a warning: %s", warning.message)
    cropped = _centre_crop(picture)
    if cropped.width < MIN_WIDTH or cropped.height < MIN_HEIGHT:
        raise UserError(
            f"Foto terlalu kecil ({picture.width} x {picture.height} piksel) untuk kotak foto kartu; "
            f"paling kecil {MIN_WIDTH} x {MIN_HEIGHT} piksel setelah dipotong tegak 3:4. "
            "Ambil foto yang lebih besar."
        )
    if cropped.height > STORED_HEIGHT:
        # reducing_gap: a cheap box reduction first, then Lanczos over the last factor of three.
        cropped = cropped.resize((STORED_WIDTH, STORED_HEIGHT), Image.Resampling.LANCZOS, reducing_gap=3.0)
    jpeg = _encode(cropped)
    return PreparedPhoto(
        jpeg=jpeg, width=cropped.width, height=cropped.height, sha256=hashlib.sha256(jpeg).hexdigest()
    )
