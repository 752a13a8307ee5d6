# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The Penduduk page as a clerk uses it: search as you type, open with Enter, refresh on changes."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.people.people_page import PeoplePage, search_query
from tangsel_desktop.ui.people.people_table_model import PeopleTableModel
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft
from tests.ui.people.conftest import fill_demo, open_page
from tests.ui.storage_guard import storage_allowed
from tests.ui.waiting import settle

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def shown_names(page: PeoplePage) -> list[str]:
    return [page.model.row_at(row).full_name for row in range(page.model.rowCount())]


def search(qtbot: QtBot, page: PeoplePage, text: str) -> None:
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)
    qtbot.waitUntil(lambda: page.model.query is not None and page.model.query.text == text.strip())
    assert not page.loading


def test_an_empty_office_says_how_to_start(page: PeoplePage) -> None:
    assert page.model.rowCount() == 0
    assert page.count_label.text().startswith("Belum ada penduduk terdaftar.")
    assert page.search_edit.placeholderText() == "Cari nama, NIK, No. KK, atau alamat (Ctrl+F)"
    assert [page.add_button.text(), page.import_button.text(), page.export_button.text()] == [
        "Tambah",
        "Impor",
        "Ekspor",
    ]


def test_typing_in_the_search_box_finds_by_name_nik_kk_and_address(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    services.people.register(
        actor=ctx.actor,
        draft=make_draft(
            nik="3674041203900002",
            full_name="Budi Santoso",
            sex="L",
            birth_date="1990-03-12",
            kk_number="",
            address="Gg. Melati 7",
        ),
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    search(qtbot, page, "siti")
    assert shown_names(page) == ["Siti Aminah"]
    assert page.count_label.text() == "1 orang"
    search(qtbot, page, "3674045708")
    assert shown_names(page) == ["Siti Aminah"]
    search(qtbot, page, "3674041203150002")
    assert shown_names(page) == ["Siti Aminah"]
    search(qtbot, page, "melati")
    assert shown_names(page) == ["Budi Santoso"]
    search(qtbot, page, "tidak ada orang ini")
    assert shown_names(page) == []
    assert page.count_label.text() == "Tidak ada yang cocok dengan “tidak ada orang ini”."
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert shown_names(page) == ["Budi Santoso", "Siti Aminah"]  # name order


def test_a_burst_of_typing_runs_one_search(qtbot: QtBot, page: PeoplePage) -> None:
    before = page._generation
    qtbot.keyClicks(page.search_edit, "aminah")
    qtbot.waitUntil(lambda: page._generation == before + 1 and not page.loading)
    qtbot.wait(250)
    assert page._generation == before + 1


def test_a_late_answer_to_an_older_search_is_dropped(
    qtbot: QtBot, page: PeoplePage, ctx: UiContext, siti: PersonDetail
) -> None:
    search(qtbot, page, "budi")
    assert page.model.rowCount() == 0
    stale = search_query(ctx, "siti")
    with storage_allowed():  # the test reads the stale answer itself, as a worker would have
        rows = list(stale.fetch(None, 201))
    page._first_page_arrived((page._generation - 1, stale, rows, len(rows), ""))
    assert page.model.rowCount() == 0
    assert page.model.query is not None
    assert page.model.query.text == "budi"


def test_the_full_nik_and_indonesian_dates_show_in_the_table(
    qtbot: QtBot, page: PeoplePage, siti: PersonDetail
) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    model = page.model
    cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert cells == [
        "3674045708850001",
        "Siti Aminah",
        "P",
        "17 Agustus 1985",
        "Jl. Mawar No. 5",
        "003/012",
        "Sawah",
        "3674041203150002",
    ]


def test_enter_and_double_click_open_the_person(qtbot: QtBot, page: PeoplePage, siti: PersonDetail) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page._ctx)
    dialog = page.person_dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.isVisible()
    assert dialog.detail is not None
    assert dialog.detail.id == siti.id
    assert dialog.windowTitle() == "Penduduk: Siti Aminah"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.person_dialog is None)

    rect = page.table.visualRect(page.model.index(0, PeopleTableModel.NAME))
    # Qt 6's simulated double click needs the first click of the pair sent on its own.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page._ctx)
    assert page.person_dialog is not None
    assert page.person_dialog.detail is not None
    assert page.person_dialog.detail.id == siti.id
    page.person_dialog.reject()


