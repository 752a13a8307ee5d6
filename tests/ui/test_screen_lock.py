# mypy: disable-error-code="no-untyped-call"
"""The idle lock: idle time passes, the window hides its data, asks the same password, or hands over."""

import json
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.lock_dialog import LockDialog
from tangsel_desktop.ui.login_dialog import LoginDialog
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.startup import StartupController
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import PASSWORD, make_draft
from tests.ui.waiting import closed, settle

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

NIK = "3674045708850001"
SHORT_IDLE_MS = 300


@pytest.fixture
def open_window(qtbot: QtBot, make_ctx: Callable[[Actor], UiContext]) -> Callable[[Actor], MainWindow]:
    def open_for(actor: Actor) -> MainWindow:
        window = MainWindow(make_ctx(actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        settle(qtbot, window.ctx)  # the office's idle time has been read (10 minutes by default)
        return window

    return open_for


def audit(services: Services) -> list[tuple[str, str, str, dict[str, object]]]:
    with services.database.read() as tx:
        rows = tx.rows("SELECT action, entity, username, after_json FROM audit_log ORDER BY id")
    return [
        (action, entity, user, json.loads(after) if after else {}) for action, entity, user, after in rows
    ]


def shown_texts(window: QWidget) -> list[str]:
    """The text of every label, field and button of the window that a person could read now."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = getattr(widget, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                texts.append(value)
    return texts


def said(lock: LockDialog, words: str) -> bool:
    return lock.error.text().endswith(words)


def content(window: MainWindow) -> QWidget:
    central = window.centralWidget()
    assert central is not None
    return central


def people_page(qtbot: QtBot, window: MainWindow) -> PeoplePage:
    index = next(i for i, area in enumerate(window.areas) if area.key == "people")
    window.show_area(index)
    page = window.page(index)
    assert isinstance(page, PeoplePage)
    settle(qtbot, window.ctx)
    return page


def unlock_with(qtbot: QtBot, dialog: LockDialog, password: str, username: str | None = None) -> None:
    if username is not None:
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_idle_time_locks_the_window_and_hides_every_nik(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], services: Services, admin: Actor
) -> None:
    person, _changes = services.people.register(actor=admin, draft=make_draft(nik=NIK))
    window = open_window(admin)
    assert window.screen_lock.watch.interval_ms == 10 * 60_000  # the office default
    page = people_page(qtbot, window)
    dialog = page.open_person(person.id)
    qtbot.waitUntil(lambda: dialog.form.nik_edit.text() == NIK, timeout=10_000)
    assert page.isVisible()

    window.screen_lock.watch.set_interval_ms(SHORT_IDLE_MS)
    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=5_000)
    lock = window.screen_lock.dialog
    assert isinstance(lock, LockDialog)
    qtbot.waitExposed(lock)
    assert lock.isModal()
    assert lock.windowModality() == Qt.WindowModality.ApplicationModal
    assert lock.username.text() == "admin"
    assert not content(window).isVisible()
    # The person dialog stays open (its input is kept) but is covered from edge to edge.
    assert dialog.isVisible()
    assert window.screen_lock.covered() == [dialog]
    cover = dialog.findChild(QWidget, "lockCover")
    assert cover is not None
    assert cover.isVisible()
    assert cover.geometry() == dialog.rect()
    dialog.resize(dialog.width() + 40, dialog.height() + 30)
    qtbot.waitUntil(lambda: cover.geometry() == dialog.rect())
    # What is under the cover is not painted: the dialog's picture shows no NIK field.
    picture = dialog.grab().toImage()
    field = dialog.form.nik_edit
    corner = field.mapTo(dialog, QPoint(4, field.height() // 2))
    assert picture.pixelColor(corner) == cover.palette().window().color()
    # The listing of residents is gone from the main window; what it still shows names no resident.
    assert not page.isVisible()
    assert NIK not in shown_texts(window)
    assert "Siti Aminah" not in shown_texts(window)
    # Esc and the close button leave it locked.
    qtbot.keyClick(lock.password, Qt.Key.Key_Escape)
    lock.close()
    assert window.screen_lock.locked
    assert lock.isVisible()


def test_a_wrong_password_is_refused_and_the_right_one_brings_everything_back(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], services: Services, operator: Actor
) -> None:
    window = open_window(operator)
    page = people_page(qtbot, window)
    dialog = page.add_person()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.form.name_edit, "Dewi Lestari")
    # Ctrl+L inside a dialog open over the window (the window's own shortcut is blocked there).
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.screen_lock.locked
    assert dialog.form.name_edit.text() == "Dewi Lestari"  # Ctrl+L typed nothing
    lock = window.screen_lock.dialog
    assert lock is not None

    unlock_with(qtbot, lock, "salah-sandi")
    qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=10_000)
    assert lock.error.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert lock.password.text() == ""
    assert window.screen_lock.locked
    assert not content(window).isVisible()

    unlock_with(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: not window.screen_lock.locked, timeout=10_000)
    assert closed(lock)
    assert content(window).isVisible()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(QWidget, "lockCover") is None)  # the cover is gone
    assert dialog.form.name_edit.text() == "Dewi Lestari"  # the half-typed form came back as it was
    assert window.screen_lock.watch.remaining_ms() > 0  # the idle watch runs again
    actions = [(action, user) for action, entity, user, _after in audit(services) if entity == "app_user"]
    assert actions[-2:] == [("login_failed", "ops"), ("unlock", "ops")]
    dialog.reject()


def test_five_wrong_passwords_lock_the_account_as_at_sign_in(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], operator: Actor
) -> None:
    window = open_window(operator)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the Berkas menu's shortcut
    lock = window.screen_lock.dialog
    assert lock is not None
    for left in (4, 3, 2, 1):
        unlock_with(qtbot, lock, f"salah-{left}")
        qtbot.waitUntil(partial(said, lock, f"Sisa percobaan: {left}."), timeout=10_000)
    unlock_with(qtbot, lock, "salah-terakhir")
    qtbot.waitUntil(lambda: "dikunci 15 menit" in lock.error.text(), timeout=10_000)
    unlock_with(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: "Akun dikunci karena lima kali salah" in lock.error.text(), timeout=10_000)
    assert window.screen_lock.locked


def test_activity_anywhere_postpones_the_lock_and_a_scanner_counts(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], operator: Actor
) -> None:
    window = open_window(operator)
    watch = window.screen_lock.watch
    watch.set_interval_ms(60_000)
    field = QLineEdit(window)  # any widget of the application
    field.show()
    for act in (
        lambda: qtbot.keyClicks(field, NIK),  # a barcode scanner types like a keyboard
        lambda: qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseMove(window.navigation.viewport(), QPoint(20, 30)),
    ):
        qtbot.waitUntil(lambda: watch.remaining_ms() < 58_500, timeout=10_000)
        act()
        assert watch.remaining_ms() > 59_000
    assert not window.screen_lock.locked
    menu_action = window.lock_action
    assert menu_action.text() == "&Kunci layar"
    assert menu_action.shortcut().toString() == "Ctrl+L"
    menu_action.trigger()
    assert window.screen_lock.locked


def test_the_office_idle_time_is_set_in_settings_and_the_window_follows(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], services: Services, admin: Actor
) -> None:
    window = open_window(admin)
    index = next(i for i, area in enumerate(window.areas) if area.key == "settings")
    window.show_area(index)
    settle(qtbot, window.ctx)
    panel = window.page(index).screen_lock_panel  # type: ignore[union-attr]
    assert panel.minutes.value() == 10
    assert (panel.minutes.minimum(), panel.minutes.maximum()) == (1, 120)
    panel.minutes.setValue(3)
    panel.save_button.click()
    qtbot.waitUntil(lambda: window.screen_lock.watch.interval_ms == 3 * 60_000, timeout=10_000)
    assert panel.message.text() == "Jendela kini terkunci setelah 3 menit tidak dipakai."
    assert services.screen_lock.idle_minutes() == 3


@pytest.fixture
def controller(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[StartupController]:
    # The set-up office's plain store, let go: the first sign-in converts it to the encrypted form,
    # which needs the file alone.
    services.database.dispose()
    started = StartupController(services.paths, TaskRunner(), Messages())
    monkeypatch.setattr(started, "quit", lambda: setattr(started, "quitting", True))
    started.start()
    yield started
    started.shutdown()


def test_another_user_signing_in_at_the_lock_closes_the_first_users_work(
    qtbot: QtBot, controller: StartupController
) -> None:
    login = controller.dialog
    assert isinstance(login, LoginDialog)
    login.username.setText("spv")
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    first = controller.window
    assert isinstance(first, MainWindow)
    assert controller.store is not None
    services = controller.store.services  # the store as the window opened it (encrypted by then)
    settle(qtbot, first.ctx)
    page = people_page(qtbot, first)
    dialog: PersonDialog = page.add_person()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.form.name_edit, "Belum Disimpan")
    # A long operation of the first user, stoppable where it checks cancelled() (as an import does).
    stopped = threading.Event()

    def long_work(handle: TaskHandle) -> None:
        deadline = time.monotonic() + 30
        while not handle.cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        if handle.cancelled():
            stopped.set()

    first.ctx.runner.start(long_work)
    first.screen_lock.lock()
    lock = first.screen_lock.dialog
    assert lock is not None

    unlock_with(qtbot, lock, PASSWORD, username="ops")
    qtbot.waitUntil(lambda: controller.window is not first and controller.window is not None, timeout=20_000)
    second = controller.window
    assert isinstance(second, MainWindow)
    assert stopped.is_set()  # asked to stop, and waited for, before the new user's window opened
    assert second.ctx.actor.username == "ops"
    assert second.user_status.text() == "Pengguna: OPS (Operator)"
    assert not second.screen_lock.locked
    assert content(second).isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=10_000)
    assert not shiboken6.isValid(dialog)  # the unsaved form went with the first user's window
    assert not controller.quitting
    assert controller.dialog is None
    with services.database.read() as tx:
        assert tx.rows("SELECT count(*) FROM person WHERE full_name = 'Belum Disimpan'") == [(0,)]
    entries = [
        (action, user, after) for action, entity, user, after in audit(services) if entity == "app_user"
    ]
    # The new user's password is checked first; only then is the first user signed out.
    assert entries[-2][:2] == ("login", "ops")
    assert entries[-1] == ("logout", "spv", {"next_user": "ops", "open_dialogs": 1, "reason": "switch_user"})
    # The new user's window locks itself too.
    settle(qtbot, second.ctx)
    second.screen_lock.watch.set_interval_ms(SHORT_IDLE_MS)
    qtbot.waitUntil(lambda: second.screen_lock.locked, timeout=5_000)


def test_the_lock_settings_are_the_administrators_and_bounded(
    services: Services, admin: Actor, operator: Actor
) -> None:
    from tangsel_desktop.domain.errors import PermissionDenied, UserError

    assert services.screen_lock.idle_minutes() == 10
    for minutes in (0, -5, 121):
        with pytest.raises(UserError, match="harus 1 sampai 120 menit"):
            services.screen_lock.set_idle_minutes(actor=admin, minutes=minutes)
    with pytest.raises(PermissionDenied):
        services.screen_lock.set_idle_minutes(actor=operator, minutes=5)
    assert services.screen_lock.idle_minutes() == 10  # nothing changed
    services.screen_lock.set_idle_minutes(actor=admin, minutes=1)
    assert services.screen_lock.idle_minutes() == 1
    updates = [after for action, entity, _user, after in audit(services) if entity == "office_setting"]
    assert updates[-1] == {"idle_lock_minutes": 1}


def test_unlock_is_audited_and_checks_like_sign_in(services: Services, supervisor: Actor) -> None:
    from tangsel_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="Sisa percobaan: 4"):
        services.auth.unlock(actor=supervisor, username="spv", password="bukan-sandi")
    again = services.auth.unlock(actor=supervisor, username=" SPV ", password=PASSWORD)
    assert again == supervisor
    other = services.auth.unlock(actor=supervisor, username="admin", password=PASSWORD, open_dialogs=2)
    assert other.username == "admin"
    tail = [(action, user) for action, entity, user, _after in audit(services) if entity == "app_user"][-4:]
    assert tail == [("login_failed", "spv"), ("unlock", "spv"), ("login", "admin"), ("logout", "spv")]


def test_a_window_opened_while_locked_is_covered_and_the_lock_keeps_the_keyboard(
    qtbot: QtBot, open_window: Callable[[Actor], MainWindow], operator: Actor
) -> None:
    window = open_window(operator)
    page = people_page(qtbot, window)
    window.screen_lock.lock()
    lock = window.screen_lock.dialog
    assert lock is not None
    # An export finished meanwhile: its preview opens, then a modal message about it.
    preview = QDialog(page)
    preview.show()
    message = QDialog(page)
    message.setWindowModality(Qt.WindowModality.ApplicationModal)
    message.show()
    assert window.screen_lock.covered() == [preview, message]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is lock)
    unlock_with(qtbot, lock, PASSWORD)
    qtbot.waitUntil(lambda: not window.screen_lock.locked, timeout=10_000)
    qtbot.waitUntil(lambda: preview.findChild(QWidget, "lockCover") is None)
    assert message.findChild(QWidget, "lockCover") is None
    assert preview.isVisible()
    assert message.isVisible()
    message.close()
    preview.close()
