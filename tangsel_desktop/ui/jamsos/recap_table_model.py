"""The recap's two tables for the window: the lines by kelurahan, RW and occupation, and per kelurahan."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tangsel_desktop.domain.formatting import format_count, format_rupiah
from tangsel_desktop.services.jamsos.membership_views import CorrectionLine, KelurahanTotal, RecapLine

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RecapTableModel(QAbstractTableModel):
    """A few thousand rows at most (kelurahan x RW x occupation), all in hand: the view paints only
    what is on screen. Counts and money are right-aligned with Indonesian thousands dots."""

    def __init__(self, headers: Sequence[str], money_column: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._money = money_column
        self._rows: list[tuple[object, ...]] = []

    def set_rows(self, rows: Sequence[tuple[object, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # The last two columns are the counts and the money.
            return RIGHT if section >= len(self._headers) - 2 else None
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int):
                return format_rupiah(value) if index.column() == self._money else format_count(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return RIGHT
        return None


def lines_model(parent: QObject) -> RecapTableModel:
    headers = (
        translate("RecapTableModel", "Kelurahan"),
        translate("RecapTableModel", "RW"),
        translate("RecapTableModel", "Occupation"),
        translate("RecapTableModel", "Members"),
        translate("RecapTableModel", "Premium"),
    )
    return RecapTableModel(headers, money_column=4, parent=parent)


def kelurahan_model(parent: QObject) -> RecapTableModel:
    headers = (
        translate("RecapTableModel", "Kelurahan"),
        translate("RecapTableModel", "Members"),
        translate("RecapTableModel", "Premium"),
    )
    return RecapTableModel(headers, money_column=2, parent=parent)


def line_rows(lines: Sequence[RecapLine]) -> list[tuple[object, ...]]:
    return [(line.kelurahan, line.rw, line.occupation, line.members, line.amount) for line in lines]


def kelurahan_rows(totals: Sequence[KelurahanTotal]) -> list[tuple[object, ...]]:
    return [(total.name, total.members, total.amount) for total in totals]


def corrections_model(parent: QObject) -> RecapTableModel:
    headers = (
        translate("RecapTableModel", "Name (NIK)"),
        translate("RecapTableModel", "Months corrected"),
        translate("RecapTableModel", "Reason"),
        translate("RecapTableModel", "Months"),
        translate("RecapTableModel", "Premium"),
    )
    return RecapTableModel(headers, money_column=4, parent=parent)


def correction_rows(lines: Sequence[CorrectionLine]) -> list[tuple[object, ...]]:
    """Months and money carry the correction's sign: + added to signed months, - taken out of them."""
    return [
        (
            f"{line.full_name} ({line.nik})",
            (
                translate("RecapTableModel", "added: {months}")
                if line.change > 0
                else translate("RecapTableModel", "taken out: {months}")
            ).format(months=line.months),
            line.reason,
            line.change * line.month_count,
            line.amount,
        )
        for line in lines
    ]
