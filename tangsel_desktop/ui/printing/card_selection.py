"""Choosing who gets a card: by name or NIK, by RW, by program, or everyone; the list shows how many.

One run makes at most MAX_CARDS cards: "Everyone" and a program's button take the first MAX_CARDS in name
order and say so when there are more, never leaving the rest out silently.
"""

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.documents.document_service import CardChoice
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
# One run makes at most this many cards: the service's own default, and about a minute of printing.
MAX_CARDS = 1000
AnyIndex = QModelIndex | QPersistentModelIndex


class PersonListModel(QAbstractTableModel):
    """A short list of people held whole (search results, or the people who will get a card)."""

    NAME, NIK, RT_RW, ADDRESS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._headers = (self.tr("Name"), self.tr("NIK"), self.tr("RT/RW"), self.tr("Address"))

    @property
    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def set_rows(self, rows: Iterable[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return person.full_name
        if column == self.NIK:
            return person.nik
        if column == self.RT_RW:
            return f"{person.rt or '-'}/{person.rw or '-'}" if person.rt or person.rw else ""
        return person.address


def _table(parent: QWidget, model: PersonListModel) -> QTableView:
    table = QTableView(parent)
    samples = {
        PersonListModel.NAME: "Siti Aminah Nurhayati",
        PersonListModel.NIK: "3674045708850001",
        PersonListModel.RT_RW: "000/000",
    }
    set_up_listing(table, model, samples=samples, multiple=True)
    return table


def rw_value(text: str) -> str | None:
    """RW as the register stores it ("5" -> "005"), or None for every RW."""
    digits = text.strip()
    return f"{int(digits):03d}" if digits.isdigit() and int(digits) > 0 else None


class CardSelection(QWidget):
    """Search results on the left, the people who will get a card on the right."""

    chosen_changed = Signal(int)  # how many will get a card

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._shown_generation = 0
        self._enter_pending = False  # Enter pressed before the typed search answered
        self.results_total = 0  # how many match in all (more than the results when one run cannot hold them)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, NIK or KK number"))
        self.rw_edit = QLineEdit(self)
        self.rw_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self.rw_edit))
        self.rw_edit.setPlaceholderText(self.tr("all"))
        self.rw_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000") + 16)
        self.results = PersonListModel(self)
        self.chosen = PersonListModel(self)
        self.results_view = _table(self, self.results)
        self.chosen_view = _table(self, self.chosen)
        self.results_label = plain_label(self, HINT_STYLE)
        self.chosen_label = plain_label(self, HINT_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.add_selected_button = QPushButton(self.tr("Add &selected"), self)
        self.add_all_button = QPushButton(self.tr("Add all &results"), self)
        self.everyone_button = QPushButton(self.tr("&Everyone"), self)
        self.everyone_button.setToolTip(
            self.tr("Add every registered person (at most {count} per run)").format(
                count=format_count(MAX_CARDS)
            )
        )
        # One button per program that offers a selection (app.py's registry), by program code.
        self.program_buttons: dict[str, QPushButton] = {}
        for parts in ctx.programs:
            if parts.card_choice is not None:
                button = QPushButton(parts.card_choice.button(), self)
                button.setToolTip(parts.card_choice.tooltip())
                self.program_buttons[parts.code] = button
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected people from the list (Delete)"))
        self.clear_button = QPushButton(self.tr("Clear &list"), self)
        for button in (
            self.add_selected_button,
            self.add_all_button,
            self.everyone_button,
            *self.program_buttons.values(),
            self.remove_button,
            self.clear_button,
        ):
            button.setAutoDefault(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self._update_results_label()
        self._update_chosen()

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("Se&arch:"), self)
        search_label.setBuddy(self.search_edit)
        rw_label = QLabel(self.tr("R&W:"), self)
        rw_label.setBuddy(self.rw_edit)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(rw_label)
        filters.addWidget(self.rw_edit)
        filters.addWidget(self.everyone_button)
        for button in self.program_buttons.values():
            filters.addWidget(button)
        filters.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_selected_button)
        add_row.addWidget(self.add_all_button)
        add_row.addStretch(1)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addWidget(self.clear_button)
        remove_row.addStretch(1)
        # One grid, so the two lists start and end on the same lines.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(filters, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Found:"), self), 1, 0)
        grid.addWidget(QLabel(self.tr("Will get a card:"), self), 1, 1)
        grid.addWidget(self.results_view, 2, 0)
        grid.addWidget(self.chosen_view, 2, 1)
        grid.addWidget(self.results_label, 3, 0)
        grid.addWidget(self.chosen_label, 3, 1)
        grid.addLayout(add_row, 4, 0)
        grid.addLayout(remove_row, 4, 1)
        grid.addWidget(self.message_label, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

    def _connect(self) -> None:
        # Restarting the timer on every key runs one search per burst of typing.
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.rw_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self._results_first)
        self.rw_edit.returnPressed.connect(self._results_first)
        self._timer.timeout.connect(self.search)
        # Enter or a double click adds the selected rows (the one clicked, or all those marked).
        self.results_view.activated.connect(lambda _index: self.add_selected())
        self.add_selected_button.clicked.connect(self.add_selected)
        self.add_all_button.clicked.connect(lambda: self.add_people(self.results.rows))
        self.everyone_button.clicked.connect(self.add_everyone)
        for code, button in self.program_buttons.items():
            button.clicked.connect(lambda _checked=False, code=code: self.add_program_members(code))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.chosen_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    # -- searching -------------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._shown_generation != self._generation

    def search(self) -> None:
        """Read the people matching the search text and RW, off the GUI thread."""
        self._timer.stop()
        self._generation += 1
        text, rw = self.search_edit.text().strip(), rw_value(self.rw_edit.text())
        if not text and rw is None:
            self._shown_generation = self._generation
            self.results.set_rows([])
            self.results_total = 0
            self._update_results_label()
            return
        self._load(text, rw, add=False)

    def add_everyone(self) -> None:
        self._generation += 1
        self._load("", None, add=True)

    def add_program_members(self, code: str) -> None:
        """Add a program's people of this month, of the RW typed if any: the search text is ignored."""
        self._generation += 1
        self._load("", rw_value(self.rw_edit.text()), add=True, program=code)

    def _load(self, text: str, rw: str | None, *, add: bool, program: str | None = None) -> None:
        generation = self._generation
        documents, people, actor = self._ctx.services.documents, self._ctx.services.people, self._ctx.actor

        def find(_handle: TaskHandle, _report: Progress) -> tuple[int, bool, CardChoice | None, str]:
            # Worker thread: one service call, plain rows back.
            try:
                if add:
                    choice = documents.everyone_for_cards(
                        actor=actor, rw=rw, limit=MAX_CARDS, program=program
                    )
                else:
                    rows = documents.people_for_cards(actor=actor, rw=rw, text=text, limit=MAX_CARDS)
                    total = len(rows)
                    if total >= MAX_CARDS and rw is None:
                        # More than one run's worth: say how many match in all (the search's own count).
                        total = max(total, people.count(actor=actor, text=text))
                    choice = CardChoice(tuple(rows), total)
                return generation, add, choice, ""
            except UserError as error:
                return generation, add, None, error.message

        start_relayed(self._ctx.runner, find, owner=self, finished=self._found, failed=self._failed)

    def _found(self, answer: tuple[int, bool, CardChoice | None, str]) -> None:
        generation, add, choice, problem = answer
        if generation != self._generation:
            return
        self._shown_generation = generation
        if choice is None:
            show_text(self.message_label, problem)
            return
        show_text(self.message_label, "")
        if add:
            self.add_people(choice.people)
            if choice.capped:
                show_text(
                    self.message_label,
                    self.tr(
                        "Only the first {taken} of {total} people (in name order) were taken: one run "
                        "makes at most {count} cards. Make these cards first, then choose the rest by RW."
                    ).format(
                        taken=format_count(len(choice.people)),
                        total=format_count(choice.total),
                        count=format_count(MAX_CARDS),
                    ),
                )
            return
        self.results.set_rows(choice.people)
        self.results_total = choice.total
        self._update_results_label()
        if self._enter_pending:
            self._enter_pending = False
            self._results_first()

    def _failed(self, _error: BaseException) -> None:
        # A bug: the task runner has logged it and shown the crash dialog.
        self._shown_generation = self._generation
        show_text(self.message_label, self.tr("The search failed unexpectedly; see the log file."))

    def _results_first(self) -> None:
        """Enter in the search: the one person found goes on the list at once; among several, choose."""
        if self._timer.isActive():
            self.search()
        if self.searching:
            # Answered when the search arrives: one press, never two.
            self._enter_pending = True
            return
        if self.results.rowCount() == 1 and self.search_edit.text().strip():
            self.results_view.selectRow(0)
            self.add_people(self.results.rows)
            self.search_edit.selectAll()  # ready for the next name or NIK
            return
        if self.results.rowCount():
            self.results_view.setFocus()
            self.results_view.selectRow(0)

    def _update_results_label(self) -> None:
        count = self.results.rowCount()
        text = self.search_edit.text().strip()
        if not text and rw_value(self.rw_edit.text()) is None:
            message = self.tr("Type a name or NIK, or an RW number, to find people.")
        elif count == 0:
            message = self.tr("Nobody matches.")
        elif self.results_total > count:
            message = self.tr(
                "The first {count} of {total} matches; narrow the search to see the rest."
            ).format(count=format_count(count), total=format_count(self.results_total))
        elif count >= MAX_CARDS:
            message = self.tr("The first {count} matches; narrow the search to see the rest.").format(
                count=format_count(count)
            )
        else:
            message = self.tr("{count} found. Enter or a double click adds the selected people.").format(
                count=format_count(count)
            )
        show_text(self.results_label, message)

    # -- the list of people who will get a card ---------------------------------------------------

    def chosen_ids(self) -> list[str]:
        return [person.id for person in self.chosen.rows]

    def add_selected(self) -> None:
        rows = sorted(index.row() for index in self.results_view.selectionModel().selectedRows())
        self.add_people([self.results.row_at(row) for row in rows])

    def add_people(self, people: Iterable[PersonRow]) -> int:
        """Append people not on the list yet, up to MAX_CARDS; returns how many were added."""
        current = self.chosen.rows
        known = {person.id for person in current}
        added, refused = 0, 0
        for person in people:
            if person.id in known:
                continue
            if len(current) >= MAX_CARDS:
                refused += 1
                continue
            known.add(person.id)
            current.append(person)
            added += 1
        if added:
            self.chosen.set_rows(current)
            self.chosen_view.scrollToBottom()
        if refused:
            show_text(
                self.message_label,
                self.tr(
                    "{refused} people were not added: one run makes at most {count} cards. "
                    "Make these cards first, then choose the rest (for example by RW)."
                ).format(refused=format_count(refused), count=format_count(MAX_CARDS)),
            )
        self._update_chosen()
        return added

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.chosen_view.selectionModel().selectedRows()}
        if rows:
            self.chosen.set_rows(p for n, p in enumerate(self.chosen.rows) if n not in rows)
            self._update_chosen()

    def clear(self) -> None:
        self.chosen.set_rows([])
        show_text(self.message_label, "")
        self._update_chosen()

    def _update_chosen(self) -> None:
        count = self.chosen.rowCount()
        show_text(
            self.chosen_label,
            self.tr("{count} people will get a card.").format(count=format_count(count))
            if count
            else self.tr("Nobody chosen yet."),
        )
        self.chosen_changed.emit(count)
