"""A small kelurahan for the training tests: poor residents, a blind man, a well-off one, a neighbour."""

from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft


def nik(number: int) -> str:
    return f"36740457088510{number:02d}"


SITI, ANI, JOKO, RICH, OUTSIDER, DEWI = (nik(n) for n in range(1, 7))


def build_residents(services: Services) -> None:
    """Siti and Ani and Dewi (desil 2), Joko (blind, desil 1), Rudi (desil 8), Rina (another kelurahan)."""
    people = services.people
    for number, name, extra in (
        (SITI, "Siti Aminah", {}),
        (ANI, "Ani Lestari", {"rw": "4"}),
        (JOKO, "Joko Netra", {"disability": "netra", "desil": "1", "sex": "L"}),
        (RICH, "Rudi Kaya", {"desil": "8", "sex": "L"}),
        (OUTSIDER, "Rina Serua", {"kelurahan": "Serua"}),
        (DEWI, "Dewi Sartika", {"rw": "5"}),
    ):
        kk = "36740412031" + number[-5:]
        people.register(
            actor=SYSTEM_ACTOR, draft=make_draft(nik=number, full_name=name, kk_number=kk, **extra)
        )
