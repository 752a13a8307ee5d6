"""The Register tab: every printed document, newest first, filtered by kind and text; reprints as SALINAN."""

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_service import PrintResult, RegisterEntry
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.printing import reprint_dialog
from tangsel_desktop.ui.printing.card_layout_choice import A4
from tangsel_desktop.ui.printing.register_table_model import RegisterQuery, RegisterTableModel, kind_label
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder, numbers_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
DOCUMENT_ENTITY = ChangeSummary.DOCUMENT


def register_query(ctx: UiContext, kind: str | None, text: str) -> RegisterQuery:
    documents, actor = ctx.services.documents, ctx.actor
    return RegisterQuery(
        fetch=lambda before, limit: documents.list_documents(
            actor=actor, kind=kind, text=text, limit=limit, before_id=before
        ),
        kind=kind,
        text=text,
    )


# generation, query, first rows (None: refused), total over all pages, the refusal's message
FirstPage = tuple[int, RegisterQuery, Sequence[RegisterEntry] | None, int, str]


class RegisterTab(QWidget):
    pdf_ready = Signal(Path, bool)

    def __init__(self, ctx: UiContext, *, allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._allowed = allowed
        self._generation = 0
        self._shown_generation = 0
        self.total = 0  # entries for the filters over all pages, of which the table holds those scrolled to
        self._layout = A4
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        # Only what this build prints (Services.printable_kinds): no kind whose list is always empty.
        for kind in ctx.services.printable_kinds:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Number or name"))
        self.model = RegisterTableModel(self, runner=ctx.runner)
        self.table = QTableView(self)
        self.count_label = plain_label(self, HINT_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.reprint_button = QPushButton(self.tr("Print &again (COPY)…"), self)
        self.reprint_button.setAutoDefault(False)
        self.reprint_button.setToolTip(
            self.tr("Print the selected documents again, marked SALINAN, with a reason")
            if allowed
            else self.tr("Only supervisors and administrators may print")
        )
        self.progress = ProgressRow(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._set_up_table()
        self._lay_out()
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_button())
        self.model.modelReset.connect(self._update_count)
        self.model.page_arrived.connect(self._update_count)
        self.model.fetch_failed.connect(lambda message: show_text(self.message_label, message, ERROR_STYLE))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.progress.over.connect(self._update_button)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.progress.cancel)
        ctx.bus.changed.connect(self._on_change)
        self._update_button()
        self.refresh()

    def _set_up_table(self) -> None:
        set_up_listing(
            self.table,
            self.model,
            multiple=True,
            samples={
                RegisterTableModel.NUMBER: "KPM/36.74.04.1004/2025/000123",
                RegisterTableModel.KIND: "Tanda terima",
                RegisterTableModel.PERSON: "Siti Aminah Nurhayati",
                RegisterTableModel.STATUS: "Sedang dicetak",
                RegisterTableModel.PRINTED_BY: "supervisor",
                RegisterTableModel.PRINTED_AT: "30 September 2025 14.05",
            },
        )

    def _lay_out(self) -> None:
        kind_label_widget = QLabel(self.tr("&Kind:"), self)
        kind_label_widget.setBuddy(self.kind_combo)
        search_label = QLabel(self.tr("Se&arch:"), self)
        search_label.setBuddy(self.search_edit)
        filters = QHBoxLayout()
        filters.addWidget(kind_label_widget)
        filters.addWidget(self.kind_combo)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)

    # -- the listing ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def refresh(self) -> None:
        """Read the first page for the current filters off the GUI thread; later pages on scroll."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = register_query(self._ctx, self.kind_combo.currentData(), self.search_edit.text().strip())
        fetch_size = self.model.fetch_size
        documents, actor = self._ctx.services.documents, self._ctx.actor

        def first_page(_handle: TaskHandle, _report: Progress) -> FirstPage:
            try:
                rows = list(query.fetch(None, fetch_size))
                total = (
                    len(rows)
                    if len(rows) < fetch_size
                    else documents.count_documents(actor=actor, kind=query.kind, text=query.text)
                )
                return generation, query, rows, total, ""
            except UserError as error:
                return generation, query, None, 0, error.message

        start_relayed(
            self._ctx.runner, first_page, owner=self, finished=self._arrived, failed=self._listing_failed
        )

    def _arrived(self, answer: FirstPage) -> None:
        generation, query, rows, total, problem = answer
        if generation != self._generation:
            return
        self._shown_generation = generation
        if rows is None:
            show_text(self.message_label, problem, ERROR_STYLE)
            return
        self.total = total
        self.model.set_query(query, rows)

    def _listing_failed(self, _error: BaseException) -> None:
        self._shown_generation = self._generation
        show_text(self.message_label, self.tr("The register could not be read; see the log file."))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        query = self.model.query
        if count == 0 and query is not None and (query.text or query.kind):
            text = self.tr("No document matches.")
        elif count == 0:
            text = self.tr("Nothing has been printed yet.")
        elif self.model.exhausted or count >= self.total:
            text = self.tr("{count} document(s)").format(count=format_count(max(count, self.total)))
        else:
            text = self.tr("{shown} newest of {total} documents, scroll for more").format(
                shown=format_count(count), total=format_count(self.total)
            )
        show_text(self.count_label, text)

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary.touches(DOCUMENT_ENTITY):
            self.refresh()

    # -- reprinting -------------------------------------------------------------------------

    def selected_entries(self) -> list[RegisterEntry]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.entry_at(row) for row in rows]

    def _update_button(self) -> None:
        self.reprint_button.setEnabled(
            self._allowed and not self.progress.running and bool(self.table.selectionModel().selectedRows())
        )

    def reprint_selected(self) -> TaskHandle | None:
        """Ask the reason, then print the selected documents again as SALINAN into a new file."""
        entries = self.selected_entries()
        if not self._allowed or self.progress.running or not entries:
            return None
        request = reprint_dialog.ask_reprint(self, [entry.number for entry in entries])
        if request is None:
            return None
        document_ids = [entry.id for entry in entries]
        target = dated_target(self._ctx.services.paths.root, "salinan")
        documents, actor = self._ctx.services.documents, self._ctx.actor
        self._layout = request.layout

        def work(handle: TaskHandle, report: Progress) -> tuple[PrintResult, ChangeSummary]:
            ensure_folder(target)
            return documents.reprint(
                actor=actor,
                document_ids=document_ids,
                reason=request.reason,
                target=target,
                layout=request.layout,
                progress=report,
                cancelled=handle.cancelled,
            )

        log.info("reprinting %d document(s) as copies", len(document_ids))
        show_text(self.message_label, "")
        handle = self.progress.run(
            self._ctx, work, finished=self._reprinted, failed=self._reprint_failed, changes=True
        )
        self._update_button()
        return handle

    def _reprinted(self, result: PrintResult) -> None:
        if result.cancelled:
            show_text(self.message_label, self.tr("Cancelled: nothing was printed again."), ERROR_STYLE)
            return
        show_text(
            self.message_label,
            self.tr("{count} copy(ies) made: {numbers}. Saved as {path}").format(
                count=format_count(result.documents),
                numbers=numbers_text(result.numbers),
                path=str(result.path),
            ),
            SUCCESS_STYLE,
        )
        self.pdf_ready.emit(result.path, self._layout == A4)

    def _reprint_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(self.message_label, self.tr("Printing again failed unexpectedly; see the log file."))
