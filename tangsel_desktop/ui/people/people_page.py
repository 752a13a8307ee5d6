"""The Penduduk page: search as you type, a lazy table of people, and the actions on them."""

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.people_service import SEARCH_COUNTED_AT_MOST
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.people.export_dialog import ExportDialog, choose_export_file
from tangsel_desktop.ui.people.import_dialog import ImportDialog
from tangsel_desktop.ui.people.people_table_model import PageQuery, PeopleTableModel
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.dialog_slot import DialogSlot
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

log = logging.getLogger(__name__)

# Short enough to feel instant, long enough not to query on every key of a fast typist.
SEARCH_DELAY_MS = 150

# generation, query, first rows (None: refused), total over all pages, the refusal's message
FirstPage = tuple[int, PageQuery, Sequence[PersonRow] | None, int, str]


def name_order_query(ctx: UiContext) -> PageQuery:
    """Everyone, in name order, keyset on (name, local number)."""
    people, actor = ctx.services.people, ctx.actor
    return PageQuery(
        fetch=lambda after, limit: people.page(actor=actor, after=after, limit=limit),
        key=lambda row: (row.full_name, row.local_no),
    )


def search_query(ctx: UiContext, text: str) -> PageQuery:
    """The people whose name, NIK, No. KK or address words start with the typed words (names in name
    order, NIK and KK digits in number order); the keyset is the last row's local number."""
    people, actor = ctx.services.people, ctx.actor
    return PageQuery(
        fetch=lambda after, limit: people.search(
            actor=actor, text=text, limit=limit, after_local_no=after or 0
        ),
        key=lambda row: row.local_no,
        text=text,
    )


