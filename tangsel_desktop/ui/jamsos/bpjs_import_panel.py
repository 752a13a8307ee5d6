"""BPJS's answer read back: choose the file, try it first, counts per kind of finding, the report's folder."""

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
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
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_findings import MISMATCH_KINDS, BpjsImportResult, kind_label
from tangsel_desktop.ui.jamsos import bpjs_files
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ALERT_STYLE as FOUND_STYLE
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE, WARNING_STYLE
from tangsel_desktop.ui.widgets.style import FAINT_STYLE as ZERO_STYLE

log = logging.getLogger(__name__)


class BpjsImportPanel(QGroupBox):
    """Reads BPJS's answer in the background; submitted members it accepted become active."""

    def __init__(self, ctx: UiContext, *, allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("2. Read BPJS's answer"))
        self._ctx = ctx
        self._allowed = allowed
        self.result: BpjsImportResult | None = None
        self.waiting_label = QLabel(self)
        self.waiting_label.setWordWrap(True)
        intro = plain_label(self, HINT_STYLE)
        show_text(
            intro,
            self.tr(
                "Columns are found by their header: NIK, NO_KPJ (or KPJ, Nomor KPJ), STATUS (or Status "
                "Kepesertaan), BULAN_MULAI (or TMT, Mulai); NAMA is compared when present. Only submitted "
                "members whose BPJS status is active are changed; everything else goes to the report."
            ),
        )
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("BPJS's answer as .xlsx or .csv"))
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.dry_run_check = QCheckBox(self.tr("Try first (change nothing)"), self)
        self.dry_run_check.setChecked(True)
        self.start_button = QPushButton(self.tr("&Read answer"), self)
        self.progress = ProgressRow(self)
        self.status_label = plain_label(self)
        self.counts = QGroupBox(self.tr("Result"), self)
        self.count_labels: dict[str, QLabel] = {}
        self.report_button = QPushButton(self.tr("Open report folder"), self)
        self.import_now_button = QPushButton(self.tr("Import now"), self)
        for button in (self.choose_button, self.start_button, self.report_button, self.import_now_button):
            button.setAutoDefault(False)
        self._lay_out(intro)
        self.choose_button.clicked.connect(self.choose_file)
        self.start_button.clicked.connect(lambda: self.start())
        self.import_now_button.clicked.connect(lambda: self.start(dry_run=False))
        self.progress.over.connect(self._update_buttons)
        self.progress.cancelling.connect(
            lambda: show_text(self.status_label, self.tr("Stopping; nothing will be changed…"), HINT_STYLE)
        )
        self.report_button.clicked.connect(self.open_report_folder)
        self.file_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.counts.hide()
        self.report_button.hide()
        self.import_now_button.hide()
        self.show_waiting(0)
        self._update_buttons()

    def _lay_out(self, intro: QLabel) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        start_row = QHBoxLayout()
        start_row.addWidget(self.dry_run_check)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        grid = QFormLayout(self.counts)
        grid.setVerticalSpacing(2)
        rows = [
            ("rows", self.tr("Rows read")),
            ("activated", self.tr("Made active")),
            ("already_active", self.tr("Already active")),
            *((kind, kind_label(kind)) for kind in MISMATCH_KINDS),
        ]
        for key, label in rows:
            value = QLabel("0", self.counts)
            self.count_labels[key] = value
            grid.addRow(label, value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_now_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting_label)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(start_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @property
    def running(self) -> bool:
        return self.progress.running

    def show_waiting(self, waiting: int) -> None:
        if waiting:
            text = self.tr("{count} member(s) submitted and waiting for BPJS's answer.").format(
                count=format_count(waiting)
            )
        else:
            text = self.tr("No member is waiting for BPJS's answer.")
        self.waiting_label.setText(text)

    def _update_buttons(self) -> None:
        idle = self._allowed and not self.running
        self.start_button.setEnabled(idle and bool(self.file_edit.text().strip()))
        for widget in (self.choose_button, self.file_edit, self.dry_run_check, self.import_now_button):
            widget.setEnabled(idle)

    def choose_file(self) -> None:
        chosen = bpjs_files.choose_answer_file(self)
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self.result = None
            self.counts.hide()
            self.report_button.hide()
            self.import_now_button.hide()
            show_text(self.status_label, "")

    def start(self, *, dry_run: bool | None = None) -> TaskHandle | None:
        """Read the chosen file in the background; dry_run defaults to the checkbox."""
        if self.running or not self.start_button.isEnabled():
            return None
        source = Path(self.file_edit.text().strip())
        trial = self.dry_run_check.isChecked() if dry_run is None else dry_run
        service, actor = self._ctx.services.bpjs, self._ctx.actor

        def work(handle: TaskHandle, report: Progress) -> tuple[BpjsImportResult, ChangeSummary]:
            # Worker thread: the service and plain values only.
            return service.import_bpjs_answer(
                actor=actor, source=source, dry_run=trial, progress=report, cancelled=handle.cancelled
            )

        log.info("BPJS answer %s (dry run: %s)", source.name, trial)
        self.result = None
        self.counts.hide()
        self.report_button.hide()
        self.import_now_button.hide()
        show_text(
            self.status_label,
            self.tr("Trying the answer; nothing is changed…") if trial else self.tr("Reading the answer…"),
            HINT_STYLE,
        )
        handle = self.progress.run(
            self._ctx, work, finished=self._finished, failed=self._failed, changes=True
        )
        self._update_buttons()
        return handle

    def cancel(self) -> None:
        self.progress.cancel()

    def _finished(self, result: BpjsImportResult) -> None:
        self.result = result
        values = {"rows": result.rows, "activated": result.activated, "already_active": result.already_active}
        for key, label in self.count_labels.items():
            count = values.get(key, result.mismatches.get(key, 0))
            label.setText(format_count(count))
            mismatch = key not in values
            label.setStyleSheet(FOUND_STYLE if mismatch and count else ZERO_STYLE if not count else "")
        self.counts.show()
        self.report_button.setVisible(result.report_path.exists())
        if result.dry_run:
            text = self.tr(
                "Trial: {active} member(s) would become active, {found} finding(s) to check. Nothing was "
                "changed. Read the report, then choose Import now."
            )
        else:
            text = self.tr("Done: {active} member(s) made active, {found} finding(s) to check in the report.")
        style = WARNING_STYLE if result.mismatch_total else SUCCESS_STYLE
        show_text(
            self.status_label,
            text.format(active=format_count(result.activated), found=format_count(result.mismatch_total)),
            style,
        )
        self.import_now_button.setVisible(result.dry_run and result.activated > 0)

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr(
            "Reading the answer stopped because of an unexpected error; nothing was changed."
        )
        show_text(self.status_label, failure_text(error, unexpected), ERROR_STYLE)

    def open_report_folder(self) -> None:
        if self.result is not None:
            bpjs_files.open_folder(self.result.report_path.parent)
