"""The batch every Pelatihan tab works on, chosen once at the top of the area and kept across refreshes."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.training.training_common import batch_title
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE


class BatchChooser(QWidget):
    """A combo of the office's batches; batch_changed carries the chosen BatchView (or None)."""

    batch_changed = Signal(object)  # BatchView | None
    batches_loaded = Signal(object)  # list[BatchView]

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.batches: list[BatchView] = []
        self.loading = False
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(50)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAutoDefault(False)
        self.message = plain_label(self, HINT_STYLE)
        label = QLabel(self.tr("&Batch:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.message, 1)
        self.combo.currentIndexChanged.connect(lambda _index: self.batch_changed.emit(self.current()))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.refresh()

    def current(self) -> BatchView | None:
        index = self.combo.currentIndex()
        return self.batches[index] if 0 <= index < len(self.batches) else None

    def choose(self, batch_id: str) -> None:
        for index, view in enumerate(self.batches):
            if view.id == batch_id:
                self.combo.setCurrentIndex(index)
                return

    def refresh(self, keep: str = "") -> None:
        courses, actor = self._ctx.services.training_courses, self._ctx.actor
        current = self.current()
        wanted = keep or (current.id if current else "")
        self.loading = True
        Operation(self._ctx, self, lambda _h: courses.batches(actor=actor)).success(
            lambda found: self._arrived(found, wanted)
        ).failure(self._failed).run()

    def _arrived(self, found: list[BatchView], wanted: str) -> None:
        self.loading = False
        before = self.current()
        self.batches = sorted(found, key=lambda b: (b.starts_on, b.name), reverse=True)
        blocked = self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItems([batch_title(view) for view in self.batches])
            ids = [view.id for view in self.batches]
            today = date.today()
            running = [i for i, b in enumerate(self.batches) if b.starts_on <= today <= b.ends_on]
            index = ids.index(wanted) if wanted in ids else (running[0] if running else 0)
            self.combo.setCurrentIndex(index if self.batches else -1)
        finally:
            self.combo.blockSignals(blocked)
        show_text(self.message, "" if self.batches else self.tr("No batch yet: a supervisor adds one."))
        self.batches_loaded.emit(self.batches)
        now = self.current()
        if now != before:
            self.batch_changed.emit(now)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
