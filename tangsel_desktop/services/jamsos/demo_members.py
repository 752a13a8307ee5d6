"""Jamsosnaker members for the demo office: about 6% of working-age residents, at every step of the path."""

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tangsel_desktop.domain.jamsos.membership_rules import EligibilityRules, EndReason, MemberStatus, age_on
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.demo.demo_data import DemoPerson
from tangsel_desktop.storage.columns import new_id, timestamp_text

DEFAULT_RULES = EligibilityRules()  # a new office keeps these; the demo fills a new office
FIRST_PROGRAM_MONTH = YearMonth(2023, 1)  # the city has paid since January 2023 (DOMAIN.md)
DEFAULT_OCCUPATIONS = (
    "tukang sapu",
    "ojek pangkalan",
    "pedagang keliling",
    "pedagang kaki lima",
    "pemulung",
    "buruh serabutan",
    "nelayan",
)
# Residents eligible by desil (1-4) are about 64% of the working-age: 9.5% of them is about 6% of all.
SHARE_OF_ELIGIBLE = 0.095
STATUS_WEIGHTS = (
    (MemberStatus.ACTIVE, 70),
    (MemberStatus.PROPOSED, 6),
    (MemberStatus.VERIFIED, 6),
    (MemberStatus.SUBMITTED, 6),
    (MemberStatus.ENDED, 12),
)
PATH = (MemberStatus.PROPOSED, MemberStatus.VERIFIED, MemberStatus.SUBMITTED, MemberStatus.ACTIVE)
WORK_LOCATIONS = ("Pasar Ciputat", "Stasiun Sudimara", "Pasar Jombang", "Jl. Raya Serpong", "sekitar rumah")


def _moment(day: date, hour: int) -> str:
    return timestamp_text(datetime(day.year, day.month, day.day, hour, tzinfo=UTC))


@dataclass
class DemoMembers:
    """Rows for jamsos_bulk.insert_members, built a batch of families at a time."""

    members: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)


class DemoJamsos:
    """Chooses members among the demo's residents; the same seed and day give the same members."""

    def __init__(
        self, *, seed: int, today: date, occupations: Sequence[str], used_kpj: set[str], user_id: str
    ) -> None:
        self._random = random.Random(f"jamsos-{seed}")
        self._today = today
        self._last_month = YearMonth.of(today).plus(-1)
        self._occupations = list(occupations) or list(DEFAULT_OCCUPATIONS)
        self._used_kpj = used_kpj
        self._user = user_id
        self.count = 0

    def _eligible(self, person: DemoPerson) -> bool:
        # The program's default rules, read by the same age rule enrolment uses (demo residents are local).
        rules = DEFAULT_RULES
        age = age_on(person.birth_date, self._today)
        in_desil = person.desil is not None and person.desil <= rules.max_desil
        return rules.min_age <= age <= rules.max_age and in_desil

    def _kpj(self) -> str:
        while True:
            kpj = str(self._random.randint(10**10, 10**11 - 1))  # 11 digits, as KPJ cards show
            if kpj not in self._used_kpj:
                self._used_kpj.add(kpj)
                return kpj

    def _month_between(self, first: YearMonth, last: YearMonth) -> YearMonth:
        return YearMonth.from_index(self._random.randint(first.index(), max(first.index(), last.index())))

    def add(self, batch: DemoMembers, person_id: str, person: DemoPerson) -> None:
        """Maybe make this resident a member, with the status events of every step they took."""
        rng = self._random
        if not self._eligible(person) or rng.random() >= SHARE_OF_ELIGIBLE:
            return
        status = rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]
        own = person.occupation.lower()
        occupation = own if own in self._occupations else rng.choice(self._occupations)
        member_id = new_id()
        first = last = kpj = reason = None
        if status in (MemberStatus.ACTIVE, MemberStatus.ENDED):
            first = self._month_between(FIRST_PROGRAM_MONTH, self._last_month)
            kpj = self._kpj()
            proposed_on = first.plus(-1).first_day() - timedelta(days=rng.randint(5, 40))
        else:
            proposed_on = self._today - timedelta(days=rng.randint(3, 60))
        steps: list[tuple[MemberStatus | None, MemberStatus, date, str | None, str]] = []
        previous: MemberStatus | None = None
        for position, step in enumerate(PATH[: PATH.index(status) + 1 if status in PATH else len(PATH)]):
            on = proposed_on + timedelta(days=4 * position)
            month = None
            if step is MemberStatus.ACTIVE and first is not None:
                on, month = max(on, first.first_day()), str(first)
            steps.append((previous, step, min(on, self._today), month, ""))
            previous = step
        if status is MemberStatus.ENDED and first is not None:
            last = self._month_between(first, self._last_month)
            # A death opens a claim with its own record (JamsosClaims): the demo ends members otherwise.
            reason = rng.choice([reason for reason in EndReason if reason is not EndReason.DIED])
            steps.append((previous, status, min(last.last_day(), self._today), str(last), reason.label))
        created = _moment(steps[0][2], 9)
        updated = _moment(steps[-1][2], 10)
        batch.members.append(
            (
                member_id,
                person_id,
                occupation,
                rng.choice(WORK_LOCATIONS),
                1_000_000,
                status.value,
                kpj,
                None if first is None else str(first),
                None if last is None else str(last),
                None if reason is None else reason.value,
                created,
                updated,
                self._user,
            )
        )
        for before, after, on, month, why in steps:
            with_kpj = kpj if after in (MemberStatus.ACTIVE, MemberStatus.ENDED) else None
            batch.events.append(
                (member_id, before, after.value, month, with_kpj, why, 0, self._user, _moment(on, 10))
            )
        self.count += 1
