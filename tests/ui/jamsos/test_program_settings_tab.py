# mypy: disable-error-code="no-untyped-call"
"""The program settings tab: an administrator edits rules, occupations, rates and the claim text."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.claim_rules import DEFAULT_WHERE_TO_GO
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.program_settings_tab import ProgramSettingsTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
MakeCtx = Callable[[Actor], UiContext]


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def settled(qtbot: QtBot, tab: ProgramSettingsTab) -> None:
    qtbot.waitUntil(lambda: tab._loaded and not tab.progress.running, timeout=10000)


def click(qtbot: QtBot, tab: ProgramSettingsTab, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settled(qtbot, tab)


def test_an_administrator_edits_every_setting(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, admin: Actor
) -> None:
    tab = ProgramSettingsTab(make_ctx(admin))
    qtbot.addWidget(tab)
    settled(tab=tab, qtbot=qtbot)
    assert tab.max_desil_spin.value() == 4
    assert tab.rates_table.rowCount() == 1
    assert cell(tab.rates_table, 0, 4) == "Rp16.800"
    assert tab.where_edit.toPlainText() == DEFAULT_WHERE_TO_GO

    tab.max_desil_spin.setValue(6)
    tab.office_only_check.setChecked(False)
    click(qtbot, tab, tab.save_rules_button)
    assert (
        services.jamsos_settings.rules().max_desil,
        services.jamsos_settings.rules().require_office_kelurahan,
    ) == (6, False)
    qtbot.waitUntil(lambda: tab.message_label.text() == "Syarat disimpan.", timeout=10000)

    tab.min_age_spin.setValue(70)
    qtbot.mouseClick(tab.save_rules_button, Qt.MouseButton.LeftButton)
    assert "tidak melebihi batas maksimal" in tab.message_label.text()

    qtbot.keyClicks(tab.occupation_edit, "  juru   parkir ")
    qtbot.mouseClick(tab.add_occupation_button, Qt.MouseButton.LeftButton)
    tab.occupation_list.setCurrentRow(tab.occupations().index("nelayan"))
    qtbot.mouseClick(tab.remove_occupation_button, Qt.MouseButton.LeftButton)
    click(qtbot, tab, tab.save_occupations_button)
    assert services.jamsos_settings.occupations()[-1] == "juru parkir"
    assert "nelayan" not in services.jamsos_settings.occupations()
    qtbot.keyClicks(tab.occupation_edit, "Pemulung")
    qtbot.keyClick(tab.occupation_edit, Qt.Key.Key_Return)
    click(qtbot, tab, tab.save_occupations_button)
    assert "dua kali" in tab.message_label.text()
    assert services.jamsos_settings.occupations().count("pemulung") == 1

    tab.rate_month_edit.setText("2026-01")
    tab.jkk_edit.setText("16800.5")
    tab.jkm_edit.setText("3400")
    qtbot.mouseClick(tab.add_rate_button, Qt.MouseButton.LeftButton)
    assert "bukan rupiah bulat" in tab.message_label.text()
    tab.jkk_edit.setText("5.000")
    tab.jkm_edit.setText("Rp3.400")
    click(qtbot, tab, tab.add_rate_button)
    assert [rate.premium() for rate in services.jamsos.rates()] == [16_800, 8_400]
    assert tab.rates_table.rowCount() == 2
    assert cell(tab.rates_table, 1, 0) == "Januari 2026"
    click(qtbot, tab, tab.add_rate_button)
    assert "tidak boleh diubah" in tab.message_label.text()

    tab.where_edit.setPlainText("  KC BPJS Ketenagakerjaan Serpong\n  buka Senin-Jumat ")
    click(qtbot, tab, tab.save_where_button)
    assert services.jamsos_settings.where_to_go() == "KC BPJS Ketenagakerjaan Serpong\nbuka Senin-Jumat"
    tab.where_edit.setPlainText("   ")
    click(qtbot, tab, tab.save_where_button)
    assert "Tulis ke mana" in tab.message_label.text()


def test_others_read_the_settings_with_the_fields_locked(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, supervisor: Actor
) -> None:
    tab = ProgramSettingsTab(make_ctx(supervisor))
    qtbot.addWidget(tab)
    settled(qtbot, tab)
    assert tab.role_label.text() == "Hanya administrator yang mengubah pengaturan program."
    assert "nelayan" in tab.occupations()
    for widget in (
        tab.save_rules_button,
        tab.add_rate_button,
        tab.save_occupations_button,
        tab.max_desil_spin,
    ):
        assert not widget.isEnabled()
    assert tab.where_edit.isReadOnly()
    tab.add_occupation()
    tab.remove_occupation()
    assert services.jamsos_settings.occupations() == tab.occupations()
