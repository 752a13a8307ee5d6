# mypy: disable-error-code="no-untyped-call"
"""The main window on a 1366x768 laptop: maximized the first time, where it was left afterwards, and never
past the screen's available area, so the status bar stays in view."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.window_placement import FRAME_ALLOWANCE, WindowPlacement, fitted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# A 1366x768 screen with a 40-pixel taskbar, and a 1280x720 one with the same.
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 680)}


def on_screen(window: MainWindow, available: QRect) -> MainWindow:
    window.placement = WindowPlacement(
        window.ctx.services.paths.root / "window.ini", available=lambda _widget: available
    )
    return window


@pytest.fixture
def make_window(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], admin: Actor
) -> Callable[[QRect], MainWindow]:
    def make(available: QRect) -> MainWindow:
        window = on_screen(MainWindow(make_ctx(admin)), available)
        qtbot.addWidget(window)
        return window

    return make


def within(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner)


@pytest.mark.parametrize("screen", SCREENS)
def test_first_login_opens_maximized_then_the_place_left_is_kept(
    qtbot: QtBot, make_window: Callable[[QRect], MainWindow], screen: str
) -> None:
    available = SCREENS[screen]
    window = make_window(available)
    assert not (window.ctx.services.paths.root / "window.ini").exists()
    window.show_on_screen()
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.statusBar().isVisible()
    # Left smaller somewhere else, then signed out.
    window.showNormal()
    window.setGeometry(QRect(60, 50, 1000, 600))
    qtbot.waitUntil(lambda: window.geometry().size().width() == 1000)
    window.close()

    again = make_window(available)
    again.show_on_screen()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.size().width() == 1000
    assert again.size().height() == 600
    again.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_a_saved_size_larger_than_the_screen_is_fitted_and_the_status_bar_shows(
    qtbot: QtBot, make_window: Callable[[QRect], MainWindow], screen: str
) -> None:
    available = SCREENS[screen]
    window = make_window(available)
    # As today's window was: 1280x760 of client area (a 1366x768 screen cannot hold it with a title bar).
    window.show()
    window.setGeometry(QRect(0, 0, 1280, 760))
    window.close()
    saved = window.placement.saved()
    assert saved is not None
    assert saved[0].height() == 760

    again = make_window(available)
    again.show_on_screen()
    qtbot.waitExposed(again)
    outer = QRect(
        again.x(),
        again.y(),
        again.width() + FRAME_ALLOWANCE.width(),
        again.height() + FRAME_ALLOWANCE.height(),
    )
    assert within(outer, available), (outer, available)
    bar = again.statusBar()
    assert bar.isVisible()
    # The status bar lies inside the window's client area, at its bottom.
    top_left = bar.mapTo(again, bar.rect().topLeft())
    assert top_left.y() + bar.height() <= again.height()
    again.close()


def test_fitted_keeps_a_window_inside_the_area() -> None:
    area = QRect(0, 0, 1366, 728)
    assert fitted(QRect(-200, 900, 3000, 3000), area) == QRect(
        0, 0, 1366 - FRAME_ALLOWANCE.width(), 728 - FRAME_ALLOWANCE.height()
    )
    assert fitted(QRect(100, 80, 900, 560), area) == QRect(100, 80, 900, 560)
    assert fitted(QRect(900, 500, 900, 560), area) == QRect(
        1366 - 900 - FRAME_ALLOWANCE.width(), 728 - 560 - FRAME_ALLOWANCE.height(), 900, 560
    )


def test_a_hand_edited_file_is_as_the_first_day(tmp_path: Path, qtbot: QtBot) -> None:
    file = tmp_path / "window.ini"
    file.write_text("[main_window]\nx=abc\ny=1\nwidth=2\nheight=3\n", encoding="utf-8")
    placement = WindowPlacement(file, available=lambda _w: QRect(0, 0, 1366, 728))
    assert placement.saved() is None
    widget = QWidget()
    qtbot.addWidget(widget)
    placement.show(widget)
    assert widget.isMaximized()
