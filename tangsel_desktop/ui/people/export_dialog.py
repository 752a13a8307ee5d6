"""Exporting everyone to an Excel or CSV file in the background, for supervisors and administrators."""

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.people.people_export import ExportResult
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.people.import_dialog import open_local_file
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)

EXCEL_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"


def with_extension(chosen: str, selected_filter: str) -> Path:
    """The chosen name, ending in .xlsx or .csv (the filter decides when the clerk typed none)."""
    path = Path(chosen)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if selected_filter == CSV_FILTER else ".xlsx"))


def choose_export_file(parent: QWidget) -> Path | None:
    """The one place that asks where to write the export (tests replace it; the dialog blocks)."""
    suggested = Path.home() / f"penduduk-{date.today():%Y-%m-%d}.xlsx"
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Export people to"),
        str(suggested),
        f"{EXCEL_FILTER};;{CSV_FILTER}",
    )
    return with_extension(chosen, selected) if chosen else None


class ExportDialog(QDialog):
    """Runs one export to the chosen file with progress and a cancel button, then says where it is."""

    def __init__(self, ctx: UiContext, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._target = target
        self._result: ExportResult | None = None
        self._cancelled = False
        self.setWindowTitle(self.tr("Export people"))
        self.caution = plain_label(self, WARNING_STYLE)
        show_text(
            self.caution,
            self.tr(
                "The file holds personal data (NIK, KK number, disability). Keep it in a safe "
                "place and share it only with those who need it. Photos are not in it: they stay "
                "in the office's data and its backups."
            ),
        )
        self.progress = ProgressRow(self)
        self.status_label = plain_label(self)
        self.open_file_button = QPushButton(self.tr("Open file"), self)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caution)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.progress.cancelling.connect(self._cancelling)
        self.open_file_button.clicked.connect(lambda: open_local_file(self._written_path()))
        self.open_folder_button.clicked.connect(lambda: open_local_file(self._written_path().parent))
        self.close_button.clicked.connect(self.reject)
        self.resize(520, 200)

    @property
    def running(self) -> bool:
        return self.progress.running

    @property
    def export_result(self) -> ExportResult | None:
        """The ExportResult once written, else None."""
        return self._result

    def _written_path(self) -> Path:
        return self._result.path if self._result is not None else self._target

    def start(self) -> None:
        if self.running:
            return
        service, actor, target = self._ctx.services.people_export, self._ctx.actor, self._target

        def work(handle: TaskHandle, report: Progress) -> Any:
            # Worker thread: the service and plain values only.
            return service.export(
                actor=actor,
                target=target,
                progress=report,
                cancelled=handle.cancelled,
            )

        log.info("export to %s started", target.name)
        self._result = None
        self._cancelled = False
        self.open_file_button.hide()
        self.open_folder_button.hide()
        self.close_button.setEnabled(False)
        show_text(
            self.status_label,
            self.tr("Writing {name}…").format(name=target.name),
            HINT_STYLE,
        )
        self.progress.run(self._ctx, work, finished=self._finished, failed=self._failed, changes=True)

    def cancel(self) -> None:
        self.progress.cancel()

    def _cancelling(self) -> None:
        self._cancelled = True

    def _finished(self, result: ExportResult) -> None:
        self._result = result
        self.close_button.setEnabled(True)
        show_text(
            self.status_label,
            self.tr("{count} people written to:\n{path}").format(
                count=format_count(result.rows), path=str(result.path)
            ),
            HINT_STYLE,
        )
        self.open_file_button.show()
        self.open_folder_button.show()
        self.close_button.setFocus()
        log.info("export finished: %s rows", result.rows)

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        if isinstance(error, UserError):
            # A cancel the clerk asked for is news, not an error.
            show_text(self.status_label, error.message, HINT_STYLE if self._cancelled else ERROR_STYLE)
            return
        show_text(
            self.status_label,
            self.tr("The export stopped because of an unexpected error."),
            ERROR_STYLE,
        )

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()
