"""A thin lazy table over the register of printed documents: newest first, a keyset page at a time."""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.document_service import RegisterEntry

log = logging.getLogger(__name__)

PAGE_SIZE = 200

AnyIndex = QModelIndex | QPersistentModelIndex

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def kind_label(kind: str | None) -> str:
    """The clerk's word for a document kind; an unknown kind (from a newer version) shows as stored."""
    labels = {
        "card": translate("RegisterTableModel", "Card"),
        "receipt": translate("RegisterTableModel", "Receipt"),
        "certificate": translate("RegisterTableModel", "Certificate"),
        "report": translate("RegisterTableModel", "Report"),
    }
    return labels.get(str(kind), str(kind)) if kind else ""


def status_label(status: str) -> str:
    labels = {
        # The number is taken and its PDF is being written (or the run stopped before it was whole).
        "reserved": translate("RegisterTableModel", "Being printed"),
        "printed": translate("RegisterTableModel", "Printed"),
        "void": translate("RegisterTableModel", "Void"),
    }
    return labels.get(status, status)


@dataclass(frozen=True)
class RegisterQuery:
    """How to read the register page by page: fetch(before_id, limit) -> entries, newest first.

    The model never opens a session: fetch closes over a service call.
    """

    fetch: Callable[[int | None, int], Sequence[RegisterEntry]]
    kind: str | None = None
    text: str = ""


class RegisterTableModel(QAbstractTableModel):
    """Register entries fetched a page at a time; the next page starts below the last id shown."""

    NUMBER, KIND, PERSON, STATUS, PRINTED_BY, PRINTED_AT, COPY = range(7)
    COLUMN_COUNT = 7

    # A page could not be read (the message is for the clerk); the listing stops growing.
    fetch_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._query: RegisterQuery | None = None
        self._rows: list[RegisterEntry] = []
        self._exhausted = True
        self._headers = (
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("For"),
            self.tr("Status"),
            self.tr("By"),
            self.tr("Time"),
            self.tr("Copy / reason"),
        )

    @property
    def query(self) -> RegisterQuery | None:
        return self._query

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def fetch_size(self) -> int:
        """One more than a page, so a full last page is known to be the last."""
        return self.page_size + 1

    def set_query(self, query: RegisterQuery, first_page: Sequence[RegisterEntry]) -> None:
        """Show a new listing whose first fetch_size rows were already read (off the GUI thread)."""
        self.beginResetModel()
        self._query = query
        self._rows = list(first_page[: self.page_size])
        self._exhausted = len(first_page) <= self.page_size
        self.endResetModel()

    def entry_at(self, row: int) -> RegisterEntry:
        return self._rows[row]

    def row_of(self, document_id: int) -> int | None:
        for position, entry in enumerate(self._rows):
            if entry.id == document_id:
                return position
        return None

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
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.PERSON, self.COPY):
            # Reasons and long names are cut by the column; the tooltip shows them whole.
            return self._display(entry, index.column()) or None
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._query is not None and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        before = self._rows[-1].id if self._rows else None
        try:
            fetched = list(self._query.fetch(before, self.fetch_size))
        except UserError as error:
            # Stop growing rather than retrying on every scroll; the tab shows the message.
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

    def _display(self, entry: RegisterEntry, column: int) -> str:
        if column == self.NUMBER:
            return entry.number
        if column == self.KIND:
            return kind_label(entry.kind)
        if column == self.PERSON:
            return entry.person_name or ""
        if column == self.STATUS:
            return status_label(entry.status)
        if column == self.PRINTED_BY:
            return entry.printed_by
        if column == self.PRINTED_AT:
            return format_datetime(entry.printed_at)
        reason = (entry.reason or "").strip()
        if entry.is_copy:
            return self.tr("COPY: {reason}").format(reason=reason) if reason else self.tr("COPY")
        # A void number's reason: cancelled, interrupted, or what went wrong.
        return reason
