"""A round's papers and figures: receipts (all or one RW), the per-RW signing sheet, and the round report as
PDF or Excel; the tallies per RW and per category shown before anything is printed."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.sembako.round_report import RoundReport
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.sembako.sembako_common import gate, is_supervisor
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder, numbers_text
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BOLD_STYLE

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def choose_report_file(parent: QWidget, suggested: Path, kind: str) -> Path | None:
    """The one place that asks where to save the round report (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsTab", "Save the round report as"),
        str(suggested),
        FILTERS[kind],
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


class ReportsTab(SembakoTab):
    """Anyone sees the tallies; supervisors print the receipts, the sheets and the report."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        supervisor = is_supervisor(ctx.actor)
        self.report: RoundReport | None = None
        self.preview: PdfPreviewDialog | None = None
        self.rw_field = QLineEdit(self)
        self.rw_field.setMaxLength(3)
        self.rw_field.setPlaceholderText(self.tr("empty: all RWs"))
        self.rw_field.setMinimumWidth(
            self.rw_field.fontMetrics().horizontalAdvance(self.rw_field.placeholderText()) + 24
        )
        self.receipts_button = QPushButton(self.tr("&Receipts (PDF)"), self, autoDefault=False)
        self.sheet_button = QPushButton(self.tr("&Signing sheet of the RW (PDF)"), self, autoDefault=False)
        self.pdf_button = QPushButton(self.tr("Round report &PDF…"), self, autoDefault=False)
        self.xlsx_button = QPushButton(self.tr("Round report &Excel…"), self, autoDefault=False)
        for button, tip in (
            (
                self.receipts_button,
                self.tr("Every receipt of the round (or of the RW): first prints, SALINAN, BATAL"),
            ),
            (self.sheet_button, self.tr("A numbered list of the RW's families with a signature box each")),
            (
                self.pdf_button,
                self.tr("Planned, handed over, by proxy, not collected; who to visit; a sample"),
            ),
            (self.xlsx_button, self.tr("The same report as an Excel workbook")),
        ):
            gate(button, supervisor, tip)
        self.summary = plain_label(self, BOLD_STYLE)
        self.summary.show()
        headers = [self.tr("Group"), self.tr("Planned"), self.tr("Handed over"), self.tr("By proxy"),
                   self.tr("Not collected")]  # fmt: skip
        self.rw_model = RowsModel(headers, self)
        self.rw_view = QTableView(self)
        set_up_listing(self.rw_view, self.rw_model, widths={0: 160, 1: 90, 2: 110, 3: 90})
        self.visit_model = RowsModel(
            [self.tr("Name"), self.tr("NIK"), self.tr("RT/RW"), self.tr("Address")], self
        )
        self.visit_view = QTableView(self)
        set_up_listing(self.visit_view, self.visit_model, widths={0: 190, 1: 140, 2: 70})
        self.message = InlineMessage(self)
        self._lay_out()
        self.receipts_button.clicked.connect(lambda: self.print_paper("receipts"))
        self.sheet_button.clicked.connect(lambda: self.print_paper("sheet"))
        self.pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_report("xlsx"))

    def _lay_out(self) -> None:
        papers = QGroupBox(self.tr("Papers"), self)
        row = QHBoxLayout(papers)
        rw_label = QLabel(self.tr("R&W:"), papers)
        rw_label.setBuddy(self.rw_field)
        row.addWidget(rw_label)
        row.addWidget(self.rw_field)
        row.addWidget(self.receipts_button)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        tables = QHBoxLayout()
        for title, view in (
            (self.tr("Per RW and category"), self.rw_view),
            (self.tr("Not collected yet (to visit)"), self.visit_view),
        ):
            box = QVBoxLayout()
            heading = QLabel(title, self)
            heading.setStyleSheet(BOLD_STYLE)
            box.addWidget(heading)
            box.addWidget(view, 1)
            tables.addLayout(box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(papers)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)

    def reload(self) -> None:
        view = self.round
        if view is None:
            self._show(None)
            return
        reports, actor = self._ctx.services.sembako_reports, self._ctx.actor
        Operation(self._ctx, self, lambda _h: reports.build(actor=actor, round_id=view.id)).success(
            self._show
        ).inline(self.message, clear=False).run()

    def _show(self, report: RoundReport | None) -> None:
        self.report = report
        if report is None:
            self.summary.setText("")
            self.rw_model.set_rows([])
            self.visit_model.set_rows([])
            return
        total = report.total
        self.summary.setText(
            self.tr(
                "Planned {planned} · handed over {handed} · by proxy {proxy} · not collected {left}"
            ).format(
                planned=format_count(total.planned),
                handed=format_count(total.handed_over),
                proxy=format_count(total.by_proxy),
                left=format_count(total.not_collected),
            )
        )
        self.summary.setToolTip(
            self.tr(
                "Families to visit after the distribution (random sample, in the report): {names}"
            ).format(names=", ".join(line.full_name for line in report.sample) or "-")
        )
        tallies = [*report.by_rw, *report.by_category]
        self.rw_model.set_rows(
            [
                (
                    t.group,
                    format_count(t.planned),
                    format_count(t.handed_over),
                    format_count(t.by_proxy),
                    format_count(t.not_collected),
                )
                for t in tallies
            ],
            tallies,
        )
        self.visit_model.set_rows(
            [(v.full_name, v.nik, f"{v.rt}/{v.rw}", v.address) for v in report.to_visit],
            list(report.to_visit),
        )

    def print_paper(self, which: str) -> None:
        """The receipts (all, or the RW's) or the RW's signing sheet into the print folder; the preview."""
        view = self.round
        if view is None:
            return
        rw = self.rw_field.text().strip()
        target = dated_target(
            self._ctx.services.paths.root, "tanda-terima" if which == "receipts" else "daftar-ttd"
        )
        documents, actor = self._ctx.services.sembako_documents, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[PrintResult, ChangeSummary]:
            ensure_folder(target)
            if which == "receipts":
                return documents.receipts(actor=actor, round_id=view.id, target=target, rw=rw or None)
            return documents.signing_sheet(actor=actor, round_id=view.id, rw=rw, target=target)

        def printed(result: PrintResult) -> None:
            self.message.show_success(
                self.tr("{count} document(s), numbers {numbers}: {path}").format(
                    count=format_count(result.documents),
                    numbers=numbers_text(result.numbers),
                    path=str(result.path),
                )
            )
            self.preview = pdf_preview_dialog.show_preview(self, result.path, duplex=False)

        Operation(self._ctx, self, work).changes().success(printed).inline(self.message, clear=False).run()

    def save_report(self, kind: str) -> None:
        view = self.round
        if view is None:
            return
        target = choose_report_file(self, Path.home() / f"laporan-sembako-{view.month}.{kind}", kind)
        if target is None:
            return
        reports, actor = self._ctx.services.sembako_reports, self._ctx.actor

        def saved(_report: RoundReport) -> None:
            self.message.show_success(self.tr("Round report saved: {path}").format(path=str(target)))
            if kind == "pdf":
                self.preview = pdf_preview_dialog.show_preview(self, target, duplex=False)

        Operation(
            self._ctx, self, lambda _h: reports.save(actor=actor, round_id=view.id, target=target)
        ).changes().success(saved).inline(self.message, clear=False).run()
