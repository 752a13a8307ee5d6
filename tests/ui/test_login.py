# mypy: disable-error-code="no-untyped-call"
"""Signing in: a wrong password is refused inline in Indonesian and counted; the right one signs in."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.ui.login_dialog import LoginDialog
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.store_loader import DemoAccounts, LoadedStore
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(qtbot: QtBot, runner: TaskRunner, store: LoadedStore | None, username: str = "") -> LoginDialog:
    dialog = LoginDialog(runner, username=username)
    qtbot.addWidget(dialog)
    if store is not None:
        dialog.set_store(store)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _failed_logins(services: Services, username: str) -> int:
    connection = sqlite_driver.connect(services.database.file)
    try:
        row = connection.execute(
            "SELECT failed_logins FROM app_user WHERE username = ?", (username,)
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def test_wrong_then_right_password(qtbot: QtBot, runner: TaskRunner, loaded: LoadedStore) -> None:
    dialog = _open(qtbot, runner, loaded)
    assert dialog.windowTitle() == "Masuk — Tangsel Desktop"
    assert dialog.office_label.text() == "Kelurahan Sawah, Kecamatan Ciputat"
    qtbot.keyClicks(dialog.username, "ops")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert "#b3261e" in dialog.error.styleSheet()  # red, inline: no modal box
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert _failed_logins(loaded.services, "ops") == 1

    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed_in:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    actor = signed_in.args[0]
    assert (actor.username, actor.role.value) == ("ops", "operator")
    assert _failed_logins(loaded.services, "ops") == 0
    assert not dialog.isVisible()


def test_a_locked_account_says_so(qtbot: QtBot, runner: TaskRunner, loaded: LoadedStore) -> None:
    dialog = _open(qtbot, runner, loaded, username="spv")
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "bukan-sandinya")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled() and dialog.error.isVisible())
    assert "dikunci 15 menit" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Akun dikunci"))
    assert dialog.isVisible()


def test_a_deactivated_account_is_told_why_inline(
    qtbot: QtBot, runner: TaskRunner, loaded: LoadedStore, admin: Actor
) -> None:
    loaded.services.auth.set_active(actor=admin, username="ops", active=False)
    dialog = _open(qtbot, runner, loaded, username="ops")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled() and dialog.error.isVisible())
    assert dialog.error.text().startswith("Akun ops sudah dinonaktifkan oleh administrator kantor")
    assert "mengaktifkannya kembali" in dialog.error.text()
    assert dialog.isVisible()


def test_an_empty_username_is_refused_before_asking_the_store(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _open(qtbot, runner, None)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Tulis nama pengguna Anda."
    assert dialog.focusWidget() is dialog.username


def test_sign_in_waits_for_the_store(qtbot: QtBot, runner: TaskRunner, loaded: LoadedStore) -> None:
    dialog = _open(qtbot, runner, None, username="admin")
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.status.text() == "Menyiapkan data…"
    assert not dialog.sign_in_button.isEnabled()
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed_in:
        dialog.set_store(loaded)
    assert signed_in.args[0].username == "admin"


def test_a_store_that_cannot_open_is_explained(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _open(qtbot, runner, None)
    dialog.set_load_error("Data kantor tidak dapat dibuka.")
    assert dialog.error.text() == "Data kantor tidak dapat dibuka."
    assert not dialog.sign_in_button.isEnabled()


def test_escape_quits(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _open(qtbot, runner, None)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)


def test_demo_accounts_are_hinted_and_admin_prefilled(
    qtbot: QtBot, runner: TaskRunner, loaded: LoadedStore
) -> None:
    dialog = _open(qtbot, runner, None)
    demo = LoadedStore(
        services=loaded.services,
        office=loaded.office,
        demo=DemoAccounts(usernames=("admin", "supervisor", "operator"), password="demo-tangsel"),
    )
    dialog.set_progress(2000, 5000)
    assert dialog.status.text() == "Menyiapkan kantor demo: 2.000 dari 5.000 penduduk…"
    dialog.set_store(demo)
    assert dialog.username.text() == "admin"
    assert dialog.hint.isVisible()
    assert dialog.hint.text() == (
        "Kantor demo. Pengguna: admin, supervisor, operator. Kata sandi semuanya: demo-tangsel"
    )
    assert not dialog.progress.isVisible()
