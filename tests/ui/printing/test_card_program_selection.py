# mypy: disable-error-code="no-untyped-call"
"""Cetak's "Jamsosnaker members" button adds this month's members, of the RW typed if any, and nobody else."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.services.test_jamsos_service import activate, register
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def test_the_program_button_adds_the_members_of_the_rw_typed(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor
) -> None:
    members = []
    for number, rw in ((1, "001"), (2, "002"), (3, "002")):
        nik = register(services, supervisor, number, rw=rw, full_name=f"Anggota {number}")
        services.jamsos.enroll(actor=supervisor, nik=nik, occupation="ojek pangkalan")
        activate(services, supervisor, nik, YearMonth(2024, 1))
        members.append(nik)
    register(services, supervisor, 4, rw="002", full_name="Bukan Anggota")
    page = open_page("spv")  # kept: the page owns the widgets
    selection = page.cards.selection
    qtbot.keyClicks(selection.rw_edit, "2")
    qtbot.mouseClick(selection.program_buttons["jamsosnaker"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == 2, timeout=10_000)
    assert sorted(person.nik for person in selection.chosen.rows) == members[1:]
    selection.rw_edit.clear()
    qtbot.mouseClick(selection.program_buttons["jamsosnaker"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == 3, timeout=10_000)
    assert sorted(person.nik for person in selection.chosen.rows) == members
