"""A thin lazy table over the register of printed documents: newest first, a keyset page at a time."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.documents.document_service import RegisterEntry
from tangsel_desktop.ui.lazy_table_model import PAGE_SIZE, LazyTableModel
from tangsel_desktop.ui.operations import TaskRunner

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


class RegisterTableModel(LazyTableModel):
    """Register entries fetched a page at a time; the next page starts below the last id shown."""

    NUMBER, KIND, PERSON, STATUS, PRINTED_BY, PRINTED_AT, COPY = range(7)
    COLUMN_COUNT = 7

    def __init__(
        self, parent: QObject | None = None, *, runner: TaskRunner, page_size: int = PAGE_SIZE
    ) -> None:
        headers = (
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("For"),
            self.tr("Status"),
            self.tr("By"),
            self.tr("Time"),
            self.tr("Copy / reason"),
        )
        super().__init__(headers, parent, runner=runner, page_size=page_size)

    def after_key(self, last_row: RegisterEntry) -> int:
        return last_row.id

    def entry_at(self, row: int) -> RegisterEntry:
        entry: RegisterEntry = self._rows[row]
        return entry

    def row_of(self, document_id: int) -> int | None:
        return self.position_of(lambda entry: entry.id == document_id)

    def tooltip(self, row: RegisterEntry, column: int) -> str | None:
        if column in (self.PERSON, self.COPY):
            # Reasons and long names are cut by the column; the tooltip shows them whole.
            return self.display(row, column) or None
        return None

    def display(self, row: RegisterEntry, column: int) -> str:
        entry = row
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
