# mypy: disable-error-code="no-untyped-call"
"""The Members tab as a clerk uses it: filters, count, details with history, role-bound actions."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.jamsos_page import JamsosPage
from tangsel_desktop.ui.jamsos.members_table_model import MembersTableModel
from tangsel_desktop.ui.jamsos.membership_history import MembershipHistoryPanel
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tests.services.jamsos_members_seed import Seeded, seed_members
from tests.ui.jamsos.members_fixtures import (
    MakeCtx,
    apply_filters,
    open_tab,
    select_first,
    shown,
    wait_loaded,
)
from tests.ui.waiting import fetch_all, settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

COUNT = 12  # the six-status pattern twice


@pytest.fixture
def seeded(services: Services, operator: Actor, supervisor: Actor) -> list[Seeded]:
    return seed_members(services, operator, supervisor, COUNT)


def test_the_area_page_opens_on_the_members_tab(qtbot: QtBot, make_ctx: MakeCtx, operator: Actor) -> None:
    page = JamsosPage(make_ctx(operator))
    qtbot.addWidget(page)
    assert page.tabs.currentWidget() is page.members_tab
    wait_loaded(qtbot, page.members_tab)
    assert page.members_tab.count_label.text() == "Belum ada peserta. Daftarkan pekerja untuk memulai."


def test_filters_change_the_rows_and_the_count(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    bar = tab.filter_bar
    assert len(shown(tab)) == COUNT
    assert tab.count_label.text() == "12 peserta"
    assert tab.table.isColumnHidden(MembersTableModel.KELURAHAN)  # a kelurahan office: one kelurahan
    names = [row.full_name for row in shown(tab)]
    assert names == sorted(names)

    bar.status_combo.setCurrentIndex(bar.status_combo.findText("aktif"))
    wait_loaded(qtbot, tab)
    assert {row.nik for row in shown(tab)} == {s.nik for s in seeded if s.status is MemberStatus.ACTIVE}
    assert tab.count_label.text() == "4 peserta"
    assert tab.model.data(tab.model.index(0, MembersTableModel.STATUS)) == "aktif"

    bar.status_combo.setCurrentIndex(0)
    bar.occupation_combo.setCurrentIndex(bar.occupation_combo.findText("pedagang kaki lima"))
    wait_loaded(qtbot, tab)
    assert {row.nik for row in shown(tab)} == {s.nik for s in seeded if s.occupation == "Pedagang kaki lima"}

    bar.occupation_combo.setCurrentIndex(0)
    bar.rw_edit.setText("2")
    bar.month_edit.setText("2025-07")
    apply_filters(qtbot, tab)
    july = YearMonth(2025, 7)
    assert {row.nik for row in shown(tab)} == {s.nik for s in seeded if s.rw == "002" and s.covers(july)}

    bar.rw_edit.clear()
    bar.month_edit.clear()
    qtbot.keyClicks(bar.search_edit, "budi")
    apply_filters(qtbot, tab)
    assert [row.full_name for row in shown(tab)] == [s.name for s in seeded if s.name.startswith("Budi")]

    bar.search_edit.setText("zzz")
    apply_filters(qtbot, tab)
    assert tab.count_label.text() == "Tidak ada peserta yang cocok dengan saringan."


def test_a_bad_month_or_rw_is_named_and_the_rows_stay(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    tab.filter_bar.month_edit.setText("2025-13")
    apply_filters(qtbot, tab)
    assert "Bulan 13 tidak ada" in tab.message_label.text()
    assert len(shown(tab)) == COUNT
    tab.filter_bar.month_edit.clear()
    tab.filter_bar.rw_edit.setText("x")
    apply_filters(qtbot, tab)
    assert "RW harus angka" in tab.message_label.text()
    tab.filter_bar.rw_edit.clear()
    apply_filters(qtbot, tab)
    assert tab.message_label.isHidden()


def test_the_detail_panel_shows_the_member_and_its_history(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    assert tab.detail.hint.text().startswith("Pilih peserta")
    row = select_first(qtbot, tab, MemberStatus.ENDED)
    detail = tab.detail
    assert detail.text_of("name") == row.full_name
    assert detail.text_of("status") == "berhenti"
    assert detail.text_of("months") == "Januari 2025 – Juni 2025"
    assert detail.text_of("ended") == "pindah domisili"
    assert detail.text_of("income") == "Rp1.000.000"
    assert detail.text_of("kpj") == row.kpj_number
    events = detail.events
    assert events.rowCount() == 5
    assert events.cell_text(0, events.STEP) == "(baru) →\ndiusulkan"
    assert events.cell_text(0, events.WHEN).endswith("\nops")
    assert events.cell_text(4, events.STEP) == "aktif →\nberhenti"
    assert events.cell_text(3, events.WHY) == f"Januari 2025; KPJ {row.kpj_number}"


def test_an_operator_sees_the_status_actions_disabled_with_the_reason(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    assert not tab.step_button.isEnabled()
    assert tab.step_button.toolTip() == "Pilih peserta dulu"
    select_first(qtbot, tab, MemberStatus.PROPOSED)
    for button in (tab.step_button, tab.override_button, tab.death_button):
        assert not button.isEnabled()
        assert button.toolTip() == "Hanya supervisor atau administrator yang boleh mengubah status peserta"
    assert tab.enrol_button.isEnabled()
    assert tab.step() is None
    assert tab.override() is None


def test_a_supervisor_steps_a_member_to_active_with_kpj_and_first_month(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(supervisor))
    row = select_first(qtbot, tab, MemberStatus.SUBMITTED)
    assert tab.step_button.text() == "Status berikutnya: aktif…"
    dialog = tab.step()
    assert dialog is not None
    assert dialog.fields.kpj_edit.isVisibleTo(dialog)
    assert not dialog.fields.reason_combo.isVisibleTo(dialog)
    dialog.save()
    settle(qtbot, tab._ctx)
    assert "KPJ" in dialog.error_label.text()
    dialog.fields.month_edit.setText("09-2025")
    for wrong, said in (("abc", "harus berisi angka saja (11 angka"), ("2509999999", "berisi 10 angka")):
        dialog.fields.kpj_edit.setText(wrong)
        dialog.save()
        settle(qtbot, tab._ctx)
        assert said in dialog.error_label.text()
        assert dialog.isVisible()
    assert (
        tab._ctx.services.jamsos.member(actor=supervisor, member_id=row.id).status is MemberStatus.SUBMITTED
    )
    dialog.fields.kpj_edit.setText("25099999999")
    with qtbot.waitSignal(dialog.finished, timeout=10_000) as closed:
        dialog.save()
    assert closed.args == [dialog.DialogCode.Accepted.value]
    qtbot.waitUntil(lambda: tab.history is not None and tab.history.member.status is MemberStatus.ACTIVE)
    assert tab.selected_id() == row.id
    assert tab.detail.text_of("kpj") == "25099999999"
    assert tab.detail.text_of("months") == "September 2025 – sekarang"
    assert tab.step_button.text() == "Status berikutnya: berhenti…"


def test_ending_asks_for_the_last_month_and_a_reason_other_than_death(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(supervisor))
    select_first(qtbot, tab, MemberStatus.ACTIVE)
    dialog = tab.step()
    assert dialog is not None
    combo = dialog.fields.reason_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Pilih alasan…",
        "pindah domisili",
        "bekerja formal",
        "tidak lagi memenuhi syarat",
        "mengundurkan diri",
    ]
    dialog.fields.month_edit.setText("2025-10")
    dialog.save()
    settle(qtbot, tab._ctx)
    assert "alasan berhenti" in dialog.error_label.text()
    combo.setCurrentIndex(combo.findText("bekerja formal"))
    dialog.fields.month_edit.setText("2025-13")
    dialog.save()
    assert "Bulan 13" in dialog.error_label.text()
    dialog.fields.month_edit.setText("2025-10")
    dialog.save()
    qtbot.waitUntil(lambda: tab.history is not None and tab.history.member.status is MemberStatus.ENDED)
    assert tab.detail.text_of("ended") == "bekerja formal"
    assert not tab.step_button.isEnabled()
    assert "daftarkan pekerja lagi" in tab.step_button.toolTip()
    assert not tab.death_button.isEnabled()


def test_a_step_back_needs_a_written_reason_kept_as_an_exception(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, services: Services, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(supervisor))
    row = select_first(qtbot, tab, MemberStatus.VERIFIED)
    dialog = tab.override()
    assert dialog is not None
    dialog.choose(MemberStatus.PROPOSED)
    dialog.save()
    assert dialog.error_label.text() == "Tulis alasan pengecualian ini."
    dialog.reason_edit.setPlainText("Berkas KTP belum lengkap <lagi> & =ulang")
    dialog.save()
    qtbot.waitUntil(lambda: tab.history is not None and tab.history.member.status is MemberStatus.PROPOSED)
    last = tab.history.events[-1] if tab.history is not None else None
    assert last is not None
    assert last.override
    assert last.reason == "Berkas KTP belum lengkap <lagi> & =ulang"
    assert tab.detail.events.cell_text(2, tab.detail.events.WHY) == (
        "pengecualian: Berkas KTP belum lengkap <lagi> & =ulang"
    )
    assert services.jamsos.member(actor=supervisor, member_id=row.id).status is MemberStatus.PROPOSED


def test_record_death_hands_the_selected_member_on(
    qtbot: QtBot, make_ctx: MakeCtx, supervisor: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(supervisor))
    row = select_first(qtbot, tab, MemberStatus.ACTIVE)
    assert tab.death_button.isEnabled()
    with qtbot.waitSignal(tab.death_requested) as emitted:
        tab.death_button.click()
    member = emitted.args[0] if emitted.args else None
    assert isinstance(member, MemberView)
    assert (member.id, member.status) == (row.id, MemberStatus.ACTIVE)


def test_a_change_elsewhere_refreshes_the_listing(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    operator: Actor,
    supervisor: Actor,
    services: Services,
    seeded: list[Seeded],
) -> None:
    ctx = make_ctx(operator)
    tab = open_tab(qtbot, ctx)
    proposed = next(s for s in seeded if s.status is MemberStatus.PROPOSED)
    _member, summary = services.jamsos.set_status(
        actor=supervisor, nik=proposed.nik, to=MemberStatus.VERIFIED
    )
    ctx.bus.publish(summary)
    qtbot.waitUntil(
        lambda: next(r for r in shown(tab) if r.nik == proposed.nik).status is MemberStatus.VERIFIED,
        timeout=10_000,
    )


def test_the_table_grows_a_page_at_a_time_without_repeats(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    tab.model.page_size = 5
    tab.hide()  # a shown table fetches until its viewport is full
    tab.refresh()
    wait_loaded(qtbot, tab)
    assert tab.model.rowCount() == 5
    assert tab.count_label.text() == "5 dari 12 peserta, gulir untuk selebihnya"
    fetch_all(qtbot, tab.model)
    ids = [row.id for row in shown(tab)]
    assert len(ids) == len(set(ids)) == COUNT
    assert tab.count_label.text() == "12 peserta"


def test_enter_on_a_member_opens_the_persons_record_with_the_history(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, seeded: list[Seeded]
) -> None:
    tab = open_tab(qtbot, make_ctx(operator))
    assert not tab.person_button.isEnabled()
    row = select_first(qtbot, tab, MemberStatus.ACTIVE)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.person_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    settle(qtbot, tab._ctx)
    assert isinstance(dialog, PersonDialog)
    assert dialog.detail is not None
    assert dialog.detail.nik == row.nik
    panel = dialog.program_sections["jamsosnaker"]
    assert isinstance(panel, MembershipHistoryPanel)
    assert panel.isVisible()
    assert panel.summaries()[0].startswith(f"{row.occupation} — aktif")
    dialog.reject()
    qtbot.waitUntil(lambda: tab.person_dialog is None)
