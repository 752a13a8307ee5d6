"""The lazy table of Jamsosnaker members: a page of the listing at a time, grown on scroll."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.jamsos.member_listing import MemberFilter, MemberRow
from tangsel_desktop.ui.lazy_table_model import PAGE_SIZE, LazyTableModel
from tangsel_desktop.ui.operations import TaskRunner


@dataclass(frozen=True)
class MemberQuery:
    """One filtered listing: fetch(after_key, limit) -> rows, closing over a service call."""

    fetch: Callable[[Any, int], Sequence[MemberRow]]
    filter: MemberFilter


def month_label(text: str | None, *, short: bool = False) -> str:
    if not text:
        return ""
    month = YearMonth.parse(text)
    return month.short_label() if short else month.label()


def covered_months(first_month: str | None, last_month: str | None, *, short: bool = False) -> str:
    """'Januari 2025 – sekarang', 'Januari 2025 – Juni 2025' ('Jan 2025 – Jun 2025' short), or empty."""
    if not first_month:
        return ""
    now = QCoreApplication.translate("MembersTable", "now")
    last = month_label(last_month, short=short) if last_month else now
    return f"{month_label(first_month, short=short)} – {last}"


class MembersTableModel(LazyTableModel):
    """Members in name order; rows already fetched are kept until the filter changes."""

    # The name first: when the side panel leaves the table narrow, it is the column kept in view.
    NAME, NIK, KELURAHAN, RW, OCCUPATION, STATUS, KPJ, MONTHS = range(8)

    def __init__(
        self, parent: QObject | None = None, *, runner: TaskRunner, page_size: int = PAGE_SIZE
    ) -> None:
        headers = (
            self.tr("Name"),
            self.tr("NIK"),
            self.tr("Kelurahan"),
            self.tr("RW"),
            self.tr("Occupation"),
            self.tr("Status"),
            self.tr("KPJ number"),
            self.tr("Covered months"),
        )
        super().__init__(headers, parent, runner=runner, page_size=page_size)

    def after_key(self, last_row: MemberRow) -> Any:
        return (last_row.full_name, last_row.id)

    def row_at(self, row: int) -> MemberRow:
        member: MemberRow = self._rows[row]
        return member

    def row_of(self, member_id: str) -> int | None:
        return self.position_of(lambda member: member.id == member_id)

    def tooltip(self, row: MemberRow, column: int) -> str | None:
        if column == self.STATUS and row.end_reason:
            return self.tr("Ended: {reason}").format(reason=row.end_reason_label)
        return None

    def display(self, row: MemberRow, column: int) -> str:
        if column == self.NIK:
            return row.nik
        if column == self.NAME:
            return row.full_name
        if column == self.KELURAHAN:
            return row.kelurahan
        if column == self.RW:
            return row.rw
        if column == self.OCCUPATION:
            return row.occupation
        if column == self.STATUS:
            return row.status.label
        if column == self.KPJ:
            return row.kpj_number or ""
        return covered_months(row.first_month, row.last_month, short=True)
