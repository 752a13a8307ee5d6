"""A plain read-only table model for the Sinkronisasi area's small tables (offices, results, findings)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tangsel_desktop.ui.widgets.style import ERROR_COLOR, WARNING_COLOR

Index = QModelIndex | QPersistentModelIndex

# How a row is marked: a refused package or a late office in red, a held package in amber.
MARK_COLORS = {"error": ERROR_COLOR, "warning": WARNING_COLOR}


class SyncRowsModel(QAbstractTableModel):
    """At most a few hundred rows of text (54 offices, a morning's packages), each with what it stands for."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._values: list[Any] = []
        self._marks: list[str] = []

    def set_rows(
        self,
        rows: Sequence[tuple[str, ...]],
        values: Sequence[Any] | None = None,
        marks: Sequence[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._values = list(values) if values is not None else [None] * len(self._rows)
        self._marks = list(marks) if marks is not None else [""] * len(self._rows)
        self.endResetModel()

    def value(self, row: int) -> Any:
        return self._values[row] if 0 <= row < len(self._values) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def mark(self, row: int) -> str:
        return self._marks[row]

    def column(self, column: int) -> list[str]:
        return [row[column] for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            color = MARK_COLORS.get(self._marks[index.row()])
            return QBrush(QColor(color)) if color else None
        return None
