"""Operations: nothing a page made is released, emitted on or collected on a worker thread."""

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.gui_gc import GuiThreadCollector
from tangsel_desktop.ui.operations import Operation, TaskHandle, TaskRunner


class Marker:
    """Records the thread it was released on."""

    def __init__(self, released_on: list[str]) -> None:
        self.released_on = released_on

    def __del__(self) -> None:
        self.released_on.append(threading.current_thread().name)


class Ctx:
    def __init__(self, runner: TaskRunner) -> None:
        self.runner = runner
        self.bus = ChangeBus()


def test_what_the_work_holds_is_released_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    released_on: list[str] = []
    answers: list[object] = []
    for number in range(20):
        marker = Marker(released_on)

        def work(_handle: TaskHandle, held: Marker = marker, n: int = number) -> int:
            return n

        def broken(_handle: TaskHandle, held: Marker = marker) -> None:
            raise UserError("ditolak")

        runner.start(work).signals.finished.connect(answers.append)
        runner.start(broken).signals.failed.connect(answers.append)
        del marker, work, broken
    assert runner.wait_all()
    qtbot.waitUntil(lambda: runner.running() == 0, timeout=5000)
    assert len(answers) == 40
    answers.clear()  # the errors' tracebacks hold the markers too
    gc.collect()
    assert released_on == [threading.main_thread().name] * 20


def test_an_answer_for_a_closed_page_is_dropped_but_its_change_is_published(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ctx = Ctx(runner)
    published: list[ChangeSummary] = []
    ctx.bus.changed.connect(published.append)
    page = QWidget()
    seen: list[Any] = []
    gate = threading.Event()

    def save(_handle: TaskHandle) -> tuple[str, ChangeSummary]:
        gate.wait(5)
        return "saved", ChangeSummary.PERSON

    Operation(ctx, page, save).changes().success(seen.append).run()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=5000)
    gate.set()
    assert runner.wait_all()
    qtbot.waitUntil(lambda: runner.running() == 0, timeout=5000)
    assert seen == []
    assert published == [ChangeSummary.PERSON]


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_a_user_error_goes_to_the_inline_label_and_success_clears_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ctx = Ctx(runner)
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel(page)
    bugs: list[BaseException] = []
    bug_runner = TaskRunner(report_bug=bugs.append)

    def refused(_handle: TaskHandle) -> None:
        raise UserError("NIK harus 16 angka.")

    Operation(ctx, page, refused).inline(label).run()
    qtbot.waitUntil(lambda: label.text() == "NIK harus 16 angka.", timeout=5000)
    Operation(ctx, page, lambda _handle: 1).inline(label).run()
    qtbot.waitUntil(lambda: label.text() == "", timeout=5000)
    failures: list[BaseException] = []
    Operation(bug_runner, page, lambda _handle: 1 / 0).failure(failures.append).run()
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert [type(error) for error in bugs] == [ZeroDivisionError]
    assert runner.wait_all()
    assert bug_runner.wait_all()


def test_cyclic_garbage_made_before_a_worker_allocates_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    collector.install()
    try:
        gc.collect()
        released_on: list[str] = []
        cycle: list[Any] = [Marker(released_on)]
        cycle.append(cycle)
        del cycle

        def allocate() -> None:
            # Enough young containers to cross the first threshold many times over.
            keep = [[n] for n in range(50_000)]
            del keep

        worker = threading.Thread(target=allocate, name="allocating-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: released_on != [], timeout=5000)
        assert released_on == [threading.main_thread().name]
    finally:
        collector.uninstall()
        gc.collect()


def test_only_the_last_operation_of_a_slot_answers_even_when_an_earlier_one_ends_later(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QWidget()
    qtbot.addWidget(owner)
    answers: list[str] = []
    slow_may_end = threading.Event()

    def slow(_handle: TaskHandle) -> str:
        slow_may_end.wait(10)
        return "Siti"

    progress = Progress()
    Operation(runner, owner, slow).success(answers.append).progress(progress).latest("detail").run()
    Operation(runner, owner, lambda _h: "Ani").success(answers.append).latest("detail").run()
    qtbot.waitUntil(lambda: answers == ["Ani"], timeout=10_000)
    slow_may_end.set()
    Operation(runner, owner, lambda _h: "lain").success(answers.append).latest("other").run()
    qtbot.waitUntil(lambda: runner.running() == 0, timeout=10_000)
    assert answers == ["Ani", "lain"], "the slower, earlier answer for the row left behind is dropped"
    assert progress.running == [], "a superseded operation's progress row stayed busy"


class Progress:
    """A progress view that keeps the tasks it was told are running."""

    def __init__(self) -> None:
        self.running: list[TaskHandle] = []

    def task_started(self, handle: TaskHandle, *, cancellable: bool) -> None:
        self.running.append(handle)

    def task_over(self, handle: TaskHandle) -> None:
        self.running.remove(handle)

    def set_progress(self, done: int, total: int) -> None:
        pass
