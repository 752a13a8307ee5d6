"""The round every Sembako tab works on, chosen once at the top of the area and kept across refreshes."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.sembako.round_rules import RoundStatus
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.sembako.sembako_common import round_title
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE


class RoundChooser(QWidget):
    """A combo of the office's rounds; round_changed carries the chosen RoundView (or None)."""

    round_changed = Signal(object)  # RoundView | None
    rounds_loaded = Signal(object)  # list[RoundView]

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rounds: list[RoundView] = []
        self.loading = False
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(40)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAutoDefault(False)
        self.message = plain_label(self, ERROR_STYLE)
        label = QLabel(self.tr("R&ound:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.message, 1)
        self.combo.currentIndexChanged.connect(lambda _index: self.round_changed.emit(self.current()))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.refresh()

    def current(self) -> RoundView | None:
        index = self.combo.currentIndex()
        return self.rounds[index] if 0 <= index < len(self.rounds) else None

    def choose(self, round_id: str) -> None:
        for index, view in enumerate(self.rounds):
            if view.id == round_id:
                self.combo.setCurrentIndex(index)
                return

    def refresh(self, keep: str = "") -> None:
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor
        current = self.current()
        wanted = keep or (current.id if current else "")
        self.loading = True
        Operation(self._ctx, self, lambda _h: rounds.rounds(actor=actor)).success(
            lambda found: self._arrived(found, wanted)
        ).failure(self._failed).run()

    def _arrived(self, found: list[RoundView], wanted: str) -> None:
        self.loading = False
        before = self.current()
        self.rounds = list(found)
        blocked = self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItems([round_title(view) for view in self.rounds])
            ids = [view.id for view in self.rounds]
            running = [i for i, view in enumerate(self.rounds) if view.status is RoundStatus.APPROVED]
            index = ids.index(wanted) if wanted in ids else (running[0] if running else 0)
            self.combo.setCurrentIndex(index if self.rounds else -1)
        finally:
            self.combo.blockSignals(blocked)
        show_text(self.message, "" if self.rounds else self.tr("No round yet: a supervisor creates one."))
        self.rounds_loaded.emit(self.rounds)
        now = self.current()
        if now != before:
            self.round_changed.emit(now)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
