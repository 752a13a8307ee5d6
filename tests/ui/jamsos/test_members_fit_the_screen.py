# mypy: disable-error-code="no-untyped-call"
"""Jamsosnaker on a laptop screen: at 1280x720 and 1366x768 the member table shows every column up to
"Bulan ditanggung" without scrolling, and a claim's notes wrap across the side panel, not a word a line."""

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.claim_rules import ClaimStage
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.jamsos_page import JamsosPage
from tangsel_desktop.ui.jamsos.members_table_model import MembersTableModel
from tangsel_desktop.ui.main_window import MainWindow
from tests.services.jamsos_members_seed import seed_members
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE, active_member
from tests.ui.jamsos.members_fixtures import MakeCtx, wait_loaded
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)

# The window maximized on each screen: its width, and the height left by a taskbar and a title bar.
SCREENS = {"1280x720": (1280, 650), "1366x768": (1366, 698)}
LONG_NOTE = (
    "Berkas lengkap: akta kematian, KK, KTP ahli waris dan buku tabungan diserahkan ke kantor cabang "
    "BPJS Ciputat, tanda terima nomor 123"
)


def jamsos_in_window(qtbot: QtBot, make_ctx: MakeCtx, actor: Actor, size: tuple[int, int]) -> JamsosPage:
    window = MainWindow(make_ctx(actor))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_area(next(i for i, area in enumerate(window.areas) if area.key == "jamsosnaker"))
    page = window.stack.currentWidget()
    assert isinstance(page, JamsosPage)
    wait_loaded(qtbot, page.members_tab)
    return page


@pytest.mark.parametrize("screen", SCREENS)
def test_the_covered_months_column_is_in_view_and_whole(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, operator: Actor, supervisor: Actor, screen: str
) -> None:
    seed_members(services, operator, supervisor, 6)
    page = jamsos_in_window(qtbot, make_ctx, supervisor, SCREENS[screen])
    table = page.members_tab.table
    header = table.horizontalHeader()
    months = MembersTableModel.MONTHS
    assert page.members_tab.model.headerData(months, header.orientation()) == "Bulan ditanggung"
    qtbot.waitUntil(
        lambda: (
            header.sectionViewportPosition(months) + header.sectionSize(months) <= table.viewport().width()
        )
    )
    assert header.sectionViewportPosition(months) >= 0
    metrics = table.fontMetrics()
    # Neither the heading nor a running member's months are cut short.
    assert header.sectionSize(months) >= metrics.horizontalAdvance("Bulan ditanggung") + 8
    assert header.sectionSize(months) >= metrics.horizontalAdvance("Agu 2025 – sekarang") + 8
    # The side keeps room for the details.
    assert page.members_tab.side.width() >= page.members_tab.side.minimumSizeHint().width()


@pytest.mark.parametrize("screen", SCREENS)
def test_a_claim_note_wraps_across_the_panel(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, supervisor: Actor, screen: str
) -> None:
    member = active_member(services, supervisor)
    services.jamsos_claims.record_death(actor=supervisor, member_id=member.id, died_on=date(2025, 3, 1))
    services.jamsos_claims.add_note(
        actor=supervisor, member_id=member.id, stage=ClaimStage.DOCUMENTS_COMPLETE, note=LONG_NOTE
    )
    page = jamsos_in_window(qtbot, make_ctx, supervisor, SCREENS[screen])
    tab = page.members_tab
    tab.table.selectRow(0)
    settle(qtbot, tab._ctx)
    qtbot.waitUntil(lambda: page.claim_shown() and page.claim_panel.claim is not None, timeout=10_000)
    tab.side.setCurrentWidget(page.claim_panel)
    notes = page.claim_panel.notes_table
    qtbot.waitUntil(lambda: notes.rowCount() == 2 and notes.isVisible())
    qtbot.wait(50)  # the rows are measured again once the panel has its width
    line = notes.fontMetrics().lineSpacing()
    words = len(LONG_NOTE.split())
    height = notes.rowHeight(1)
    # The heading line and the note in a few lines, never anywhere near one line per word.
    assert height <= line * 7, (height, line, notes.columnWidth(0))
    assert height >= line * 2
    assert words > 15
    assert notes.columnWidth(0) >= notes.viewport().width() - 2
