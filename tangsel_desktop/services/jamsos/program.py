"""Jamsosnaker as the house's first program: its card line, its Beranda figures, its Cetak selection."""

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos import person_data
from tangsel_desktop.services.person_data import DataSection, ErasedCopies, ProgramErasure
from tangsel_desktop.services.programs import Figure, Glance
from tangsel_desktop.storage.jamsos import program_people
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.transaction import Transaction

# Proposed, verified or submitted: members the office still has to carry through to BPJS.
IN_PROGRESS = (MemberStatus.PROPOSED, MemberStatus.VERIFIED, MemberStatus.SUBMITTED)


class JamsosProgram:
    """The city-paid BPJS Ketenagakerjaan cover, seen through services/programs.Program."""

    code = "jamsosnaker"
    label = "Jamsosnaker (BPJS Ketenagakerjaan)"
    changes = ChangeSummary.JAMSOS

    def people(self, month: YearMonth) -> ProgramPeople:
        """Members whose cover is paid this month, and those active from a later month."""
        return program_people.people(str(month))

    def glance(self, tx: Transaction, month: YearMonth) -> Glance:
        """This month's members paid for and their premium, and the members still in progress."""
        figures = program_people.month_figures(tx, str(month))
        in_progress = sum(figures.by_status.get(status.value, 0) for status in IN_PROGRESS)
        return Glance(
            self.code,
            month,
            (
                Figure("covered", figures.covered, of_month=True),
                Figure("amount", figures.amount, money=True, of_month=True),
                Figure("in_progress", in_progress),
            ),
        )

    # What it holds about one person (services/person_data.HoldsPersonData): the PDP report and erasure.
    def section(self, tx: Transaction, person_id: str) -> DataSection:
        return person_data.section(tx, person_id)

    def erasure(self, tx: Transaction, person_id: str) -> ProgramErasure:
        return person_data.erasure(tx, person_id)

    def erase(self, tx: Transaction, person_id: str) -> ErasedCopies:
        return person_data.erase(tx, person_id)
