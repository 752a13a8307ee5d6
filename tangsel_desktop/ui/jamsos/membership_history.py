"""A membership's status history as a table, and a person's Jamsosnaker memberships for the person page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime, format_rupiah
from tangsel_desktop.domain.jamsos.membership_rules import EndReason
from tangsel_desktop.services.jamsos.member_listing import MembershipHistory, StatusEventView
from tangsel_desktop.ui.jamsos.members_table_model import month_label
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

translate = QCoreApplication.translate
END_REASONS = {reason.value: reason for reason in EndReason}


def end_reason_label(code: str | None) -> str:
    found = END_REASONS.get(code or "")
    return "" if found is None else found.label


def event_reason(event: StatusEventView) -> str:
    """Why the step was taken; an override is marked, since a supervisor answers for it."""
    details = []
    if event.month:
        details.append(month_label(event.month))
    if event.kpj_number and event.to_status.value == "active":
        details.append(translate("MembershipHistory", "KPJ {kpj}").format(kpj=event.kpj_number))
    if event.override:
        details.append(translate("MembershipHistory", "exception: {reason}").format(reason=event.reason))
    elif event.reason:
        details.append(event.reason)
    return "; ".join(details)


class EventsTable(QTableWidget):
    """One row per change, oldest first: when and by whom, the step, and the details (wrapped)."""

    WHEN, STEP, WHY = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("When / by"), self.tr("Step"), self.tr("Details")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.Stretch)

    def show_events(self, events: tuple[StatusEventView, ...]) -> None:
        self.setRowCount(len(events))
        for row, event in enumerate(events):
            before = event.from_status.label if event.from_status else self.tr("(new)")
            cells = (
                f"{format_datetime(event.at)}\n{event.by_username}",
                f"{before} →\n{event.to_status.label}",
                event_reason(event),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return "" if item is None else item.text()


def membership_summary(history: MembershipHistory) -> str:
    """One paragraph of plain text: occupation, status, KPJ, covered months, income, end reason."""
    member = history.member
    lines = [
        translate("MembershipHistory", "{occupation} — {status}").format(
            occupation=member.occupation, status=member.status_label
        )
    ]
    if member.kpj_number:
        lines.append(translate("MembershipHistory", "KPJ number: {kpj}").format(kpj=member.kpj_number))
    if member.first_month:
        last = month_label(member.last_month) if member.last_month else translate("MembershipHistory", "now")
        lines.append(
            translate("MembershipHistory", "Covered: {first} – {last}").format(
                first=month_label(member.first_month), last=last
            )
        )
    if member.end_reason:
        lines.append(
            translate("MembershipHistory", "Ended because: {reason}").format(
                reason=end_reason_label(member.end_reason)
            )
        )
    if member.work_location:
        lines.append(translate("MembershipHistory", "Works at: {place}").format(place=member.work_location))
    lines.append(
        translate("MembershipHistory", "Declared income: {income}").format(
            income=format_rupiah(member.declared_income)
        )
    )
    return "\n".join(lines)


class MembershipHistoryPanel(PersonSection):
    """On the person page: each Jamsosnaker membership of the person, newest first, with its history."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Jamsosnaker membership"))
        self._ctx = ctx
        self.histories: tuple[MembershipHistory, ...] = ()
        # Several memberships with their histories scroll inside the box instead of squeezing the page.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll_area)
        self._layout = QVBoxLayout(self.content)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.message = plain_label(self.content, HINT_STYLE)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self.scroll_area.setWidget(self.content)
        QVBoxLayout(self).addWidget(self.scroll_area)
        self._parts: list[QWidget] = []

    def show_person(self, person_id: str) -> None:
        """Read the person's memberships off the GUI thread and show them; then has_content."""
        listing, actor = self._ctx.services.jamsos_listing, self._ctx.actor
        Operation(self._ctx, self, lambda _h: listing.history(actor=actor, person_id=person_id)).success(
            self._show
        ).failure(self._failed).latest("person").run()

    def _failed(self, error: BaseException) -> None:
        self._clear()
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
        self.has_content.emit(False)

    def _clear(self) -> None:
        for part in self._parts:
            part.deleteLater()
        self._parts = []
        self.histories = ()

    def _show(self, histories: tuple[MembershipHistory, ...]) -> None:
        self._clear()
        self.histories = histories
        if not self.histories:
            show_text(self.message, self.tr("Not a Jamsosnaker member."), HINT_STYLE)
            self.has_content.emit(False)
            return
        show_text(self.message, "")
        for history in self.histories:
            summary = plain_label(self.content)
            show_text(summary, membership_summary(history))
            events = EventsTable(self.content)
            events.show_events(history.events)
            events.resizeRowsToContents()
            frame = events.frameWidth() * 2
            events.setFixedHeight(
                events.horizontalHeader().sizeHint().height() + events.verticalHeader().length() + frame
            )
            self._layout.insertWidget(self._layout.count() - 1, summary)
            self._layout.insertWidget(self._layout.count() - 1, events)
            self._parts.extend([summary, events])
        self.has_content.emit(True)

    def summaries(self) -> list[str]:
        return [part.text() for part in self._parts if isinstance(part, QLabel)]
