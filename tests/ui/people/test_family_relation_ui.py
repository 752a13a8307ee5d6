# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The family as the KK records it, in the window: Kedudukan on the household panel, the form's combo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.paths import resources_dir
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft
from tests.ui.waiting import closed, settle

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)
SCREENS = [(1366, 768), (1280, 720)]
AHMAD_NIK = "3674041403780001"  # the sample's first family: Ahmad (head), Siti (wife), Rizki (child)


def column_fully_shown(table: QTableWidget, column: int) -> bool:
    """The column lies inside the table's visible area and is wide enough for every text in it."""
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(item.text())
        for row in range(table.rowCount())
        if (item := table.item(row, column))
    )
    # Qt draws a cell's text 3 px in from each side.
    return right <= table.viewport().width() and widest + 6 <= header.sectionSize(column)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_household_panel_shows_each_members_relation_from_the_import(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, screen: tuple[int, int]
) -> None:
    services.people_import.run(
        actor=ctx.actor, source=resources_dir() / "samples" / "contoh-impor-penduduk.csv"
    )
    ahmad = services.people.find_by_nik(actor=ctx.actor, nik=AHMAD_NIK)
    assert ahmad is not None
    dialog = page.open_person(ahmad.id)
    settle(qtbot, page._ctx)
    width, height = screen
    # The dialog fits the screen with a title bar and a taskbar (80 px) to spare.
    dialog.resize(min(dialog.width(), width - 20), min(dialog.height(), height - 80))
    assert dialog.height() <= height - 80
    qtbot.waitUntil(lambda: dialog.household.members.rowCount() == 3)
    panel = dialog.household
    rows = [
        (panel.members.item(row, 0).text(), panel.members.item(row, 2).text())  # type: ignore[union-attr]
        for row in range(panel.members.rowCount())
    ]
    assert rows == [
        ("Ahmad Suryadi", "Kepala Keluarga"),
        ("Siti Aminah", "Istri"),
        ("Rizki Suryadi", "Anak"),
    ]
    assert panel.members.horizontalHeaderItem(2).text() == "Kedudukan"  # type: ignore[union-attr]
    assert column_fully_shown(panel.members, 2)
    assert dialog.form.relation_combo.currentText() == "Kepala Keluarga"
    dialog.reject()


def test_the_form_records_the_relation_and_refuses_a_second_kepala_keluarga(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext
) -> None:
    head, _ = services.people.register(
        actor=ctx.actor,
        draft=make_draft(
            nik=AHMAD_NIK,
            full_name="Ahmad Suryadi",
            sex="L",
            birth_date="1978-03-14",
            family_relation="Kepala Keluarga",
        ),
    )
    wife, _ = services.people.register(actor=ctx.actor, draft=make_draft())
    dialog = page.open_person(wife.id)
    settle(qtbot, page._ctx)
    combo = dialog.form.relation_combo
    assert combo.currentText() == "(tidak diisi)"
    labels = [combo.itemText(index) for index in range(combo.count())]
    assert labels[1:] == [relation.label for relation in FamilyRelation]
    label = dialog.form.fields.labelForField(combo)
    assert isinstance(label, QLabel)
    assert label.text() == "Hubungan dalam keluarga"

    # The keyboard reaches it right after the No. KK, and a typed letter picks the relation.
    dialog.form.kk_edit.setFocus()
    qtbot.keyClick(dialog.form.kk_edit, Qt.Key.Key_Tab)
    assert combo.hasFocus()
    qtbot.keyClicks(combo, "K")
    assert combo.currentText() == "Kepala Keluarga"
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert dialog.isVisible()
    assert "sudah punya Kepala Keluarga: Ahmad Suryadi" in dialog.error_label.text()
    assert services.people.get(actor=ctx.actor, person_id=wife.id).family_relation is None

    combo.setCurrentIndex(combo.findText("Istri"))
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    assert closed(dialog)
    assert services.people.get(actor=ctx.actor, person_id=wife.id).family_relation is FamilyRelation.WIFE
    assert services.people.get(actor=ctx.actor, person_id=head.id).is_head
