"""The city dashboard at the centre: figures per kecamatan and kelurahan, the month's BPJS bill, a chart,
the sembako rounds' progress and stock, and the trainings."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_rupiah
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.sync.city_picture import AreaFigures, CityView
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.sync.city_chart import CityChartView
from tangsel_desktop.ui.sync.sync_common import results_table
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.lazy_tab import LazyTab
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, ERROR_STYLE

MONTHS_OFFERED = 12


def _months(today: date) -> list[YearMonth]:
    """This month and the eleven before it, newest first."""
    found, year, month = [], today.year, today.month
    for _ in range(MONTHS_OFFERED):
        found.append(YearMonth(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


def _area_cells(area: AreaFigures) -> list[str]:
    return [
        area.name,
        format_count(area.people),
        format_count(area.households),
        format_count(area.members),
        format_count(area.covered),
        format_rupiah(area.premium),
    ]


def _align_numbers(item: QTreeWidgetItem) -> None:
    for column in range(1, 6):
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CityTab(LazyTab):
    """Read when shown (and after a change); the month chooses whose BPJS bill is summed."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view: CityView | None = None
        self.month_combo = QComboBox(self)
        for month in _months(today()):
            self.month_combo.addItem(f"{month.year}-{month.month:02d}", month)
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_combo)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.total_label = plain_label(self, BOLD_STYLE)
        self.areas = QTreeWidget(self)
        self.areas.setHeaderLabels(
            [
                self.tr("Area"),
                self.tr("People"),
                self.tr("KK"),
                self.tr("Members"),
                self.tr("Paid this month"),
                self.tr("Premium"),
            ]
        )
        self.areas.setAlternatingRowColors(True)
        # The figures stay beside their names; the room left stays empty at the right.
        self.areas.header().setStretchLastSection(False)
        self.chart = CityChartView(self)
        self.rounds_model = SyncRowsModel(
            [
                self.tr("Office"),
                self.tr("Round"),
                self.tr("Month"),
                self.tr("Status"),
                self.tr("Listed"),
                self.tr("Handed"),
                self.tr("Received"),
                self.tr("Returned"),
                self.tr("In stock"),
            ],
            self,
        )
        self.rounds_table = results_table(self, self.rounds_model, stretch=1)
        self.batches_model = SyncRowsModel(
            [
                self.tr("Office"),
                self.tr("Training"),
                self.tr("Batch"),
                self.tr("Dates"),
                self.tr("Quota"),
                self.tr("Selected"),
                self.tr("Waiting"),
            ],
            self,
        )
        self.batches_table = results_table(self, self.batches_model, stretch=1)
        self.details = QTabWidget(self)
        self.details.addTab(self.areas, self.tr("Per kecamatan and kelurahan"))
        self.details.addTab(self.rounds_table, self.tr("Sembako rounds and stock"))
        self.details.addTab(self.batches_table, self.tr("Trainings"))
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month_combo)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.details)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.total_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.month_combo.activated.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(self.reload)

    def reload(self) -> None:
        city, actor, month = self._ctx.services.city, self._ctx.actor, self.month_combo.currentData()

        def work(_handle: TaskHandle, _report: Progress) -> CityView:
            return city.picture(actor=actor, month=month)

        show_text(self.message_label, "")
        self.progress.run(self._ctx, work, finished=self._arrived, failed=self._failed, cancellable=False)

    def _arrived(self, view: CityView) -> None:
        self.view = view
        total = view.total
        show_text(
            self.total_label,
            self.tr(
                "{city}, {month}: {people} people, {households} KK, {members} Jamsosnaker members; "
                "the month's bill to BPJS {premium} for {covered} members."
            ).format(
                city=total.name,
                month=view.month,
                people=format_count(total.people),
                households=format_count(total.households),
                members=format_count(total.members),
                premium=format_rupiah(total.premium),
                covered=format_count(total.covered),
            ),
        )
        self.areas.clear()
        for kecamatan in view.kecamatan:
            top = QTreeWidgetItem(self.areas, _area_cells(kecamatan.total))
            font = top.font(0)
            font.setBold(True)
            for column in range(6):
                top.setFont(column, font)
            _align_numbers(top)
            for kelurahan in kecamatan.kelurahan:
                _align_numbers(QTreeWidgetItem(top, _area_cells(kelurahan)))
        self.areas.expandAll()
        for column in range(6):
            self.areas.resizeColumnToContents(column)
        self.rounds_model.set_rows(
            [
                (
                    r.office,
                    r.name,
                    r.month,
                    r.status,
                    *(format_count(n) for n in (r.listed, r.handed, r.received, r.returned, r.in_stock)),
                )
                for r in view.rounds
            ]
        )
        self.batches_model.set_rows(
            [
                (
                    b.office,
                    b.training,
                    b.batch,
                    f"{b.starts_on} s.d. {b.ends_on}",
                    *(format_count(n) for n in (b.quota, b.selected, b.waiting)),
                )
                for b in view.batches
            ]
        )
        self.chart.show_city(view)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(
                self.message_label, self.tr("The figures could not be read; see the log file."), ERROR_STYLE
            )
