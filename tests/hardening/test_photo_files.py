"""Damaged and crafted photo files: every one is refused with an Indonesian message or read whole."""

import io
import random

import pytest
from PIL import Image

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.people.photo_images import BOX_RATIO, prepare_photo
from tests.photo_samples import encode, sideways_phone_photo, transparent_pas_foto

ROUNDS = 600


def mangled(rng: random.Random, original: bytes) -> bytes:
    """A few bytes changed, mostly in the headers and metadata where parsers trust what they read;
    sometimes cut short too."""
    data = bytearray(original)
    for _ in range(rng.randint(1, 8)):
        near_start = rng.random() < 0.8
        position = rng.randrange(min(len(data), 600)) if near_start else rng.randrange(len(data))
        data[position] = rng.randrange(256)
    if rng.random() < 0.2:
        data = data[: rng.randrange(len(data))]
    return bytes(data)


def test_mangled_photos_are_refused_or_read_never_a_crash() -> None:
    rng = random.Random(2026)
    originals = [
        sideways_phone_photo((400, 300)),  # JPEG with EXIF: orientation, maker, GPS
        transparent_pas_foto(),  # PNG with alpha
        encode(Image.new("RGB", (300, 400), (90, 120, 150)), "WEBP"),
        encode(Image.new("RGB", (300, 400), (90, 120, 150)), "BMP"),
    ]
    outcomes = {"read": 0, "refused": 0}
    messages: set[str] = set()
    for _ in range(ROUNDS):
        try:
            prepared = prepare_photo(mangled(rng, rng.choice(originals)))
        except UserError as error:
            messages.add(error.message)
            outcomes["refused"] += 1
            continue
        with Image.open(io.BytesIO(prepared.jpeg)) as stored:
            assert stored.format == "JPEG"
            assert stored.width / stored.height == pytest.approx(BOX_RATIO, abs=0.01)
        outcomes["read"] += 1
    # Both ways are really taken: the damage was enough to refuse some and little enough to read others.
    assert outcomes["read"] > ROUNDS // 10
    assert outcomes["refused"] > ROUNDS // 2
    # Each refusal is a whole sentence telling what to do, in Indonesian.
    assert all(message.endswith(".") for message in messages)
    assert any(message.startswith("Berkas foto rusak") for message in messages)
