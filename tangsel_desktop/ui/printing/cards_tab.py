"""The Kartu tab: who gets a card, which layout, and "Buat PDF" in the background with progress and cancel."""

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_service import PrintResult
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.printing.card_layout_choice import A4, layout_combo
from tangsel_desktop.ui.printing.card_selection import CardSelection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder, numbers_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)


class CardsTab(QWidget):
    """Makes one PDF of cards for the people on the list; the page shows it in the preview."""

    # The PDF is ready: its path, and whether it is meant for both sides of the paper.
    pdf_ready = Signal(Path, bool)

    def __init__(self, ctx: UiContext, *, allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._allowed = allowed
        self._layout = A4  # of the run under way
        self.selection = CardSelection(ctx, self)
        self.layout_combo = layout_combo(self)
        self.make_button = QPushButton(self.tr("&Make PDF"), self)
        self.make_button.setToolTip(self.tr("Make the cards as a PDF to check and print (Ctrl+Enter)"))
        self.make_button.setAutoDefault(False)
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.note_label = plain_label(self, HINT_STYLE)
        show_text(
            self.note_label,
            self.tr(
                "Each card gets a new number in the document register. A card printed again "
                "later is marked SALINAN (copy): use the Register tab for that."
            ),
        )
        layout_label = QLabel(self.tr("&Layout:"), self)
        layout_label.setBuddy(self.layout_combo)
        actions = QHBoxLayout()
        actions.addWidget(layout_label)
        actions.addWidget(self.layout_combo)
        actions.addStretch(1)
        actions.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selection, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.make_button.clicked.connect(self.make_cards)
        self.progress.over.connect(self._update_button)
        self.selection.chosen_changed.connect(lambda _count: self._update_button())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.make_cards)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.progress.cancel)
        if not allowed:
            self.make_button.setToolTip(self.tr("Only supervisors and administrators may print cards"))
            # The greyed-out tab says why, in place of the note about numbers.
            show_text(self.note_label, self.make_button.toolTip(), WARNING_STYLE)
        self._update_button()

    @property
    def running(self) -> bool:
        return self.progress.running

    def add_people(self, people: Iterable[PersonRow]) -> int:
        return self.selection.add_people(people) if self._allowed else 0

    def _update_button(self) -> None:
        self.make_button.setEnabled(
            self._allowed and not self.running and self.selection.chosen.rowCount() > 0
        )
        # The list and layout stay as they are while their cards are being made.
        self.selection.setEnabled(self._allowed and not self.running)
        self.layout_combo.setEnabled(self._allowed and not self.running)

    def make_cards(self) -> TaskHandle | None:
        """Start print_cards in the background for everyone on the list."""
        if not self.make_button.isEnabled():
            return None
        person_ids = self.selection.chosen_ids()
        layout = self._layout = str(self.layout_combo.currentData())
        target = dated_target(self._ctx.services.paths.root, "kartu")
        documents, actor = self._ctx.services.documents, self._ctx.actor

        def work(handle: TaskHandle, report: Progress) -> tuple[PrintResult, ChangeSummary]:
            # Worker thread: the service writes the PDF and the register; plain values come back.
            ensure_folder(target)
            return documents.print_cards(
                actor=actor,
                person_ids=person_ids,
                target=target,
                layout=layout,
                progress=report,
                cancelled=handle.cancelled,
            )

        log.info("making %d card(s), layout %s", len(person_ids), layout)
        show_text(self.message_label, "")
        # The list is disabled while the cards are made; the row focuses its cancel button, so Esc
        # or Space stops them.
        handle = self.progress.run(self._ctx, work, finished=self._made, failed=self._failed, changes=True)
        self._update_button()
        return handle

    def _made(self, result: PrintResult) -> None:
        if result.cancelled:
            show_text(
                self.message_label,
                self.tr(
                    "Cancelled. Numbers already taken are recorded as void in the register. "
                    "The list is kept: make the PDF again when ready."
                ),
                ERROR_STYLE,
            )
            return
        # Cleared so that a second click does not issue every card again under new numbers.
        self.selection.clear()
        show_text(
            self.message_label,
            self.tr("{cards} card(s) on {pages} page(s), numbers {numbers}. Saved as {path}").format(
                cards=format_count(result.documents),
                pages=format_count(result.pages),
                numbers=numbers_text(result.numbers),
                path=str(result.path),
            ),
            SUCCESS_STYLE,
        )
        self.pdf_ready.emit(result.path, self._layout == A4)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            # A bug: the task runner has logged it and shown the crash dialog.
            show_text(self.message_label, self.tr("Making the cards failed unexpectedly; see the log file."))
