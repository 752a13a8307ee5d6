"""The filters above the member table: status, occupation, RW, covered month, and a search box."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.jamsos.member_listing import MemberFilter

# Short enough to feel instant, long enough not to query on every key of a fast typist.
SEARCH_DELAY_MS = 200


class MemberFilterBar(QWidget):
    """Emits changed() once per burst of edits; member_filter() reads what is chosen."""

    changed = Signal()

    def __init__(self, occupations: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in MemberStatus:
            self.status_combo.addItem(status.label, status.value)
        self.occupation_combo = QComboBox(self)
        self.set_occupations(occupations)
        self.rw_edit = QLineEdit(self)
        self.rw_edit.setPlaceholderText(self.tr("RW"))
        self.rw_edit.setMaxLength(3)
        self.rw_edit.setFixedWidth(self.rw_edit.fontMetrics().horizontalAdvance("0000") + 24)
        self.rw_edit.setToolTip(self.tr("Only members living in this RW (e.g. 3)"))
        self.month_edit = QLineEdit(self)
        self.month_edit.setPlaceholderText(self.tr("Month YYYY-MM"))
        self.month_edit.setFixedWidth(self.month_edit.fontMetrics().horizontalAdvance("Bulan TTTT-BB") + 24)
        self.month_edit.setToolTip(self.tr("Only members covered (paid for) in this month, as in the recap"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, NIK or KPJ number"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 3)
        layout.addWidget(QLabel(self.tr("Status:"), self))
        layout.addWidget(self.status_combo)
        layout.addWidget(QLabel(self.tr("Occupation:"), self))
        layout.addWidget(self.occupation_combo, 1)
        layout.addWidget(self.rw_edit)
        layout.addWidget(self.month_edit)
        self.status_combo.currentIndexChanged.connect(self.changed)
        self.occupation_combo.currentIndexChanged.connect(self.changed)
        for edit in (self.search_edit, self.rw_edit, self.month_edit):
            edit.textChanged.connect(self._timer.start)

    def set_occupations(self, occupations: list[str]) -> None:
        """The program's occupation list (editable by an administrator), keeping the current choice."""
        current = self.occupation_combo.currentData()
        self.occupation_combo.blockSignals(True)
        self.occupation_combo.clear()
        self.occupation_combo.addItem(self.tr("All occupations"), "")
        for occupation in occupations:
            self.occupation_combo.addItem(occupation, occupation)
        found = self.occupation_combo.findData(current) if current else 0
        self.occupation_combo.setCurrentIndex(max(found, 0))
        self.occupation_combo.blockSignals(False)

    def flush(self) -> None:
        """Apply typed text now (Enter) instead of after the pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def member_filter(self) -> MemberFilter:
        """What is chosen; raises UserError for a month that is not a month (the RW is checked later)."""
        month_text = self.month_edit.text().strip()
        status = self.status_combo.currentData()
        return MemberFilter(
            status=MemberStatus(status) if status else None,
            occupation=self.occupation_combo.currentData() or "",
            rw=self.rw_edit.text().strip(),
            month=YearMonth.parse(month_text) if month_text else None,
            search=self.search_edit.text().strip(),
        )
