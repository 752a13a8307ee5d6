"""A new round (supervisor): name, month, categories, the package's items, per family or person, the days."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_date_text
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.domain.sembako.package_items import PackageItem, make_item
from tangsel_desktop.domain.sembako.round_rules import HandoverDay, Unit, handover_day
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import InlineMessage

ITEM_ROWS = 6
DEFAULT_ITEMS = (
    ("Beras", "kg", "10", "14000"),
    ("Minyak goreng", "L", "2", "18000"),
    ("Telur", "kg", "1", "28000"),
)


def parse_days(text: str) -> list[HandoverDay]:
    """One day a line, 'YYYY-MM-DD: place' (or DD-MM-YYYY); empty lines are skipped."""
    days = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        day, separator, place = line.partition(":")
        if not separator:
            raise UserError(
                f"Hari pembagian baris {number} tidak terbaca: tulis tanggal, titik dua, tempat "
                "(misalnya 10-12-2026: Aula Kelurahan)."
            )
        days.append(handover_day(parse_date_text(day.strip()), place))
    return days


class RoundDialog(QDialog):
    """Everything is checked by the service; a refusal shows under the form and nothing is made."""

    created = Signal(object)  # RoundView

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("New sembako round"))
        month = YearMonth.of(today or date.today()).plus(1)
        self.name_field = QLineEdit(self)
        self.name_field.setMaxLength(120)
        self.name_field.setPlaceholderText(self.tr("e.g. Sembako Stunting December 2026"))
        self.month_field = QLineEdit(str(month), self)
        self.month_field.setPlaceholderText(self.tr("YYYY-MM"))
        self.category_checks = {category: QCheckBox(category.label, self) for category in Category}
        self.unit_combo = QComboBox(self)
        for unit in Unit:
            self.unit_combo.addItem(unit.label, unit)
        self.items_table = QTableWidget(ITEM_ROWS, 4, self)
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Unit"), self.tr("Quantity"), self.tr("Unit price (Rp)")]
        )
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_table.verticalHeader().hide()
        self.items_table.setMinimumHeight(210)
        for row, values in enumerate(DEFAULT_ITEMS):
            for column, value in enumerate(values):
                self.items_table.setItem(row, column, QTableWidgetItem(value))
        self.days_field = QPlainTextEdit(self)
        self.days_field.setPlaceholderText(self.tr("One a line: 10-12-2026: Aula Kelurahan"))
        self.days_field.setMaximumHeight(70)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create round"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.make_round)
        self.buttons.rejected.connect(self.reject)
        categories = QHBoxLayout()
        for check in self.category_checks.values():
            categories.addWidget(check)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&Month:"), self.month_field)
        form.addRow(self.tr("Categories:"), categories)
        form.addRow(self.tr("&Per:"), self.unit_combo)
        form.addRow(self.tr("Package items:"), self.items_table)
        form.addRow(self.tr("Handover &days:"), self.days_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def items(self) -> list[tuple[str, str, str, str]]:
        """The filled rows of the items table, as typed."""
        rows = []
        for row in range(self.items_table.rowCount()):
            cells = []
            for column in range(4):
                item = self.items_table.item(row, column)
                cells.append(item.text().strip() if item is not None else "")
            if any(cells):
                rows.append((cells[0], cells[1], cells[2], cells[3]))
        return rows

    def make_round(self) -> None:
        name, month_text, days_text = (
            self.name_field.text(),
            self.month_field.text(),
            self.days_field.toPlainText(),
        )
        categories = [c for c, check in self.category_checks.items() if check.isChecked()]
        unit = Unit(self.unit_combo.currentData())
        typed = self.items()
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[RoundView, ChangeSummary]:
            # Parsed on the worker too: a refusal of any part reaches the form's message line.
            items: list[PackageItem] = [make_item(*cells) for cells in typed]
            return rounds.create(
                actor=actor,
                name=name,
                month=YearMonth.parse(month_text.strip()),
                categories=categories,
                items=items,
                unit=unit,
                days=parse_days(days_text),
            )

        def made(view: RoundView) -> None:
            self.created.emit(view)
            self.accept()

        self.buttons.setEnabled(False)
        Operation(self._ctx, self, work).changes().success(made).failure(self._refused).run()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):
            self.message.show_error(error.message)
