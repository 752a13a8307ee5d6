# mypy: disable-error-code="no-untyped-call"
"""The Jamsosnaker page as one: its tabs, a death recorded from the Members tab, the claim it opens."""

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.jamsos_page import JamsosPage
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE, active_member, previews  # noqa: F401
from tests.ui.jamsos.members_fixtures import MakeCtx, select_first, wait_loaded

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def open_page(qtbot: QtBot, make_ctx: MakeCtx, actor: Actor) -> JamsosPage:
    page = JamsosPage(make_ctx(actor))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    wait_loaded(qtbot, page.members_tab)
    return page


def test_the_page_has_its_tabs_in_indonesian(qtbot: QtBot, make_ctx: MakeCtx, operator: Actor) -> None:
    page = open_page(qtbot, make_ctx, operator)
    titles = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    assert titles == ["P&eserta", "Re&kap iuran", "Pertukaran BP&JS", "Pen&gaturan program"]


def test_a_death_recorded_from_the_members_tab_shows_its_claim_under_the_details(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    services: Services,
    supervisor: Actor,
    previews: list[Path],  # noqa: F811
) -> None:
    active_member(services, supervisor)
    active_member(services, supervisor, index=1, name="Budi Santoso")
    page = open_page(qtbot, make_ctx, supervisor)
    tab = page.members_tab
    row = select_first(qtbot, tab, MemberStatus.ACTIVE)
    assert not page.claim_shown()  # a living member has no claim to show
    qtbot.mouseClick(tab.death_button, Qt.MouseButton.LeftButton)
    dialog = page.death_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.died_on_edit.setDate(QDate(2025, 3, 14))
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    qtbot.waitUntil(lambda: tab.history is not None and tab.history.member.status is MemberStatus.ENDED)
    assert tab.history is not None
    assert tab.history.member.id == row.id
    qtbot.waitUntil(lambda: page.claim_panel.claim is not None, timeout=10_000)
    assert page.claim_shown()
    assert page.members_tab.side.currentWidget() is page.claim_panel
    assert page.claim_panel.notes_table.rowCount() == 1
    # A note added here refreshes the listing too; the panel keeps its confirmation and its notes.
    qtbot.keyClicks(page.claim_panel.note_edit, "Akta kematian sudah ada")
    qtbot.mouseClick(page.claim_panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.claim_panel.notes_table.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    qtbot.wait(300)
    assert page.claim_panel.message_label.text() == "Catatan ditambahkan."
    assert page.claim_panel.notes_table.rowCount() == 2
    other = next(
        position for position in range(tab.model.rowCount()) if tab.model.row_at(position).id != row.id
    )
    tab.table.selectRow(other)
    qtbot.waitUntil(lambda: not page.claim_shown(), timeout=10_000)
    assert not page.claim_shown()
    assert page.members_tab.side.currentWidget() is tab.detail
