"""Bugs are logged with their traceback and shown in one crash dialog; with dialogs off nothing blocks."""

import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.crash_dialog import CrashDialog
from tangsel_desktop.ui.crash_hook import CrashHook, dialogs_enabled
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _raise_in_a_slot() -> BaseException:
    table: dict[str, int] = {}
    try:
        table["missing-key"]
    except KeyError as error:
        return error
    raise AssertionError("unreachable")


def test_a_bug_is_logged_with_its_traceback_and_nothing_blocks(
    qtbot: QtBot, bare_services: Services, log_to: Callable[[Services], None]
) -> None:
    log_to(bare_services)
    hook = CrashHook(bare_services.paths.log_file)
    assert not dialogs_enabled()  # the tests' switch: Messages.interactive is False
    error = _raise_in_a_slot()
    hook.handle_exception(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(hook.reports) == 1)
    assert hook.dialog is None
    text = bare_services.paths.log_file.read_text(encoding="utf-8")
    assert "CRITICAL tangsel_desktop.ui.crash_hook" in text
    assert "Traceback (most recent call last)" in text
    assert "_raise_in_a_slot" in text
    assert "KeyError: 'missing-key'" in text


def test_the_environment_switch_turns_dialogs_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Messages, "interactive", True)
    assert dialogs_enabled()
    monkeypatch.setenv("TANGSEL_NO_DIALOGS", "1")
    assert not dialogs_enabled()


def test_one_dialog_names_the_log_file_and_gathers_later_errors(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, bare_services: Services, log_to: Callable[[Services], None]
) -> None:
    log_to(bare_services)
    monkeypatch.setattr(Messages, "interactive", True)  # shown with show(), never exec(): no block
    monkeypatch.delenv("TANGSEL_NO_DIALOGS", raising=False)
    hook = CrashHook(bare_services.paths.log_file)
    for _ in range(2):
        error = _raise_in_a_slot()
        hook.handle_exception(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(hook.reports) == 2)
    dialog = hook.dialog
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Kesalahan tak terduga — Tangsel Desktop"
    assert str(bare_services.paths.log_file) in dialog.message.text()
    assert "Kirimkan berkas itu kepada petugas TI Dinas Sosial" in dialog.message.text()
    assert dialog.details.toPlainText().count("KeyError: 'missing-key'") == 2
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: hook.dialog is None)


def test_thread_and_task_failures_reach_the_hook(
    qtbot: QtBot, bare_services: Services, log_to: Callable[[Services], None]
) -> None:
    log_to(bare_services)
    hook = CrashHook(bare_services.paths.log_file)
    hook.install()
    try:

        def broken_thread() -> None:
            raise ValueError("thread bug")

        thread = threading.Thread(target=broken_thread, name="pekerja")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(hook.reports) == 1)
        assert "ValueError: thread bug" in hook.reports[0]

        runner = TaskRunner(report_bug=hook.report_bug)

        def broken_task(_handle: TaskHandle) -> None:
            raise ZeroDivisionError("task bug")

        def refused_task(_handle: TaskHandle) -> None:
            raise UserError("Kata sandi minimal 8 karakter.")

        runner.start(broken_task)
        runner.start(refused_task)
        assert runner.wait_all()
        qtbot.waitUntil(lambda: len(hook.reports) == 2)
        assert "ZeroDivisionError: task bug" in hook.reports[1]
    finally:
        hook.uninstall()
    text = bare_services.paths.log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread pekerja" in text
    assert "ZeroDivisionError: task bug" in text
    assert "Kata sandi minimal" not in text  # a UserError is the clerk's, not a bug


def test_an_uncaught_user_error_is_not_a_crash(
    qtbot: QtBot, bare_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Messages, "interactive", True)
    monkeypatch.delenv("TANGSEL_NO_DIALOGS", raising=False)
    monkeypatch.setattr(Messages, "user_error", lambda _self, _parent, error: shown.append(error.message))
    hook = CrashHook(bare_services.paths.log_file)
    error = UserError("NIK harus 16 angka.")
    hook.handle_exception(UserError, error, None)
    qtbot.waitUntil(lambda: shown == ["NIK harus 16 angka."])
    assert hook.reports == []
    assert hook.dialog is None
