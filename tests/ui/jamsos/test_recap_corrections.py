"""On screen, at 1366x768: a signed month keeps its figures, the next lists "Koreksi bulan lalu"."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.recap_tab import RecapTab
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import OFFICE_CODE
from tests.services.bpjs_fixtures import member, nik
from tests.services.jamsos_recap_fixtures import Worker, insert_workers
from tests.ui.jamsos.members_fixtures import open_tab as members_tab
from tests.ui.jamsos.members_fixtures import select_first
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SEPTEMBER, OCTOBER = YearMonth(2025, 9), YearMonth(2025, 10)


def open_tab(qtbot: QtBot, ctx: UiContext, today: date) -> RecapTab:
    tab = RecapTab(ctx, today=lambda: today)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    return tab


def test_the_next_months_recap_lists_the_correction_and_the_signed_month_is_unchanged(
    qtbot: QtBot,
    make_ctx: Callable[[Actor], UiContext],
    services: Services,
    supervisor: Actor,
    tmp_path: Path,
) -> None:
    insert_workers(services.database.file, [Worker(OFFICE_CODE, "003", "pemulung", "2025-01")] * 3)
    member(services, supervisor, 90, MemberStatus.SUBMITTED, name="Warga Susulan")
    services.jamsos_recap_files.save_recap(
        actor=supervisor, month=SEPTEMBER, target=tmp_path / "rekap-09.pdf"
    )
    services.jamsos.set_status(
        actor=supervisor,
        nik=nik(90),
        to=MemberStatus.ACTIVE,
        kpj="25000000090",
        month=YearMonth(2025, 8),
        reason="BPJS mengaktifkan sejak Agustus",
    )
    tab = open_tab(qtbot, make_ctx(supervisor), date(2025, 10, 5))
    assert tab.corrections_box.isVisible()
    model = tab.corrections_model
    assert model.rowCount() == 1
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells == [
        f"Warga Susulan ({nik(90)})",
        "ditambah: Agustus 2025 – September 2025",
        "BPJS mengaktifkan sejak Agustus",
        "2",
        "Rp33.600",
    ]
    assert tab.corrections_total.text() == (
        "Koreksi +Rp33.600 diperhitungkan bersama bulan ini; jumlah termasuk koreksi: Rp100.800"
    )
    assert tab.members_value.text() == "4 orang"
    grabbed = tab.grab()
    assert (grabbed.width(), grabbed.height()) == (1366, 768)
    assert tab.corrections_view.isVisible()
    assert tab.corrections_view.geometry().bottom() < tab.height()

    tab.month_picker.set_month(SEPTEMBER)
    qtbot.waitUntil(lambda: not tab.loading and tab.recap is not None and tab.recap.month == "2025-09")
    assert not tab.corrections_box.isVisible()
    assert (tab.members_value.text(), tab.amount_value.text()) == ("3 orang", "Rp50.400")


def test_in_the_members_tab_a_backdated_step_is_refused_and_an_exception_with_a_reason_corrects(
    qtbot: QtBot,
    make_ctx: Callable[[Actor], UiContext],
    services: Services,
    supervisor: Actor,
    tmp_path: Path,
) -> None:
    member(services, supervisor, 91, MemberStatus.ACTIVE, first=YearMonth(2025, 1))
    member(services, supervisor, 92, MemberStatus.SUBMITTED, name="Warga Susulan")
    services.jamsos_recap_files.save_recap(actor=supervisor, month=SEPTEMBER, target=tmp_path / "rekap.pdf")
    tab = members_tab(qtbot, make_ctx(supervisor))
    tab.resize(1366, 768)
    select_first(qtbot, tab, MemberStatus.SUBMITTED)
    step = tab.step()
    assert step is not None
    step.fields.kpj_edit.setText("25000000092")
    step.fields.month_edit.setText("2025-08")
    step.save()
    settle(qtbot, tab._ctx)
    assert "sudah ditandatangani" in step.error_label.text()
    assert "Koreksi bulan lalu" in step.error_label.text()
    step.reject()
    override = tab.override()
    assert override is not None
    override.choose(MemberStatus.ACTIVE)
    override.fields.kpj_edit.setText("25000000092")
    override.fields.month_edit.setText("2025-08")
    override.reason_edit.setPlainText("BPJS mengaktifkan sejak Agustus")
    override.save()
    qtbot.waitUntil(lambda: tab.history is not None and tab.history.member.status is MemberStatus.ACTIVE)
    october = services.jamsos.recap(actor=supervisor, month=OCTOBER)
    assert [(c.full_name, c.months) for c in october.corrections] == [
        ("Warga Susulan", "Agustus 2025 – September 2025")
    ]
    assert services.jamsos.recap(actor=supervisor, month=SEPTEMBER).members == 1
