"""What the Pelatihan tabs share: a plain table model, the role gate, dates typed by clerks, short texts."""

from collections.abc import Sequence
from datetime import date
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
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import parse_date_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.training.training_views import BatchView

# Sample texts that size the listing columns (set_up_listing measures them, not every row).
NIK_SAMPLE = "3674045708851001"
NAME_SAMPLE = "Siti Aminah Lestari Sartika"
DATE_SAMPLE = "31-12-2026"

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def is_supervisor(actor: Actor) -> bool:
    return actor.role.rank >= Role.SUPERVISOR.rank


def supervisors_only() -> str:
    return translate("TrainingRoles", "Only supervisors and administrators may do this")


def gate(widget: QWidget, allowed: bool, tooltip: str = "") -> None:
    """A control the role may not use stays visible but greyed out, its tooltip saying who may."""
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else supervisors_only())


def batch_title(view: BatchView) -> str:
    """How a batch is named in lists: its name and its dates."""
    return f"{view.name} — {view.starts_on:%d-%m-%Y} s.d. {view.ends_on:%d-%m-%Y}"


def typed_date(text: str, what: str) -> date:
    """A date typed as DD-MM-YYYY (or YYYY-MM-DD); the refusal names the field."""
    try:
        return parse_date_text(text.strip())
    except UserError as error:
        raise UserError(f"{what}: {error.message}") from None


def typed_number(text: str, what: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise UserError(f"{what}: tulis angka, misalnya 8.")
    return int(cleaned)


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
