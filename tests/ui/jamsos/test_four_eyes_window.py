# mypy: disable-error-code="no-untyped-call"
"""Four eyes and the KPJ length in the window, at 1366x768: refused steps say why; the settings switch."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.program_settings_tab import ProgramSettingsTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft
from tests.services.bpjs_fixtures import member, nik
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE
from tests.ui.jamsos.members_fixtures import open_tab, select_first
from tests.ui.jamsos.test_program_settings_tab import click, settled
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
NIK = "3674045708850001"


def test_the_supervisor_who_proposed_cannot_verify_in_the_members_tab(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], services: Services, supervisor: Actor, admin: Actor
) -> None:
    services.people.register(actor=supervisor, draft=make_draft(nik=NIK))
    services.jamsos.enroll(actor=supervisor, nik=NIK, occupation="pemulung")
    tab = open_tab(qtbot, make_ctx(supervisor))
    tab.resize(1366, 768)
    select_first(qtbot, tab, MemberStatus.PROPOSED)
    dialog = tab.step()
    assert dialog is not None
    dialog.save()
    settle(qtbot, tab._ctx)
    assert "Aturan empat mata: Anda sendiri yang mengusulkan Siti Aminah" in dialog.error_label.text()
    assert dialog.isVisible()
    dialog.reject()
    assert services.jamsos.member(actor=admin, nik=NIK).status is MemberStatus.PROPOSED


def test_an_administrator_sets_the_kpj_length_and_turns_four_eyes_off(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], services: Services, admin: Actor
) -> None:
    tab = ProgramSettingsTab(make_ctx(admin))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    settled(qtbot, tab)
    assert (tab.kpj_length_spin.value(), tab.four_eyes_check.isChecked()) == (11, True)
    assert tab.kpj_length_spin.suffix() == " angka"
    assert tab.four_eyes_check.text() == "Empat mata: pengusul, pemverifikasi dan pengaju berbeda orang"
    tab.kpj_length_spin.setValue(12)
    tab.four_eyes_check.setChecked(False)
    click(qtbot, tab, tab.save_rules_button)
    assert (services.jamsos_settings.kpj_length(), services.jamsos_settings.four_eyes()) == (12, False)
    assert tab.four_eyes_check.geometry().bottom() < tab.height()


def test_a_kpj_that_is_not_eleven_digits_is_refused_in_the_status_dialog(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], services: Services, supervisor: Actor, admin: Actor
) -> None:
    member(services, supervisor, 1, MemberStatus.SUBMITTED)
    tab = open_tab(qtbot, make_ctx(supervisor))
    tab.resize(1366, 768)
    select_first(qtbot, tab, MemberStatus.SUBMITTED)
    dialog = tab.step()
    assert dialog is not None
    dialog.fields.month_edit.setText("2025-01")
    for wrong in ("abc", "2501234567a", "250123456"):
        dialog.fields.kpj_edit.setText(wrong)
        dialog.save()
        settle(qtbot, tab._ctx)
        assert "Nomor KPJ" in dialog.error_label.text()
        assert dialog.isVisible()
    assert services.jamsos.member(actor=admin, nik=nik(1)).kpj_number is None
    dialog.fields.kpj_edit.setText("25012345678")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.save()
    assert services.jamsos.member(actor=admin, nik=nik(1)).kpj_number == "25012345678"
