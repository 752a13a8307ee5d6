"""The task runner delivers every result to the GUI thread, reports bugs once, and waits at exit."""

import time

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner


def test_instant_results_reach_slots_connected_after_start(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[int] = []
    for number in range(20):
        # Connected after start() returned, and the handle dropped, as pages do.
        def work(_handle: TaskHandle, n: int = number) -> int:
            return n

        handle = runner.start(work)
        time.sleep(0.01)  # time enough for an instant task to finish had it started already
        handle.signals.finished.connect(results.append)
    del handle
    qtbot.waitUntil(lambda: len(results) == 20, timeout=5000)
    assert sorted(results) == list(range(20))
    qtbot.waitUntil(lambda: runner.running() == 0)
    assert runner.wait_all()


def test_a_bug_is_reported_and_a_user_error_is_not(qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    runner = TaskRunner(report_bug=reported.append)
    failures: list[BaseException] = []

    def broken(_handle: TaskHandle) -> None:
        raise ZeroDivisionError("a bug")

    def refused(_handle: TaskHandle) -> None:
        raise UserError("NIK harus 16 angka.")

    runner.start(broken).signals.failed.connect(failures.append)
    runner.start(refused).signals.failed.connect(failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert {type(error) for error in failures} == {ZeroDivisionError, UserError}
    assert [type(error) for error in reported] == [ZeroDivisionError]
    assert runner.wait_all()


@pytest.mark.parametrize("total", [3])
def test_progress_and_cancel(qtbot: QtBot, total: int) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []

    def work(handle: TaskHandle) -> str:
        for done in range(1, total + 1):
            handle.report(done, total)
            while done == 2 and not handle.cancelled():
                time.sleep(0.01)
        return "cancelled" if handle.cancelled() else "done"

    handle = runner.start(work)
    handle.signals.progress.connect(lambda done, of: seen.append((done, of)))
    outcome: list[str] = []
    handle.signals.finished.connect(outcome.append)
    qtbot.waitUntil(lambda: (2, total) in seen, timeout=5000)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    assert runner.wait_all()
