# mypy: disable-error-code="no-untyped-call"
"""The status dialog keeps its fields whole when its error message appears, at 1366x768 and 1280x720."""

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.services.jamsos_members_seed import Seeded, seed_members
from tests.ui.jamsos.members_fixtures import MakeCtx, open_tab, select_first
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def seeded(services: Services, operator: Actor, supervisor: Actor) -> list[Seeded]:
    return seed_members(services, operator, supervisor, 6)


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_a_month_error_takes_new_room_instead_of_squeezing_the_fields(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, seeded: list[Seeded], screen: tuple[int, int]
) -> None:
    tab = open_tab(qtbot, make_ctx(supervisor))
    tab.resize(*screen)
    select_first(qtbot, tab, MemberStatus.SUBMITTED)
    dialog = tab.step()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    fields = (dialog.fields.kpj_edit, dialog.fields.month_edit, dialog.note_edit)
    heights = {edit: edit.height() for edit in fields}
    assert all(height >= edit.sizeHint().height() for edit, height in heights.items())
    dialog.fields.kpj_edit.setText("25099999999")
    dialog.fields.month_edit.setText("2026-13")
    dialog.save()
    settle(qtbot, tab._ctx)
    assert "Bulan 13 tidak ada" in dialog.error_label.text()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    qtbot.wait(50)  # the layout settles after the message appears
    for edit in fields:
        assert edit.height() >= edit.sizeHint().height(), edit.objectName()
    # The whole message is shown: the label has the height its wrapped lines need.
    label = dialog.error_label
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.buttons.geometry().bottom() <= dialog.height()
