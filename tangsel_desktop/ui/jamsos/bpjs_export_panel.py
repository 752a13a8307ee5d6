"""Sending members to BPJS: how many are ready, the first month, 'mark as submitted', Save as…, progress."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_export import BpjsExport
from tangsel_desktop.ui.jamsos import bpjs_files
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)
MONTHS_BACK, MONTHS_AHEAD = 3, 12


class BpjsExportPanel(QGroupBox):
    """Writes the verified members to an .xlsx for BPJS, in the background."""

    def __init__(self, ctx: UiContext, *, allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("1. Send the verified members to BPJS"))
        self._ctx = ctx
        self._allowed = allowed
        self._ready = 0
        self.last_export: BpjsExport | None = None
        self.ready_label = QLabel(self)
        self.ready_label.setWordWrap(True)
        intro = plain_label(self, HINT_STYLE)
        show_text(
            intro,
            self.tr(
                "The Excel list holds NIK, name, place and date of birth, sex, address with RT/RW, "
                "kelurahan and kecamatan, phone, occupation, income, program and the first month to cover."
            ),
        )
        self.month_combo = QComboBox(self)
        # On the GUI thread by design: next month from today's date, no read of the store.
        default = ctx.services.bpjs.default_month()
        for index in range(-MONTHS_BACK, MONTHS_AHEAD + 1):
            month = default.plus(index)
            self.month_combo.addItem(month.label(), str(month))
        self.month_combo.setCurrentIndex(MONTHS_BACK)
        month_label = QLabel(self.tr("First &month to cover:"), self)
        month_label.setBuddy(self.month_combo)
        self.mark_check = QCheckBox(self.tr("Mark the exported members as 'submitted'"), self)
        self.mark_check.setChecked(True)
        self.save_button = QPushButton(self.tr("&Save list as…"), self)
        self.save_button.setAutoDefault(False)
        self.progress = ProgressRow(self)
        self.result_label = plain_label(self)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.folder_button.setAutoDefault(False)
        self.folder_button.hide()
        month_row = QHBoxLayout()
        month_row.addWidget(month_label)
        month_row.addWidget(self.month_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ready_label)
        layout.addWidget(intro)
        layout.addLayout(month_row)
        layout.addWidget(self.mark_check)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.progress.over.connect(self._update_buttons)
        self.folder_button.clicked.connect(self.open_folder)
        self.show_ready(0)

    @property
    def running(self) -> bool:
        return self.progress.running

    def show_ready(self, ready: int) -> None:
        self._ready = ready
        if ready:
            text = self.tr("{count} member(s) verified and ready to send to BPJS.").format(
                count=format_count(ready)
            )
        else:
            text = self.tr("No member is verified and waiting to be sent. Verify proposed members first.")
        self.ready_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._allowed and not self.running
        self.save_button.setEnabled(idle and self._ready > 0)
        self.month_combo.setEnabled(idle)
        self.mark_check.setEnabled(idle)

    def chosen_month(self) -> YearMonth:
        return YearMonth.parse(str(self.month_combo.currentData()))

    def save_as(self, target: Path | None = None) -> TaskHandle | None:
        """Ask where to save (unless told), then write the list in the background."""
        if not self.save_button.isEnabled():
            return None
        month = self.chosen_month()
        if target is None:
            suggested = Path.home() / f"usulan-bpjs-{month}-{date.today():%Y%m%d}.xlsx"
            target = bpjs_files.choose_export_target(self, suggested)
            if target is None:
                return None
        mark = self.mark_check.isChecked()
        service, actor = self._ctx.services.bpjs, self._ctx.actor

        def work(handle: TaskHandle, report: Progress) -> tuple[BpjsExport, ChangeSummary]:
            # Worker thread: the service and plain values only.
            return service.export_for_bpjs(
                actor=actor,
                target=target,
                month=month,
                mark_submitted=mark,
                progress=report,
                cancelled=handle.cancelled,
            )

        log.info("BPJS list to %s (month %s, mark submitted: %s)", target.name, month, mark)
        show_text(self.result_label, "")
        self.folder_button.hide()
        handle = self.progress.run(
            self._ctx, work, finished=self._finished, failed=self._failed, changes=True
        )
        self._update_buttons()
        return handle

    def cancel(self) -> None:
        self.progress.cancel()

    def _finished(self, result: BpjsExport) -> None:
        self.last_export = result
        text = self.tr("{count} member(s) for {month}, program {program}, saved as {path}.").format(
            count=format_count(result.members),
            month=YearMonth.parse(result.month).label(),
            program=result.program,
            path=str(result.path),
        )
        if result.marked_submitted:
            text += " " + self.tr("{count} member(s) are now 'submitted'.").format(
                count=format_count(result.marked_submitted)
            )
        show_text(self.result_label, text, SUCCESS_STYLE)
        self.folder_button.show()

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("The export failed unexpectedly; see the log file.")
        show_text(self.result_label, failure_text(error, unexpected), ERROR_STYLE)

    def open_folder(self) -> None:
        if self.last_export is not None:
            bpjs_files.open_folder(self.last_export.path.parent)
