"""The centre reads the offices' packages, many at once; each file's result in a table."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sync.central_import import ImportResult
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.sync import sync_files, sync_texts
from tangsel_desktop.ui.sync.sync_common import gate, is_supervisor, results_table, start_folder
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

# What applying a package may change: every program's rows of that office, and the sync's own state.
APPLIED_CHANGES = (
    ChangeSummary.SYNC
    | ChangeSummary.PERSON
    | ChangeSummary.HOUSEHOLD
    | ChangeSummary.JAMSOS
    | ChangeSummary.JAMSOS_CLAIM
    | ChangeSummary.SEMBAKO
    | ChangeSummary.TRAINING
    | ChangeSummary.DOCUMENT
)
Results = list[tuple[Path, ImportResult | str]]


class PackagesTab(QWidget):
    """One backup before the first package, one transaction per package; a refused one stops no other."""

    imported = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.results: Results = []
        self.read_button = QPushButton(self.tr("&Read packages…"), self)
        gate(self.read_button, is_supervisor(ctx.actor), self.tr("Choose one or many .tsync files at once"))
        self.hint = plain_label(self, HINT_STYLE)
        show_text(
            self.hint,
            self.tr(
                "Each package is checked (signature, sender, sequence) and applied whole, or refused with "
                "the store unchanged. A package that comes after a missing one is held until it arrives."
            ),
        )
        self.model = SyncRowsModel(
            [self.tr("File"), self.tr("Office"), self.tr("Sequences"), self.tr("Result"), self.tr("Rows")],
            self,
        )
        self.table = results_table(self, self.model, stretch=3)
        # A refusal's reason is longer than its cell: the chosen row's whole text is shown here.
        self.detail_label = plain_label(self)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.read_button.clicked.connect(lambda: self.read_packages())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())

    def read_packages(self, sources: list[Path] | None = None) -> TaskHandle | None:
        """Read the chosen files in the order chosen; cancelling stops before the next package."""
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        chosen = sync_files.choose_packages(self, start_folder()) if sources is None else sources
        if not chosen:
            return None
        sync, actor = self._ctx.services.sync, self._ctx.actor

        def work(handle: TaskHandle, report: Progress) -> tuple[Results, ChangeSummary]:
            done = 0

            # import_packages asks before each package whether to stop: the moment to say how far it is.
            def cancelled() -> bool:
                nonlocal done
                report(done, len(chosen))
                done += 1
                return handle.cancelled()

            results = sync.import_packages(actor=actor, sources=chosen, cancelled=cancelled)
            changed = any(isinstance(result, ImportResult) and result.applied for _, result in results)
            return results, APPLIED_CHANGES if changed else ChangeSummary.SYNC

        show_text(self.message_label, "")
        return self.progress.run(self._ctx, work, finished=self._read, failed=self._failed, changes=True)

    def _read(self, results: Results) -> None:
        self.results = results
        rows, marks = [], []
        for source, result in results:
            row, mark = sync_texts.import_row(source, result)
            rows.append(row)
            marks.append(mark)
        self.model.set_rows(rows, [result for _, result in results], marks)
        show_text(self.detail_label, "")
        refused_rows = [row for row, mark in enumerate(marks) if mark == "error"]
        if refused_rows:
            self.table.selectRow(refused_rows[0])
        applied = sum(1 for _, r in results if isinstance(r, ImportResult) and r.applied)
        held = sum(1 for _, r in results if isinstance(r, ImportResult) and r.held_for_gap)
        refused = sum(1 for _, r in results if isinstance(r, str))
        text = self.tr("{count} package(s) read: {applied} applied, {held} held, {refused} refused.").format(
            count=len(results), applied=applied, held=held, refused=refused
        )
        show_text(self.message_label, text, ERROR_STYLE if refused else SUCCESS_STYLE)
        self.imported.emit()

    def _chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_text(self.detail_label, "")
            return
        row = rows[0].row()
        show_text(self.detail_label, f"{self.model.text(row, 0)}: {self.model.text(row, 3)}")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(
                self.message_label, self.tr("The packages could not be read; see the log file."), ERROR_STYLE
            )
