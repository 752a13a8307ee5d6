"""What the Sembako tabs share: a plain table model, the role gate, and short texts of a round's parts."""

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
from PySide6.QtWidgets import QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.sembako_views import RoundView

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def is_supervisor(actor: Actor) -> bool:
    return actor.role.rank >= Role.SUPERVISOR.rank


def supervisors_only() -> str:
    return translate("SembakoRoles", "Only supervisors and administrators may do this")


def gate(widget: QWidget, allowed: bool, tooltip: str = "") -> None:
    """A control the role may not use stays visible but greyed out, its tooltip saying who may."""
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else supervisors_only())


def round_title(view: RoundView) -> str:
    """How a round is named in lists: its name, its month and its status."""
    return f"{view.name} — {view.month} ({view.status.label})"


def items_text(view: RoundView) -> str:
    """The package in one line: Beras 10 kg, Minyak goreng 2 L."""
    return ", ".join(f"{item.name} {item.quantity_text} {item.unit}" for item in view.items) or "-"


def categories_text(view: RoundView) -> str:
    return ", ".join(category.label for category in view.categories)


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
