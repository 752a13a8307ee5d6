# mypy: disable-error-code="no-untyped-call"
"""The claim panel driven as a clerk would: nothing chosen, no claim, a claim with notes, a refusal."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.jamsos.claim_rules import ClaimStage
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos.claim_panel import ClaimPanel
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.jamsos.claims_fixtures import QT_OFFSCREEN_NOISE, active_member, previews  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)
MakeCtx = Callable[[Actor], UiContext]


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def loaded(qtbot: QtBot, panel: ClaimPanel) -> None:
    qtbot.waitUntil(
        lambda: not panel.progress.running and panel.empty_label.text() != "Memuat…", timeout=10000
    )


def test_no_member_then_no_claim_then_a_death_from_elsewhere(
    qtbot: QtBot, make_ctx: MakeCtx, services: Services, supervisor: Actor, operator: Actor
) -> None:
    ctx = make_ctx(operator)
    panel = ClaimPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.empty_label.text() == "Pilih peserta untuk melihat klaim kematiannya."
    assert not panel.add_button.isEnabled()
    member = active_member(services, supervisor)
    panel.show_member(member.id)
    loaded(qtbot, panel)
    assert panel.empty_label.text() == "Belum ada kematian yang dicatat untuk peserta ini."
    assert not panel.checklist_button.isEnabled()
    # The death dialog publishes its change on the bus; the panel follows.
    _claim, summary = services.jamsos_claims.record_death(
        actor=supervisor, member_id=member.id, died_on=date(2025, 3, 1)
    )
    ctx.bus.publish(summary)
    qtbot.waitUntil(lambda: panel.claim is not None, timeout=10000)
    assert "Siti Aminah meninggal pada 1 Maret 2025 (bukan kecelakaan kerja); masa iuran 39 bulan." in (
        panel.summary_label.text()
    )
    assert "Beasiswa untuk paling banyak 2 anak: berlaku." in panel.summary_label.text()
    assert panel.notes_table.rowCount() == 1
    heading, note = cell(panel.notes_table, 0, 0).split("\n")
    assert heading.split(" · ")[1:] == ["daftar berkas diserahkan", "spv"]
    assert note.startswith("Kematian dicatat")


def test_notes_are_added_and_a_paid_note_needs_words(
    qtbot: QtBot,
    make_ctx: MakeCtx,
    services: Services,
    supervisor: Actor,
    operator: Actor,
    previews: list[Path],  # noqa: F811
) -> None:
    member = active_member(services, supervisor)
    services.jamsos_claims.record_death(actor=supervisor, member_id=member.id, died_on=date(2025, 3, 1))
    panel = ClaimPanel(make_ctx(operator))
    qtbot.addWidget(panel)
    panel.show_member(member.id)
    loaded(qtbot, panel)
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(ClaimStage.SUBMITTED.value))
    assert panel.stage_combo.currentText() == "diajukan ke BPJS"
    qtbot.keyClicks(panel.note_edit, "<b>KC</b> =1+1")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.notes_table.rowCount() == 2, timeout=10000)
    heading, note = cell(panel.notes_table, 1, 0).split("\n")
    assert note == "<b>KC</b> =1+1"
    assert heading.endswith(" · diajukan ke BPJS · ops")
    assert panel.message_label.text() == "Catatan ditambahkan."
    assert panel.note_edit.text() == ""
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData(ClaimStage.PAID.value))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "jumlah yang dibayar" in panel.message_label.text(), timeout=10000)
    claim = services.jamsos_claims.claim(actor=supervisor, member_id=member.id)
    assert claim is not None
    assert [note.stage for note in claim.notes] == [ClaimStage.CHECKLIST_GIVEN, ClaimStage.SUBMITTED]
    qtbot.mouseClick(panel.checklist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)
    assert previews[0].read_bytes().startswith(b"%PDF")
