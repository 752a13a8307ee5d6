"""The live counts Beranda shows: people, households, how they split, and each program this month."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.enums import Disability, Role, Sex
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.programs import Glance, ProgramRegistry
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_store


@dataclass(frozen=True)
class DashboardCounts:
    people: int
    households: int
    women: int
    men: int
    with_disability: int
    in_desil_1_to_4: int
    by_kelurahan: tuple[tuple[str, int], ...]


class DashboardService:
    def __init__(
        self, database: Database, programs: ProgramRegistry, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._programs = programs
        self._today = today

    def programs(self, *, actor: Actor) -> tuple[Glance, ...]:
        """Each program's figures this month, in the registry's order, read in one transaction."""
        actor.require(Role.OPERATOR, "melihat beranda")
        today = self._today()
        month = YearMonth(today.year, today.month)
        with self._db.read() as tx:
            return tuple(program.glance(tx, month) for program in self._programs)

    def counts(self, *, actor: Actor) -> DashboardCounts:
        actor.require(Role.OPERATOR, "melihat beranda")
        with self._db.read() as tx:
            by_sex = dict(people_store.people_counts_by(tx, "sex"))
            by_disability = dict(people_store.people_counts_by(tx, "disability"))
            by_desil = dict(people_store.people_counts_by(tx, "desil"))
            by_kelurahan = people_store.people_counts_by(tx, "kelurahan_code")
            return DashboardCounts(
                people=people_store.count_people(tx),
                households=people_store.count_households(tx),
                women=by_sex.get(Sex.FEMALE.value, 0),
                men=by_sex.get(Sex.MALE.value, 0),
                with_disability=sum(
                    count for kind, count in by_disability.items() if kind != Disability.NONE.value
                ),
                in_desil_1_to_4=sum(
                    count for desil, count in by_desil.items() if desil is not None and desil <= 4
                ),
                by_kelurahan=tuple(
                    sorted(
                        ((kelurahan_name(code), count) for code, count in by_kelurahan),
                        key=lambda item: -item[1],
                    )
                ),
            )
