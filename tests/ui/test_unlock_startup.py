# mypy: disable-error-code="no-untyped-call"
"""Signing in to the encrypted store from the window: the password opens it (progress in the dialog), the
recovery code opens it when the password is forgotten, and a plain store is converted at the first sign-in."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.services.store_unlock import Unlocked
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.ui.login_dialog import LoginDialog
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.startup import StartupController
from tests.conftest import OFFICE_CODE, PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
Start = Callable[[DataPaths], StartupController]


@pytest.fixture
def start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Start]:
    controllers: list[StartupController] = []

    def started(paths: DataPaths) -> StartupController:
        controller = StartupController(paths, TaskRunner(), Messages())
        monkeypatch.setattr(controller, "quit", lambda: setattr(controller, "quitting", True))
        controllers.append(controller)
        controller.start()
        return controller

    yield started
    for controller in controllers:
        controller.shutdown()


def _encrypted_office(tmp_path: Path) -> tuple[DataPaths, Unlocked]:
    paths = DataPaths(tmp_path / "kantor").ensure()
    made = set_up_new_office(
        paths,
        office_code=OFFICE_CODE,
        admin_username="ani",
        admin_full_name="Ani Lurah",
        admin_password=PASSWORD,
    )
    made.services.database.dispose()
    return paths, made


def _type_and_enter(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_password_opens_the_encrypted_store(qtbot: QtBot, tmp_path: Path, start: Start) -> None:
    paths, _ = _encrypted_office(tmp_path)
    controller = start(paths)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    assert login.forgot_button.isVisibleTo(login)
    assert controller.store is None  # closed until a password unwraps its key
    _type_and_enter(qtbot, login, "ani", "salah-sekali")
    qtbot.waitUntil(login.error.isVisible, timeout=20000)
    assert login.error.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert controller.store is None
    progress: list[int] = []
    login.progress.valueChanged.connect(progress.append)
    _type_and_enter(qtbot, login, "ani", PASSWORD)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30000)
    assert isinstance(controller.window, MainWindow)
    assert controller.window.user_status.text() == "Pengguna: Ani Lurah (Administrator)"
    assert progress  # the opening showed its steps in the dialog
    assert controller.store is not None
    assert controller.recovery_dialog is None  # nothing new to hand over


def test_forgot_password_opens_the_store_with_the_recovery_code(
    qtbot: QtBot, tmp_path: Path, start: Start
) -> None:
    paths, made = _encrypted_office(tmp_path)
    assert made.recovery is not None
    controller = start(paths)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    qtbot.mouseClick(login.forgot_button, Qt.MouseButton.LeftButton)
    recovery = login.recovery_dialog
    assert recovery is not None
    assert recovery.windowTitle() == "Lupa kata sandi — Tangsel Desktop"
    recovery.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    recovery.username.setText("ani")
    recovery.password.setText("sandi-baru-99")
    recovery.repeat.setText("sandi-baru-99")
    qtbot.mouseClick(recovery.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(recovery.error.isVisible, timeout=20000)
    assert recovery.error.text().startswith("Kode pemulihan salah")
    assert controller.window is None
    recovery.code.setText(made.recovery.code)
    qtbot.mouseClick(recovery.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30000)
    assert isinstance(controller.window, MainWindow)
    assert controller.window.ctx.actor.username == "ani"


def test_a_plain_store_is_converted_at_the_first_sign_in_and_its_code_shown(
    qtbot: QtBot, tmp_path: Path, start: Start
) -> None:
    paths = DataPaths(tmp_path / "lama").ensure()
    services = open_services(paths)  # an office made before encryption
    services.office.set_up(
        office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani Lurah", admin_password=PASSWORD
    )
    services.database.dispose()
    controller = start(paths)
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    _type_and_enter(qtbot, login, "ani", PASSWORD)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30000)
    assert not sqlite_driver.is_plain_sqlite(paths.database)
    shown = controller.recovery_dialog
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    assert shown.windowTitle() == "Data kantor terenkripsi — Tangsel Desktop"
    assert shown.panel.pdf.is_file()
    qtbot.mouseClick(shown.panel.done_button, Qt.MouseButton.LeftButton)
    assert not shown.isVisible()
