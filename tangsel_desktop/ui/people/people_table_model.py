"""A thin lazy table of people: it is handed a page query, caches the rows fetched, and grows on scroll."""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.services.people_views import PersonRow

log = logging.getLogger(__name__)

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PageQuery:
    """How to read one listing page by page: fetch(after_key, limit) -> rows; key(row) -> after_key.

    The model never opens a session: the functions close over a service call.
    """

    fetch: Callable[[Any, int], Sequence[PersonRow]]
    key: Callable[[PersonRow], Any]
    text: str = ""


class PeopleTableModel(QAbstractTableModel):
    """People rows fetched a page at a time; rows already fetched are kept until the query changes."""

    NIK, NAME, SEX, BIRTH_DATE, ADDRESS, RT_RW, KELURAHAN, KK = range(8)
    COLUMN_COUNT = 8
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    # A page could not be read (the message is for the clerk); the listing stops growing.
    fetch_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._query: PageQuery | None = None
        self._rows: list[PersonRow] = []
        self._exhausted = True
        self._headers = (
            self.tr("NIK"),
            self.tr("Name"),
            self.tr("M/F"),
            self.tr("Date of birth"),
            self.tr("Address"),
            self.tr("RT/RW"),
            self.tr("Kelurahan"),
            self.tr("KK number"),
        )

    # -- what the page uses -------------------------------------------------------------

    @property
    def query(self) -> PageQuery | None:
        return self._query

    @property
    def exhausted(self) -> bool:
        """True when the last page came back short: every matching row is loaded."""
        return self._exhausted

    @property
    def fetch_size(self) -> int:
        """Rows to ask for: one more than a page, so a full last page is known to be the last."""
        return self.page_size + 1

    def set_query(self, query: PageQuery, first_page: Sequence[PersonRow]) -> None:
        """Show a new listing whose first fetch_size rows were already read (perhaps off the GUI thread)."""
        self.beginResetModel()
        self._query = query
        self._rows = list(first_page[: self.page_size])
        self._exhausted = len(first_page) <= self.page_size
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: str) -> int | None:
        for position, person in enumerate(self._rows):
            if person.id == person_id:
                return position
        return None

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ADDRESS:
            return person.address
        if role == self.ROW_ROLE:
            return person
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._query is not None and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        after = self._query.key(self._rows[-1]) if self._rows else None
        try:
            fetched = list(self._query.fetch(after, self.fetch_size))
        except UserError as error:
            # Stop growing rather than retrying on every scroll; the page shows the message.
            self._exhausted = True
            self.fetch_failed.emit(error.message)
            return
        self._exhausted = len(fetched) <= self.page_size
        page = fetched[: self.page_size]
        if not page:
            return
        first = len(self._rows)
        # Qt's range is inclusive: n rows occupy first .. first + n - 1.
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    @staticmethod
    def _display(person: PersonRow, column: int) -> str:
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
