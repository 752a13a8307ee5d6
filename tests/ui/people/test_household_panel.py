# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The household on the person's dialog: members with the head marked, a new head, a new KK number."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people.household_panel import HouseholdPanel
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft
from tests.ui.waiting import closed, settle

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def register_husband(services: Services, ctx: UiContext) -> PersonDetail:
    detail, _summary = services.people.register(
        actor=ctx.actor,
        draft=make_draft(nik="3674041203800004", full_name="Ahmad Yani", sex="L", birth_date="1980-03-12"),
    )
    return detail


def member_rows(panel: HouseholdPanel) -> list[tuple[str, str]]:
    """(name, role) per member row, as the clerk reads them."""
    rows = []
    for row in range(panel.members.rowCount()):
        name, role = panel.members.item(row, 0), panel.members.item(row, 2)
        assert name is not None
        assert role is not None
        rows.append((name.text(), role.text()))
    return rows


def test_the_household_lists_members_with_the_head_marked_and_no_programs_yet(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    register_husband(services, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    panel = dialog.household
    assert panel.title() == "Keluarga"
    assert panel.kk_label.text() == "No. KK 3674041203150002 · 2 anggota"
    # Oldest first; Siti registered first and so heads the family.
    # Nobody's relation is recorded yet: the office's head is marked, the others say so.
    assert member_rows(panel) == [("Ahmad Yani", "belum diisi"), ("Siti Aminah", "Kepala keluarga")]
    assert dialog.programs.message.text() == "Belum ada program yang tercatat untuk orang ini."
    assert not panel.head_button.isEnabled()  # Siti, selected, already heads it
    dialog.reject()


def test_make_head_of_household(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    ahmad = register_husband(services, ctx)
    dialog = page.open_person(ahmad.id)
    settle(qtbot, page._ctx)
    panel = dialog.household
    assert panel.head_button.text() == "Jadikan kepala keluarga"
    assert panel.head_button.isEnabled()
    qtbot.mouseClick(panel.head_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert services.people.get(actor=ctx.actor, person_id=ahmad.id).is_head
    assert not services.people.get(actor=ctx.actor, person_id=siti.id).is_head
    # The new head is the KK's Kepala Keluarga; the former one's relation is to be chosen again.
    assert member_rows(panel) == [("Ahmad Yani", "Kepala Keluarga"), ("Siti Aminah", "belum diisi")]
    assert panel.message.text() == "Kepala keluarga sudah diganti."
    dialog.reject()


def test_change_the_familys_kk_number_then_save_keeps_the_family_together(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    ahmad = register_husband(services, ctx)
    dialog = page.open_person(siti.id)
    settle(qtbot, page._ctx)
    panel = dialog.household
    assert panel.change_kk_button.text() == "Ganti No. KK keluarga…"
    qtbot.mouseClick(panel.change_kk_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert panel.new_kk_edit.isVisible()
    qtbot.keyClicks(panel.new_kk_edit, "123")
    qtbot.keyClick(panel.new_kk_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert "No. KK harus 16 angka" in panel.message.text()
    assert dialog.isVisible()  # Enter there did not save the person form

    panel.new_kk_edit.clear()
    qtbot.keyClicks(panel.new_kk_edit, "3674040105240003")
    qtbot.keyClick(panel.new_kk_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert panel.message.text() == "Seluruh keluarga sekarang memakai No. KK 3674040105240003."
    assert dialog.form.kk_edit.text() == "3674040105240003"
    assert services.people.get(actor=ctx.actor, person_id=ahmad.id).kk_number == "3674040105240003"

    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)  # saving afterwards moves nobody
    settle(qtbot, page._ctx)
    assert closed(dialog)
    after = services.people.get(actor=ctx.actor, person_id=siti.id)
    assert after.kk_number == "3674040105240003"
    assert len(after.household) == 2


def test_a_person_without_kk_says_so(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    alone, _ = services.people.register(actor=ctx.actor, draft=make_draft(kk_number=""))
    dialog = page.open_person(alone.id)
    settle(qtbot, page._ctx)
    panel = dialog.household
    assert panel.kk_label.text().startswith("Belum ada No. KK")
    assert not panel.change_kk_button.isEnabled()
    assert not panel.head_button.isEnabled()
    dialog.reject()
