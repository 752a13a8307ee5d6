"""A small kelurahan for the Sembako tests: a family with a stunted child, TB patients, disabled residents."""

from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft

MONTH = YearMonth(2026, 11)
ITEMS = ("Beras,kg,10,14000", "Minyak goreng,L,2,18000", "Telur,kg,1,28000")


@dataclass(frozen=True)
class Village:
    """NIKs by who they are: the Sari family (mother head, stunted child), a TB patient, a blind man..."""

    sari: str  # head of the Sari family
    sari_child: str  # the stunted child's mother is the head; the child is in the same KK
    tb: str
    blind: str
    moved_away: str  # a disabled person registered in another kelurahan
    tb_ended: str  # a TB patient whose treatment ended before the month


def nik(number: int) -> str:
    return f"36740457088500{number:02d}"


def build_village(services: Services, operator: Actor) -> Village:
    people = services.people
    people.register(
        actor=operator, draft=make_draft(nik=nik(1), full_name="Sari Wulandari", kk_number="3674041203150011")
    )
    people.register(
        actor=operator,
        draft=make_draft(
            nik=nik(2),
            full_name="Dimas Anak Sari",
            kk_number="3674041203150011",
            birth_date="2023-03-01",
            sex="L",
        ),
    )
    people.register(
        actor=operator,
        draft=make_draft(nik=nik(3), full_name="Budi TBC", kk_number="3674041203150012", rw="4"),
    )
    people.register(
        actor=operator,
        draft=make_draft(
            nik=nik(4), full_name="Joko Netra", kk_number="3674041203150013", disability="netra", rw="7"
        ),
    )
    people.register(
        actor=operator,
        draft=make_draft(
            nik=nik(5),
            full_name="Rina Pindah",
            disability="fisik",
            kelurahan="Serua",
            kk_number="3674041203150014",
        ),
    )
    people.register(
        actor=operator, draft=make_draft(nik=nik(6), full_name="Tono Sembuh", kk_number="3674041203150015")
    )
    evidence = services.sembako_evidence
    evidence.add(
        actor=operator,
        nik=nik(2),
        category="stunting",
        document="440/12/Puskesmas Ciputat",
        valid_from=date(2026, 6, 1),
        child_name="Dimas",
        child_birth_date=date(2023, 3, 1),
    )
    evidence.add(
        actor=operator,
        nik=nik(3),
        category="tbc",
        document="TB-07/PKM",
        valid_from=date(2026, 5, 1),
        valid_until=date(2026, 11, 30),
    )
    evidence.add(
        actor=operator,
        nik=nik(6),
        category="tbc",
        document="TB-01/PKM",
        valid_from=date(2026, 1, 1),
        valid_until=date(2026, 6, 30),
    )
    return Village(nik(1), nik(2), nik(3), nik(4), nik(5), nik(6))


def make_round(services: Services, supervisor: Actor, **overrides: object) -> RoundView:
    values: dict[str, object] = {
        "name": "Sembako November 2026",
        "month": MONTH,
        "categories": ["stunting", "tbc", "disabilitas"],
        "items": [parse_item(text) for text in ITEMS],
    }
    values.update(overrides)
    view, _ = services.sembako_rounds.create(actor=supervisor, **values)  # type: ignore[arg-type]
    return view
