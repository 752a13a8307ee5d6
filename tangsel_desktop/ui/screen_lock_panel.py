"""Pengaturan's Kunci layar panel: after how many idle minutes the window asks for the password again."""

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from tangsel_desktop.services.screen_lock_settings import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
)
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import muted
from tangsel_desktop.ui.widgets.labels import InlineMessage


class ScreenLockPanel(QGroupBox):
    """An administrator's one setting of the lock; the window reads it again when it is saved."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setTitle(self.tr("Screen lock"))
        explanation = muted(
            self.tr(
                "The window locks itself when nobody has used the keyboard or the mouse for this "
                "many minutes, and asks for the password again (Ctrl+L locks it at once)."
            ),
            self,
        )
        self.minutes = QSpinBox(self)
        # The spin box itself keeps the value within the service's bounds; the service checks again.
        self.minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.minutes.setValue(DEFAULT_IDLE_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Idle minutes before the lock"))
        self.save_button = QPushButton(self.tr("Save &lock time"), self)
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage(self)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.message)
        settings = ctx.services.screen_lock
        Operation(ctx, self, lambda _h: settings.idle_minutes()).success(self.minutes.setValue).run()

    def save(self) -> None:
        self.message.clear_message()
        settings, actor, minutes = self._ctx.services.screen_lock, self._ctx.actor, self.minutes.value()
        op = Operation(self._ctx, self, lambda _h: settings.set_idle_minutes(actor=actor, minutes=minutes))
        op.changes().inline(self.message, clear=False).success(self._saved).run()

    def _saved(self, minutes: int) -> None:
        self.message.show_success(
            self.tr("The window now locks after %1 idle minutes.").replace("%1", str(minutes))
        )
