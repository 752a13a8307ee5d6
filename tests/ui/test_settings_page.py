# mypy: disable-error-code="no-untyped-call"
"""Pengaturan: an administrator adds users, resets passwords and backs up; other roles see no such tools."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.ui.settings_page import SettingsPage
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.users_panel import UsersPanel
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def open_page(qtbot: QtBot, make_ctx: Callable[[Actor], UiContext]) -> Callable[[Actor], SettingsPage]:
    def open_for(actor: Actor) -> SettingsPage:
        page = SettingsPage(make_ctx(actor))
        qtbot.addWidget(page)
        page.resize(1150, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_for


def _cell(panel: UsersPanel, row: int, column: int) -> str:
    item = panel.table.item(row, column)
    assert item is not None
    return item.text()


def _users_shown(qtbot: QtBot, panel: UsersPanel, count: int) -> list[str]:
    qtbot.waitUntil(lambda: panel.table.rowCount() == count, timeout=10000)
    return [_cell(panel, row, 0) for row in range(panel.table.rowCount())]


def _user_row(services: Services, username: str) -> tuple[object, ...] | None:
    connection = sqlite_driver.connect(services.database.file)
    try:
        row: tuple[object, ...] | None = connection.execute(
            "SELECT full_name, role, failed_logins, locked_until FROM app_user WHERE username = ?",
            (username,),
        ).fetchone()
        return row
    finally:
        connection.close()


def test_the_administrator_sees_the_users(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor
) -> None:
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    assert _users_shown(qtbot, panel, 3) == ["admin", "ops", "spv"]
    headers = [panel.table.horizontalHeaderItem(column) for column in range(4)]
    assert [header.text() for header in headers if header is not None] == [
        "Nama pengguna",
        "Nama lengkap",
        "Peran",
        "Status",
    ]
    assert [_cell(panel, row, 2) for row in range(3)] == ["Administrator", "Operator", "Supervisor"]
    assert {_cell(panel, row, 3) for row in range(3)} == {"Aktif"}
    assert "Folder data: " in page.info.text()


def test_add_a_user_with_the_keyboard(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor, services: Services
) -> None:
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    _users_shown(qtbot, panel, 3)
    changes: list[ChangeSummary] = []
    panel._ctx.bus.changed.connect(changes.append)
    qtbot.keyClicks(panel.new_username, "dewi")
    qtbot.keyClicks(panel.new_full_name, "Dewi Lestari")
    panel.new_role.setCurrentIndex(panel.new_role.findData(Role.SUPERVISOR))
    qtbot.keyClicks(panel.new_password, "sandi-dewi-1")
    qtbot.keyClicks(panel.new_repeat, "sandi-dewi-1")
    qtbot.keyClick(panel.new_repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.add_message.text() == "Pengguna dewi (Supervisor) ditambahkan.", timeout=10000
    )
    assert _users_shown(qtbot, panel, 4) == ["admin", "dewi", "ops", "spv"]
    assert _user_row(services, "dewi") == ("Dewi Lestari", "supervisor", 0, None)
    assert services.auth.login(username="dewi", password="sandi-dewi-1").role is Role.SUPERVISOR
    assert panel.new_username.text() == ""
    assert changes
    assert changes[0].touches(ChangeSummary.APP_USER)


def test_a_refused_user_is_explained_inline(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor, services: Services
) -> None:
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    qtbot.keyClicks(panel.new_username, "ops")
    qtbot.keyClicks(panel.new_password, "sandi-baru-1")
    qtbot.keyClicks(panel.new_repeat, "sandi-baru-2")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.add_message.text() == "Kedua kata sandi tidak sama."
    panel.new_repeat.setText("sandi-baru-1")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sudah dipakai" in panel.add_message.text(), timeout=10000)
    assert _user_row(services, "ops") == ("OPS", "operator", 0, None)


def test_reset_a_password_lifts_the_lock(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor, services: Services
) -> None:
    for _ in range(5):
        with pytest.raises(UserError):
            services.auth.login(username="ops", password="bukan-sandinya")
    locked = _user_row(services, "ops")
    assert locked is not None
    assert locked[3] is not None
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    _users_shown(qtbot, panel, 3)
    assert _cell(panel, 1, 3).startswith("Terkunci sampai ")
    panel.table.selectRow(1)  # choosing the user in the list picks it for the reset
    assert panel.reset_user.currentData() == "ops"
    qtbot.keyClicks(panel.reset_password_field, "sandi-ops-baru")
    qtbot.keyClicks(panel.reset_repeat, "sandi-ops-baru")
    qtbot.keyClick(panel.reset_repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.reset_message.text().startswith("Kata sandi ops"), timeout=10000)
    assert _user_row(services, "ops") == ("OPS", "operator", 0, None)
    assert services.auth.login(username="ops", password="sandi-ops-baru").username == "ops"
    with pytest.raises(UserError):
        services.auth.login(username="ops", password=PASSWORD)
    qtbot.waitUntil(lambda: _cell(panel, 1, 3) == "Aktif", timeout=10000)


def test_backup_now_shows_where_the_copy_went(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor, services: Services
) -> None:
    page = open_page(admin)
    backup = page.backup_panel
    assert backup is not None
    qtbot.mouseClick(backup.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backup.message.text().startswith("Cadangan dibuat: "), timeout=30_000)
    copies = list(services.paths.backups.glob("*manual.sqlite3"))
    assert len(copies) == 1
    assert str(copies[0]) in backup.message.text()


@pytest.mark.parametrize("who", ["operator", "supervisor"])
def test_other_roles_see_a_plain_page(
    open_page: Callable[[Actor], SettingsPage], who: str, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(who)
    page = open_page(actor)
    assert page.users_panel is None
    assert page.backup_panel is None
    assert page.findChildren(UsersPanel) == []
    assert page.findChildren(QPushButton) == []
    assert "dikelola oleh administrator" in page.note.text()
    assert "Kantor: Kelurahan Sawah, Kecamatan Ciputat" in page.info.text()
    assert f"Folder data: {actor and page._ctx.services.paths.root}" in page.info.text()


def test_deactivate_a_user_who_left_and_reactivate_them(
    qtbot: QtBot,
    open_page: Callable[[Actor], SettingsPage],
    admin: Actor,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    _users_shown(qtbot, panel, 3)
    assert not panel.active_button.isEnabled()
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *, yes: str, no: str) -> bool:
        asked.append(f"{text} [{yes}/{no}]")
        return True

    monkeypatch.setattr(panel._ctx.messages, "confirm", confirm)
    panel.table.selectRow(1)
    assert panel.active_button.text() == "&Nonaktifkan pengguna"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dinonaktifkan" in panel.active_message.text(), timeout=10000)
    assert asked[0].startswith("Nonaktifkan ops (OPS)?")
    assert asked[0].endswith("[Nonaktifkan/Batal]")
    qtbot.waitUntil(lambda: _cell(panel, 1, 3) == "Nonaktif", timeout=10000)
    with pytest.raises(UserError, match="sudah dinonaktifkan"):
        services.auth.login(username="ops", password=PASSWORD)
    panel.table.selectRow(1)
    qtbot.waitUntil(lambda: panel.active_button.text() == "Aktifkan &kembali", timeout=10000)
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _cell(panel, 1, 3) == "Aktif", timeout=10000)
    assert len(asked) == 1  # bringing a user back asks nothing
    assert services.auth.login(username="ops", password=PASSWORD).username == "ops"


def test_the_last_administrator_is_refused_inline(
    qtbot: QtBot,
    open_page: Callable[[Actor], SettingsPage],
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(admin)
    panel = page.users_panel
    assert panel is not None
    _users_shown(qtbot, panel, 3)
    monkeypatch.setattr(panel._ctx.messages, "confirm", lambda *_a, **_k: True)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "akun Anda sendiri" in panel.active_message.text(), timeout=10000)
    assert _cell(panel, 0, 3) == "Aktif"


def test_a_users_position_and_nip_are_set_for_their_signature(
    qtbot: QtBot, open_page: Callable[[Actor], SettingsPage], admin: Actor, services: Services
) -> None:
    page = open_page(admin)
    page.resize(1366, 768)
    panel = page.users_panel
    assert panel is not None
    _users_shown(qtbot, panel, 3)
    panel.table.selectRow(2)  # choosing the user in the list picks it here too
    assert panel.profile_user.currentData() == "spv"
    panel.position_edit.setText("Kasi Kesejahteraan Sosial")
    panel.nip_edit.setText("1978 01")
    panel.profile_button.click()
    qtbot.waitUntil(lambda: "harus 18 angka" in panel.profile_message.text(), timeout=10000)
    panel.nip_edit.setText("19780101 200501 1 001")
    panel.profile_button.click()
    qtbot.waitUntil(lambda: panel.profile_message.text().startswith("Tersimpan: spv"), timeout=10000)
    stored = {user.username: user for user in services.auth.list_users(actor=admin)}["spv"]
    assert (stored.position, stored.nip) == ("Kasi Kesejahteraan Sosial", "197801012005011001")
    panel.profile_user.setCurrentIndex(panel.profile_user.findData("ops"))
    assert (panel.position_edit.text(), panel.nip_edit.text()) == ("", "")
    panel.profile_user.setCurrentIndex(panel.profile_user.findData("spv"))
    qtbot.waitUntil(lambda: panel.nip_edit.text() == "197801012005011001", timeout=10000)
