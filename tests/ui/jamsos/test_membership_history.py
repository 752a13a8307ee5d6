# mypy: disable-error-code="no-untyped-call"
"""The person page shows a resident's Jamsosnaker memberships, newest first, each with its history."""

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.membership_history import EventsTable, MembershipHistoryPanel
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tests.conftest import make_draft
from tests.ui.jamsos.members_fixtures import MakeCtx
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NIK = "3674045708850001"


def test_the_person_page_shows_every_membership_with_its_events(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, supervisor: Actor, services: Services
) -> None:
    detail, _ = services.people.register(actor=operator, draft=make_draft(nik=NIK))
    jamsos = services.jamsos
    jamsos.enroll(actor=operator, nik=NIK, occupation="pemulung", work_location="TPS Serua")
    jamsos.set_status(actor=supervisor, nik=NIK, to=MemberStatus.SUBMITTED, reason="Berkas lengkap")
    jamsos.set_status(
        actor=supervisor, nik=NIK, to=MemberStatus.ACTIVE, kpj="25012345678", month=YearMonth(2025, 1)
    )
    jamsos.set_status(
        actor=supervisor,
        nik=NIK,
        to=MemberStatus.ENDED,
        month=YearMonth(2025, 4),
        end_reason=EndReason.WITHDREW,
    )
    jamsos.enroll(actor=operator, nik=NIK, occupation="nelayan")

    dialog = PersonDialog(make_ctx(operator), detail.id)
    settle(qtbot, dialog._ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog._ctx)
    panel = dialog.program_sections["jamsosnaker"]
    assert isinstance(panel, MembershipHistoryPanel)
    assert panel.isVisible()
    assert not dialog.programs.isVisible()
    assert panel.title() == "Kepesertaan Jamsosnaker"
    newest, oldest = panel.summaries()
    assert newest.splitlines()[0] == "nelayan — diusulkan"
    assert oldest.splitlines() == [
        "pemulung — berhenti",
        "Nomor KPJ: 25012345678",
        "Ditanggung: Januari 2025 – April 2025",
        "Berhenti karena: mengundurkan diri",
        "Lokasi kerja: TPS Serua",
        "Penghasilan: Rp1.000.000",
    ]
    tables = panel.findChildren(EventsTable)
    assert [table.rowCount() for table in tables] == [1, 4]
    assert tables[1].cell_text(1, EventsTable.WHY) == "pengecualian: Berkas lengkap"
    assert tables[1].cell_text(1, EventsTable.WHEN).endswith("\nspv")


def test_a_resident_who_never_was_a_member_keeps_the_programs_note(
    qtbot: QtBot, make_ctx: MakeCtx, operator: Actor, services: Services
) -> None:
    detail, _ = services.people.register(actor=operator, draft=make_draft(nik=NIK))
    dialog = PersonDialog(make_ctx(operator), detail.id)
    settle(qtbot, dialog._ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog._ctx)
    assert not dialog.program_sections["jamsosnaker"].isVisible()
    assert dialog.programs.isVisible()
    panel = dialog.program_sections["jamsosnaker"]
    assert isinstance(panel, MembershipHistoryPanel)
    assert panel.histories == ()
