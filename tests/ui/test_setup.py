# mypy: disable-error-code="no-untyped-call"
"""First run: the clerk picks the office and creates the first administrator; the store then holds both."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.setup_dialog import SetupDialog
from tangsel_desktop.ui.store_loader import LoadedStore
from tests.conftest import PASSWORD

# The offscreen platform cannot resize, raise or grab like a real screen and says so as a warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _open(qtbot: QtBot, runner: TaskRunner, services: Services | None) -> SetupDialog:
    dialog = SetupDialog(runner)
    qtbot.addWidget(dialog)
    if services is not None:
        dialog.set_store(LoadedStore(services=services, office=None))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_admin(qtbot: QtBot, dialog: SetupDialog, *, password: str = PASSWORD, repeat: str = "") -> None:
    qtbot.keyClicks(dialog.username, "Admin.Ciater")
    qtbot.keyClicks(dialog.full_name, "Rina Wulandari")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.repeat, repeat or password)


def _rows(services: Services, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(services.database.file)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_clerk_sets_up_the_office_and_its_administrator(
    qtbot: QtBot, runner: TaskRunner, bare_services: Services
) -> None:
    dialog = _open(qtbot, runner, bare_services)
    assert dialog.windowTitle() == "Pengaturan awal — Tangsel Desktop"
    combo_line = dialog.office.lineEdit()
    assert combo_line is not None
    qtbot.keyClicks(combo_line, "ciat")
    completer = dialog.office.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # Of the 54 kelurahan only Ciater (Kec. Serpong) contains "ciat".
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.office.office_code() == "36.74.01.1001"
    _fill_admin(qtbot, dialog)
    with qtbot.waitSignal(dialog.office_set_up, timeout=10000) as done:
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter confirms the form
    office, username = done.args
    assert office.name == "Kelurahan Ciater, Kecamatan Serpong"
    assert username == "admin.ciater"
    assert _rows(bare_services, "SELECT code, kind FROM office") == [("36.74.01.1001", "kelurahan")]
    assert _rows(bare_services, "SELECT username, full_name, role FROM app_user") == [
        ("admin.ciater", "Rina Wulandari", "admin")
    ]
    assert bare_services.auth.login(username="admin.ciater", password=PASSWORD).role.value == "admin"


def test_an_older_spelling_and_dinas_sosial_are_understood(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _open(qtbot, runner, None)
    dialog.office.setEditText("Sawah Lama")  # renamed Sawah in 2025
    assert dialog.office.office_code() == "36.74.04.1004"
    dialog.office.setCurrentIndex(0)
    assert dialog.office.currentText() == "Dinas Sosial (kantor pusat)"
    assert dialog.office.office_code() == "DINSOS"
    dialog.office.setEditText("Kelurahan Antah Berantah")
    assert dialog.office.office_code() is None


def test_the_combo_lists_all_54_kelurahan_by_kecamatan(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _open(qtbot, runner, None)
    codes = [dialog.office.itemData(i) for i in range(dialog.office.count())]
    kelurahan = [code for code in codes if code and code != "DINSOS"]
    assert len(kelurahan) == 54
    assert kelurahan == sorted(kelurahan)
    assert "Kec. Pondok Aren" in dialog.office.itemText(codes.index("36.74.03.1008"))


def test_mistakes_are_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, runner: TaskRunner, bare_services: Services
) -> None:
    dialog = _open(qtbot, runner, bare_services)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Pilih kantor dari daftar."
    dialog.office.setCurrentIndex(dialog.office.findData("36.74.04.1004"))
    _fill_admin(qtbot, dialog, password=PASSWORD, repeat="rahasia-124")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Kedua kata sandi tidak sama."
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The service's own Indonesian message, shown in the dialog rather than in a modal box.
    qtbot.waitUntil(lambda: dialog.error.text() == "Kata sandi minimal 8 karakter.")
    assert dialog.save_button.isEnabled()
    assert bare_services.office.get() is None
    assert dialog.isVisible()


def test_save_waits_for_the_store_while_it_opens(
    qtbot: QtBot, runner: TaskRunner, bare_services: Services
) -> None:
    dialog = _open(qtbot, runner, None)
    dialog.office.setCurrentIndex(0)
    _fill_admin(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Menyiapkan data…"
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.office_set_up, timeout=10000):
        dialog.set_store(LoadedStore(services=bare_services, office=None))
    office = bare_services.office.get()
    assert office is not None
    assert office.code == "DINSOS"


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape])
def test_escape_cancels(qtbot: QtBot, runner: TaskRunner, key: Qt.Key) -> None:
    dialog = _open(qtbot, runner, None)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.username, key)
