"""Importing people from an Excel or CSV file: a dry run first, then for real, in the background."""

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.people.people_import import ImportResult
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

log = logging.getLogger(__name__)


def choose_import_file(parent: QWidget) -> Path | None:
    """The one place that asks which file to import (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Choose the file to import"),
        str(Path.home()),
        QCoreApplication.translate("ImportDialog", "Excel or CSV (*.xlsx *.csv)"),
    )
    return Path(chosen) if chosen else None


def open_local_file(path: Path) -> bool:
    """Open a file with the program the system associates with it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ImportDialog(QDialog):
    """Choose a file, try it without saving, read the counts and the report, then import for real."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import people"))
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("An .xlsx or .csv file with a header row"))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.dry_run_check = QCheckBox(self.tr("Try first (save nothing)"), self)
        self.dry_run_check.setChecked(True)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.progress = ProgressRow(self)
        self.status_label = plain_label(self)
        self.counts = QGroupBox(self.tr("Result"), self)
        self.count_labels: dict[str, QLabel] = {}
        self.report_button = QPushButton(self.tr("Open report"), self)
        self.import_now_button = QPushButton(self.tr("Import now"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.choose_button, self.report_button, self.close_button):
            button.setAutoDefault(False)
        self.start_button.setDefault(True)
        self._lay_out()
        self.choose_button.clicked.connect(self.choose_file)
        self.start_button.clicked.connect(lambda: self.start())
        self.progress.over.connect(self._update_buttons)
        self.progress.cancelling.connect(
            lambda: show_text(self.status_label, self.tr("Stopping; nothing will be saved…"), HINT_STYLE)
        )
        self.report_button.clicked.connect(self.open_report)
        self.import_now_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.file_edit.textChanged.connect(self._update_buttons)
        self._show_idle()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        intro = plain_label(self, HINT_STYLE)
        show_text(
            intro,
            self.tr(
                "Required columns: NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT, KELURAHAN. "
                "Optional: NO_KK, TEMPAT_LAHIR, RT, RW, NO_HP, PEKERJAAN, DISABILITAS, DESIL, "
                "KEPALA_KELUARGA, CATATAN. People already registered are matched by NIK and "
                "updated; rejected rows and their reasons are listed in the report."
            ),
        )
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.dry_run_check)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        grid = QFormLayout(self.counts)
        for key, label in (
            ("total_rows", self.tr("Rows read")),
            ("imported", self.tr("New")),
            ("updated", self.tr("Updated")),
            ("unchanged", self.tr("Unchanged")),
            ("rejected", self.tr("Rejected")),
            ("warnings", self.tr("Warnings")),
        ):
            value = QLabel("0", self.counts)
            self.count_labels[key] = value
            grid.addRow(label, value)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_now_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(560, 420)

    # -- states ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.progress.running

    @property
    def import_result(self) -> ImportResult | None:
        """The last ImportResult shown, or None."""
        return self._result

    def _show_idle(self) -> None:
        self.counts.hide()
        self.report_button.hide()
        self.import_now_button.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.running
        has_file = bool(self.file_edit.text().strip())
        self.start_button.setEnabled(idle and has_file)
        self.choose_button.setEnabled(idle)
        self.file_edit.setEnabled(idle)
        self.dry_run_check.setEnabled(idle)
        self.close_button.setEnabled(idle)
        self.import_now_button.setEnabled(idle)

    def choose_file(self) -> None:
        chosen = choose_import_file(self)
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self._result = None
            self._show_idle()
            show_text(self.status_label, "")
            self.start_button.setFocus()

    # -- running -----------------------------------------------------------------------

    def start(self, *, dry_run: bool | None = None) -> None:
        """Run the import in the background; dry_run defaults to the checkbox."""
        if self.running:
            return
        source = Path(self.file_edit.text().strip())
        if not self.file_edit.text().strip():
            return
        trial = self.dry_run_check.isChecked() if dry_run is None else dry_run
        service, actor = self._ctx.services.people_import, self._ctx.actor

        def work(handle: TaskHandle, report: Progress) -> Any:
            # Worker thread: only the service and plain values here, never a widget.
            return service.run(
                actor=actor,
                source=source,
                dry_run=trial,
                progress=report,
                cancelled=handle.cancelled,
            )

        log.info("import of %s started (dry run: %s)", source.name, trial)
        self._result = None
        self.counts.hide()
        self.report_button.hide()
        self.import_now_button.hide()
        show_text(
            self.status_label,
            self.tr("Trying the file; nothing is saved…") if trial else self.tr("Importing…"),
            HINT_STYLE,
        )
        self.progress.run(self._ctx, work, finished=self._finished, failed=self._failed, changes=True)
        self._update_buttons()

    def cancel(self) -> None:
        self.progress.cancel()

    def _finished(self, result: ImportResult) -> None:
        self._result = result
        for key, label in self.count_labels.items():
            label.setText(format_count(getattr(result, key)))
        self.counts.show()
        self.report_button.setVisible(result.report_path.exists())
        if result.cancelled:
            text = self.tr("Stopped. Nothing was saved.")
        elif result.dry_run:
            text = self.tr("Trial finished: nothing was saved. Read the report, then choose Import now.")
        else:
            text = self.tr("Import finished.")
        show_text(self.status_label, text, HINT_STYLE)
        self.import_now_button.setVisible(result.dry_run and not result.cancelled)
        if self.import_now_button.isVisible():
            self.import_now_button.setDefault(True)
            self.import_now_button.setFocus()
        log.info("import finished: %s", result.as_json())

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("The import stopped because of an unexpected error; nothing was saved.")
        show_text(self.status_label, failure_text(error, unexpected), ERROR_STYLE)

    def open_report(self) -> None:
        if self._result is not None:
            open_local_file(self._result.report_path)

    def reject(self) -> None:
        # Esc or closing the window while importing stops the import rather than hiding it.
        if self.running:
            self.cancel()
            return
        super().reject()
