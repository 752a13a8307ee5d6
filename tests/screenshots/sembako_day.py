"""A distribution day in the demo office, made through the services as its clerks would, for the pictures."""

import io
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFilter

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.domain.sembako.round_rules import HandoverDay, Mark, proxy
from tangsel_desktop.services.demo.demo_service import DEMO_PASSWORD
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services

ITEMS = ("Beras,kg,10,14000", "Minyak goreng,L,2,18000", "Telur,kg,1,28000", "Gula pasir,kg,1,17000")
HANDED_OUT = 6  # families served before the pictures: the desk's figures are not all zero


@dataclass(frozen=True)
class DemoSembako:
    round_id: str
    waiting_nik: str  # a listed family not yet served, with a photo on its line's person
    served_nik: str  # a family that collected already
    desk_niks: tuple[str, ...]  # families the desk itself serves before the pictures


def portrait() -> bytes:
    """A plain drawn face (no real person): hair, skin, eyes, a smile and a batik-coloured shirt, 3:4."""
    width, height = 600, 800
    image = Image.new("RGB", (width, height), (214, 226, 236))
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 560, 510, 1100), fill=(138, 66, 40))  # shoulders
    draw.polygon([(250, 560), (350, 560), (300, 660)], fill=(236, 230, 216))  # collar
    draw.rectangle((262, 440, 338, 580), fill=(196, 150, 118))  # neck
    draw.ellipse((160, 130, 440, 470), fill=(40, 32, 30))  # hair
    draw.ellipse((180, 180, 420, 520), fill=(208, 164, 130))  # face
    draw.chord((180, 150, 420, 330), 180, 360, fill=(40, 32, 30))  # fringe
    for x in (250, 350):
        draw.ellipse((x - 16, 320, x + 16, 340), fill=(250, 250, 250))
        draw.ellipse((x - 8, 322, x + 8, 338), fill=(45, 30, 25))
        draw.line((x - 22, 300, x + 22, 296), fill=(40, 32, 30), width=6)  # brows
    draw.line((300, 350, 292, 410), fill=(170, 120, 95), width=5)  # nose
    draw.arc((255, 405, 345, 460), 20, 160, fill=(150, 70, 70), width=6)  # smile
    buffer = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1.2)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def prepare_sembako_day(services: Services) -> DemoSembako:
    """Letters, a round proposed by the operator and approved by the supervisor, stock, a few handovers."""
    operator = services.auth.login(username="operator", password=DEMO_PASSWORD)
    supervisor = services.auth.login(username="supervisor", password=DEMO_PASSWORD)
    today = date.today()
    month = YearMonth(today.year, today.month)
    # The letters: two TBC patients from the Puskesmas, found by name as a clerk would.
    for number, person in enumerate(services.people.search(actor=operator, text="ahmad", limit=2), start=1):
        services.sembako_evidence.add(
            actor=operator,
            person_id=person.id,
            category="tbc",
            document=f"445/TB-{number:02d}/PKM Pamulang",
            valid_from=today.replace(day=1) - timedelta(days=60),
            valid_until=today + timedelta(days=120),
        )
    view, _ = services.sembako_rounds.create(
        actor=supervisor,
        name=f"Sembako {month.label()}",
        month=month,
        categories=["tbc", "disabilitas"],
        items=[parse_item(text) for text in ITEMS],
        days=[HandoverDay(today, "Aula Kantor Kelurahan")],
    )
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    lines = services.sembako_rounds.recipients(actor=operator, round_id=view.id)
    services.sembako_stock.receive(
        actor=supervisor,
        round_id=view.id,
        count=len(lines) + 5,
        bast=f"BAST/DINSOS/{today.year}/{today.month:02d}/014",
    )
    handovers = services.sembako_handovers
    for index, line in enumerate(lines[:HANDED_OUT]):
        by = proxy("Rudi Hartono", "", "Anak") if index == 2 else None
        mark = Mark.THUMBPRINT if index == 4 else Mark.SIGNATURE
        handovers.hand_over(
            actor=operator, round_id=view.id, who=Who(recipient_id=line.id), proxy=by, mark=mark
        )
    # The family at the desk (and in the person's window): one with several members, so the household
    # panel shows each member's relation to the head.
    waiting = next(
        line
        for line in lines[HANDED_OUT + 2 :]
        if len(services.people.search(actor=operator, text=line.kk_number, limit=10)) >= 4
    )
    services.person_photos.set_photo(
        actor=operator, person_id=waiting.person_id, image=portrait(), source="file"
    )
    desk = tuple(line.nik for line in lines[HANDED_OUT : HANDED_OUT + 2])
    return DemoSembako(view.id, waiting.nik, lines[0].nik, desk)
