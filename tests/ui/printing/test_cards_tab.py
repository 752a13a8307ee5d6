# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The Kartu tab as a supervisor uses it: choose people by search, by RW or all, make the PDF, preview it."""

import math
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_views import PersonDetail, PersonRow
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.printing.card_layout_choice import CR80
from tangsel_desktop.ui.printing.card_selection import CardSelection
from tangsel_desktop.ui.printing.print_page import PrintPage
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage, register_rows

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def everyone(services: Services, actor: Actor) -> list[PersonRow]:
    return services.documents.people_for_cards(actor=actor)


def type_search(qtbot: QtBot, selection: CardSelection, text: str = "", rw: str = "") -> None:
    selection.search_edit.clear()
    selection.rw_edit.clear()
    qtbot.keyClicks(selection.search_edit, text)
    qtbot.keyClicks(selection.rw_edit, rw)
    before = selection._generation
    qtbot.waitUntil(lambda: selection._generation > before and not selection.searching, timeout=10_000)


def make_pdf(qtbot: QtBot, page: PrintPage) -> None:
    assert page.cards.make_button.isEnabled()
    qtbot.mouseClick(page.cards.make_button, Qt.MouseButton.LeftButton)
    assert page.cards.running
    qtbot.waitUntil(lambda: not page.cards.running, timeout=60_000)


def test_pick_by_search_and_by_rw_make_cards_and_preview_them(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int
) -> None:
    page = open_page("spv")
    selection = page.cards.selection
    assert page.tabs.tabText(PrintPage.CARDS) == "&Kartu"
    assert not page.cards.make_button.isEnabled()  # nobody chosen yet
    assert selection.chosen_label.text() == "Belum ada yang dipilih."

    people = everyone(services, supervisor)
    rw = people[0].rw
    in_rw = [person for person in people if person.rw == rw]
    outsider = next(person for person in people if person.rw != rw)

    # By search: the outsider's NIK, then one Enter in the search box adds the one person found.
    type_search(qtbot, selection, text=outsider.nik)
    assert [row.id for row in selection.results.rows] == [outsider.id]
    qtbot.keyClick(selection.search_edit, Qt.Key.Key_Return)
    assert selection.chosen_ids() == [outsider.id]

    # By RW, typed without its leading zeros: everyone found there goes on the list.
    type_search(qtbot, selection, rw=str(int(rw)))
    assert {row.id for row in selection.results.rows} == {person.id for person in in_rw}
    qtbot.mouseClick(selection.add_all_button, Qt.MouseButton.LeftButton)
    chosen = 1 + len(in_rw)
    assert len(selection.chosen_ids()) == chosen
    assert selection.chosen_label.text() == f"{chosen} orang akan mendapat kartu."

    make_pdf(qtbot, page)
    preview = page.preview
    assert preview is not None
    assert preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready
    # A4: a page of fronts and a page of backs per sheet of ten.
    assert preview.document.pageCount() == 2 * math.ceil(chosen / 10)
    assert preview.path.parent == services.paths.root / "cetak"
    assert preview.path.name.startswith("kartu-")
    assert preview.windowTitle() == f"Pratinjau: {preview.path.name}"
    assert page.cards.message_label.text().startswith(f"{chosen} kartu dalam ")
    assert selection.chosen_ids() == []  # a second click cannot issue the same cards again
    preview.reject()
    qtbot.waitUntil(lambda: not preview.isVisible())

    # The register was told through the bus and shows the new numbers.
    numbers = [row[0] for row in register_rows(services)]
    assert len(numbers) == chosen
    model = page.register.model
    qtbot.waitUntil(lambda: model.rowCount() == chosen, timeout=10_000)
    shown = [model.entry_at(row).number for row in range(model.rowCount())]
    assert shown == list(reversed(numbers))  # newest first
    statuses = {model.data(model.index(row, model.STATUS)) for row in range(model.rowCount())}
    assert statuses == {"Tercetak"}


def test_everyone_and_the_card_printer_layout(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int
) -> None:
    page = open_page("admin")
    selection = page.cards.selection
    qtbot.mouseClick(selection.everyone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == demo_people, timeout=10_000)
    # Trim the list with Delete: keep three people.
    selection.chosen_view.setFocus()
    selection.chosen_view.selectAll()
    for row in range(3):
        selection.chosen_view.selectionModel().select(
            selection.chosen.index(row, 0),
            selection.chosen_view.selectionModel().SelectionFlag.Deselect
            | selection.chosen_view.selectionModel().SelectionFlag.Rows,
        )
    qtbot.keyClick(selection.chosen_view, Qt.Key.Key_Delete)
    assert selection.chosen.rowCount() == 3
    page.cards.layout_combo.setCurrentIndex(page.cards.layout_combo.findData(CR80))
    make_pdf(qtbot, page)
    preview = page.preview
    assert preview is not None
    assert preview.document.pageCount() == 6  # front and back per card
    size = preview.document.pagePointSize(0)
    assert (round(size.width() / 72 * 25.4, 1), round(size.height() / 72 * 25.4, 1)) == (85.6, 54.0)
    preview.reject()


