# mypy: disable-error-code="no-untyped-call"
"""Restoring, in the window, a backup from the office's old laptop: its password there (or the recovery
code) opens it; a wrong one is said in the dialog and changes nothing; afterwards the old passwords work."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.services.store_unlock import Unlocked
from tangsel_desktop.ui.backups.backup_panel import BackupPanel
from tangsel_desktop.ui.operations import TaskRunner
from tests.backup_files import dump
from tests.conftest import OFFICE_CODE, make_draft
from tests.store_files import store_key
from tests.ui.conftest import context_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
OLD_PASSWORD = "sandi-rahasia-9"  # the administrator's password on the old laptop
NEW_PASSWORD = "sandi-rahasia-10"  # the same administrator's, chosen again on the new laptop


def _laptop(folder: Path, password: str) -> Unlocked:
    return set_up_new_office(
        DataPaths(folder),
        office_code=OFFICE_CODE,
        admin_username="admin",
        admin_full_name="Admin Kelurahan",
        admin_password=password,
    )


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Unlocked, Unlocked, Path]]:
    """The old laptop's backup on a stick, and a new laptop set up afresh (its own key) for the office."""
    old = _laptop(tmp_path / "lama", OLD_PASSWORD)
    old.services.people.register(actor=old.actor, draft=make_draft())
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    backup, _ = old.services.backup.backup_now(actor=old.actor, to=stick)
    old.services.database.dispose()
    new = _laptop(tmp_path / "baru", NEW_PASSWORD)
    yield old, new, backup.path
    new.services.database.dispose()


def test_an_old_laptops_backup_asks_for_its_password_and_then_restores(
    qtbot: QtBot, laptops: tuple[Unlocked, Unlocked, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _old, new, backup = laptops
    runner = TaskRunner()
    assert new.office is not None
    ctx = context_for(new.services, new.actor, new.office, runner)
    panel = BackupPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    new_store = new.services.database.file
    new_key = new.services.database.key
    before = dump(new_store, new_key)
    panel.ask_file = lambda: str(backup)  # type: ignore[method-assign]

    panel.restore_file_button.click()
    qtbot.waitUntil(
        lambda: panel.unlock_dialog is not None and panel.unlock_dialog.isVisible(), timeout=20_000
    )
    asking = panel.unlock_dialog
    assert asking is not None
    assert asking.windowTitle() == "Cadangan dari laptop lain"
    assert asking.message.text() == ""
    assert asking.username.text() == "admin"
    # This laptop's password is not the old one: said in the dialog, nothing changed.
    asking.password.setText(NEW_PASSWORD)
    qtbot.keyClick(asking.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "tidak membuka" in asking.message.text(), timeout=20000)
    assert asking.open_button.isEnabled()
    assert asking.password.text() == ""
    assert dump(new_store, new_key) == before
    # The old laptop's password opens it: the usual question, then the restore.
    asking.password.setText(OLD_PASSWORD)
    qtbot.keyClick(asking.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=20000)
    assert panel.unlock_dialog is None or not panel.unlock_dialog.isVisible()
    dialog = panel.dialog
    assert dialog is not None
    signed_out: list[bool] = []
    ctx.bus.sign_out_wanted.connect(lambda: signed_out.append(True))
    monkeypatch.setattr(ctx.messages, "info", lambda _parent, _title, _text: None)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(signed_out), timeout=30000)
    assert runner.wait_all(30000)
    # The store is the old laptop's now, under its key, which the old password unwraps here.
    old_key = store_key(new_store.parent, "admin", OLD_PASSWORD)
    assert old_key != new_key
    assert dump(new_store, old_key)["person"] == dump(backup, old_key)["person"]
