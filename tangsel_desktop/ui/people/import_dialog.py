"""Importing people from an Excel or CSV file: a dry run first, then for real, in the background."""

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.people.people_import import ImportResult
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, WARNING_STYLE

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
    """Open a file with the program the system associates with it (tests replace this).

    False where no file launcher exists (a bare Linux desktop, a locked-down PC): the caller says where
    the file is instead.
    """
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
        self.elsewhere_label = plain_label(self, WARNING_STYLE)
        self.rejected_box = QGroupBox(self.tr("Rejected rows"), self)
        self.rejected_note = plain_label(self.rejected_box, HINT_STYLE)
        self.rejected_table = QTableWidget(0, 3, self.rejected_box)
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("NIK / name"), self.tr("Reason")]
        )
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_table.setWordWrap(True)
        rejected_header = self.rejected_table.horizontalHeader()
        rejected_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rejected_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        rejected_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped reasons take their height from the column's width, known only once laid out.
        rejected_header.sectionResized.connect(self._fit_rejected_rows)
        self.report_button = QPushButton(self.tr("Open report"), self)
        self.report_place = plain_label(self, HINT_STYLE)
        self.report_place.setTextInteractionFlags(
            self.report_place.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.copy_path_button = QPushButton(self.tr("Copy location"), self)
        self.import_now_button = QPushButton(self.tr("Import now"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.choose_button, self.report_button, self.copy_path_button, self.close_button):
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
        self.copy_path_button.clicked.connect(self.copy_report_path)
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
                "HUBUNGAN (as on the KK), KEPALA_KELUARGA, CATATAN. People already registered are "
                "matched by NIK and updated; rejected rows and their reasons are shown below and "
                "listed in the report."
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
        # Two columns of counts: the height goes to the rejected rows, which need it at 1280x720.
        columns = QHBoxLayout(self.counts)
        grids = (QFormLayout(), QFormLayout())
        for grid in grids:
            columns.addLayout(grid)
            columns.addSpacing(24)
        columns.addStretch(1)
        for position, (key, label) in enumerate(
            (
                ("total_rows", self.tr("Rows read")),
                ("imported", self.tr("New")),
                ("updated", self.tr("Updated")),
                ("unchanged", self.tr("Unchanged")),
                ("rejected", self.tr("Rejected")),
                ("warnings", self.tr("Warnings")),
                ("other_kelurahan", self.tr("Residents of other kelurahan")),
            )
        ):
            value = QLabel("0", self.counts)
            self.count_labels[key] = value
            grids[0 if position < 4 else 1].addRow(label, value)
        layout.addWidget(self.counts)
        layout.addWidget(self.elsewhere_label)
        rejected = QVBoxLayout(self.rejected_box)
        rejected.addWidget(self.rejected_note)
        rejected.addWidget(self.rejected_table, 1)
        layout.addWidget(self.rejected_box, 1)
        self._spacer = QWidget(self)  # takes the spare height while no rejected rows are shown
        layout.addWidget(self._spacer, 1)
        place = QHBoxLayout()
        place.addWidget(self.report_place, 1)
        place.addWidget(self.copy_path_button)
        layout.addLayout(place)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_now_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        # Fits a 1280x720 screen with its taskbar and the window's title bar.
        self.resize(760, 600)

    # -- states ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.progress.running

    @property
    def import_result(self) -> ImportResult | None:
        """The last ImportResult shown, or None."""
        return self._result

    def _show_idle(self) -> None:
        self._hide_result()
        self._update_buttons()

    def _hide_result(self) -> None:
        for widget in (
            self.counts,
            self.elsewhere_label,
            self.rejected_box,
            self.report_button,
            self.report_place,
            self.copy_path_button,
            self.import_now_button,
        ):
            widget.hide()
        self.copy_path_button.setText(self.tr("Copy location"))
        self._spacer.show()

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
        self._hide_result()
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
        self._show_elsewhere(result)
        self._show_rejected(result)
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

    def _show_elsewhere(self, result: ImportResult) -> None:
        if not result.other_kelurahan:
            self.elsewhere_label.hide()
            return
        text = self.tr(
            "{count} row(s) are residents of another kelurahan. They are {kept}, each with a warning in "
            "the report: check that this office serves them."
        ).format(
            count=format_count(result.other_kelurahan),
            kept=self.tr("would be stored") if result.dry_run else self.tr("stored"),
        )
        show_text(self.elsewhere_label, text, WARNING_STYLE)
        self.elsewhere_label.show()

    def _show_rejected(self, result: ImportResult) -> None:
        """The refused rows with their reasons, as the report lists them (the first ones of many)."""
        lines = result.rejected_lines
        self.rejected_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            who = " · ".join(part for part in (line.nik, line.name) if part)
            for column, text in enumerate((str(line.row), who, line.reasons)):
                item = QTableWidgetItem(text)  # plain text: a name with < & > shows as typed
                if column == 2:
                    item.setToolTip(text)
                self.rejected_table.setItem(row, column, item)
        self.rejected_table.resizeColumnToContents(1)
        self.rejected_table.setColumnWidth(1, min(self.rejected_table.columnWidth(1), 260))
        self.rejected_table.resizeRowsToContents()
        if len(lines) < result.rejected:
            note = self.tr("The first {shown} of {total} rejected rows; the report lists them all.").format(
                shown=format_count(len(lines)), total=format_count(result.rejected)
            )
        else:
            note = self.tr("Fix these rows in the file, then import it again.")
        show_text(self.rejected_note, note, HINT_STYLE)
        self.rejected_box.setTitle(
            self.tr("Rejected rows ({count})").format(count=format_count(result.rejected))
        )
        self.rejected_box.setVisible(bool(lines))
        self._spacer.setVisible(not lines)

    def _fit_rejected_rows(self) -> None:
        self.rejected_table.resizeRowsToContents()

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("The import stopped because of an unexpected error; nothing was saved.")
        show_text(self.status_label, failure_text(error, unexpected), ERROR_STYLE)

    def open_report(self) -> None:
        if self._result is None:
            return
        path = self._result.report_path
        if open_local_file(path):
            return
        log.info("no program opened the import report; its location is shown instead")
        show_text(
            self.report_place,
            self.tr("No program on this computer opens the report. It is saved at:\n{path}").format(
                path=str(path)
            ),
            HINT_STYLE,
        )
        self.report_place.show()
        self.copy_path_button.show()
        self.copy_path_button.setFocus()

    def copy_report_path(self) -> None:
        if self._result is None:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(str(self._result.report_path))
        self.copy_path_button.setText(self.tr("Location copied"))

    def reject(self) -> None:
        # Esc or closing the window while importing stops the import rather than hiding it.
        if self.running:
            self.cancel()
            return
        super().reject()
