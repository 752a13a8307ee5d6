"""Results and certificates: the LSP's result per participant (BNSP courses), the city's participation
certificates printed through the register, who got one and who did not and why, the expiry reminders."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.training.participation import Result
from tangsel_desktop.domain.training.training_rules import TrainingKind
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.training.batch_report import BatchReport
from tangsel_desktop.services.training.outcome_service import CertificateRun, ResultView
from tangsel_desktop.services.training.training_views import Expiring
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.training.training_common import NAME_SAMPLE, gate, is_supervisor, typed_date
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder, numbers_text
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import HINT_STYLE

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def choose_report_file(parent: QWidget, suggested: Path, kind: str) -> Path | None:
    """The one place that asks where to save the batch report (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OutcomesTab", "Save the batch report as"),
        str(suggested),
        FILTERS[kind],
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


class OutcomesTab(TrainingTab):
    """The batch's participants and what became of them, one read; results and printing write."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: PdfPreviewDialog | None = None
        self.run: CertificateRun | None = None
        self.people_model = RowsModel(
            [self.tr("Name"), self.tr("JP"), self.tr("Certificate"), self.tr("Result")], self
        )
        self.people_view = QTableView(self)
        set_up_listing(
            self.people_view,
            self.people_model,
            samples={0: NAME_SAMPLE, 1: "JP 99", 3: "Belum Kompeten"},
            stretch=2,
        )
        self.printed_model = RowsModel([self.tr("Name"), self.tr("Certificate or reason")], self)
        self.printed_view = QTableView(self)
        set_up_listing(self.printed_view, self.printed_model, samples={0: NAME_SAMPLE}, stretch=1)
        self.expiring_model = RowsModel(
            [self.tr("Valid until"), self.tr("Name"), self.tr("Batch"), self.tr("LSP number")], self
        )
        self.expiring_view = QTableView(self)
        set_up_listing(
            self.expiring_view,
            self.expiring_model,
            samples={0: "Berlaku sampai", 1: NAME_SAMPLE, 3: "LSP-0001/2026"},
            stretch=2,
        )
        supervisor = is_supervisor(ctx.actor)
        # The LSP's result.
        self.kind_hint = plain_label(self, HINT_STYLE)
        self.nik_field = QLineEdit(self)
        self.nik_field.setPlaceholderText(self.tr("NIK"))
        self.nik_field.setMaxLength(16)
        self.result_combo = QComboBox(self)
        for result in Result:
            self.result_combo.addItem(result.label, result.value)
        self.lsp_field = QLineEdit(self)
        self.lsp_field.setPlaceholderText(self.tr("LSP certificate number"))
        self.date_field = QLineEdit(self)
        self.date_field.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.result_button = QPushButton(self.tr("Record &result"), self)
        gate(self.result_button, supervisor)
        # The certificates.
        self.large_print = QCheckBox(self.tr("&Large print (low vision)"), self)
        self.print_button = QPushButton(self.tr("Print &certificates"), self)
        gate(self.print_button, supervisor)
        self.report_pdf_button = QPushButton(self.tr("Batch report (P&DF)"), self)
        self.report_xlsx_button = QPushButton(self.tr("Batch report (&Excel)"), self)
        for button in (self.report_pdf_button, self.report_xlsx_button):
            gate(button, supervisor)
        self.summary = plain_label(self)
        self.message = InlineMessage(self)
        results_box = QGroupBox(self.tr("BNSP competency result"), self)
        results = QVBoxLayout(results_box)
        results.addWidget(self.kind_hint)
        row = QHBoxLayout()
        for widget in (
            self.nik_field,
            self.result_combo,
            self.lsp_field,
            self.date_field,
            self.result_button,
        ):
            row.addWidget(widget)
        results.addLayout(row)
        certificates_box = QGroupBox(self.tr("Participation certificates"), self)
        certificates = QVBoxLayout(certificates_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.large_print)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        certificates.addLayout(buttons)
        certificates.addWidget(self.summary)
        certificates.addWidget(self.printed_view, 1)
        people_box = QGroupBox(self.tr("Participants"), self)
        QVBoxLayout(people_box).addWidget(self.people_view)
        expiring_box = QGroupBox(self.tr("Competency certificates ending in three months"), self)
        QVBoxLayout(expiring_box).addWidget(self.expiring_view)
        left = QVBoxLayout()
        left.addWidget(people_box, 2)
        left.addWidget(expiring_box, 1)
        right = QVBoxLayout()
        right.addWidget(results_box)
        right.addWidget(certificates_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        reports = QHBoxLayout()
        reports.addStretch(1)
        reports.addWidget(self.report_pdf_button)
        reports.addWidget(self.report_xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(reports)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        self.people_view.clicked.connect(
            lambda index: self.nik_field.setText(str(self.people_model.value(index.row())))
        )
        self.result_button.clicked.connect(self.record_result)
        self.print_button.clicked.connect(self.print_certificates)
        self.report_pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        self.report_xlsx_button.clicked.connect(lambda: self.save_report("xlsx"))

    def reload(self) -> None:
        view = self.batch
        services, actor = self._ctx.services, self._ctx.actor
        if view is not None:
            bnsp = view.training.kind is TrainingKind.BNSP
            show_text(
                self.kind_hint,
                self.tr("LSP {lsp}, scheme {scheme}.").format(
                    lsp=view.training.lsp, scheme=view.training.scheme
                )
                if bnsp
                else self.tr("A general (umum) course: it has no BNSP assessment."),
            )

        def work(_h: TaskHandle) -> tuple[BatchReport | None, list[Expiring]]:
            report = None if view is None else services.training_reports.build(actor=actor, batch_id=view.id)
            return report, services.training_outcomes.expiring(actor=actor)

        Operation(self._ctx, self, work).success(self._show).inline(self.message, clear=False).run()

    def _show(self, found: tuple[BatchReport | None, list[Expiring]]) -> None:
        report, expiring = found
        people = () if report is None else report.people
        selected = [p for p in people if p.status == "selected"]
        self.people_model.set_rows(
            [
                (
                    p.full_name,
                    str(p.attended_jp),
                    p.certificate or "-",
                    Result(p.result).label if p.result else "-",
                )
                for p in selected
            ],
            [p.nik for p in selected],
        )
        self.expiring_model.set_rows(
            [(f"{e.valid_until:%d-%m-%Y}", e.full_name, e.batch_name, e.lsp_number) for e in expiring]
        )

    def record_result(self) -> None:
        view = self.batch
        if view is None:
            self.message.show_error(self.tr("Choose a batch first."))
            return
        outcomes, actor = self._ctx.services.training_outcomes, self._ctx.actor
        nik, result, number, day = (
            self.nik_field.text().strip(),
            str(self.result_combo.currentData()),
            self.lsp_field.text(),
            self.date_field.text(),
        )

        def work(_h: TaskHandle) -> tuple[ResultView, ChangeSummary]:
            certified: date = typed_date(day, "Tanggal sertifikat")
            return outcomes.record_result(
                actor=actor,
                batch_id=view.id,
                nik=nik,
                result=result,
                lsp_number=number,
                certified_on=certified,
            )

        def recorded(shown: ResultView) -> None:
            self.message.show_success(
                self.tr("{name}: {result}, valid until {until}.").format(
                    name=shown.full_name, result=shown.result.label, until=f"{shown.valid_until:%d-%m-%Y}"
                )
            )

        Operation(self._ctx, self, work).changes().success(recorded).inline(self.message, clear=False).run()

    def save_report(self, kind: str) -> None:
        """The batch's report (proposed, selected, attended, certified, competent, kits, interns, working;
        per kelurahan and disability kind) as a PDF or a workbook, where the clerk chooses."""
        view = self.batch
        if view is None:
            self.message.show_error(self.tr("Choose a batch first."))
            return
        target = choose_report_file(
            self, Path.home() / f"laporan-pelatihan-angkatan-{view.number}.{kind}", kind
        )
        if target is None:
            return
        reports, actor = self._ctx.services.training_reports, self._ctx.actor

        def saved(_report: BatchReport) -> None:
            self.message.show_success(self.tr("Batch report saved: {path}").format(path=str(target)))
            if kind == "pdf":
                self.preview = pdf_preview_dialog.show_preview(self, target, duplex=False)

        Operation(
            self._ctx, self, lambda _h: reports.save(actor=actor, batch_id=view.id, target=target)
        ).changes().success(saved).inline(self.message, clear=False).run()

    def print_certificates(self) -> None:
        view = self.batch
        if view is None:
            self.message.show_error(self.tr("Choose a batch first."))
            return
        target = dated_target(self._ctx.services.paths.root, "sertifikat-pelatihan")
        outcomes, actor, large = (
            self._ctx.services.training_outcomes,
            self._ctx.actor,
            self.large_print.isChecked(),
        )

        def work(_h: TaskHandle) -> tuple[CertificateRun, ChangeSummary]:
            ensure_folder(target)
            return outcomes.certificates(actor=actor, batch_id=view.id, target=target, large_print=large)

        Operation(self._ctx, self, work).changes().success(self._printed).inline(
            self.message, clear=False
        ).run()

    def _printed(self, run: CertificateRun) -> None:
        self.run = run
        copy = self.tr("{number} (SALINAN)")
        rows = [(i.full_name, copy.format(number=i.number) if i.copy else i.number) for i in run.issued]
        rows += [(r.full_name, self.tr("None: {reason}").format(reason=r.reason)) for r in run.refused]
        self.printed_model.set_rows(rows)
        show_text(
            self.summary,
            self.tr("{issued} certificate(s) ({numbers}), {refused} refused; {path}").format(
                issued=len(run.issued),
                numbers=numbers_text([i.number for i in run.issued]),
                refused=len(run.refused),
                path=str(run.path),
            ),
        )
        if run.issued:
            self.preview = pdf_preview_dialog.show_preview(self, run.path, duplex=False)
