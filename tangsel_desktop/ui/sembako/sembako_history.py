"""On the person page: what the family received from sembako rounds (round, date, by whom, receipt)."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.sembako.person_history import RoundOfPerson
from tangsel_desktop.services.sembako.sembako_views import HandoverView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE


class SembakoHistorySection(PersonSection):
    """One row per round that lists the family: collected when, by whom (a proxy named), the receipt."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sembako"))
        self._ctx = ctx
        self.rounds: list[RoundOfPerson] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Round"), self.tr("Received"), self.tr("Collected by"), self.tr("Receipt")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = plain_label(self, HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)

    def show_person(self, person_id: str) -> None:
        history, actor = self._ctx.services.sembako_history, self._ctx.actor
        Operation(self._ctx, self, lambda _h: history.of_person(actor=actor, person_id=person_id)).success(
            self._show
        ).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
        self.has_content.emit(False)

    def _collector(self, handed: HandoverView) -> str:
        if handed.by_proxy:
            who = self.tr("{proxy} ({relation}) for the family").format(
                proxy=handed.proxy_name, relation=handed.proxy_relation
            )
        else:
            who = handed.full_name
        return self.tr("{who}; clerk {clerk}").format(who=who, clerk=handed.clerk_name)

    def _show(self, rounds: list[RoundOfPerson]) -> None:
        self.rounds = list(rounds)
        self.table.setRowCount(len(self.rounds))
        for row, entry in enumerate(self.rounds):
            handed = entry.collected
            voided = [h for h in entry.handovers if h.voided_at is not None]
            if handed is not None:
                cells = (format_datetime(handed.handed_at), self._collector(handed), handed.receipt_number)
            else:
                cells = (self.tr("not yet ({status})").format(status=entry.status.label), "", "")
            receipt = cells[2]
            if voided:
                receipt = "; ".join(
                    [receipt, *(self.tr("{number} void").format(number=h.receipt_number) for h in voided)]
                ).strip("; ")
            values = (f"{entry.round_name} ({entry.month})", cells[0], cells[1], receipt)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().length()
            + self.table.frameWidth() * 2
        )
        show_text(self.message, "" if self.rounds else self.tr("On no sembako list."))
        self.has_content.emit(bool(self.rounds))

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()
