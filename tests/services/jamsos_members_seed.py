"""A Kelurahan Sawah store with members in every status, for the listing, CLI and window tests."""

from dataclasses import dataclass

from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step

OCCUPATIONS = ("pemulung", "ojek pangkalan", "Pedagang kaki lima", "nelayan")
GIVEN = ("Ahmad", "Siti", "Budi", "Dewi", "Eko", "Fitri", "Gunawan", "Hana", "Indra", "Joko")
FAMILY = ("Saputra", "Lestari", "Hidayat", "Wulandari", "Pratama")
JAN, JUN, JUL = YearMonth(2025, 1), YearMonth(2025, 6), YearMonth(2025, 7)
# By position modulo 6: the status each seeded member is left in, with its covered months.
PATTERN: tuple[tuple[MemberStatus, YearMonth | None, YearMonth | None], ...] = (
    (MemberStatus.PROPOSED, None, None),
    (MemberStatus.VERIFIED, None, None),
    (MemberStatus.SUBMITTED, None, None),
    (MemberStatus.ACTIVE, JAN, None),
    (MemberStatus.ENDED, JAN, JUN),
    (MemberStatus.ACTIVE, JUL, None),
)


@dataclass(frozen=True)
class Seeded:
    nik: str
    name: str
    rw: str  # as stored: '001'
    occupation: str
    status: MemberStatus
    first: YearMonth | None
    last: YearMonth | None
    kpj: str | None

    def covers(self, month: YearMonth) -> bool:
        if self.first is None or self.first > month:
            return False
        return self.last is None or month <= self.last


def seed_nik(number: int) -> str:
    return f"367404570885{number:04d}"


def seed_members(services: Services, operator: Actor, supervisor: Actor, count: int) -> list[Seeded]:
    """count residents of Kelurahan Sawah enrolled and stepped through PATTERN, in order."""
    jamsos = services.jamsos
    seeded = []
    for number in range(1, count + 1):
        index = number - 1
        nik = seed_nik(number)
        name = f"{GIVEN[index % len(GIVEN)]} {FAMILY[index // len(GIVEN) % len(FAMILY)]} {number}"
        rw = str(index % 3 + 1)
        occupation = OCCUPATIONS[index % len(OCCUPATIONS)]
        services.people.register(actor=operator, draft=make_draft(nik=nik, full_name=name, rw=rw))
        jamsos.enroll(actor=operator, nik=nik, occupation=occupation, work_location=f"Pasar RW {rw}")
        status, first, last = PATTERN[index % len(PATTERN)]
        kpj = None
        steps = list(MemberStatus)[1 : list(MemberStatus).index(status) + 1]
        for step in steps:
            if step is MemberStatus.ACTIVE:
                kpj = f"2500{number:07d}"
                jamsos.set_status(actor=supervisor, nik=nik, to=step, kpj=kpj, month=first)
            elif step is MemberStatus.ENDED:
                jamsos.set_status(actor=supervisor, nik=nik, to=step, month=last, end_reason=EndReason.MOVED)
            else:
                four_eyes_step(services, nik, step, supervisor)
        seeded.append(Seeded(nik, name, f"{int(rw):03d}", occupation, status, first, last, kpj))
    return seeded
