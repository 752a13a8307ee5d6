"""A small horizontal bar chart drawn with QPainter (Qt Charts is deprecated): one bar per named count."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.ui.widgets.style import BAR_COLOR

ROW_HEIGHT = 26
LABEL_WIDTH = 190
COUNT_WIDTH = 80


class BarList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: tuple[tuple[str, int], ...]) -> None:
        self._rows = rows
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[tuple[str, int], ...]:
        return self._rows

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._rows)) * ROW_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        largest = max((count for _name, count in self._rows), default=0) or 1
        bar_space = max(10, self.width() - LABEL_WIDTH - COUNT_WIDTH - 16)
        text_color = self.palette().text().color()
        for row, (name, count) in enumerate(self._rows):
            top = row * ROW_HEIGHT + 2
            label_rect = QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT - 4)
            painter.setPen(text_color)
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(label_rect.width())),
            )
            width = max(2.0, bar_space * count / largest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAR_COLOR))
            painter.drawRoundedRect(QRectF(LABEL_WIDTH, top + 4, width, ROW_HEIGHT - 12), 3, 3)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(LABEL_WIDTH + width + 8, top, COUNT_WIDTH, ROW_HEIGHT - 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                format_count(count),
            )
        painter.end()
