# mypy: disable-error-code="no-untyped-call"
"""The Register tab: newest first, filters, keyset paging, and reprints marked SALINAN with a reason."""

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_service import PrintResult
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.printing import reprint_dialog
from tangsel_desktop.ui.printing.card_layout_choice import A4, CR80
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.printing.register_tab import register_query
from tangsel_desktop.ui.printing.register_table_model import RegisterTableModel
from tangsel_desktop.ui.printing.reprint_dialog import ReprintDialog, ReprintRequest
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage, register_rows
from tests.ui.storage_guard import storage_allowed
from tests.ui.waiting import fetch_all, fetch_more

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def print_cards(services: Services, actor: Actor, count: int, tmp_path: Path) -> PrintResult:
    people = services.documents.people_for_cards(actor=actor)[:count]
    result, _summary = services.documents.print_cards(
        actor=actor, person_ids=[person.id for person in people], target=tmp_path / "kartu.pdf"
    )
    return result


def shown_numbers(page: PrintPage) -> list[str]:
    model = page.register.model
    return [model.entry_at(row).number for row in range(model.rowCount())]


def select_rows(page: PrintPage, rows: Sequence[int]) -> None:
    table = page.register.table
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(page.register.model.index(row, 0), flags)


def test_reprint_with_a_reason_makes_a_salinan_entry_and_previews_it(
    qtbot: QtBot,
    open_page: OpenPage,
    services: Services,
    supervisor: Actor,
    demo_people: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = print_cards(services, supervisor, 3, tmp_path)
    page = open_page("spv")
    page.tabs.setCurrentIndex(PrintPage.REGISTER)
    assert shown_numbers(page) == list(reversed(result.numbers))
    assert not page.register.reprint_button.isEnabled()  # nothing selected
    select_rows(page, [0, 2])
    assert page.register.reprint_button.isEnabled()
    assert page.register.reprint_button.text() == "Cetak &ulang (SALINAN)…"

    asked: list[list[str]] = []

    def answer(_parent: object, numbers: Sequence[str]) -> ReprintRequest:
        asked.append(list(numbers))
        return ReprintRequest(reason="Kartu hilang", layout=CR80)

    monkeypatch.setattr(reprint_dialog, "ask_reprint", answer)
    qtbot.keyClick(page.register.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic "animates" the click, which lands a moment later
    assert asked == [[result.numbers[2], result.numbers[0]]]
    qtbot.waitUntil(lambda: page.preview is not None, timeout=60_000)
    preview = page.preview
    assert preview is not None
    assert preview.path.name.startswith("salinan-")
    assert preview.document.pageCount() == 4  # CR80: front and back of two cards
    preview.reject()

    # Checked in the store: two new rows, copies of the originals, under their numbers, with the reason.
    rows = register_rows(services)
    assert len(rows) == 5
    copies = rows[3:]
    assert {(number, is_copy, status, reason) for number, is_copy, status, _original, reason in copies} == {
        (result.numbers[0], 1, "printed", "Kartu hilang"),
        (result.numbers[2], 1, "printed", "Kartu hilang"),
    }
    assert all(original is not None for *_rest, original, _reason in copies)
    model = page.register.model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert model.data(model.index(0, model.COPY)) == "SALINAN: Kartu hilang"
    assert page.register.message_label.text().startswith("2 salinan dibuat")


def test_cancelling_the_reason_prints_nothing(
    qtbot: QtBot,
    open_page: OpenPage,
    services: Services,
    supervisor: Actor,
    demo_people: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    print_cards(services, supervisor, 1, tmp_path)
    page = open_page("spv")
    select_rows(page, [0])
    monkeypatch.setattr(reprint_dialog, "ask_reprint", lambda _parent, _numbers: None)
    assert page.register.reprint_selected() is None
    assert len(register_rows(services)) == 1
    assert page.preview is None


def test_the_reason_is_required_and_enter_and_escape_work(qtbot: QtBot) -> None:
    dialog = ReprintDialog(["KPM/36.74.04.1004/2025/000001"] * 7)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Cetak ulang sebagai SALINAN"
    assert dialog.summary.text().startswith("7 dokumen akan dicetak ulang")
    assert dialog.numbers_label.text().splitlines()[-1] == "dan 2 lainnya"
    assert not dialog.print_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # spaces are no reason
    qtbot.keyClicks(dialog.reason_edit, "kartu  rusak ")
    assert dialog.print_button.isEnabled()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(A4))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.request() == ReprintRequest(reason="kartu rusak", layout=A4)

    other = ReprintDialog(["X"])
    qtbot.addWidget(other)
    other.open()
    with qtbot.waitSignal(other.rejected):
        qtbot.keyClick(other.reason_edit, Qt.Key.Key_Escape)


def test_filters_by_kind_and_text(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int, tmp_path: Path
) -> None:
    result = print_cards(services, supervisor, 4, tmp_path)
    page = open_page("spv")
    register = page.register
    qtbot.keyClicks(register.search_edit, result.numbers[1])
    qtbot.waitUntil(
        lambda: register.model.query is not None and register.model.query.text == result.numbers[1],
        timeout=10_000,
    )
    assert shown_numbers(page) == [result.numbers[1]]
    register.search_edit.clear()
    register.kind_combo.setCurrentIndex(register.kind_combo.findData("receipt"))
    qtbot.waitUntil(lambda: not register.loading and register.model.rowCount() == 0, timeout=10_000)
    assert register.count_label.text() == "Tidak ada dokumen yang cocok."
    register.kind_combo.setCurrentIndex(register.kind_combo.findData("card"))
    qtbot.waitUntil(lambda: not register.loading and register.model.rowCount() == 4, timeout=10_000)
    assert register.count_label.text() == "4 dokumen"


def test_the_model_pages_by_id_and_stops_at_the_end(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int, tmp_path: Path
) -> None:
    result = print_cards(services, supervisor, 25, tmp_path)
    page = open_page("spv")
    model = RegisterTableModel(page_size=10, runner=page._ctx.runner)
    query = register_query(page._ctx, None, "")
    with storage_allowed():  # the test reads the first page itself, as the tab does off the GUI thread
        first_page = query.fetch(None, model.fetch_size)
    model.set_query(query, first_page)
    assert model.rowCount() == 10
    assert model.canFetchMore(model.index(-1, -1))
    fetch_more(qtbot, model)
    fetch_more(qtbot, model)
    assert model.rowCount() == 25
    assert not model.canFetchMore(model.index(-1, -1))
    numbers = [model.entry_at(row).number for row in range(25)]
    assert numbers == list(reversed(result.numbers))
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(7)] == [
        "Nomor",
        "Jenis",
        "Untuk",
        "Status",
        "Oleh",
        "Waktu",
        "Salinan/alasan",
    ]


def test_the_register_says_its_total_while_pages_are_still_to_come(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int, tmp_path: Path
) -> None:
    print_cards(services, supervisor, 4, tmp_path)
    page = open_page("spv")
    register = page.register
    register.model.page_size = 3  # a page smaller than the register, as 200 are of a year's cards
    register.refresh()
    qtbot.waitUntil(lambda: not register.loading and register.model.rowCount() == 3, timeout=10_000)
    assert register.count_label.text() == "3 terbaru dari 4 dokumen, gulir untuk melihat lebih banyak"
    fetch_all(qtbot, register.model)
    assert register.count_label.text() == "4 dokumen"


def test_the_kind_filter_offers_only_what_this_build_prints(open_page: OpenPage) -> None:
    page = open_page("spv")
    register = page.register
    offered = [register.kind_combo.itemData(i) for i in range(register.kind_combo.count())]
    # Cards (Cetak) and sembako's receipts, BAST and stock report; no training issues certificates yet.
    assert offered == [None, "card", "receipt", "report"]
    assert [register.kind_combo.itemText(i) for i in range(register.kind_combo.count())] == [
        "Semua jenis",
        "Kartu",
        "Tanda terima",
        "Laporan",
    ]
