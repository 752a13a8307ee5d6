"""A person's stored photo prints in the card's photo box; a person without one keeps the placeholder."""

from pathlib import Path

from PIL import Image

from tangsel_desktop.documents.card_faces import CARD_HEIGHT, PHOTO, PLACEHOLDER_FILL
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.documents.conftest import page_texts, run
from tests.photo_samples import encode

SKY = (20, 120, 200)
DPI = 100


def box_colours(png: Path) -> list[tuple[int, int, int]]:
    """The colours at nine points spread over the photo box (its edges left aside)."""
    x, y, width, height = PHOTO
    colours = []
    with Image.open(png) as page:
        rgb = page.convert("RGB")
        for fx in (0.15, 0.5, 0.85):
            for fy in (0.15, 0.5, 0.85):
                left = (x + width * fx) * DPI / 72
                top = (CARD_HEIGHT - y - height * fy) * DPI / 72
                pixel = rgb.getpixel((round(left), round(top)))
                assert isinstance(pixel, tuple)
                colours.append((pixel[0], pixel[1], pixel[2]))
    return colours


def near(colour: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 30) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_the_stored_photo_prints_in_the_box_and_the_placeholder_stays_for_others(
    services: Services, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    with_photo, _ = services.people.register(actor=operator, draft=make_draft(full_name="Dewi Foto"))
    without, _ = services.people.register(
        actor=operator, draft=make_draft(nik="3674041708850002", full_name="Budi Tanpa", sex="L")
    )
    services.person_photos.set_photo(
        actor=operator,
        person_id=with_photo.id,
        image=encode(Image.new("RGB", (600, 800), SKY)),
        source="file",
    )
    target = tmp_path / "kartu.pdf"
    services.documents.print_cards(
        actor=supervisor, person_ids=[with_photo.id, without.id], target=target, layout="cr80"
    )
    texts = page_texts(target)
    fronts = {
        name: texts.index(next(text for text in texts if name in text)) + 1 for name in ("Dewi", "Budi")
    }
    for name, page in fronts.items():
        run(
            "pdftoppm",
            "-r",
            str(DPI),
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            target,
            tmp_path / name,
        )
    assert all(near(colour, SKY) for colour in box_colours(tmp_path / "Dewi.png"))
    assert "FOTO" not in texts[fronts["Dewi"] - 1]
    placeholder = tuple(round(channel * 255) for channel in PLACEHOLDER_FILL.rgb())
    assert near(box_colours(tmp_path / "Budi.png")[0], placeholder, 6)  # type: ignore[arg-type]
    assert "FOTO" in texts[fronts["Budi"] - 1]
    # The stored JPEG is embedded as it is: one 360 x 480 JPEG image, not re-encoded per card.
    listing = run("pdfimages", "-list", target).splitlines()[2:]
    assert [(line.split()[3], line.split()[4], line.split()[8]) for line in listing] == [
        ("360", "480", "jpeg")
    ]
