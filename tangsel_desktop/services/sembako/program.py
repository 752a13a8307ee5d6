"""Sembako as the house's second program: its card line, its Beranda figures, its Cetak selection."""

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.person_data import DataSection, ErasedCopies, ProgramErasure
from tangsel_desktop.services.programs import Figure, Glance
from tangsel_desktop.services.sembako import person_data
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.sembako import program_people
from tangsel_desktop.storage.transaction import Transaction


class SembakoProgram:
    """Staple-food packages for families with a stunted child, TB patients, disabled and remote residents."""

    code = "sembako"
    label = "Sembako"
    changes = ChangeSummary.SEMBAKO

    def people(self, month: YearMonth) -> ProgramPeople:
        """Families on the list of a running round (or of one the month closed): the card names sembako."""
        return program_people.people(str(month))

    def glance(self, tx: Transaction, month: YearMonth) -> Glance:
        """The running rounds: families planned, packages handed over, and packages still on hand."""
        figures = program_people.running(tx)
        return Glance(
            self.code,
            month,
            (
                Figure("rounds", figures.rounds),
                Figure("planned", figures.planned),
                Figure("handed_over", figures.handed_over),
                Figure("on_hand", figures.on_hand),
            ),
        )

    # What it holds about one person (services/person_data.HoldsPersonData): the PDP report and erasure.
    def section(self, tx: Transaction, person_id: str) -> DataSection:
        return person_data.section(tx, person_id)

    def erasure(self, tx: Transaction, person_id: str) -> ProgramErasure:
        return person_data.erasure(tx, person_id)

    def erase(self, tx: Transaction, person_id: str) -> ErasedCopies:
        return person_data.erase(tx, person_id)
