"""Pictures for the photo tests: faces drawn with Pillow, sideways phone photos, crafted and broken files."""

import io
import struct
import zlib

from PIL import Image, ImageDraw

GREEN = (30, 160, 60)
MAGENTA = (200, 30, 170)
RED = (220, 30, 40)
BLUE = (30, 60, 200)


def encode(image: Image.Image, image_format: str = "JPEG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def webcam_frame(size: tuple[int, int] = (1280, 720)) -> bytes:
    """A 16:9 webcam frame: a face (skin, dark eyes, a shirt) in the middle, a grainy wall behind.

    The middle 3:4 of the frame is GREEN wall with the face in it; the sides beyond it are MAGENTA, so a
    test can tell the centre crop from a squeeze or an off-centre crop."""
    width, height = size
    image = Image.new("RGB", size, MAGENTA)
    draw = ImageDraw.Draw(image)
    crop_width = height * 3 // 4
    left = (width - crop_width) // 2
    draw.rectangle((left, 0, left + crop_width - 1, height - 1), fill=GREEN)
    middle = width // 2
    draw.ellipse(
        (middle - height * 0.13, height * 0.2, middle + height * 0.13, height * 0.58), fill=(205, 160, 130)
    )
    draw.ellipse(
        (middle - height * 0.3, height * 0.62, middle + height * 0.3, height * 1.3), fill=(40, 60, 120)
    )
    for eye in (-1, 1):
        x = middle + eye * height * 0.05
        draw.ellipse((x - 8, height * 0.34, x + 8, height * 0.36 + 8), fill=(25, 25, 25))
    grain = Image.effect_noise(size, 40).convert("RGB")
    return encode(Image.blend(image, grain, 0.08), "JPEG", quality=92)


def sideways_phone_photo(size: tuple[int, int] = (2000, 1500)) -> bytes:
    """A phone photo stored landscape with EXIF "rotate 90° clockwise to view" (orientation 6), as a
    phone held upright writes it; RED in the stored top half, BLUE in the bottom half, and a GPS tag.

    Viewed upright it is portrait, RED on the right half and BLUE on the left."""
    width, height = size
    image = Image.new("RGB", size, BLUE)
    ImageDraw.Draw(image).rectangle((0, 0, width - 1, height // 2 - 1), fill=RED)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[2] = (6.0, 17.0, 30.0)  # GPSLatitude: where the clerk stood
    return encode(image, "JPEG", quality=90, exif=exif)


def transparent_pas_foto() -> bytes:
    """A cut-out pas foto: a face on a transparent background (PNG with alpha)."""
    image = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((90, 80, 210, 240), fill=(205, 160, 130, 255))
    return encode(image, "PNG")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A valid-looking PNG of a few dozen bytes whose header claims width x height pixels: a bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + _chunk(b"IEND", b"")
    )


def truncated_jpeg() -> bytes:
    """A real JPEG cut off halfway, as a copy from a pulled-out USB stick leaves it."""
    whole = webcam_frame((640, 480))
    return whole[: len(whole) // 2]
