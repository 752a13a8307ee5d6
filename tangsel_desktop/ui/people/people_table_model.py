"""A thin lazy table of people: it is handed a page query, caches the rows fetched, and grows on scroll."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.lazy_table_model import PAGE_SIZE, LazyTableModel
from tangsel_desktop.ui.operations import TaskRunner


@dataclass(frozen=True)
class PageQuery:
    """How to read one listing page by page: fetch(after_key, limit) -> rows; key(row) -> after_key.

    The model never opens a session: the functions close over a service call.
    """

    fetch: Callable[[Any, int], Sequence[PersonRow]]
    key: Callable[[PersonRow], Any]
    text: str = ""


class PeopleTableModel(LazyTableModel):
    """People rows fetched a page at a time; rows already fetched are kept until the query changes."""

    NIK, NAME, SEX, BIRTH_DATE, ADDRESS, RT_RW, KELURAHAN, KK = range(8)
    COLUMN_COUNT = 8

    def __init__(
        self, parent: QObject | None = None, *, runner: TaskRunner, page_size: int = PAGE_SIZE
    ) -> None:
        headers = (
            self.tr("NIK"),
            self.tr("Name"),
            self.tr("M/F"),
            self.tr("Date of birth"),
            self.tr("Address"),
            self.tr("RT/RW"),
            self.tr("Kelurahan"),
            self.tr("KK number"),
        )
        super().__init__(headers, parent, runner=runner, page_size=page_size)

    def after_key(self, last_row: PersonRow) -> Any:
        return self._query.key(last_row)

    def row_at(self, row: int) -> PersonRow:
        person: PersonRow = self._rows[row]
        return person

    def row_of(self, person_id: str) -> int | None:
        return self.position_of(lambda person: person.id == person_id)

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        return row.address if column == self.ADDRESS else None

    def display(self, row: PersonRow, column: int) -> str:
        person = row
        if column == PeopleTableModel.NIK:
            return person.nik
        if column == PeopleTableModel.NAME:
            return person.full_name
        if column == PeopleTableModel.SEX:
            return person.sex.value
        if column == PeopleTableModel.BIRTH_DATE:
            return format_date(person.birth_date)
        if column == PeopleTableModel.ADDRESS:
            return person.address
        if column == PeopleTableModel.RT_RW:
            return f"{person.rt or '-'}/{person.rw or '-'}" if person.rt or person.rw else ""
        if column == PeopleTableModel.KELURAHAN:
            return person.kelurahan
        return person.kk_number
