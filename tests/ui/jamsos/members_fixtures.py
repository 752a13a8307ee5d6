"""Helpers for the Members tab tests: a tab on a seeded store, waiting for its listing, finding rows."""

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.member_listing import MemberRow
from tangsel_desktop.ui.jamsos.members_tab import MembersTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.waiting import settle

MakeCtx = Callable[[Actor], UiContext]


def open_tab(qtbot: QtBot, ctx: UiContext) -> MembersTab:
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    wait_loaded(qtbot, tab)
    return tab


def wait_loaded(qtbot: QtBot, tab: MembersTab) -> None:
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    settle(qtbot, tab._ctx)


def apply_filters(qtbot: QtBot, tab: MembersTab) -> None:
    """Apply typed filter text now rather than after the typing pause, and wait for the rows."""
    tab.filter_bar.flush()
    wait_loaded(qtbot, tab)


def shown(tab: MembersTab) -> list[MemberRow]:
    return [tab.model.row_at(row) for row in range(tab.model.rowCount())]


def select_first(qtbot: QtBot, tab: MembersTab, status: MemberStatus) -> MemberRow:
    for position, row in enumerate(shown(tab)):
        if row.status is status:
            tab.table.selectRow(position)
            settle(qtbot, tab._ctx)
            assert tab.history is not None
            assert tab.history.member.id == row.id
            return row
    raise AssertionError(f"no {status.value} member shown")
