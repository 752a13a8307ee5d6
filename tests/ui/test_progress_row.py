"""The progress row runs a task: shown while it runs, hidden and `over` sent however it ends."""

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.operations import Progress, TaskHandle, TaskRunner, failure_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow


class Watch:
    """What the row told its caller, in order: "over", then the result or the error."""

    def __init__(self, row: ProgressRow) -> None:
        self.events: list[object] = []
        self.running_when_answered: list[bool] = []
        row.over.connect(lambda: self.events.append("over"))
        self.row = row

    def finished(self, result: object) -> None:
        self.running_when_answered.append(self.row.running)
        self.events.append(result)

    def failed(self, error: BaseException) -> None:
        self.running_when_answered.append(self.row.running)
        self.events.append(error)


_PARENTS: list[QWidget] = []  # the shown windows the rows live in, kept alive until the test ends


def _row(qtbot: QtBot) -> ProgressRow:
    parent = QWidget()
    qtbot.addWidget(parent)
    _PARENTS[:] = [parent]
    row = ProgressRow(parent)
    parent.show()
    return row


def test_a_finished_task_hides_the_row_and_sends_over_first(qtbot: QtBot) -> None:
    runner = TaskRunner()
    row = _row(qtbot)
    watch = Watch(row)
    assert row.isHidden()
    assert not row.running
    gate = threading.Event()

    def work(_handle: TaskHandle, report: Progress) -> str:
        report(1, 2)
        gate.wait(5)
        return "done"

    row.run(runner, work, finished=watch.finished, failed=watch.failed)
    assert row.running
    assert row.isVisible()
    assert row.cancel_button.isVisible()
    assert row.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: row.bar.maximum() == 2, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: watch.events == ["over", "done"], timeout=5000)
    assert watch.running_when_answered == [False]
    assert row.isHidden()
    assert not row.running
    assert runner.wait_all()


def test_a_user_error_reaches_failed_and_is_not_a_bug(qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    runner = TaskRunner(report_bug=reported.append)
    row = _row(qtbot)
    watch = Watch(row)

    def work(_handle: TaskHandle, _report: Progress) -> None:
        raise UserError("NIK harus 16 angka.")

    row.run(runner, work, finished=watch.finished, failed=watch.failed, cancellable=False)
    assert row.cancel_button.isHidden()
    qtbot.waitUntil(lambda: len(watch.events) == 2, timeout=5000)
    error = watch.events[1]
    assert watch.events[0] == "over"
    assert isinstance(error, UserError)
    assert failure_text(error, "unexpected") == "NIK harus 16 angka."
    assert row.isHidden()
    assert not row.running
    assert runner.wait_all()
    assert reported == []


def test_an_unexpected_error_reaches_failed_and_is_reported_as_a_bug(qtbot: QtBot) -> None:
    reported: list[BaseException] = []
    runner = TaskRunner(report_bug=reported.append)
    row = _row(qtbot)
    watch = Watch(row)

    def work(_handle: TaskHandle, _report: Progress) -> None:
        raise ZeroDivisionError("a bug")

    row.run(runner, work, finished=watch.finished, failed=watch.failed)
    qtbot.waitUntil(lambda: len(watch.events) == 2, timeout=5000)
    error = watch.events[1]
    assert watch.events[0] == "over"
    assert isinstance(error, ZeroDivisionError)
    assert failure_text(error, "unexpected") == "unexpected"
    assert row.isHidden()
    assert not row.running
    assert runner.wait_all()
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=5000)
    assert isinstance(reported[0], ZeroDivisionError)


def test_cancel_stops_the_task_and_the_row_hides_when_it_has(qtbot: QtBot) -> None:
    runner = TaskRunner()
    row = _row(qtbot)
    watch = Watch(row)
    cancelling: list[bool] = []
    row.cancelling.connect(lambda: cancelling.append(True))
    started = threading.Event()

    def work(handle: TaskHandle, _report: Progress) -> str:
        started.set()
        # Bounded, so a broken cancel fails the test rather than hanging it.
        for _ in range(500):
            if handle.cancelled():
                return "stopped"
            threading.Event().wait(0.01)
        return "not stopped"

    handle = row.run(runner, work, finished=watch.finished, failed=watch.failed)
    qtbot.waitUntil(started.is_set, timeout=5000)  # the runner starts work from the event loop
    row.cancel_button.click()
    assert handle.cancelled()
    assert not row.cancel_button.isEnabled()
    assert cancelling == [True]
    qtbot.waitUntil(lambda: watch.events == ["over", "stopped"], timeout=5000)
    assert row.isHidden()
    assert not row.running
    assert runner.wait_all()


def test_a_second_task_keeps_the_row_until_both_are_over(qtbot: QtBot) -> None:
    runner = TaskRunner()
    row = _row(qtbot)
    watch = Watch(row)
    first_gate, second_gate = threading.Event(), threading.Event()
    row.run(runner, lambda _h, _r: first_gate.wait(5) and 1, finished=watch.finished, failed=watch.failed)
    row.run(runner, lambda _h, _r: second_gate.wait(5) and 2, finished=watch.finished, failed=watch.failed)
    first_gate.set()
    qtbot.waitUntil(lambda: watch.events == ["over", 1], timeout=5000)
    assert row.running
    assert row.isVisible()
    second_gate.set()
    qtbot.waitUntil(lambda: watch.events == ["over", 1, "over", 2], timeout=5000)
    assert watch.running_when_answered == [True, False]
    assert row.isHidden()
    assert runner.wait_all()
