# mypy: disable-error-code="no-untyped-call"
"""Enrolling a worker in the window: find the resident, failed rules shown, a supervisor's exception."""

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.enrol_dialog import EnrolDialog
from tangsel_desktop.ui.jamsos.members_tab import MembersTab
from tests.conftest import make_draft
from tests.ui.jamsos.members_fixtures import MakeCtx, open_tab, shown
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

YOUNG_NIK = "3674040101120002"


def find(qtbot: QtBot, dialog: EnrolDialog, text: str) -> None:
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, text)
    dialog.search()
    settle(qtbot, dialog._ctx)


def enrol_dialog(qtbot: QtBot, tab: MembersTab) -> EnrolDialog:
    dialog = tab.enrol()
    qtbot.waitUntil(dialog.isVisible)
    settle(qtbot, dialog._ctx)
    return dialog


def test_an_eligible_resident_is_found_by_nik_and_proposed(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, services: Services
) -> None:
    services.people.register(actor=operator, draft=make_draft(full_name="Siti <b>Aminah</b> & =1"))
    tab = open_tab(qtbot, make_ctx(operator))
    dialog = enrol_dialog(qtbot, tab)
    # No income is put in the clerk's mouth: the worker declares it.
    assert dialog.income_edit.text() == ""
    assert not dialog.save_button.isEnabled()
    find(qtbot, dialog, "3674045708850001")
    # The occupation comes from the registry (make_draft's "Pedagang keliling").
    assert dialog.occupation_combo.currentText() == "Pedagang keliling"
    assert dialog.results.count() == 1
    assert dialog.person is not None
    assert dialog.person.nik == "3674045708850001"
    assert dialog.problems == []
    assert dialog.problems_label.isHidden()
    assert dialog.save_button.isEnabled()
    dialog.save()
    settle(qtbot, dialog._ctx)
    assert dialog.error_label.text().startswith("Tulis penghasilan sebulan")
    assert services.jamsos_listing.count(actor=operator, filter=tab.filter_bar.member_filter()) == 0
    dialog.occupation_combo.setEditText("")
    dialog.income_edit.setText("1.500.000")
    dialog.save()
    settle(qtbot, dialog._ctx)
    assert "Tulis pekerjaan" in dialog.error_label.text()
    dialog.occupation_combo.setCurrentIndex(dialog.occupation_combo.findText("pemulung"))
    dialog.location_edit.setText("TPS Serua")
    dialog.income_edit.setText("1.500.000,50")
    dialog.save()
    settle(qtbot, dialog._ctx)
    assert "bukan rupiah bulat" in dialog.error_label.text()
    dialog.income_edit.setText("Rp1.500.000")
    with qtbot.waitSignal(dialog.finished, timeout=10_000) as closed:
        dialog.save()
    assert closed.args == [dialog.DialogCode.Accepted.value]
    qtbot.waitUntil(lambda: tab.history is not None, timeout=10_000)
    assert [row.full_name for row in shown(tab)] == ["Siti <b>Aminah</b> & =1"]
    assert tab.detail.text_of("name") == "Siti <b>Aminah</b> & =1"
    assert tab.detail.text_of("income") == "Rp1.500.000"
    assert tab.detail.text_of("location") == "TPS Serua"
    assert tab.detail.text_of("status") == "diusulkan"


def test_a_member_is_not_enrolled_twice(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, services: Services
) -> None:
    services.people.register(actor=operator, draft=make_draft())
    services.jamsos.enroll(actor=operator, nik="3674045708850001", occupation="nelayan")
    dialog = enrol_dialog(qtbot, open_tab(qtbot, make_ctx(operator)))
    find(qtbot, dialog, "siti")
    assert dialog.problems == ["Sudah terdaftar sebagai peserta Jamsosnaker."]
    assert not dialog.save_button.isEnabled()


def test_a_supervisor_is_not_offered_an_exception_for_a_second_running_membership(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, services: Services
) -> None:
    services.people.register(actor=supervisor, draft=make_draft())
    services.jamsos.enroll(actor=supervisor, nik="3674045708850001", occupation="nelayan")
    dialog = enrol_dialog(qtbot, open_tab(qtbot, make_ctx(supervisor)))
    find(qtbot, dialog, "siti")
    assert dialog.problems == ["Sudah terdaftar sebagai peserta Jamsosnaker."]
    assert "tidak ada pengecualian" in dialog.problems_label.text()
    assert dialog.override_edit.isHidden()
    assert not dialog.save_button.isEnabled()


def test_failed_rules_are_shown_an_operator_stops_and_a_supervisor_overrides_with_a_reason(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, supervisor: Actor, services: Services
) -> None:
    services.people.register(
        actor=operator,
        draft=make_draft(nik=YOUNG_NIK, full_name="Rudi Muda", sex="L", birth_date="2012-01-01", desil="7"),
    )
    dialog = enrol_dialog(qtbot, open_tab(qtbot, make_ctx(operator)))
    find(qtbot, dialog, "rudi")
    assert len(dialog.problems) == 2
    text = dialog.problems_label.text()
    assert text.startswith("Tidak memenuhi syarat (hanya supervisor")
    assert "Desil 7 di atas batas program" in text
    assert "di bawah batas minimal 18" in text
    assert not dialog.save_button.isEnabled()
    assert not dialog.override_edit.isEnabled()
    dialog.reject()

    tab = open_tab(qtbot, make_ctx(supervisor))
    dialog = enrol_dialog(qtbot, tab)
    find(qtbot, dialog, YOUNG_NIK)
    assert dialog.problems_label.text().startswith("Tidak memenuhi syarat:")
    assert dialog.save_button.isEnabled()
    assert dialog.override_edit.isVisibleTo(dialog)
    dialog.occupation_combo.setEditText("  Tukang  parkir ")
    dialog.income_edit.setText("900.000")
    dialog.save()
    settle(qtbot, dialog._ctx)
    assert dialog.error_label.text() == "Tulis alasan mendaftarkan walau tidak memenuhi syarat."
    assert services.jamsos_listing.count(actor=supervisor, filter=tab.filter_bar.member_filter()) == 0
    dialog.override_edit.setPlainText("Disposisi Kepala Dinas no. 12")
    dialog.save()
    settle(qtbot, dialog._ctx)
    qtbot.waitUntil(lambda: tab.history is not None, timeout=10_000)
    history = tab.history
    assert history is not None
    assert history.member.occupation == "Tukang parkir"
    (event,) = history.events
    assert (event.to_status, event.override, event.reason) == (
        MemberStatus.PROPOSED,
        True,
        "Disposisi Kepala Dinas no. 12",
    )


def test_nobody_found_says_to_register_first(qtbot: QtBot, make_ctx: MakeCtx, operator: Actor) -> None:
    dialog = enrol_dialog(qtbot, open_tab(qtbot, make_ctx(operator)))
    find(qtbot, dialog, "Tidak Ada Orangnya")
    assert dialog.results.count() == 0
    assert dialog.chosen_label.text() == "Tidak ditemukan. Daftarkan dulu penduduknya di Penduduk."
    dialog.save()
    settle(qtbot, dialog._ctx)
    assert dialog.error_label.text() == "Pilih penduduknya dulu."
