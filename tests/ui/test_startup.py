# mypy: disable-error-code="no-untyped-call"
"""The sequence a clerk meets: set-up, sign-in, Beranda, sign-out; the demo office; a broken store."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.demo import demo_service
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.home_page import HomePage
from tangsel_desktop.ui.login_dialog import LoginDialog
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.setup_dialog import SetupDialog
from tangsel_desktop.ui.startup import StartupController
from tests.store_files import open_raw, store_key

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

StartController = Callable[..., StartupController]


@pytest.fixture
def start_controller(
    qtbot: QtBot, log_to: Callable[[Services], None], monkeypatch: pytest.MonkeyPatch
) -> Iterator[StartController]:
    """A controller per test; quitting only records, since the tests run no application loop."""
    controllers: list[StartupController] = []

    def start(paths: DataPaths, **options: object) -> StartupController:
        controller = StartupController(paths, TaskRunner(), Messages(), **options)  # type: ignore[arg-type]
        monkeypatch.setattr(controller, "quit", lambda: setattr(controller, "quitting", True))
        controllers.append(controller)
        controller.start()
        return controller

    yield start
    for controller in controllers:
        controller.shutdown()


def _fresh(tmp_path: Path, name: str) -> DataPaths:
    return DataPaths(tmp_path / name).ensure()


def _sign_in(qtbot: QtBot, controller: StartupController, password: str) -> MainWindow:
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20000)
    assert isinstance(controller.window, MainWindow)
    return controller.window


def test_first_run_to_beranda_and_sign_out(
    qtbot: QtBot, tmp_path: Path, start_controller: StartController
) -> None:
    paths = _fresh(tmp_path, "kantor-baru")
    controller = start_controller(paths)
    setup = controller.dialog
    assert isinstance(setup, SetupDialog)  # no database yet: a first run
    assert controller.store is None  # nothing is opened before the set-up makes the encrypted store
    setup.office.setCurrentIndex(setup.office.findData("36.74.06.1007"))
    qtbot.keyClicks(setup.username, "admin")
    qtbot.keyClicks(setup.full_name, "Yusuf Hidayat")
    qtbot.keyClicks(setup.password, "sandi-bambu-1")
    qtbot.keyClicks(setup.repeat, "sandi-bambu-1")
    qtbot.keyClick(setup.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.code_panel is not None, timeout=20000)
    assert setup.code_panel is not None
    qtbot.mouseClick(setup.code_panel.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog), timeout=20000)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "admin"
    assert login.office_label.text() == "Kelurahan Bambu Apus, Kecamatan Pamulang"

    window = _sign_in(qtbot, controller, "sandi-bambu-1")
    assert window.windowTitle() == "Tangsel Desktop — Kelurahan Bambu Apus, Kecamatan Pamulang"
    # The first time on this laptop the window fills the screen (tests/ui/test_window_placement.py).
    assert window.isMaximized()
    assert window.user_status.text() == "Pengguna: Yusuf Hidayat (Administrator)"
    assert controller.dialog is None
    home = window.page(0)
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.counts is not None, timeout=10000)
    # The day's automatic copy is taken in the background after the first sign-in.
    qtbot.waitUntil(lambda: bool(list(paths.backups.glob("tangsel-*-harian.sqlite3"))), timeout=20000)

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog))
    assert controller.window is None
    assert controller.dialog is not None
    assert controller.dialog.username.text() == "admin"
    assert not controller.quitting
    # Its place is kept for the next sign-in, on this laptop only (the data folder, not the store).
    assert "maximized=true" in (paths.root / "window.ini").read_text(encoding="utf-8")
    with open_raw(paths.database, key=store_key(paths.root, "admin", "sandi-bambu-1")) as connection:
        assert connection.execute("SELECT code FROM office").fetchall() == [("36.74.06.1007",)]


def test_a_store_without_an_office_asks_for_set_up(
    qtbot: QtBot, tmp_path: Path, start_controller: StartController
) -> None:
    paths = _fresh(tmp_path, "setengah-jadi")
    open_services(paths).database.dispose()  # the file exists, the set-up was abandoned
    controller = start_controller(paths)
    assert isinstance(controller.dialog, LoginDialog)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SetupDialog), timeout=20000)


def test_the_demo_office_is_made_with_progress_and_hinted(
    qtbot: QtBot, tmp_path: Path, start_controller: StartController
) -> None:
    paths = _fresh(tmp_path, "demo")
    controller = start_controller(paths, demo=True, demo_people=60)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    qtbot.waitUntil(lambda: controller.store is not None, timeout=30000)
    assert login.username.text() == "admin"
    assert demo_service.DEMO_PASSWORD in login.hint.text()
    for username, _role in demo_service.DEMO_USERS:
        assert username in login.hint.text()
    window = _sign_in(qtbot, controller, demo_service.DEMO_PASSWORD)
    home = window.page(0)
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.counts is not None, timeout=10000)
    key = store_key(paths.root, "admin", demo_service.DEMO_PASSWORD)
    with open_raw(paths.database, key=key) as connection:
        people = connection.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
    assert people >= 60
    assert home.counts is not None
    assert home.counts.people == people


def test_a_store_that_cannot_be_opened_is_explained(
    qtbot: QtBot, tmp_path: Path, start_controller: StartController
) -> None:
    paths = _fresh(tmp_path, "rusak")
    paths.database.mkdir()  # a folder where the database file should be
    controller = start_controller(paths)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    qtbot.waitUntil(login.error.isVisible, timeout=20000)
    assert login.error.text().startswith("Data kantor tidak dapat dibuka.")
    assert str(paths.log_file) in login.error.text()
    assert not login.sign_in_button.isEnabled()
