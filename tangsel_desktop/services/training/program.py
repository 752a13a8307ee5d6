"""Trainings as the house's third program: the card's line names the training, Beranda counts the running
batches and the follow-ups due, Cetak selects the participants."""

from collections.abc import Callable, Sequence
from datetime import date

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.training.participation import FOLLOW_UP_MONTHS, add_months
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.person_data import DataSection, ErasedCopies, ProgramErasure
from tangsel_desktop.services.programs import Figure, Glance
from tangsel_desktop.services.training import person_data
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.training import aftercare_store, program_people, training_store
from tangsel_desktop.storage.transaction import Transaction


class TrainingProgram:
    """The city's trainings for poor and disabled residents (Pelatihan), seen through services/programs."""

    code = "pelatihan"
    label = "Pelatihan"
    changes = ChangeSummary.TRAINING

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self._today = today

    def _by(self, month: YearMonth) -> date:
        return min(month.last_day(), max(month.first_day(), self._today()))

    def people(self, month: YearMonth) -> ProgramPeople:
        """Those selected on a batch that had started by the month's end (or today, in this month)."""
        return program_people.people(self._by(month))

    def labels(self, tx: Transaction, person_ids: Sequence[str], month: YearMonth) -> dict[str, str]:
        """The card's Program line names each person's latest training instead of the word Pelatihan."""
        return program_people.training_names(tx, person_ids, self._by(month))

    def glance(self, tx: Transaction, month: YearMonth) -> Glance:
        """Batches running on the day, and the follow-ups (month 3 and 6) owed by then."""
        by = self._by(month)
        due = sum(len(aftercare_store.owed(tx, m, add_months(by, -m))) for m in FOLLOW_UP_MONTHS)
        return Glance(
            self.code,
            month,
            (Figure("running", training_store.count_running(tx, by)), Figure("follow_ups_due", due)),
        )

    # What it holds about one person (services/person_data.HoldsPersonData): the PDP report and erasure.
    def section(self, tx: Transaction, person_id: str) -> DataSection:
        return person_data.section(tx, person_id)

    def erasure(self, tx: Transaction, person_id: str) -> ProgramErasure:
        return person_data.erasure(tx, person_id)

    def erase(self, tx: Transaction, person_id: str) -> ErasedCopies:
        return person_data.erase(tx, person_id)
