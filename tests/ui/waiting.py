"""Waiting in UI tests for the operations a page started (they answer on the GUI thread, later)."""

from pytestqt.qtbot import QtBot

from tangsel_desktop.ui.ui_context import UiContext


def settle(qtbot: QtBot, ctx: UiContext, timeout: int = 10_000) -> None:
    """Until every operation started through ctx has answered (and the ones its answers started)."""
    qtbot.waitUntil(lambda: ctx.runner.running() == 0, timeout=timeout)
