"""The Members tab: filters, the lazy member table with its count, the selected member, lifecycle actions."""

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus, next_step
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.member_listing import MemberFilter, MemberRow, MembershipHistory
from tangsel_desktop.ui.jamsos.enrol_dialog import EnrolDialog
from tangsel_desktop.ui.jamsos.member_detail_panel import MemberDetailPanel
from tangsel_desktop.ui.jamsos.member_filter_bar import MemberFilterBar
from tangsel_desktop.ui.jamsos.members_table_model import MemberQuery, MembersTableModel
from tangsel_desktop.ui.jamsos.status_override_dialog import StatusOverrideDialog
from tangsel_desktop.ui.jamsos.status_step_dialog import StatusStepDialog
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.dialog_slot import DialogSlot
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

log = logging.getLogger(__name__)

FirstPage = tuple[int, MemberQuery | None, list[MemberRow], int, str]

# The side (details, the claim) keeps at least this width, and gets this much when there is room.
SIDE_LEAST = 260
SIDE_PREFERRED = 380


class MembersTab(QWidget):
    """Everything about who is a member; the other Jamsosnaker tabs sit beside it."""

    # The selected member's MemberView, for the death dialog (connected by the Jamsosnaker page).
    death_requested = Signal(object)
    # The member now shown beside the table (a MemberView), or None: for panels added under the details.
    member_shown = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_record: QDialog | None = None
        self._ctx = ctx
        self._generation = 0
        self._shown_generation = 0
        self._select_after_load: str | None = None
        self.total = 0
        self.history: MembershipHistory | None = None
        self._dialogs = DialogSlot()  # a lifecycle dialog or the person's record, one at a time
        self.filter_bar = MemberFilterBar([], self)
        self.model = MembersTableModel(self, runner=ctx.runner)
        self.table = QTableView(self)
        self.detail = MemberDetailPanel(self)
        self.count_label = plain_label(self, HINT_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.enrol_button = QPushButton(self.tr("Enrol a worker…"), self)
        self.step_button = QPushButton(self.tr("Next status…"), self)
        self.override_button = QPushButton(self.tr("Change status by exception…"), self)
        self.death_button = QPushButton(self.tr("Record death…"), self)
        self.person_button = QPushButton(self.tr("Open person…"), self)
        self._set_up_table()
        self._lay_out()
        self.filter_bar.changed.connect(self.refresh)
        self.filter_bar.search_edit.returnPressed.connect(self.filter_bar.flush)
        self.model.modelReset.connect(self._update_count)
        self.model.page_arrived.connect(self._update_count)
        self.model.fetch_failed.connect(lambda message: show_text(self.message_label, message))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.enrol_button.clicked.connect(self.enrol)
        self.step_button.clicked.connect(self.step)
        self.override_button.clicked.connect(self.override)
        self.death_button.clicked.connect(self.request_death)
        self.person_button.clicked.connect(self.open_selected_person)
        self.table.activated.connect(lambda _index: self.open_selected_person())
        ctx.bus.changed.connect(self._on_change)
        self._update_actions()
        self._load_occupations()
        self.refresh()

    def _load_occupations(self) -> None:
        """The filter's occupation list, read off the GUI thread (none shown if it cannot be read)."""
        settings = self._ctx.services.jamsos_settings
        Operation(self._ctx, self, lambda _h: settings.occupations()).success(
            self.filter_bar.set_occupations
        ).failure(lambda _error: None).run()

    def _set_up_table(self) -> None:
        table = self.table
        # The last column takes what is left; a narrow table scrolls sideways instead of crushing names.
        set_up_listing(
            table,
            self.model,
            samples={
                MembersTableModel.NAME: "Siti Nurhaliza Rahmawati",
                MembersTableModel.NIK: "3674045708850001",
                MembersTableModel.KELURAHAN: "Pondok Kacang Timur",
                MembersTableModel.RW: "RW0",
                MembersTableModel.OCCUPATION: "buruh serabutan",
                MembersTableModel.STATUS: "diverifikasi",
                MembersTableModel.KPJ: "25000000001",
                MembersTableModel.MONTHS: "Agu 2025 – sekarang",
            },
        )
        # A kelurahan office lists only its own residents: the column would repeat one name.
        table.setColumnHidden(MembersTableModel.KELURAHAN, self._ctx.office.kelurahan_code is not None)
        # The covered months before the KPJ number: on a 1280-pixel screen the last column is the one
        # cut, and the KPJ is also in the details beside the table.
        header = table.horizontalHeader()
        header.moveSection(
            header.visualIndex(MembersTableModel.MONTHS), header.visualIndex(MembersTableModel.KPJ)
        )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        actions = QHBoxLayout()
        for button in (self.enrol_button, self.step_button, self.override_button, self.death_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.person_button.setAutoDefault(False)
        actions.addWidget(self.person_button)
        layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        # The right side: the details, and beside them in tabs whatever add_side_panel adds.
        self.side = QTabWidget(self.splitter)
        self.side.setDocumentMode(True)
        self.side.addTab(self.detail, self.tr("Details"))
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 380])
        self._splitter_moved_by_hand = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.message_label, 2)
        layout.addLayout(bottom)

    # -- fitting the screen ----------------------------------------------------------------------

    def table_width_needed(self) -> int:
        """The width that shows every column up to the covered months (in view order) without scrolling."""
        header = self.table.horizontalHeader()
        width = 0
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                width += header.sectionSize(column)
            if column == MembersTableModel.MONTHS:
                break
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return width + scroll_bar + 2 * self.table.frameWidth()

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._splitter_moved_by_hand = True

    def _fit_splitter(self) -> None:
        """Share the width: the table what its columns need, the side at least what its panels need.

        Until the clerk drags the divider, which then stays where it was put."""
        if self._splitter_moved_by_hand:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        side_least = max(self.side.minimumSizeHint().width(), SIDE_LEAST)
        table = max(self.table_width_needed(), total - SIDE_PREFERRED)
        table = max(min(table, total - side_least), total // 2)
        self.splitter.setSizes([table, total - table])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_splitter()

    # -- the listing ----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def refresh(self) -> None:
        """Reload for the current filters; the first page and the count are read off the GUI thread."""
        self._generation += 1
        generation = self._generation
        try:
            wanted = self.filter_bar.member_filter()
        except UserError as error:
            self._shown_generation = generation
            show_text(self.message_label, error.message)
            return
        listing, actor = self._ctx.services.jamsos_listing, self._ctx.actor
        query = MemberQuery(
            fetch=lambda after, limit: listing.page(actor=actor, filter=wanted, after=after, limit=limit),
            filter=wanted,
        )
        fetch_size = self.model.fetch_size

        def first_page(_handle: TaskHandle, _report: Progress) -> FirstPage:
            # Worker thread: service calls and plain values only.
            try:
                rows = list(query.fetch(None, fetch_size))
                return generation, query, rows, listing.count(actor=actor, filter=wanted), ""
            except UserError as error:
                return generation, None, [], 0, error.message

        start_relayed(
            self._ctx.runner, first_page, owner=self, finished=self._first_page_arrived, failed=self._failed
        )

    def _first_page_arrived(self, result: FirstPage) -> None:
        generation, query, rows, total, problem = result
        if generation != self._generation:
            return  # an older filter answering late
        self._shown_generation = generation
        if query is None:
            show_text(self.message_label, problem)
            return
        keep = self._select_after_load or self.selected_id()
        self._select_after_load = None
        show_text(self.message_label, "")
        self.total = total
        self.model.set_query(query, rows)
        position = self.model.row_of(keep) if keep else None
        if position is not None:
            self.table.selectRow(position)
        else:
            self._show_selected()

    def _failed(self, _error: BaseException) -> None:
        # A bug, already logged and shown by the task runner's crash hook.
        self._shown_generation = self._generation
        show_text(self.message_label, self.tr("The listing failed unexpectedly; see the log file."))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        query = self.model.query
        unfiltered = query is not None and query.filter == MemberFilter()
        if self.total == 0 and unfiltered:
            text = self.tr("No member yet. Enrol a worker to start.")
        elif self.total == 0:
            text = self.tr("No member matches the filters.")
        elif shown < self.total:
            text = self.tr("{shown} of {total} members, scroll for more").format(
                total=format_count(self.total), shown=format_count(shown)
            )
        else:
            text = self.tr("{total} members").format(total=format_count(self.total))
        show_text(self.count_label, text)

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary.touches(ChangeSummary.JAMSOS) or summary.touches(ChangeSummary.PERSON):
            self._load_occupations()
            self.refresh()

    # -- the selected member ----------------------------------------------------------------------

    def selected_row(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return None if row is None else row.id

    def select_member(self, member_id: str) -> bool:
        position = self.model.row_of(member_id)
        if position is not None:
            self.table.selectRow(position)
        return position is not None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        self.history = None
        if row is None:
            self._show_history(None, None)
            return
        listing, actor, member_id = self._ctx.services.jamsos_listing, self._ctx.actor, row.id
        Operation(self._ctx, self, lambda _h: listing.membership(actor=actor, member_id=member_id)).inline(
            self.message_label, clear=False
        ).success(lambda history: self._show_history(row, history)).run()

    def _show_history(self, row: MemberRow | None, history: MembershipHistory | None) -> None:
        if row is not None and self.selected_id() != row.id:
            return  # the clerk moved on to another member
        self.history = history
        self.detail.show_member(row if self.history is not None else None, self.history)
        self._update_actions()
        self.member_shown.emit(None if self.history is None else self.history.member)

    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab beside the member's details on the right side; returns its index there."""
        return self.side.addTab(widget, title)

    def _update_actions(self) -> None:
        supervisor = self._ctx.actor.role.rank >= Role.SUPERVISOR.rank
        status = None if self.history is None else self.history.member.status
        target = None if status is None else next_step(status)
        only_supervisors = self.tr("Only a supervisor or an administrator may change a member's status")
        self.enrol_button.setToolTip(self.tr("Propose a resident as a member (eligibility is checked)"))
        tips: dict[QPushButton, tuple[bool, str]] = {}
        if status is None:
            choose = self.tr("Select a member first")
            tips = {
                button: (False, choose)
                for button in (self.step_button, self.override_button, self.death_button)
            }
        elif not supervisor:
            tips = {
                button: (False, only_supervisors)
                for button in (self.step_button, self.override_button, self.death_button)
            }
        else:
            step_tip = (
                self.tr("Move the member to “{status}”").format(status=target.label)
                if target is not None
                else self.tr("This membership has ended; enrol the worker again to start a new one")
            )
            ended = status is MemberStatus.ENDED
            tips = {
                self.step_button: (target is not None, step_tip),
                self.override_button: (True, self.tr("Skip a step or go back, with a written reason")),
                self.death_button: (
                    not ended,
                    self.tr("This membership has already ended")
                    if ended
                    else self.tr(
                        "End the membership because the member died, and print the JKM claim checklist"
                    ),
                ),
            }
        self.person_button.setEnabled(status is not None)
        self.person_button.setToolTip(
            self.tr("Open the resident's record in Penduduk (Enter or double-click)")
            if status is not None
            else self.tr("Select a member first")
        )
        for button, (enabled, tip) in tips.items():
            button.setEnabled(enabled)
            button.setToolTip(tip)
        if target is not None:
            self.step_button.setText(self.tr("Next status: {status}…").format(status=target.label))
        else:
            self.step_button.setText(self.tr("Next status…"))

    # -- actions -----------------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        return self._dialogs.current

    @property
    def person_dialog(self) -> QDialog | None:
        """The person's record opened from here, while it is open (the record comes from ui/wiring)."""
        current = self._dialogs.current
        return current if current is not None and current is self._person_record else None

    def _open(self, dialog: Any) -> Any:
        dialog.saved.connect(self._remember_saved)
        return self._dialogs.open(dialog)

    def _remember_saved(self, member_id: str) -> None:
        # The bus already asked for a refresh; select the member when it arrives.
        self._select_after_load = member_id

    def enrol(self) -> EnrolDialog:
        dialog: EnrolDialog = self._open(EnrolDialog(self._ctx, self))
        return dialog

    def step(self) -> StatusStepDialog | None:
        if self.history is None or not self.step_button.isEnabled():
            return None
        dialog: StatusStepDialog = self._open(StatusStepDialog(self._ctx, self.history.member, self))
        return dialog

    def override(self) -> StatusOverrideDialog | None:
        if self.history is None or not self.override_button.isEnabled():
            return None
        dialog: StatusOverrideDialog = self._open(StatusOverrideDialog(self._ctx, self.history.member, self))
        return dialog

    def open_selected_person(self) -> QDialog | None:
        """The member's record in the registry, with every membership and its history."""
        if self.history is None:
            return None
        open_person = self._ctx.links.open_person
        if open_person is None:
            return None
        self._person_record = self._dialogs.open(open_person(self._ctx, self.history.member.person_id, self))
        return self._person_record

    def request_death(self) -> None:
        if self.history is not None and self.death_button.isEnabled():
            self.death_requested.emit(self.history.member)
