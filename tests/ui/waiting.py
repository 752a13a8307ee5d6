"""Waiting in UI tests for the operations a page started (they answer on the GUI thread, later)."""

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.ui.ui_context import UiContext


def settle(qtbot: QtBot, ctx: UiContext, timeout: int = 10_000) -> None:
    """Until every operation started through ctx has answered (and the ones its answers started)."""
    qtbot.waitUntil(lambda: ctx.runner.running() == 0, timeout=timeout)


def closed(widget: QWidget) -> bool:
    """Not shown any more: hidden, or already deleted (a dialog slot deletes a closed dialog)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
