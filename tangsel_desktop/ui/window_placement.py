"""The main window's size and place on this laptop: maximized the first time, as left afterwards, on screen.

Kept in an INI file in the data folder (one per laptop and Windows user, like the store itself), not in
the office's store: a 1366x768 laptop and a 1920x1080 one share an office but not a screen.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# Room for the title bar and borders the window manager adds above and around the window: they are
# known only once the window is shown, and a window whose frame runs past the screen hides its status bar.
FRAME_ALLOWANCE = QSize(16, 40)
MINIMUM = QSize(800, 520)

Available = Callable[[QWidget], QRect]


def screen_available(window: QWidget) -> QRect:
    """The available area (without the taskbar) of the screen the window is on, or the primary one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(saved: QRect, available: QRect) -> QRect:
    """The saved client area shrunk to fit the available area with its frame, and moved inside it."""
    width = max(min(saved.width(), available.width() - FRAME_ALLOWANCE.width()), MINIMUM.width())
    height = max(min(saved.height(), available.height() - FRAME_ALLOWANCE.height()), MINIMUM.height())
    left = min(max(saved.x(), available.left()), available.right() + 1 - width - FRAME_ALLOWANCE.width())
    top = min(max(saved.y(), available.top()), available.bottom() + 1 - height - FRAME_ALLOWANCE.height())
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


class WindowPlacement:
    """Reads and writes one window's placement in `file` (an INI file) under `key`."""

    def __init__(self, file: Path, key: str = "main_window", available: Available = screen_available) -> None:
        self._file = file
        self._key = key
        self._available = available

    def _settings(self) -> QSettings:
        return QSettings(str(self._file), QSettings.Format.IniFormat)

    def saved(self) -> tuple[QRect, bool] | None:
        """The saved client area (frame position, client size) and whether it was maximized."""
        settings = self._settings()
        settings.beginGroup(self._key)
        try:
            values = [settings.value(name) for name in ("x", "y", "width", "height")]
            maximized = str(settings.value("maximized", "false")).lower() == "true"
        finally:
            settings.endGroup()
        try:
            x, y, width, height = (int(str(value)) for value in values)
        except (TypeError, ValueError):
            return None  # nothing saved yet, or a hand-edited file: as on the first day
        return QRect(x, y, width, height), maximized

    def show(self, window: QWidget) -> None:
        """Show the window: maximized the first time, else where it was left, never past the screen."""
        available = self._available(window)
        saved = self.saved()
        if saved is None:
            log.info("first start on this laptop: the window opens maximized")
            window.setGeometry(fitted(QRect(available.topLeft(), available.size()), available))
            window.showMaximized()
            return
        rect, maximized = saved
        place = fitted(rect, available)
        window.resize(place.size())
        window.move(place.topLeft())
        if maximized:
            window.showMaximized()
        else:
            window.show()

    def save(self, window: QWidget) -> None:
        """Remember where the window is (its size before maximizing, and that it was maximized)."""
        maximized = window.isMaximized()
        normal = window.normalGeometry() if maximized else window.geometry()
        frame = window.frameGeometry()
        # The frame's corner, as move() takes it; the normal geometry's corner when maximized.
        x, y = (normal.x(), normal.y()) if maximized else (frame.x(), frame.y())
        settings = self._settings()
        settings.beginGroup(self._key)
        for name, value in (
            ("x", x),
            ("y", y),
            ("width", normal.width()),
            ("height", normal.height()),
            ("maximized", "true" if maximized else "false"),
        ):
            settings.setValue(name, value)
        settings.endGroup()
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            # Only the window's place is lost: worth a log line, not a message to the clerk.
            log.warning("the window's place could not be saved in %s", self._file)