def test_enter_in_the_search_box_moves_to_the_first_of_several_results(
    qtbot: QtBot, page: PeoplePage, services: Services, siti: PersonDetail
) -> None:
    services.people.register(
        actor=page._ctx.actor,
        draft=make_draft(nik="3674045709860002", full_name="Siti Rahma", birth_date="1986-09-17"),
    )
    search(qtbot, page, "siti")
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.table.hasFocus()
    assert page.selected_person_id() == siti.id
    assert page.person_dialog is None


@pytest.mark.parametrize("typed_then_enter_at_once", [False, True])
def test_enter_in_the_search_box_opens_the_one_person_found(
    qtbot: QtBot, page: PeoplePage, siti: PersonDetail, typed_then_enter_at_once: bool
) -> None:
    page.window().resize(1366, 768)
    if typed_then_enter_at_once:
        # Enter straight after the last key, before the typing pause ran the search: still one press.
        qtbot.keyClicks(page.search_edit, "3674045708850001")
    else:
        search(qtbot, page, "3674045708850001")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.person_dialog is not None)
    settle(qtbot, page._ctx)
    dialog = page.person_dialog
    assert dialog is not None
    assert dialog.detail is not None
    assert dialog.detail.id == siti.id
    dialog.reject()


def test_ctrl_n_opens_an_empty_form(qtbot: QtBot, page: PeoplePage) -> None:
    page.activateWindow()
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.person_dialog
    assert dialog is not None
    assert dialog.detail is None
    assert dialog.windowTitle() == "Tambah penduduk"
    assert dialog.form.kelurahan_combo.currentData() == "36.74.04.1004"  # the office's kelurahan
    dialog.reject()


def test_a_change_published_on_the_bus_refreshes_and_keeps_the_search(
    qtbot: QtBot, page: PeoplePage, services: Services, ctx: UiContext, siti: PersonDetail
) -> None:
    search(qtbot, page, "siti")
    assert page.model.rowCount() == 1
    _detail, summary = services.people.register(
        actor=ctx.actor,
        draft=make_draft(nik="3674044101900003", full_name="Siti Rahmah", birth_date="1990-01-01"),
    )
    ctx.bus.publish(summary)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.search_edit.text() == "siti"
    assert sorted(shown_names(page)) == ["Siti Aminah", "Siti Rahmah"]


def test_search_stays_quick_on_five_thousand_people(qtbot: QtBot, services: Services, ctx: UiContext) -> None:
    import time

    fill_demo(services, ctx, 5000)
    page = open_page(qtbot, ctx)
    started = time.perf_counter()
    for text in ("a", "siti", "jl mawar", "3674"):
        page.search_edit.setText(text)
        page.refresh()
        qtbot.waitUntil(lambda: not page.loading)
        assert page.model.rowCount() > 0, text
    # Four searches, each a first page of 200 rows, in well under a second each.
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
def test_a_name_search_lists_in_name_order_and_says_its_total(
    qtbot: QtBot, services: Services, ctx: UiContext, screen: tuple[int, int]
) -> None:
    fill_demo(services, ctx, 3000)
    page = open_page(qtbot, ctx)
    page.resize(*screen)
    search(qtbot, page, "s")
    with storage_allowed():  # the test's own reading of the total, as the page's worker did
        total = services.people.count(actor=ctx.actor, text="s")
    assert total > page.model.rowCount() == 200
    names = shown_names(page)
    assert names == sorted(names)
    total_text = f"{total:,}".replace(",", ".")
    assert page.count_label.text() == f"200 dari {total_text} orang, gulir untuk lebih"
    assert page.count_label.isVisible()
