"""Every Cetak tab can be worked from the keyboard: each mnemonic is used once, menus included."""

import re
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)

MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            key = mnemonic(widget.text())
            if key:
                keys.append(key)
    return keys


def test_no_mnemonic_is_used_twice_on_any_tab(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], supervisor: Actor
) -> None:
    window = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(window)
    window.show()
    window.show_area(next(i for i, area in enumerate(window.areas) if area.key == "print"))
    page = window.stack.currentWidget()
    assert isinstance(page, PrintPage)
    menus = [mnemonic(action.text()) for action in window.menuBar().actions()]
    tabs = [mnemonic(page.tabs.tabText(index)) for index in range(page.tabs.count())]
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.widget(index)
        assert tab is not None
        keys = [*menus, *tabs, mnemonic(page.key_button.text()), *visible_mnemonics(tab)]
        twice = [key for key, count in Counter(keys).items() if key and count > 1]
        assert not twice, (page.tabs.tabText(index), twice, keys)
    qtbot.waitUntil(lambda: not page.register.loading, timeout=10_000)