class PeoplePage(QWidget):
    """The people area the main window hosts under "Penduduk"."""

    # The people chosen for beneficiary cards; the main window hands them to the Cetak area.
    print_cards_requested = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Each new search gets a number; results of an older one arriving late are dropped.
        self._generation = 0
        self._shown_generation = 0
        self.total = 0  # people in the whole listing, of which the table holds the pages scrolled to
        self._select_after_load: str | None = None
        # Enter was pressed before the typed search had answered: act on its answer when it comes.
        self._enter_pending = False
        self._dialogs = DialogSlot()
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, NIK, KK number or address (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = PeopleTableModel(self, runner=ctx.runner)
        self.table = QTableView(self)
        self.count_label = plain_label(self, HINT_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._make_actions()
        self._set_up_table()
        self._lay_out()
        self.search_edit.textChanged.connect(self._schedule_search)
        self.search_edit.returnPressed.connect(self._enter_in_search)
        self._search_timer.timeout.connect(self.refresh)
        self.table.activated.connect(self._row_activated)
        self.model.modelReset.connect(self._update_count)
        self.model.page_arrived.connect(self._update_count)
        self.model.fetch_failed.connect(lambda message: show_text(self.message_label, message))
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str, slot: Any) -> QAction:
            made = QAction(text, self)
            made.setShortcut(QKeySequence(shortcut))
            # Window-wide while this page is shown; a hidden page's shortcuts do not fire.
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.add_action = action(self.tr("Add"), "Ctrl+N", self.add_person)
        self.open_action = action(self.tr("Open"), "", self.open_selected)
        self.import_action = action(self.tr("Import"), "Ctrl+I", self.start_import)
        self.export_action = action(self.tr("Export"), "Ctrl+E", self.start_export)
        self.find_action = action(self.tr("Search"), "Ctrl+F", self._focus_search)
        self.cards_action = action(self.tr("Print cards"), "Ctrl+P", self.request_cards)
        self.add_action.setToolTip(self.tr("Register a new person (Ctrl+N)"))
        self.open_action.setToolTip(self.tr("Open the selected person (Enter or double-click)"))
        self.import_action.setToolTip(self.tr("Import people from an Excel or CSV file (Ctrl+I)"))
        may_export = self._ctx.actor.role.rank >= Role.SUPERVISOR.rank
        self.cards_action.setEnabled(may_export)
        self.cards_action.setToolTip(
            self.tr("Print beneficiary cards for the selected people (Ctrl+P)")
            if may_export
            else self.tr("Only supervisors and administrators may print cards")
        )
        self.export_action.setEnabled(may_export)
        self.export_action.setToolTip(
            self.tr("Export everyone to an Excel or CSV file (Ctrl+E)")
            if may_export
            else self.tr("Only supervisors and administrators may export people's data")
        )

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        self.add_button = self._button(self.add_action)
        self.open_button = self._button(self.open_action)
        self.import_button = self._button(self.import_action)
        self.export_button = self._button(self.export_action)
        self.cards_button = self._button(self.cards_action)
        for button in (
            self.add_button,
            self.open_button,
            self.import_button,
            self.export_button,
            self.cards_button,
        ):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.message_label, 2)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.search_edit, self.table)

    def _set_up_table(self) -> None:
        # Several people at once (Shift/Ctrl), for printing their cards together.
        set_up_listing(
            self.table,
            self.model,
            multiple=True,
            stretch=PeopleTableModel.ADDRESS,
            samples={
                PeopleTableModel.NIK: "3674045708850001",
                PeopleTableModel.NAME: "Siti Aminah Nurhayati Binti",
                PeopleTableModel.SEX: "L/PP",
                PeopleTableModel.BIRTH_DATE: "30 September 2000",
                PeopleTableModel.RT_RW: "000/000",
                PeopleTableModel.KELURAHAN: "Lengkong Gudang Timur",
                PeopleTableModel.KK: "3674041203150002",
            },
        )

    # -- searching -----------------------------------------------------------------------

    def _schedule_search(self) -> None:
        # Restarting the timer on every key runs one search per burst of typing.
        self._search_timer.start()

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def refresh(self) -> None:
        """Reload the listing for the current search; the first page is read off the GUI thread."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search_text()
        query = search_query(self._ctx, text) if text else name_order_query(self._ctx)
        fetch_size = self.model.fetch_size
        people, actor = self._ctx.services.people, self._ctx.actor

        def first_page(_handle: TaskHandle, _report: Progress) -> FirstPage:
            # Worker thread: the service calls and plain values only.
            try:
                rows = list(query.fetch(None, fetch_size))
                # The total only when there is more than the first page: one query less per keystroke.
                total = len(rows) if len(rows) < fetch_size else people.count(actor=actor, text=text)
                return generation, query, rows, total, ""
            except UserError as error:
                return generation, query, None, 0, error.message

        start_relayed(
            self._ctx.runner,
            first_page,
            owner=self,
            finished=self._first_page_arrived,
            failed=self._first_page_failed,
        )

    @property
    def loading(self) -> bool:
        """True while the latest search has not been shown yet."""
        return self._shown_generation != self._generation

    def _first_page_arrived(self, result: FirstPage) -> None:
        generation, query, rows, total, problem = result
        if generation != self._generation:
            return  # an older search answering late
        self._shown_generation = generation
        if rows is None:
            show_text(self.message_label, problem)
            return
        keep = self._select_after_load or self.selected_person_id()
        self._select_after_load = None
        show_text(self.message_label, "")
        self.total = total
        self.model.set_query(query, rows)
        position = self.model.row_of(keep) if keep else None
        if position is not None:
            self.table.selectRow(position)
        if self._enter_pending:
            self._enter_pending = False
            self._enter_in_search()

    def _first_page_failed(self, _error: BaseException) -> None:
        # A bug, already logged and shown by the task runner's crash hook; stop waiting for it.
        self._shown_generation = self._generation
        show_text(self.message_label, self.tr("The search failed unexpectedly; see the log file."))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        query = self.model.query
        if count == 0 and query is not None and query.text:
            text = self.tr("Nobody matches “{text}”.").format(text=query.text)
        elif count == 0:
            text = self.tr("Nobody is registered yet. Add a person (Ctrl+N) or import a file.")
        elif self.model.exhausted or count >= self.total:
            text = self.tr("{total} people").format(total=format_count(max(count, self.total)))
        elif self.total > SEARCH_COUNTED_AT_MOST:
            text = self.tr("{shown} of more than {total} people, scroll for more").format(
                shown=format_count(count), total=format_count(SEARCH_COUNTED_AT_MOST)
            )
        else:
            text = self.tr("{shown} of {total} people, scroll for more").format(
                shown=format_count(count), total=format_count(self.total)
            )
        show_text(self.count_label, text)

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary.touches(ChangeSummary.PERSON) or summary.touches(ChangeSummary.HOUSEHOLD):
            self.refresh()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _enter_in_search(self) -> None:
        """Enter in the search box: open the one person found, or go to the list to choose among several.

        Typed text not searched yet (Enter right after the last key) is searched now, and Enter is
        answered when the result arrives: one press, never two."""
        if self._search_timer.isActive() or self.loading:
            self._enter_pending = True
            if self._search_timer.isActive():
                self.refresh()
            return
        if self.search_text() and self.model.rowCount() == 1 and self.model.exhausted:
            self.table.selectRow(0)
            self.open_person(self.model.row_at(0).id)
            return
        self._focus_table()

    def _focus_table(self) -> None:
        if self.model.rowCount() and not self.loading:
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    # -- people ------------------------------------------------------------------------

    def selected_person_id(self) -> str | None:
        current = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if current.isValid() and any(row.row() == current.row() for row in rows):
            return self.model.row_at(current.row()).id
        return self.model.row_at(rows[0].row()).id if rows else None

    def selected_people(self) -> list[PersonRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def request_cards(self) -> None:
        people = self.selected_people()
        if people and self.cards_action.isEnabled():
            self.print_cards_requested.emit(people)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_person(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self.open_person(person_id)

    def add_person(self) -> PersonDialog:
        return self._show_dialog(PersonDialog(self._ctx, None, self))

    def open_person(self, person_id: str) -> PersonDialog:
        return self._show_dialog(PersonDialog(self._ctx, person_id, self))

    @property
    def person_dialog(self) -> PersonDialog | None:
        current = self._dialogs.current
        return current if isinstance(current, PersonDialog) else None

    def _show_dialog(self, dialog: PersonDialog) -> PersonDialog:
        dialog.saved.connect(self._remember_saved)
        return self._dialogs.open(dialog)

    def _remember_saved(self, person_id: str) -> None:
        # The bus already asked for a refresh; select the saved person when it arrives.
        self._select_after_load = person_id

    # -- files -------------------------------------------------------------------------

    def start_import(self) -> ImportDialog:
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self._ctx, self)
        self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()
        return self.import_dialog

    def start_export(self) -> ExportDialog | None:
        """Ask where to write, then export in the background (supervisors and administrators)."""
        if self._ctx.actor.role.rank < Role.SUPERVISOR.rank:
            return None
        if self.export_dialog is not None and self.export_dialog.running:
            self.export_dialog.raise_()
            return self.export_dialog
        target = choose_export_file(self)
        if target is None:
            return None
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = ExportDialog(self._ctx, target, self)
        self.export_dialog.show()
        self.export_dialog.start()
        return self.export_dialog
