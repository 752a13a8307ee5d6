# mypy: disable-error-code="no-untyped-call"
"""The death dialog driven as a clerk would: refusals stay on screen, a death ends the membership."""

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.death_dialog import DeathDialog
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE, active_member, previews  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)

MakeCtx = Callable[[Actor], UiContext]


def test_a_supervisor_records_a_death_and_shows_the_checklist(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    services: Services,
    supervisor: Actor,
    previews: list[Path],  # noqa: F811
) -> None:
    member = active_member(services, supervisor, name="Siti <b>Aminah</b>")
    dialog = DeathDialog(make_ctx(supervisor), member)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Siti <b>Aminah</b>" in dialog.summary_label.text()
    assert "3674045708850001" not in dialog.summary_label.text()
    assert dialog.windowTitle() == "Catat kematian"
    dialog.died_on_edit.setDate(QDate(2025, 3, 14))
    qtbot.keyClicks(dialog.heir_name_edit, "Budi & =Santoso")
    dialog.heir_relation_combo.setCurrentText("suami")
    qtbot.keyClicks(dialog.heir_phone_edit, "0812 3456 7890")
    dialog.work_accident_check.setChecked(True)
    assert not dialog.checklist_button.isEnabled()
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.claim is not None
    assert dialog.claim.benefits.jkk == 48_000_000
    assert "Tercatat" in dialog.message_label.text()
    assert "Rp42.000.000" in dialog.message_label.text()
    assert not dialog.record_button.isEnabled()
    assert not dialog.heir_name_edit.isEnabled()
    stored = services.jamsos.member(actor=supervisor, member_id=member.id)
    assert (stored.status, stored.last_month, stored.end_reason) == (MemberStatus.ENDED, "2025-03", "died")
    claim = services.jamsos_claims.claim(actor=supervisor, member_id=member.id)
    assert claim is not None
    assert (claim.heir_name, claim.heir_relation) == ("Budi & =Santoso", "suami")

    qtbot.mouseClick(dialog.checklist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)
    assert previews[0].parent == services.paths.root / "cetak"
    text = subprocess.run(
        ["pdftotext", str(previews[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Siti <b>Aminah</b>" in text
    assert "Budi & =Santoso (suami)" in text
    assert "Daftar berkas disimpan" in dialog.message_label.text()


def test_refusals_keep_the_member_active(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, supervisor: Actor
) -> None:
    member = active_member(services, supervisor)
    dialog = DeathDialog(make_ctx(supervisor), member)
    qtbot.addWidget(dialog)
    dialog.died_on_edit.setDate(QDate(2025, 3, 14))
    qtbot.keyClicks(dialog.last_month_edit, "2025-13")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "Bulan 13 tidak ada" in dialog.message_label.text()
    dialog.last_month_edit.setText("2025-02")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sebelum bulan meninggal" in dialog.message_label.text(), timeout=10000)
    dialog.last_month_edit.clear()
    dialog.died_on_edit.setDate(QDate(2021, 12, 31))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sebelum bulan pertama" in dialog.message_label.text(), timeout=10000)
    assert dialog.record_button.isEnabled()
    assert services.jamsos.member(actor=supervisor, member_id=member.id).status is MemberStatus.ACTIVE
    assert services.jamsos_claims.claim(actor=supervisor, member_id=member.id) is None


def test_an_operator_sees_why_the_form_is_locked(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, supervisor: Actor, operator: Actor
) -> None:
    member = active_member(services, supervisor)
    dialog = DeathDialog(make_ctx(operator), member)
    qtbot.addWidget(dialog)
    assert not dialog.record_button.isEnabled()
    assert not dialog.died_on_edit.isEnabled()
    assert dialog.message_label.text() == "Hanya supervisor dan administrator yang boleh mencatat kematian."
    dialog.record()  # Enter reaching here does nothing
    assert services.jamsos.member(actor=supervisor, member_id=member.id).status is MemberStatus.ACTIVE
