"""A round's stock: packages received with Dinas Sosial's BAST, returned or damaged with a reason, the balance
always in view, and the outgoing BAST and the stock report as PDFs (supervisors)."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.person_rules import parse_date_text
from tangsel_desktop.domain.sembako.round_rules import MAX_STOCK_COUNT, StockMove
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.sembako.sembako_views import RoundStatusView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.sembako.sembako_common import gate, is_supervisor
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BIG_BOLD_STYLE, HINT_STYLE

Answer = tuple[RoundStatusView, list[Any]]  # the status and the round's stock moves
DINSOS = "Dinas Sosial Kota Tangerang Selatan"


def _read(services: Services, actor: Actor, round_id: str) -> Answer:
    return (
        services.sembako_stock.status(actor=actor, round_id=round_id),
        services.sembako_stock.moves(actor=actor, round_id=round_id),
    )


def _day(text: str) -> date | None:
    return parse_date_text(text.strip()) if text.strip() else None


class StockTab(SembakoTab):
    """Operators see the balance; supervisors receive, write off and print."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        supervisor = is_supervisor(ctx.actor)
        self.status: RoundStatusView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.figures = {
            key: self._figure()
            for key in ("stock_received", "handed_over", "stock_returned", "stock_damaged", "stock_on_hand")
        }
        self.bast_field = QLineEdit(self)
        self.bast_field.setPlaceholderText(self.tr("e.g. BAST/DINSOS/2026/12/001"))
        self.receive_date = QLineEdit(self)
        self.receive_date.setPlaceholderText(self.tr("DD-MM-YYYY, empty: today"))
        self.receive_count = QSpinBox(self)
        self.receive_count.setRange(1, MAX_STOCK_COUNT)
        self.party_field = QLineEdit(DINSOS, self)
        self.receive_button = QPushButton(self.tr("&Receive packages"), self, autoDefault=False)
        self.out_kind = QComboBox(self)
        self.out_kind.addItem(StockMove.RETURNED.label, StockMove.RETURNED.value)
        self.out_kind.addItem(StockMove.DAMAGED.label, StockMove.DAMAGED.value)
        self.out_count = QSpinBox(self)
        self.out_count.setRange(1, MAX_STOCK_COUNT)
        self.out_date = QLineEdit(self)
        self.out_date.setPlaceholderText(self.tr("DD-MM-YYYY, empty: today"))
        self.out_reason = QLineEdit(self)
        self.out_reason.setPlaceholderText(self.tr("e.g. sacks torn by rain; returned to Dinas Sosial"))
        self.out_button = QPushButton(self.tr("Record &write-off"), self, autoDefault=False)
        self.bast_button = QPushButton(self.tr("Outgoing &BAST (PDF)"), self, autoDefault=False)
        self.report_button = QPushButton(self.tr("Stock re&port (PDF)"), self, autoDefault=False)
        for button, tip in (
            (self.receive_button, self.tr("Record packages received from Dinas Sosial")),
            (self.out_button, self.tr("Record packages returned or damaged")),
            (
                self.bast_button,
                self.tr("The handover record by which the kelurahan accounts to Dinas Sosial"),
            ),
            (self.report_button, self.tr("Every stock move with the balance after it")),
        ):
            gate(button, supervisor, tip)
        self.moves_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Move"),
                self.tr("Packages"),
                self.tr("BAST / reason"),
                self.tr("From"),
            ],
            self,
        )
        self.moves_view = QTableView(self)
        set_up_listing(self.moves_view, self.moves_model, widths={0: 100, 1: 110, 2: 80, 3: 360})
        self.message = InlineMessage(self)
        self._lay_out()
        self.receive_button.clicked.connect(self.receive)
        self.out_button.clicked.connect(self.write_off)
        self.bast_button.clicked.connect(lambda: self.print_paper("bast"))
        self.report_button.clicked.connect(lambda: self.print_paper("stock"))

    def _figure(self) -> QLabel:
        label = QLabel("–", self)
        label.setStyleSheet(BIG_BOLD_STYLE)
        return label

    def _lay_out(self) -> None:
        balance = QGroupBox(self.tr("Balance"), self)
        grid = QGridLayout(balance)
        captions = (
            self.tr("Received"),
            self.tr("Handed over"),
            self.tr("Returned"),
            self.tr("Damaged"),
            self.tr("On hand"),
        )
        for column, (caption, label) in enumerate(zip(captions, self.figures.values(), strict=True)):
            text = QLabel(caption, balance)
            text.setStyleSheet(HINT_STYLE)
            grid.addWidget(text, 0, column)
            grid.addWidget(label, 1, column)
        receive = QGroupBox(self.tr("Packages received"), self)
        form = QFormLayout(receive)
        form.addRow(self.tr("BAST &number:"), self.bast_field)
        form.addRow(self.tr("D&ate:"), self.receive_date)
        form.addRow(self.tr("&Count:"), self.receive_count)
        form.addRow(self.tr("&From:"), self.party_field)
        form.addRow("", self.receive_button)
        out = QGroupBox(self.tr("Returned or damaged"), self)
        out_form = QFormLayout(out)
        out_form.addRow(self.tr("&Kind:"), self.out_kind)
        out_form.addRow(self.tr("Coun&t:"), self.out_count)
        out_form.addRow(self.tr("Dat&e:"), self.out_date)
        out_form.addRow(self.tr("Rea&son:"), self.out_reason)
        out_form.addRow("", self.out_button)
        forms = QHBoxLayout()
        forms.addWidget(receive, 1)
        forms.addWidget(out, 1)
        papers = QHBoxLayout()
        papers.addStretch(1)
        papers.addWidget(self.bast_button)
        papers.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(balance)
        layout.addLayout(forms)
        layout.addWidget(self.message)
        layout.addWidget(self.moves_view, 1)
        layout.addLayout(papers)

    def reload(self) -> None:
        view = self.round
        if view is None:
            self._show(None)
            return
        services, actor = self._ctx.services, self._ctx.actor
        Operation(self._ctx, self, lambda _h: _read(services, actor, view.id)).success(self._show).inline(
            self.message, clear=False
        ).run()

    def _show(self, answer: Answer | None) -> None:
        if answer is None:
            self.status = None
            for label in self.figures.values():
                label.setText("–")
            self.moves_model.set_rows([])
            return
        status, moves = answer
        self.status = status
        for key, label in self.figures.items():
            label.setText(format_count(int(getattr(status, key))))
        self.moves_model.set_rows(
            [
                (
                    f"{m.happened_on:%d-%m-%Y}",
                    StockMove(m.kind).label,
                    format_count(m.count),
                    m.bast_number or m.reason,
                    m.party,
                )
                for m in moves
            ],
            moves,
        )

    def _move(self, work: Callable[[TaskHandle], tuple[RoundStatusView, ChangeSummary]], done: str) -> None:
        def moved(_status: RoundStatusView) -> None:
            self.message.show_success(done)

        Operation(self._ctx, self, work).changes().success(moved).inline(self.message, clear=False).run()

    def receive(self) -> None:
        view = self.round
        if view is None:
            return
        bast, count, party, day = (
            self.bast_field.text(),
            self.receive_count.value(),
            self.party_field.text(),
            self.receive_date.text(),
        )
        stock, actor = self._ctx.services.sembako_stock, self._ctx.actor
        self._move(
            lambda _h: stock.receive(
                actor=actor, round_id=view.id, count=count, bast=bast, party=party, on=_day(day)
            ),
            self.tr("{count} packages received.").format(count=format_count(count)),
        )

    def write_off(self) -> None:
        view = self.round
        if view is None:
            return
        kind = StockMove(str(self.out_kind.currentData()))
        count, reason, day = self.out_count.value(), self.out_reason.text(), self.out_date.text()
        stock, actor = self._ctx.services.sembako_stock, self._ctx.actor
        self._move(
            lambda _h: stock.write_off(
                actor=actor, round_id=view.id, kind=kind, count=count, reason=reason, on=_day(day)
            ),
            self.tr("{count} packages recorded as {kind}.").format(
                count=format_count(count), kind=kind.label
            ),
        )

    def print_paper(self, which: str) -> None:
        """The outgoing BAST or the stock report into the print folder, then the preview."""
        view = self.round
        if view is None:
            return
        prefix = "bast-sembako" if which == "bast" else "stok-sembako"
        target = dated_target(self._ctx.services.paths.root, prefix)
        documents, actor = self._ctx.services.sembako_documents, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[PrintResult, ChangeSummary]:
            ensure_folder(target)
            if which == "bast":
                return documents.handover_report(actor=actor, round_id=view.id, target=target)
            return documents.stock_report(actor=actor, round_id=view.id, target=target)

        def saved(result: PrintResult) -> None:
            self.message.show_success(self.tr("Saved: {path}").format(path=str(result.path)))
            self.preview = pdf_preview_dialog.show_preview(self, result.path, duplex=False)

        Operation(self._ctx, self, work).changes().success(saved).inline(self.message, clear=False).run()
