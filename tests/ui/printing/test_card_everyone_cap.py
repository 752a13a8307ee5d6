# mypy: disable-error-code="no-untyped-call"
"""Cetak's "Everyone" takes at most one run's worth of people and says how many it left out."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.ui.printing import card_selection
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage
from tests.ui.storage_guard import storage_allowed

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def test_everyone_beyond_one_run_says_how_many_it_took(
    qtbot: QtBot, open_page: OpenPage, demo_people: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One run's limit made small, so sixty demo people are more than a run takes.
    monkeypatch.setattr(card_selection, "MAX_CARDS", 25)
    page = open_page("spv")
    selection = page.cards.selection
    qtbot.mouseClick(selection.everyone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selection.chosen.rowCount() == 25, timeout=10_000)
    qtbot.waitUntil(lambda: bool(selection.message_label.text()), timeout=10_000)
    assert selection.message_label.text() == (
        f"Hanya 25 dari {demo_people} orang pertama (menurut urutan nama) yang diambil: sekali cetak "
        "paling banyak 25 kartu. Buat kartu ini dulu, lalu pilih sisanya per RW."
    )
    assert selection.chosen_label.text() == "25 orang akan mendapat kartu."


def test_a_search_beyond_one_run_says_how_many_match_in_all(
    qtbot: QtBot, open_page: OpenPage, demo_people: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(card_selection, "MAX_CARDS", 10)
    page = open_page("spv")
    page.window().resize(1280, 720)
    selection = page.cards.selection
    selection.search_edit.setText("3674")
    selection.search()
    qtbot.waitUntil(lambda: not selection.searching, timeout=10_000)
    assert selection.results.rowCount() == 10
    with storage_allowed():  # the test's own count, as the page's worker made it
        total = page.cards.selection._ctx.services.people.count(
            actor=page.cards.selection._ctx.actor, text="3674"
        )
    assert total > 10
    assert selection.results_label.text() == (
        f"10 hasil pertama dari {total} yang cocok; persempit pencarian untuk melihat sisanya."
    )
