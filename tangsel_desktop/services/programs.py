"""The seam every program plugs into: what it adds to a card, to Beranda and to Cetak's selection.

A program implements Program in its own package (services/<program>/program.py) and is listed once,
in the composition root (services/service_set.py). The shared services (documents, dashboard) ask the
registry and never name a program. What a program adds to the window (its Beranda section, its
person-page section, its Cetak button) is registered the same way on the window's side
(ui/program_parts.py, filled in app.py).
"""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class Figure:
    """One number Beranda shows for a program; `key` is the program's own name, the window captions it."""

    key: str
    value: int
    money: bool = False  # whole rupiah, not a count
    of_month: bool = False  # about the glance's month (the window says which)


@dataclass(frozen=True)
class Glance:
    """A program's figures for Beranda in one month."""

    program: str
    month: YearMonth
    figures: tuple[Figure, ...]

    def value(self, key: str) -> int:
        return next(figure.value for figure in self.figures if figure.key == key)


class Program(Protocol):
    """What a program contributes to the shared services."""

    @property
    def code(self) -> str:
        """Its one word on the command line (`cards --program CODE`) and in the registry."""
        ...

    @property
    def label(self) -> str:
        """Its name on a card's Program line and in messages."""
        ...

    @property
    def changes(self) -> ChangeSummary:
        """The areas of the ChangeSummary whose change moves its figures."""
        ...

    def people(self, month: YearMonth) -> ProgramPeople:
        """Who is in it in the month: a card's Program line and Cetak's selection by program."""
        ...

    def glance(self, tx: Transaction, month: YearMonth) -> Glance:
        """Its figures for Beranda in the month, read inside the caller's transaction."""
        ...


@runtime_checkable
class NamedPerPerson(Protocol):
    """A program whose card line names something per person (what they took part in) rather than its label."""

    def labels(self, tx: Transaction, person_ids: Sequence[str], month: YearMonth) -> dict[str, str]:
        """The card's word for each of the given members who has one; the others get the label."""
        ...


def card_labels(program: Program, tx: Transaction, members: set[str], month: YearMonth) -> dict[str, str]:
    """The Program line's word for each member: the program's own per person, or its label."""
    named = program.labels(tx, sorted(members), month) if isinstance(program, NamedPerPerson) else {}
    return {person_id: named.get(person_id, program.label) for person_id in members}


class ProgramRegistry:
    """The programs of this build, in the order cards and Beranda list them."""

    def __init__(self, programs: Iterable[Program] = ()) -> None:
        self._programs = tuple(programs)
        codes = [program.code for program in self._programs]
        if len(set(codes)) != len(codes):
            raise ValueError(f"two programs share a code: {codes}")

    def __iter__(self) -> Iterator[Program]:
        return iter(self._programs)

    def __len__(self) -> int:
        return len(self._programs)

    @property
    def changes(self) -> ChangeSummary:
        """Every area whose change moves some program's figures."""
        found = ChangeSummary.NOTHING
        for program in self._programs:
            found |= program.changes
        return found

    def parse(self, text: str) -> Program:
        """A program by its code or its label, in any case; the refusal lists the choices."""
        cleaned = " ".join(text.split()).lower()
        for program in self._programs:
            if cleaned in (program.code, program.label.lower()):
                return program
        choices = ", ".join(f"{program.code} ({program.label})" for program in self._programs)
        raise UserError(
            f"Program '{text}' tidak dikenal. Pilihan: {choices or 'belum ada program'}.", field="program"
        )
