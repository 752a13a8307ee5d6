# mypy: disable-error-code="no-untyped-call"
"""First run: the clerk picks the office and creates the first administrator; the encrypted store then holds
both, and the recovery code is shown once with its PDF."""

import re
import subprocess
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.setup_dialog import SetupDialog
from tests.conftest import PASSWORD
from tests.store_files import open_raw, store_key

# The offscreen platform cannot resize, raise or grab like a real screen and says so as a warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _fresh(paths: DataPaths) -> DataPaths:
    """A folder beside the runner's own store, with no office yet."""
    return DataPaths(paths.root.parent / "kantor-baru").ensure()


def _open(qtbot: QtBot, runner: TaskRunner, paths: DataPaths | None) -> SetupDialog:
    def set_up(values: dict[str, str], _handle: object) -> Any:
        assert paths is not None
        return set_up_new_office(paths, **values)

    dialog = SetupDialog(runner, set_up)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_admin(qtbot: QtBot, dialog: SetupDialog, *, password: str = PASSWORD, repeat: str = "") -> None:
    qtbot.keyClicks(dialog.username, "Admin.Ciater")
    qtbot.keyClicks(dialog.full_name, "Rina Wulandari")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.repeat, repeat or password)


def _rows(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    with open_raw(paths.database, key=store_key(paths.root, "admin.ciater", PASSWORD)) as connection:
        return connection.execute(sql).fetchall()


def test_the_clerk_sets_up_the_office_and_its_administrator(
    qtbot: QtBot, runner: TaskRunner, data_paths: DataPaths
) -> None:
    data_paths = _fresh(data_paths)
    dialog = _open(qtbot, runner, data_paths)
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
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter confirms the form
    qtbot.waitUntil(lambda: dialog.code_panel is not None, timeout=20000)
    panel = dialog.code_panel
    assert panel is not None
    # The recovery code, shown this once, and the one-page sheet to print for the office's safe.
    code = panel.code_label.text()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){5}", code)
    assert panel.pdf.is_file()
    assert str(panel.pdf) in panel.pdf_label.text()
    sheet = subprocess.run(
        ["pdftotext", str(panel.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kode Pemulihan" in sheet
    assert code in sheet
    assert "brankas" in sheet
    assert "Kelurahan Ciater, Kecamatan Serpong" in sheet
    assert not dialog.save_button.isVisible()
    with qtbot.waitSignal(dialog.office_set_up, timeout=10000) as done:
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    unlocked, username = done.args
    assert unlocked.services.office.get().name == "Kelurahan Ciater, Kecamatan Serpong"
    assert username == "admin.ciater"
    assert _rows(data_paths, "SELECT code, kind FROM office") == [("36.74.01.1001", "kelurahan")]
    assert _rows(data_paths, "SELECT username, full_name, role FROM app_user") == [
        ("admin.ciater", "Rina Wulandari", "admin")
    ]
    assert unlocked.services.auth.login(username="admin.ciater", password=PASSWORD).role.value == "admin"
    unlocked.services.database.dispose()


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
    qtbot: QtBot, runner: TaskRunner, data_paths: DataPaths
) -> None:
    data_paths = _fresh(data_paths)
    dialog = _open(qtbot, runner, data_paths)
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
    assert not data_paths.database.exists()
    assert not data_paths.keys.exists()
    assert dialog.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape])
def test_escape_cancels(qtbot: QtBot, runner: TaskRunner, key: Qt.Key) -> None:
    dialog = _open(qtbot, runner, None)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.username, key)
