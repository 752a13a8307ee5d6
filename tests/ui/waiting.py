"""Waiting in UI tests for the operations a page started (they answer on the GUI thread, later)."""

import shiboken6
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.ui.lazy_table_model import LazyTableModel
from tangsel_desktop.ui.ui_context import UiContext


def settle(qtbot: QtBot, ctx: UiContext, timeout: int = 10_000) -> None:
    """Until every operation started through ctx has answered (and the ones its answers started)."""
    qtbot.waitUntil(lambda: ctx.runner.running() == 0, timeout=timeout)


def closed(widget: QWidget) -> bool:
    """Not shown any more: hidden, or already deleted (a dialog slot deletes a closed dialog)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def fetch_more(qtbot: QtBot, model: LazyTableModel, timeout: int = 10_000) -> None:
    """Ask a lazy listing for its next page, as a scroll does, and wait until the page has answered."""
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.fetching, timeout=timeout)


def fetch_all(qtbot: QtBot, model: LazyTableModel, timeout: int = 10_000) -> None:
    """Grow a lazy listing page by page until every matching row is loaded."""
    while model.canFetchMore(QModelIndex()):
        fetch_more(qtbot, model, timeout)
