"""A plain read-only table model for the Sinkronisasi area's small tables (offices, results, findings)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from tangsel_desktop.ui.widgets.rows_model import Index, RowsModel
from tangsel_desktop.ui.widgets.style import ERROR_COLOR, WARNING_COLOR

# How a row is marked: a refused package or a late office in red, a held package in amber.
MARK_COLORS = {"error": ERROR_COLOR, "warning": WARNING_COLOR}


class SyncRowsModel(RowsModel):
    """The shared rows model, each row also marked (red, amber or plain) for what it says."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._marks: list[str] = []

    def set_rows(
        self,
        rows: Sequence[tuple[str, ...]],
        values: Sequence[Any] | None = None,
        marks: Sequence[str] | None = None,
    ) -> None:
        # Marks are set before the reset the base class signals, so the view never sees rows without them.
        self._marks = list(marks) if marks is not None else [""] * len(rows)
        super().set_rows(rows, values)

    def mark(self, row: int) -> str:
        return self._marks[row]

    def column(self, column: int) -> list[str]:
        return [self.text(row, column) for row in range(self.rowCount())]

    def data(self, index: Index, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            color = MARK_COLORS.get(self._marks[index.row()])
            return QBrush(QColor(color)) if color else None
        return super().data(index, role)
