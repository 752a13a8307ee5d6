"""The one piece of work every tab of an area shows (a sembako round, a training batch), chosen at the top.

The area's own subclass says what the work is: how to load it, its title, which one is running now (chosen
first), and its texts (translated in the area's context); this class keeps the choice across refreshes.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE


class WorkChooser(QWidget):
    """A combo of the office's pieces of work; `changed` carries the chosen view (or None)."""

    changed = Signal(object)  # the chosen view, or None
    loaded = Signal(object)  # every view, in the combo's order

    def __init__(
        self,
        ctx: UiContext,
        *,
        load: Callable[[], Sequence[Any]],
        title: Callable[[Any], str],
        running: Callable[[Any], bool],
        message_style: str,
        width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._load = load
        self._title = title
        self._running = running
        self.items: list[Any] = []
        self.loading = False
        self.empty_text = ""  # the subclass's words for "none yet: who makes one"
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(width)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setAutoDefault(False)
        self.message = plain_label(self, message_style)
        self.label = QLabel(self)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.message, 1)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit(self.current()))
        self.refresh_button.clicked.connect(lambda: self.refresh())

    def current(self) -> Any:
        index = self.combo.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def choose(self, item_id: str) -> None:
        for index, view in enumerate(self.items):
            if view.id == item_id:
                self.combo.setCurrentIndex(index)
                return

    def refresh(self, keep: str = "") -> None:
        current = self.current()
        wanted = keep or (current.id if current else "")
        self.loading = True
        load = self._load
        Operation(self._ctx, self, lambda _h: load()).success(
            lambda found: self._arrived(found, wanted)
        ).failure(self._failed).run()

    def _arrived(self, found: Sequence[Any], wanted: str) -> None:
        self.loading = False
        before = self.current()
        self.items = list(found)
        blocked = self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItems([self._title(view) for view in self.items])
            ids = [view.id for view in self.items]
            running = [i for i, view in enumerate(self.items) if self._running(view)]
            index = ids.index(wanted) if wanted in ids else (running[0] if running else 0)
            self.combo.setCurrentIndex(index if self.items else -1)
        finally:
            self.combo.blockSignals(blocked)
        show_text(self.message, "" if self.items else self.empty_text)
        self.loaded.emit(self.items)
        now = self.current()
        if now != before:
            self.changed.emit(now)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
