# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The person dialog's UU PDP buttons: the personal data report as a PDF, and erasure after confirming."""

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.erasure_service import ErasurePlan
from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people import pdp_actions
from tangsel_desktop.ui.people.pdp_actions import ErasureDialog
from tests.ui.people.conftest import MakeContext, open_page
from tests.ui.waiting import closed, settle

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def test_the_report_button_saves_the_pdf_and_says_where(
    qtbot: QtBot, role_ctx: MakeContext, siti: PersonDetail, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = role_ctx("spv")
    target = tmp_path / "laporan.pdf"
    monkeypatch.setattr(pdp_actions, "choose_pdp_report_file", lambda _parent, _suggested: target)
    page = open_page(qtbot, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, ctx)
    assert dialog.report_button.text() == "Laporan data pribadi…"
    assert dialog.report_button.isEnabled()
    assert not dialog.erase_button.isEnabled()  # a supervisor may not erase
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "Laporan data pribadi disimpan" in dialog.notice_label.text())
    assert "laporan.pdf" in dialog.notice_label.text()
    assert dialog.notice_label.toolTip() == str(target)
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Siti Aminah" in text
    assert "Laporan Data Pribadi" in text
    dialog.reject()


def test_an_operator_has_neither_button(qtbot: QtBot, role_ctx: MakeContext, siti: PersonDetail) -> None:
    ctx = role_ctx("ops")
    page = open_page(qtbot, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, ctx)
    assert dialog.report_button.isVisible()
    assert not dialog.report_button.isEnabled()
    assert not dialog.erase_button.isEnabled()
    dialog.reject()


def test_the_erase_button_names_what_goes_then_erases(
    qtbot: QtBot,
    role_ctx: MakeContext,
    services: Services,
    siti: PersonDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = role_ctx("admin")
    shown: list[ErasurePlan] = []

    def confirm(_parent: object, plan: ErasurePlan) -> str:
        shown.append(plan)
        return "permintaan"

    monkeypatch.setattr(pdp_actions, "confirm_erasure", confirm)
    page = open_page(qtbot, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, ctx)
    assert dialog.erase_button.text() == "Hapus data pribadi…"
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: closed(dialog))
    assert [plan.full_name for plan in shown] == ["Siti Aminah"]
    assert any(line.startswith("NIK, nama") for line in shown[0].removed)
    assert services.people.find_by_nik(actor=ctx.actor, nik=siti.nik) is None
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_the_erase_button_says_why_not_while_a_program_runs_and_asks_nothing(
    qtbot: QtBot,
    role_ctx: MakeContext,
    services: Services,
    siti: PersonDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = role_ctx("admin")
    services.jamsos.enroll(actor=ctx.actor, nik=siti.nik, occupation="pemulung")
    asked: list[ErasurePlan] = []

    def confirm(_parent: object, plan: ErasurePlan) -> str | None:
        asked.append(plan)
        return None

    monkeypatch.setattr(pdp_actions, "confirm_erasure", confirm)
    page = open_page(qtbot, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, ctx)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: "belum dapat dihapus" in dialog.error_label.text())
    assert "Jamsosnaker" in dialog.error_label.text()
    assert asked == []
    assert services.people.find_by_nik(actor=ctx.actor, nik=siti.nik) is not None
    dialog.reject()


def test_the_confirmation_lists_what_goes_and_stays_and_offers_the_reasons(
    qtbot: QtBot, role_ctx: MakeContext, services: Services, siti: PersonDetail
) -> None:
    ctx = role_ctx("admin")
    plan = services.erasure.plan(actor=ctx.actor, person_id=siti.id)
    dialog = ErasureDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Siti Aminah" in dialog.heading.text()
    details = dialog.details.toPlainText()
    assert details.startswith("Yang dihapus:")
    assert "• foto (bila ada)" in details
    assert "Yang disimpan untuk pertanggungjawaban kantor" in details
    assert "nisan" in details
    assert dialog.reason.count() == 4
    assert dialog.chosen_reason() == "permintaan"
    assert dialog.cancel_button.isDefault()
