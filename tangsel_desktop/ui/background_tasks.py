"""Background work whose answers travel on a relay owned by the widget that started it."""

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.store_errors import store_user_error
from tangsel_desktop.ui.task_runner import TaskHandle, TaskRunner

# About 200 steps are plenty for a bar; more would flood the GUI thread with queued signals.
PROGRESS_STEPS = 200

Progress = Callable[[int, int], None]


class TaskRelay(QObject):
    """Carries one task's answers to the GUI thread, as a child of the widget that started it.

    Made and connected on the GUI thread before the work runs. Being the widget's child, its
    queued answers stop when the widget is gone (a page closed while a search runs), and they do
    not depend on how long the runner keeps its own signal object. It deletes itself once it has
    delivered. UserError and bugs are told apart here, once, for every caller.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


def _emit(relay: TaskRelay, name: str, *values: object) -> None:
    # RuntimeError: the owner (and so the relay) is gone, and nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        getattr(relay, name).emit(*values)


def progress_reporter(relay: TaskRelay) -> Progress:
    """A progress callback for worker code: forwards (done, total), thinned out."""
    lock = threading.Lock()
    last = [-1]

    def report(done: int, total: int) -> None:
        step = max(1, total // PROGRESS_STEPS)
        with lock:
            if done < total and last[0] >= 0 and done - last[0] < step:
                return
            last[0] = done
        _emit(relay, "progress", done, total)

    return report


def failure_text(error: BaseException, unexpected: str) -> str:
    """What to tell the user about a failed task: a UserError's own message, else `unexpected`."""
    return error.message if isinstance(error, UserError) else unexpected


def start_relayed(
    runner: TaskRunner,
    work: Callable[[TaskHandle, Progress], Any],
    *,
    owner: QObject,
    finished: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Progress | None = None,
) -> TaskHandle:
    """Run work(handle, report) in the background; its result reaches `finished` on the GUI thread.

    A UserError reaches `failed`; any other exception reaches `failed` too and is raised again so
    the runner logs it and shows the crash dialog.
    """
    relay = TaskRelay(owner)
    relay.finished.connect(finished)
    relay.failed.connect(failed)
    if progress is not None:
        relay.progress.connect(progress)
    relay.finished.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    report = progress_reporter(relay)

    def relayed(handle: TaskHandle) -> Any:
        # Worker thread: plain values go out through the relay's signals, never to a widget.
        try:
            result = work(handle, report)
        except UserError as error:
            _emit(relay, "failed", error)
            return None
        except Exception as error:
            known = store_user_error(error)
            if known is not None:  # a full disk or a read-only folder is the clerk's to fix, not a bug
                _emit(relay, "failed", known)
                return None
            _emit(relay, "failed", error)
            raise
        _emit(relay, "finished", result)
        return result

    return runner.start(relayed)
