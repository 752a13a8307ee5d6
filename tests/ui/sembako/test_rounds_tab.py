# mypy: disable-error-code="no-untyped-call"
"""Rounds and lists through the tab: a supervisor creates one, an operator proposes, the supervisor freezes
it; what a role may not do is greyed out with the reason in its tooltip."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.placeholder_page import PlaceholderPage
from tangsel_desktop.ui.sembako.round_dialog import RoundDialog
from tangsel_desktop.ui.sembako.rounds_tab import RoundsTab
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.sembako_fixtures import Village
from tests.ui.sembako.conftest import Running

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WHO_MAY = "Hanya supervisor dan administrator yang boleh melakukan ini"


def test_the_sembako_area_replaced_the_placeholder(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor
) -> None:
    window = MainWindow(make_ctx(operator))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    index = [area.key for area in window.areas].index("sembako")
    window.show_area(index)
    page = window.page(index)
    assert isinstance(page, SembakoPage)
    assert not isinstance(page, PlaceholderPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Daftar putaran", "S&urat keterangan", "St&ok", "Hari &pembagian", "&Laporan"
    ]  # fmt: skip
    qtbot.waitUntil(lambda: not page.chooser.loading, timeout=10_000)
    assert page.chooser.message.text() == "Belum ada putaran: supervisor membuatnya."


def _rounds_tab(qtbot: QtBot, page: SembakoPage) -> RoundsTab:
    page.tabs.setCurrentWidget(page.rounds_tab)
    return page.rounds_tab


def test_a_supervisor_creates_a_round_an_operator_proposes_and_the_supervisor_freezes_it(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], supervisor: Actor, operator: Actor,
    services: Services, village: Village,
) -> None:  # fmt: skip
    page = open_page(supervisor)
    tab = _rounds_tab(qtbot, page)
    assert tab.new_button.isEnabled()
    tab.new_button.click()
    dialog = tab.round_dialog
    assert isinstance(dialog, RoundDialog)
    # A refusal stays in the dialog and makes nothing: no category chosen.
    dialog.name_field.setText("Sembako November 2026")
    dialog.month_field.setText("2026-11")
    dialog.make_round()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "kategori" in dialog.message.text()
    assert services.sembako_rounds.rounds(actor=supervisor) == []
    for category in list(dialog.category_checks)[:3]:
        dialog.category_checks[category].setChecked(True)
    dialog.days_field.setPlainText("20-11-2026: Aula Kelurahan Sawah")
    dialog.make_round()
    qtbot.waitUntil(lambda: len(tab.rounds) == 1 and page.chooser.current() is not None, timeout=10_000)
    (made,) = services.sembako_rounds.rounds(actor=supervisor)
    assert (made.name, made.month, len(made.items), made.package_value) == (
        "Sembako November 2026",
        "2026-11",
        3,
        204_000,
    )
    assert made.days[0].place == "Aula Kelurahan Sawah"
    assert tab.rounds_model.text(0, 2) == "draf"

    # The operator proposes the list; who was left out shows with the reasons.
    op_page = open_page(operator)
    op_tab = _rounds_tab(qtbot, op_page)
    qtbot.waitUntil(lambda: op_tab.round is not None and op_tab.propose_button.isEnabled(), timeout=10_000)
    for button in (op_tab.new_button, op_tab.approve_button, op_tab.close_button):
        assert not button.isEnabled()
        assert button.toolTip() == WHO_MAY
    op_tab.propose_button.click()
    qtbot.waitUntil(lambda: op_tab.lines_model.rowCount() == 3, timeout=10_000)
    assert "3 diusulkan" in op_tab.message.text()
    qtbot.waitUntil(lambda: op_tab.left_model.rowCount() >= 2, timeout=10_000)
    reasons = {
        op_tab.left_model.text(r, 0): op_tab.left_model.text(r, 3)
        for r in range(op_tab.left_model.rowCount())
    }
    assert "bukan warga kelurahan ini" in reasons["Rina Pindah"]
    assert "Tono Sembuh" in reasons

    # The supervisor approves: the list is frozen; the operator may no longer change it.
    page.tabs.setCurrentWidget(page.desk_tab)
    page.tabs.setCurrentWidget(page.rounds_tab)
    qtbot.waitUntil(tab.approve_button.isEnabled, timeout=10_000)
    tab.approve_button.click()
    qtbot.waitUntil(lambda: tab.round is not None and tab.round.status.value == "approved", timeout=10_000)
    assert "disetujui dan dibekukan" in tab.message.text()
    assert not tab.approve_button.isEnabled()
    op_page.chooser.refresh()  # another desk's window: its own change bus, so it reads again by hand
    qtbot.waitUntil(
        lambda: op_tab.round is not None and op_tab.round.status.value == "approved", timeout=10_000
    )
    assert not op_tab.add_button.isEnabled()
    assert "Sesudah disetujui hanya supervisor" in op_tab.add_button.toolTip()


def test_after_approval_a_supervisor_adds_with_a_reason_and_takes_off_with_a_reason(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], supervisor: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    tab = _rounds_tab(qtbot, open_page(supervisor))
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 3, timeout=10_000)
    assert not tab.left_box.isVisible()  # a frozen list is not proposed again
    tab.nik_field.setText(running.village.moved_away)
    tab.add_button.click()
    qtbot.waitUntil(tab.message.isVisible, timeout=10_000)
    assert "alasan" in tab.message.text().lower()
    assert len(services.sembako_rounds.recipients(actor=supervisor, round_id=running.round.id)) == 3
    tab.reason_field.setText("pindah domisili, masih tinggal di RW 12")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 4, timeout=10_000)
    row = next(r for r in range(4) if tab.lines_model.text(r, 0) == "Rina Pindah")
    assert (
        tab.lines_model.text(row, 5)
        == "ditambahkan sesudah disetujui: pindah domisili, masih tinggal di RW 12"
    )
    tab.lines_view.selectRow(row)
    tab.reason_field.setText("salah tambah")
    tab.remove_button.click()
    qtbot.waitUntil(lambda: "dikeluarkan" in tab.message.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: tab.lines_model.text(row, 5).startswith("dikeluarkan: salah tambah"), timeout=10_000
    )


def test_a_supervisor_adds_a_handover_day_to_a_running_round_and_an_operator_may_not(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], supervisor: Actor, operator: Actor,
    services: Services, running: Running,
) -> None:  # fmt: skip
    operator_tab = _rounds_tab(qtbot, open_page(operator))
    qtbot.waitUntil(lambda: operator_tab.round is not None, timeout=10_000)
    assert not operator_tab.day_button.isEnabled()
    assert operator_tab.day_button.toolTip() == WHO_MAY
    tab = _rounds_tab(qtbot, open_page(supervisor))
    qtbot.waitUntil(lambda: tab.round is not None and tab.day_button.isEnabled(), timeout=10_000)
    before = services.sembako_rounds.round(actor=supervisor, round_id=running.round.id).days
    tab.day_field.setText("Balai RW 05")  # no date: refused, nothing added
    tab.add_day()
    qtbot.waitUntil(tab.message.isVisible, timeout=10_000)
    assert "tanggal" in tab.message.text().lower() or "tulis" in tab.message.text().lower()
    assert services.sembako_rounds.round(actor=supervisor, round_id=running.round.id).days == before
    tab.day_field.setText("12-12-2026: Balai RW 05")
    tab.day_button.click()
    qtbot.waitUntil(lambda: "Balai RW 05" in tab.message.text(), timeout=10_000)
    after = services.sembako_rounds.round(actor=supervisor, round_id=running.round.id).days
    assert len(after) == len(before) + 1
    assert after[-1].place == "Balai RW 05"
    assert tab.day_field.text() == ""
    qtbot.waitUntil(lambda: "12-12-2026 Balai RW 05" in tab.details.text(), timeout=10_000)
