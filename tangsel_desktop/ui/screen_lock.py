"""The window locks itself when nobody has touched keyboard or mouse for the office's idle time.

Locked, the window's content is hidden and every dialog open in it is covered (not closed: a form
half filled in comes back as it was); one application-modal LockDialog asks for the password.
Background operations go on: they touch no widget until their answer is delivered, and the answer
goes to the covered page as usual."""

import logging

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from tangsel_desktop.services.screen_lock_settings import DEFAULT_IDLE_MINUTES
from tangsel_desktop.ui.lock_dialog import LockDialog
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import bring_to_front

log = logging.getLogger(__name__)

# What counts as someone at the laptop. A barcode scanner is a keyboard: its keys count too.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)

LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class IdleWatch(QObject):
    """An event filter on the QApplication: any activity restarts a single-shot timer; its end is `idle`."""

    idle = Signal()
    lock_keys = Signal()  # Ctrl+L pressed anywhere, a dialog open over the window included

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEFAULT_IDLE_MINUTES * 60_000)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def pause(self) -> None:
        """Locked: nothing to count until the password is typed."""
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: keep it to one set lookup.
        kind = event.type()
        # Only what came from the keyboard, mouse or screen: Qt itself sends mouse moves when a
        # widget appears under the pointer, and a page that refreshes must not keep the window open.
        if kind in ACTIVITY and event.spontaneous() and self._timer.isActive():
            self._timer.start()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.keyCombination() == LOCK_KEYS
            ):
                self.lock_keys.emit()
                return True
        return False


class _Cover(QWidget):
    """An opaque sheet over one open dialog while the window is locked; it follows the dialog's size."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.setAutoFillBackground(True)
        self.setObjectName("lockCover")
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def open_dialogs(window: QWidget, *, but: QWidget | None = None) -> list[QWidget]:
    """The window's own top-level windows now shown (dialogs, message boxes), the lock itself aside."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget is not window and widget is not but and widget.isVisible() and _belongs_to(widget, window)
    ]


class ScreenLock(QObject):
    """Locks and unlocks one main window; `switched` carries the Actor of another user who signed in."""

    switched = Signal(object)

    def __init__(self, window: QMainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self.watch = IdleWatch(self)
        self.watch.idle.connect(self.lock)
        self.dialog: LockDialog | None = None
        self._covers: list[_Cover] = []
        self._focus: QWidget | None = None

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_idle_minutes(self, minutes: int) -> None:
        self.watch.set_interval_ms(minutes * 60_000)

    def lock(self) -> None:
        if self.locked:
            return
        log.info("window locked")
        self.watch.pause()
        self._focus = QApplication.focusWidget()
        dialogs = open_dialogs(self._window)
        self._covers = [_Cover(dialog) for dialog in dialogs]
        app = QApplication.instance()
        if app is not None:
            # A window opened while locked (the preview of an export that just finished, a message) is
            # covered as it appears.
            app.installEventFilter(self)
        central = self._window.centralWidget()
        if central is not None:
            central.hide()
        self.dialog = LockDialog(self._ctx, open_dialogs=len(dialogs), parent=self._window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.switched.connect(self.switched)
        self.dialog.show()
        bring_to_front(self.dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and self.dialog is not None
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.dialog
            and _belongs_to(watched, self._window)
            and not any(cover.parentWidget() is watched for cover in self._live_covers())
        ):
            self._covers.append(_Cover(watched))
            if watched.isModal():
                # The newest modal window takes the input: shown again, the lock is the newest.
                QTimer.singleShot(0, self._lock_on_top)
        return False

    def _lock_on_top(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.show()
            bring_to_front(self.dialog)

    def _live_covers(self) -> list[_Cover]:
        """The covers still there (a dialog closed while locked took its cover with it)."""
        self._covers = [cover for cover in self._covers if shiboken6.isValid(cover)]
        return self._covers

    def _unlocked(self) -> None:
        log.info("window unlocked")
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        central = self._window.centralWidget()
        if central is not None:
            central.show()
        for cover in self._live_covers():
            cover.hide()
            cover.deleteLater()
        self._covers = []
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus):
            focus.setFocus()
        self.watch.start()

    def covered(self) -> list[QWidget]:
        """The dialogs covered now (for tests and for closing them when another user signs in)."""
        parents = [cover.parentWidget() for cover in self._live_covers()]
        return [parent for parent in parents if parent is not None]
