"""The centre's offices: each one's last package, rows held here, lateness; and its answer package."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sync.answers import AnswerWritten
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.sync import sync_files, sync_texts
from tangsel_desktop.ui.sync.sync_common import gate, is_supervisor, results_table, start_folder
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.lazy_tab import LazyTab
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE


class OfficesTab(LazyTab):
    """Read when shown and after every change; the late offices in red."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self.status: dict[str, Any] | None = None
        self.written: AnswerWritten | None = None
        self.summary_label = plain_label(self, HINT_STYLE)
        self.model = SyncRowsModel(
            [
                self.tr("Code"),
                self.tr("Kelurahan"),
                self.tr("Last package"),
                self.tr("Sequence"),
                self.tr("People"),
                self.tr("KK"),
                self.tr("Jamsosnaker"),
                self.tr("Sembako handed"),
                self.tr("Answer no."),
                self.tr("State"),
            ],
            self,
        )
        self.table = results_table(self, self.model, stretch=9)
        self.answer_button = QPushButton(self.tr("Write &answer for the chosen office…"), self)
        gate(
            self.answer_button,
            is_supervisor(ctx.actor),
            self.tr("The acknowledgement, the office's findings and the reference data, signed"),
        )
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.answer_button.clicked.connect(lambda: self.write_answer())
        self.refresh_button.clicked.connect(self.reload)

    def reload(self) -> None:
        sync = self._ctx.services.sync

        def work(_handle: TaskHandle, _report: Progress) -> dict[str, Any]:
            return sync.status()

        self.progress.run(self._ctx, work, finished=self._arrived, failed=self._failed, cancellable=False)

    def _arrived(self, status: dict[str, Any]) -> None:
        self.status = status
        today = self._today()
        offices = list(status.get("offices") or [])
        rows, marks = [], []
        for entry in offices:
            row, mark = sync_texts.office_row(entry, today)
            rows.append(row)
            marks.append(mark)
        self.model.set_rows(rows, [entry.get("office") for entry in offices], marks)
        late = sum(1 for mark in marks if mark == "error")
        show_text(
            self.summary_label,
            self.tr(
                "{count} office(s) known here; {late} late (no package for more than {days} days)."
            ).format(count=len(offices), late=late, days=sync_texts.LATE_AFTER_DAYS),
        )

    def chosen_office(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def choose(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.value(row) == code:
                self.table.selectRow(row)
                return
        raise KeyError(code)

    def write_answer(self) -> TaskHandle | None:
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        code = self.chosen_office()
        if code is None:
            show_text(self.message_label, self.tr("Choose an office in the table first."), ERROR_STYLE)
            return None
        suggested = start_folder() / f"jawaban-{code.replace('.', '')}-{self._today():%Y%m%d}.tsync"
        target = sync_files.choose_package_target(self, suggested)
        if target is None:
            return None
        sync, actor = self._ctx.services.sync, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[AnswerWritten, ChangeSummary]:
            return sync.answer(actor=actor, office_code=code, target=target)

        show_text(self.message_label, "")
        return self.progress.run(
            self._ctx, work, finished=self._written, failed=self._failed, cancellable=False, changes=True
        )

    def _written(self, written: AnswerWritten) -> None:
        self.written = written
        show_text(
            self.message_label,
            self.tr(
                "Answer no. {number} for {office} written: acknowledges up to {sequence}, "
                "{findings} finding(s). File: {path}"
            ).format(
                number=written.answer_no,
                office=written.office,
                sequence=written.acknowledged_to,
                findings=len(written.findings),
                path=str(written.path),
            ),
            SUCCESS_STYLE,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(
                self.message_label, self.tr("The work could not be done; see the log file."), ERROR_STYLE
            )
