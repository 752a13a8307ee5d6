# mypy: disable-error-code="no-untyped-call"
"""Pengaturan's backups: a restore shows what it replaces and asks first; cancel changes nothing."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.backups.backup_panel import BackupPanel
from tangsel_desktop.ui.backups.restore_dialog import RestoreDialog
from tangsel_desktop.ui.settings_page import SettingsPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.backup_files import dump
from tests.conftest import make_draft

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def page(qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], admin: Actor) -> SettingsPage:
    page = SettingsPage(make_ctx(admin))
    qtbot.addWidget(page)
    page.resize(1150, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _panel(page: SettingsPage) -> BackupPanel:
    assert page.backup_panel is not None
    return page.backup_panel


def _open_dialog(qtbot: QtBot, panel: BackupPanel) -> RestoreDialog:
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=10000)
    assert panel.dialog is not None
    return panel.dialog


def _shown(dialog: RestoreDialog) -> dict[str, tuple[str, str]]:
    cells = {}
    for row in range(dialog.table.rowCount()):
        label, now, then = (dialog.table.item(row, column) for column in range(3))
        assert label is not None
        assert now is not None
        assert then is not None
        cells[label.text()] = (now.text(), then.text())
    return cells


def test_a_restore_shows_what_it_replaces_asks_first_and_cancel_changes_nothing(
    qtbot: QtBot, page: SettingsPage, services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(page)
    services.people.register(actor=admin, draft=make_draft())
    backup, _ = services.backup.backup_now(actor=admin)
    services.people.register(actor=admin, draft=make_draft(nik="3674045708850002", full_name="Budi Santoso"))
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    item = panel.table.item(0, 1)
    assert item is not None
    assert item.text() == "manual"
    before = dump(services.database.file)

    dialog = _open_dialog(qtbot, panel)
    assert dialog.windowTitle() == "Pulihkan dari cadangan"
    shown = _shown(dialog)
    assert shown["Penduduk"] == ("2", "1")
    assert shown["Pengguna"] == ("3", "3")
    assert dialog.cancel_button.isDefault()
    assert dialog.erasures.isHidden()  # nobody erased since the copy
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter is Cancel: nothing replaced by a stray key
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=10000)
    assert dump(services.database.file) == before
    assert not list(services.paths.backups.glob("*sebelum-pemulihan*"))

    told: list[str] = []
    monkeypatch.setattr(panel._ctx.messages, "info", lambda _parent, _title, text: told.append(text))
    signed_out: list[bool] = []
    panel._ctx.bus.sign_out_wanted.connect(lambda: signed_out.append(True))
    dialog = _open_dialog(qtbot, panel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(signed_out), timeout=20000)
    assert told
    assert told[0].startswith(f"Data kantor telah dipulihkan dari {backup.path.name}.")
    after = dump(services.database.file)
    assert after["person"] == dump(backup.path)["person"]
    assert len(after["person"]) == 1
    assert len(list(services.paths.backups.glob("*sebelum-pemulihan.sqlite3"))) == 1


def test_a_damaged_backup_is_refused_in_the_panel_before_any_question(
    qtbot: QtBot, page: SettingsPage, services: Services, admin: Actor, tmp_path: Path
) -> None:
    panel = _panel(page)
    backup, _ = services.backup.backup_now(actor=admin)
    damaged = tmp_path / backup.path.name
    damaged.write_bytes(backup.path.read_bytes()[:-4096])
    Path(f"{damaged}.json").write_bytes(Path(f"{backup.path}.json").read_bytes())
    before = dump(services.database.file)
    panel.ask_file = lambda: str(damaged)  # type: ignore[method-assign]
    qtbot.mouseClick(panel.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rusak" in panel.message.text(), timeout=10000)
    assert panel.dialog is None
    assert dump(services.database.file) == before


def test_the_second_folder_is_chosen_and_a_missing_stick_is_shown(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    panel = _panel(page)
    qtbot.waitUntil(lambda: "salinan hanya di laptop ini" in panel.mirror_label.text(), timeout=10000)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    panel.ask_folder = lambda: str(stick)  # type: ignore[method-assign]
    qtbot.mouseClick(panel.mirror_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "juga disalin ke" in panel.message.text(), timeout=10000)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Cadangan dibuat: "), timeout=10000)
    assert len(list(stick.glob("tangsel-*manual.sqlite3"))) == 1
    stick.rename(tmp_path / "dicabut")
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tidak ditemukan" in panel.message.text(), timeout=10000)
    assert panel.message.text().startswith("Cadangan dibuat: ")
    qtbot.waitUntil(lambda: "pasang flashdisk-nya" in panel.mirror_label.text(), timeout=10000)
