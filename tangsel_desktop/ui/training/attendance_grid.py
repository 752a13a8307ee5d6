"""The attendance grid's model and view: participants by sessions, H/A/I typed on a cell, arrows to move.

The model holds the one read of the service (AttendanceGrid) and changes a cell in place when a mark is
typed, so a 40 x 10 grid opens at once and a mark shows before the store has it."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from tangsel_desktop.domain.enums import Disability
from tangsel_desktop.domain.training.participation import Mark, companion_text
from tangsel_desktop.services.training.training_views import AttendanceGrid, GridRow, MarkView
from tangsel_desktop.ui.widgets.style import ERROR_TINT, SUCCESS_TINT

Index = QModelIndex | QPersistentModelIndex
LETTERS = {Mark.PRESENT: "H", Mark.ABSENT: "A", Mark.EXCUSED: "I"}
KEYS = {Qt.Key.Key_H: Mark.PRESENT, Qt.Key.Key_A: Mark.ABSENT, Qt.Key.Key_I: Mark.EXCUSED}
FIRST_SESSION = 1  # column 0 is the name


class AttendanceModel(QAbstractTableModel):
    """Name, one column per session, JP attended, percent of the batch's JP."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self._marks: list[list[Mark | None]] = []
        self._jp: list[tuple[int, int, bool]] = []  # attended JP, percent, meets the minimum
        self._companions: list[list[str]] = []  # per session, who accompanied ("" for nobody)

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        rows: tuple[GridRow, ...] = () if grid is None else grid.rows
        self._marks = [list(row.marks) for row in rows]
        self._jp = [(row.attended_jp, row.percent, row.meets_minimum) for row in rows]
        self._companions = [list(row.companions) or [""] * len(row.marks) for row in rows]
        self.endResetModel()

    @property
    def sessions(self) -> int:
        return 0 if self.grid is None else len(self.grid.batch.sessions)

    def row_of(self, row: int) -> GridRow:
        assert self.grid is not None
        return self.grid.rows[row]

    def mark(self, row: int, session: int) -> Mark | None:
        return self._marks[row][session]

    def set_mark(self, row: int, session: int, mark: Mark | None) -> None:
        self._marks[row][session] = mark
        cell = self.index(row, FIRST_SESSION + session)
        self.dataChanged.emit(cell, cell)

    def saved(self, row: int, view: MarkView) -> None:
        """The store's answer: the row's JP, whether it meets the minimum now, and who accompanied."""
        self._jp[row] = (view.attended_jp, _percent(view.attended_jp, view.total_jp), view.meets_minimum)
        if self.grid is not None:
            days = [session.day for session in self.grid.batch.sessions]
            if view.day in days:
                session = days.index(view.day)
                self._companions[row][session] = companion_text(view.companion_name, view.companion_relation)
                cell = self.index(row, FIRST_SESSION + session)
                self.dataChanged.emit(cell, cell)
        first, last = (
            self.index(row, FIRST_SESSION + self.sessions),
            self.index(row, FIRST_SESSION + self.sessions + 1),
        )
        self.dataChanged.emit(first, last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else self.sessions + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return self.tr("Participant")
        if section <= self.sessions:
            session = self.grid.batch.sessions[section - 1]
            return f"{session.day:%d-%m}\n{session.jp} JP"
        return self.tr("JP") if section == self.sessions + 1 else self.tr("%")

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                # The disability in sight: a blind participant's mark is often given by a companion.
                person = self.grid.rows[row].participant
                shown = person.disability not in ("", Disability.NONE.value)
                return f"{person.full_name} ({person.disability})" if shown else person.full_name
            if column <= self.sessions:
                mark = self._marks[row][column - 1]
                # A mark given through a companion shows a dagger; who it was is in the tooltip.
                led = self._companion(row, column - 1)
                return "" if mark is None else LETTERS[mark] + ("†" if led else "")
            attended, percent, _meets = self._jp[row]
            return str(attended) if column == self.sessions + 1 else f"{percent}%"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and column > self.sessions:
            return QBrush(QColor(SUCCESS_TINT if self._jp[row][2] else ERROR_TINT))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            person = self.grid.rows[row].participant
            return f"{person.full_name} ({person.nik})"
        if role == Qt.ItemDataRole.ToolTipRole and 0 < column <= self.sessions:
            led = self._companion(row, column - 1)
            return self.tr("Accompanied by %1").replace("%1", led) if led else None
        return None

    def _companion(self, row: int, session: int) -> str:
        return self._companions[row][session]


def _percent(attended: int, total: int) -> int:
    return 0 if total <= 0 else attended * 100 // total


class AttendanceView(QTableView):
    """Keyboard first: H (hadir), A (absen), I (izin) mark the current cell and step down a row."""

    marked = Signal(int, int, object)  # row, session index, Mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = KEYS.get(Qt.Key(event.key()))
        model = self.model()
        index = self.currentIndex()
        if (
            mark is None
            or not isinstance(model, AttendanceModel)
            or not index.isValid()
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            super().keyPressEvent(event)
            return
        session = index.column() - FIRST_SESSION
        if not 0 <= session < model.sessions:
            return
        self.marked.emit(index.row(), session, mark)
        below = model.index(min(index.row() + 1, model.rowCount() - 1), index.column())
        self.setCurrentIndex(below)