def test_names_show_exactly_as_typed(
    qtbot: QtBot, open_page: OpenPage, services: Services, odd_name: PersonDetail
) -> None:
    page = open_page("spv")
    selection = page.cards.selection
    type_search(qtbot, selection, rw="7")
    assert selection.results.data(selection.results.index(0, 0)) == "Siti <b>Aminah</b> & Putri"
    selection.add_people(selection.results.rows)
    make_pdf(qtbot, page)
    assert page.preview is not None
    page.preview.reject()
    model = page.register.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.data(model.index(0, model.PERSON)) == "Siti <b>Aminah</b> & Putri"


def test_cancel_keeps_the_list_and_opens_no_preview(
    qtbot: QtBot, open_page: OpenPage, services: Services, demo_people: int
) -> None:
    page = open_page("spv")
    selection = page.cards.selection
    qtbot.mouseClick(selection.everyone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == demo_people, timeout=10_000)
    handle = page.cards.make_cards()
    assert handle is not None
    assert page.cards.progress.isVisible()
    # Esc cancels (the cancel button has the focus); the work sees it before it takes any number.
    assert page.cards.progress.cancel_button.hasFocus()
    qtbot.keyClick(page.cards.progress.cancel_button, Qt.Key.Key_Escape)
    assert handle.cancelled()
    qtbot.waitUntil(lambda: not page.cards.running, timeout=30_000)
    assert page.preview is None
    assert page.cards.message_label.text().startswith("Dibatalkan.")
    assert selection.chosen.rowCount() == demo_people
    assert register_rows(services) == []


def test_a_refusal_is_shown_in_indonesian_on_the_tab(
    qtbot: QtBot, open_page: OpenPage, services: Services, demo_people: int
) -> None:
    # A file where the print folder should be: the folder cannot be made.
    (services.paths.root / "cetak").write_text("not a folder", encoding="utf-8")
    page = open_page("spv")
    page.cards.add_people(everyone(services, page._ctx.actor)[:2])
    make_pdf(qtbot, page)
    message = page.cards.message_label.text()
    assert message.startswith("Folder ")
    assert "tidak dapat dibuat" in message
    assert page.preview is None
    assert page.cards.selection.chosen.rowCount() == 2  # nothing lost
    assert page.cards.make_button.isEnabled()


def test_the_penduduk_page_can_hand_over_people(
    open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int
) -> None:
    page = open_page("spv")
    page.tabs.setCurrentIndex(PrintPage.VERIFY)
    people = everyone(services, supervisor)[:4]
    assert page.add_people([*people, people[0]]) == 4  # no one twice
    assert page.tabs.currentIndex() == PrintPage.CARDS
    assert page.cards.selection.chosen_ids() == [person.id for person in people]


def test_the_pdf_goes_to_a_new_dated_file_each_time(tmp_path: Path) -> None:
    from datetime import datetime

    from tangsel_desktop.ui.widgets.print_files import dated_target

    moment = datetime(2025, 9, 23, 14, 5, 12)
    first = dated_target(tmp_path, "kartu", moment)
    assert first == tmp_path / "cetak" / "kartu-2025-09-23-140512.pdf"
    first.parent.mkdir()
    first.write_bytes(b"%PDF")
    assert dated_target(tmp_path, "kartu", moment).name == "kartu-2025-09-23-140512-2.pdf"


def test_enter_right_after_typing_a_nik_adds_the_one_person_and_several_go_to_the_list(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int
) -> None:
    page = open_page("spv")
    page.window().resize(1366, 768)
    selection = page.cards.selection
    people = everyone(services, supervisor)
    person = people[3]
    # Enter before the typing pause has run the search: answered when the search arrives.
    qtbot.keyClicks(selection.search_edit, person.nik)
    qtbot.keyClick(selection.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: selection.chosen_ids() == [person.id], timeout=10_000)
    # Several found: Enter goes to the results to choose, nothing is added yet.
    type_search(qtbot, selection, rw=str(int(person.rw)))
    assert selection.results.rowCount() > 1
    qtbot.keyClick(selection.rw_edit, Qt.Key.Key_Return)
    assert selection.results_view.hasFocus()
    assert selection.chosen_ids() == [person.id]
