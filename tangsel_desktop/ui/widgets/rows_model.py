"""A table model of a few thousand text rows held in hand, each row standing for a value (a view)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A few thousand rows of text at most, all in hand, each with the value it stands for."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._values: list[Any] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]], values: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._values = list(values) if values is not None else [None] * len(self._rows)
        self.endResetModel()

    def value(self, row: int) -> Any:
        return self._values[row] if 0 <= row < len(self._values) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

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
        return None
