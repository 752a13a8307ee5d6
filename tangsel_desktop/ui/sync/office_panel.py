"""The Sinkronisasi area at a kelurahan office: write the package, read the centre's answer, its findings."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sync.answers import AnswerApplied
from tangsel_desktop.services.sync.package_export import ExportResult
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.sync import sync_files, sync_texts
from tangsel_desktop.ui.sync.sync_common import gate, is_supervisor, results_table, start_folder, summary_box
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE


class OfficeSyncPanel(QWidget):
    """Every action through services.sync on a worker thread; the status read again after each."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self.status: dict[str, Any] | None = None
        self.exported: ExportResult | None = None
        self.answer: AnswerApplied | None = None
        allowed = is_supervisor(ctx.actor)
        self.title = heading(self.tr("Synchronization with Dinas Sosial"), self, size_delta=4)
        self.status_label = plain_label(self)
        self.status_label.show()

        package_box = QGroupBox(self.tr("Package for Dinas Sosial"), self)
        self.write_button = QPushButton(self.tr("&Write package…"), package_box)
        self.resend_check = QCheckBox(self.tr("Re-send from se&quence"), package_box)
        self.from_spin = QSpinBox(package_box)
        self.from_spin.setRange(0, 0)
        self.from_spin.setEnabled(False)
        self.resend_check.toggled.connect(self.from_spin.setEnabled)
        gate(self.write_button, allowed, self.tr("The changes since the last package, signed and encrypted"))
        gate(self.resend_check, allowed, self.tr("When a package was lost: send again from this sequence"))
        self.summary = summary_box(package_box)
        self.summary.setPlaceholderText(self.tr("The package written is summed up here."))
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addSpacing(16)
        row.addWidget(self.resend_check)
        row.addWidget(self.from_spin)
        row.addStretch(1)
        package_layout = QVBoxLayout(package_box)
        package_layout.addLayout(row)
        package_layout.addWidget(self.summary, 1)

        answer_box = QGroupBox(self.tr("Answer of Dinas Sosial"), self)
        self.read_button = QPushButton(self.tr("&Read answer…"), answer_box)
        gate(self.read_button, allowed, self.tr("The acknowledgement, the findings and the reference data"))
        self.answer_label = plain_label(answer_box)
        self.reference_label = plain_label(answer_box, HINT_STYLE)
        findings_box = QGroupBox(self.tr("Findings of Dinas Sosial"), self)
        self.findings_label = QLabel(self.tr("Findings of Dinas Sosial for this office:"), findings_box)
        self.findings_model = SyncRowsModel(
            [
                self.tr("Finding"),
                self.tr("Subject"),
                self.tr("Offices"),
                self.tr("Detail"),
                self.tr("Decision"),
            ],
            self,
        )
        self.findings_table = results_table(findings_box, self.findings_model, stretch=3)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.read_button)
        answer_row.addStretch(1)
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addLayout(answer_row)
        answer_layout.addWidget(self.answer_label)
        answer_layout.addWidget(self.reference_label)
        answer_layout.addStretch(1)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.addWidget(self.findings_label)
        findings_layout.addWidget(self.findings_table, 1)

        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        boxes = QHBoxLayout()
        boxes.addWidget(package_box, 1)
        boxes.addWidget(answer_box, 1)
        layout.addLayout(boxes, 3)
        layout.addWidget(findings_box, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.write_button.clicked.connect(lambda: self.write_package())
        self.read_button.clicked.connect(lambda: self.read_answer())
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    # -- the status ---------------------------------------------------------------------------------

    def reload(self) -> None:
        sync = self._ctx.services.sync

        def work(_handle: TaskHandle, _report: Progress) -> dict[str, Any]:
            return sync.status()

        start_relayed(self._ctx.runner, work, owner=self, finished=self._status_arrived, failed=self._failed)

    def _status_arrived(self, status: dict[str, Any]) -> None:
        self.status = status
        show_text(self.status_label, sync_texts.status_lines(status))
        self.from_spin.setRange(0, int(status.get("last_sequence", 0)))
        if not self.resend_check.isChecked():
            self.from_spin.setValue(int(status.get("last_sequence_acknowledged", 0)))
        findings = list(status.get("findings") or [])
        self.findings_model.set_rows([sync_texts.finding_row(finding) for finding in findings], findings)
        if not findings:
            show_text(self.findings_label, self.tr("Findings of Dinas Sosial for this office: none."))
        else:
            show_text(
                self.findings_label,
                self.tr(
                    "Findings of Dinas Sosial for this office: {count}. Check each with the data."
                ).format(count=len(findings)),
            )

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary & ~(ChangeSummary.AUDIT_LOG | ChangeSummary.BACKUP):
            self.reload()

    # -- the package --------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return f"paket-{self._ctx.office.code.replace('.', '')}-{self._today():%Y%m%d}.tsync"

    def write_package(self) -> TaskHandle | None:
        """Ask where, then write the package (from the chosen sequence when re-sending)."""
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        target = sync_files.choose_package_target(self, start_folder() / self.suggested_name())
        if target is None:
            return None
        sync, actor = self._ctx.services.sync, self._ctx.actor
        from_sequence = self.from_spin.value() if self.resend_check.isChecked() else None

        def work(_handle: TaskHandle, _report: Progress) -> tuple[ExportResult, ChangeSummary]:
            return sync.export(actor=actor, target=target, from_sequence=from_sequence)

        show_text(self.message_label, "")
        return self.progress.run(
            self._ctx, work, finished=self._written, failed=self._failed, cancellable=False, changes=True
        )

    def _written(self, result: ExportResult) -> None:
        self.exported = result
        self.resend_check.setChecked(False)
        self.summary.setPlainText(sync_texts.export_summary(result))
        show_text(
            self.message_label,
            self.tr("Package written: {path}. Carry it to Dinas Sosial.").format(path=str(result.path)),
            SUCCESS_STYLE,
        )

    # -- the answer ---------------------------------------------------------------------------------

    def read_answer(self) -> TaskHandle | None:
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        source = sync_files.choose_answer(self, start_folder())
        if source is None:
            return None
        sync, actor = self._ctx.services.sync, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[object, ChangeSummary]:
            return sync.import_file(actor=actor, source=source)

        show_text(self.message_label, "")
        return self.progress.run(
            self._ctx, work, finished=self._answer_read, failed=self._failed, cancellable=False, changes=True
        )

    def _answer_read(self, result: object) -> None:
        if not isinstance(result, AnswerApplied):  # the services refuse a package here; kept for mypy
            return
        self.answer = result
        show_text(self.answer_label, sync_texts.answer_summary(result), SUCCESS_STYLE)
        show_text(self.reference_label, sync_texts.reference_lines(result.reference_updates), HINT_STYLE)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(
                self.message_label, self.tr("The work could not be done; see the log file."), ERROR_STYLE
            )
