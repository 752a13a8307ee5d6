"""A month picker: the month by its Indonesian name and the year, as a YearMonth."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from tangsel_desktop.domain.formatting import MONTHS
from tangsel_desktop.domain.months import YearMonth

# The program started in January 2023; a budget year a decade ahead is as far as anyone plans.
FIRST_YEAR = 2023
YEARS_AHEAD = 10


class MonthPicker(QWidget):
    """Month name and year side by side; month_changed carries the YearMonth after every change."""

    month_changed = Signal(object)  # YearMonth

    def __init__(self, month: YearMonth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_combo = QComboBox(self)
        # Month names are data (the same list the documents print), not window text to translate.
        self.month_combo.addItems(list(MONTHS))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(min(FIRST_YEAR, month.year), max(month.year, FIRST_YEAR) + YEARS_AHEAD)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.month_combo.setAccessibleName(self.tr("Month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month_combo)
        layout.addWidget(self.year_spin)
        self.set_month(month)
        self.month_combo.currentIndexChanged.connect(lambda _index: self._changed())
        self.year_spin.valueChanged.connect(lambda _year: self._changed())

    def month(self) -> YearMonth:
        return YearMonth(self.year_spin.value(), self.month_combo.currentIndex() + 1)

    def set_month(self, month: YearMonth) -> None:
        blocked = self.month_combo.blockSignals(True), self.year_spin.blockSignals(True)
        try:
            self.year_spin.setValue(month.year)
            self.month_combo.setCurrentIndex(month.month - 1)
        finally:
            self.month_combo.blockSignals(blocked[0])
            self.year_spin.blockSignals(blocked[1])
        self._changed()

    def _changed(self) -> None:
        self.month_changed.emit(self.month())
