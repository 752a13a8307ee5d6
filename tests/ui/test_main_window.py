# mypy: disable-error-code="no-untyped-call"
"""The main window: areas by Ctrl+number, placeholders, live Beranda counts, status bar, menus, sign-out."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.ui.home_page import HomePage
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.placeholder_page import PlaceholderPage
from tangsel_desktop.ui.settings_page import SettingsPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

AREAS = [
    "Beranda",
    "Penduduk",
    "Jamsosnaker",
    "Sembako",
    "Pelatihan",
    "Cetak",
    "Sinkronisasi",
    "Laporan",
    "Pengaturan",
]
PLACEHOLDER_WORDS: dict[str, str] = {}


@pytest.fixture
def open_window(qtbot: QtBot, make_ctx: Callable[[Actor], UiContext]) -> Callable[[Actor], MainWindow]:
    def open_for(actor: Actor) -> MainWindow:
        window = MainWindow(make_ctx(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return open_for


def _wait_loaded(qtbot: QtBot, home: HomePage) -> None:
    qtbot.waitUntil(lambda: home.counts is not None and not home.is_loading(), timeout=10000)


def test_title_and_status_bar(open_window: Callable[[Actor], MainWindow], operator: Actor) -> None:
    window = open_window(operator)
    assert window.windowTitle() == "Tangsel Desktop — Kelurahan Sawah, Kecamatan Ciputat"
    assert window.office_status.text() == "Kelurahan Sawah, Kecamatan Ciputat"
    assert window.user_status.text() == "Pengguna: OPS (Operator)"
    assert window.folder_status.text() == f"Data: {window.ctx.services.paths.root}"
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == AREAS
    assert [menu.title() for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))][
        :3
    ] == ["&Berkas", "&Halaman", "Ban&tuan"]


def test_ctrl_number_switches_area_and_builds_pages_lazily(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], admin: Actor
) -> None:
    window = open_window(admin)
    assert isinstance(window.page(0), HomePage)
    assert all(window.page(index) is None for index in range(1, 9))
    for number in (3, 4, 5, 6, 7, 8, 9, 2, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == number - 1
        page = window.stack.currentWidget()
        assert page is window.page(number - 1)
        title = AREAS[number - 1]
        if title in PLACEHOLDER_WORDS:
            assert isinstance(page, PlaceholderPage)
            assert page.title.text() == title
            assert page.notice.text() == "Bagian ini belum tersedia pada versi ini."
            assert PLACEHOLDER_WORDS[title] in page.description.text()
            assert page.description.text().startswith("Bagian ini akan")
    assert type(window.page(1)).__name__ == "PeoplePage"
    assert type(window.page(2)).__name__ == "JamsosPage"
    assert type(window.page(3)).__name__ == "SembakoPage"
    assert type(window.page(4)).__name__ == "TrainingPage"
    assert type(window.page(5)).__name__ == "PrintPage"
    assert type(window.page(6)).__name__ == "SyncPage"
    assert type(window.page(7)).__name__ == "ReportsPage"
    assert isinstance(window.page(8), SettingsPage)
    # The navigation list moves with the keyboard too.
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.page(1)


def test_beranda_counts_follow_registrations(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], services: Services, operator: Actor
) -> None:
    window = open_window(operator)
    home = window.page(0)
    assert isinstance(home, HomePage)
    _wait_loaded(qtbot, home)
    assert home.cards["people"].value.text() == "0"
    assert home.no_people.isVisible()

    drafts = [
        make_draft(),
        make_draft(
            nik="3674041203900003",
            full_name="Budi Santoso",
            sex="L",
            birth_date="1990-03-12",
            disability="fisik",
            desil="6",
        ),
        make_draft(
            nik="3674044506100004",
            kk_number="3674042001200001",
            full_name="Ani Lestari",
            birth_date="2010-06-05",
            kelurahan="Jombang",
            desil="1",
        ),
    ]
    for draft in drafts:
        _detail, summary = services.people.register(actor=operator, draft=draft)
        window.ctx.bus.publish(summary)
    qtbot.waitUntil(lambda: home.counts is not None and home.counts.people == 3, timeout=10000)
    _wait_loaded(qtbot, home)

    connection = sqlite_driver.connect(services.database.file)
    try:

        def count(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        expected = {
            "people": count("SELECT count(*) FROM person WHERE deleted_at IS NULL"),
            "households": count("SELECT count(*) FROM household WHERE deleted_at IS NULL"),
            "women": count("SELECT count(*) FROM person WHERE sex = 'P' AND deleted_at IS NULL"),
            "men": count("SELECT count(*) FROM person WHERE sex = 'L' AND deleted_at IS NULL"),
            "with_disability": count(
                "SELECT count(*) FROM person WHERE disability != 'tidak' AND deleted_at IS NULL"
            ),
            "in_desil_1_to_4": count("SELECT count(*) FROM person WHERE desil <= 4 AND deleted_at IS NULL"),
        }
    finally:
        connection.close()
    assert expected == {
        "people": 3,
        "households": 2,
        "women": 2,
        "men": 1,
        "with_disability": 1,
        "in_desil_1_to_4": 2,
    }
    for key, value in expected.items():
        assert home.cards[key].value.text() == format_count(value), key
    assert home.bars.rows() == (("Sawah", 2), ("Jombang", 1))
    assert not home.no_people.isVisible()


def test_a_change_elsewhere_is_picked_up_when_beranda_is_shown_again(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], services: Services, operator: Actor
) -> None:
    window = open_window(operator)
    home = window.page(0)
    assert isinstance(home, HomePage)
    _wait_loaded(qtbot, home)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    _detail, summary = services.people.register(actor=operator, draft=make_draft())
    window.ctx.bus.publish(summary)
    assert home.counts is not None
    assert home.counts.people == 0  # hidden pages do not reload on every change
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: home.counts is not None and home.counts.people == 1, timeout=10000)


def test_sign_out_and_exit(qtbot: QtBot, open_window: Callable[[Actor], MainWindow], admin: Actor) -> None:
    window = open_window(admin)
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        window.sign_out_action.trigger()
    assert not window.isVisible()
    other = open_window(admin)
    with qtbot.assertNotEmitted(other.signed_out), qtbot.waitSignal(other.closed, timeout=2000):
        qtbot.keyClick(other, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_help_menu(
    monkeypatch: pytest.MonkeyPatch, open_window: Callable[[Actor], MainWindow], admin: Actor
) -> None:
    window = open_window(admin)
    shown: list[tuple[str, str]] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(Messages, "info", lambda _self, _parent, title, text: shown.append((title, text)))

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.show_about()
    window.open_log_folder()
    assert shown[0][0] == "Tentang Tangsel Desktop"
    assert "Kantor: Kelurahan Sawah, Kecamatan Ciputat" in shown[0][1]
    assert opened == [QUrl.fromLocalFile(str(window.ctx.services.paths.logs))]


def test_people_chosen_in_penduduk_go_to_cetak(
    qtbot: QtBot,
    open_window: Callable[[Actor], MainWindow],
    services: Services,
    supervisor: Actor,
) -> None:
    for number, name in ((1, "Siti Aminah"), (2, "Budi <&> Santoso"), (3, "Nur Hasanah")):
        services.people.register(
            actor=supervisor, draft=make_draft(nik=f"367404570885000{number}", kk_number="", full_name=name)
        )
    window = open_window(supervisor)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    people = window.page(1)
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=10000)  # type: ignore[union-attr]
    people.table.selectRow(0)  # type: ignore[union-attr]
    people.table.selectionModel().select(  # type: ignore[union-attr]
        people.model.index(2, 0),  # type: ignore[union-attr]
        people.table.selectionModel().SelectionFlag.Select  # type: ignore[union-attr]
        | people.table.selectionModel().SelectionFlag.Rows,  # type: ignore[union-attr]
    )
    chosen = {person.full_name for person in people.selected_people()}  # type: ignore[union-attr]
    people.cards_action.trigger()  # type: ignore[union-attr]
    assert window.current_area().key == "print"
    printing = window.page(5)
    assert type(printing).__name__ == "PrintPage"
    assert set(printing.cards.selection.chosen_ids()) == {  # type: ignore[union-attr]
        person.id
        for person in people.selected_people()  # type: ignore[union-attr]
    }
    assert len(chosen) == 2


def test_an_operator_cannot_send_people_to_cetak(
    open_window: Callable[[Actor], MainWindow], qtbot: QtBot, operator: Actor
) -> None:
    window = open_window(operator)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not window.page(1).cards_action.isEnabled()  # type: ignore[union-attr]
    window.page(1).request_cards()  # type: ignore[union-attr]
    assert window.current_area().key == "people"
