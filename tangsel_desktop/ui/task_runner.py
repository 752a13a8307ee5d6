"""Background work off the GUI thread: a task runs in a pool thread, reports progress, can be cancelled."""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from tangsel_desktop.domain.errors import UserError

log = logging.getLogger(__name__)

# Called from the worker thread with an exception that is not a UserError (a bug); it must be
# thread-safe (the crash hook only emits a signal).
BugReporter = Callable[[BaseException], None]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the task's return value
    failed = Signal(object)  # a UserError for the clerk, or any other exception (a bug)


class TaskHandle:
    """What the caller keeps: the signals to connect and the cancel switch."""

    def __init__(self) -> None:
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(
        self, handle: TaskHandle, work: Callable[[TaskHandle], Any], report_bug: BugReporter | None
    ) -> None:
        super().__init__()
        self._handle = handle
        self._work = work
        self._report_bug = report_bug
        self.setAutoDelete(True)

    def run(self) -> None:
        # Worker code never touches widgets: only signals cross back to the GUI thread.
        try:
            result = self._work(self._handle)
        except UserError as error:
            self._handle.signals.failed.emit(error)
        except Exception as error:
            log.exception("background task failed")
            if self._report_bug is not None:
                # One place shows bugs (the crash dialog), so pages only handle UserError.
                self._report_bug(error)
            self._handle.signals.failed.emit(error)
        else:
            self._handle.signals.finished.emit(result)
        finally:
            self._handle.done.set()


class TaskRunner:
    """Starts tasks on a private pool and waits for them at exit, so no thread outlives the window.

    Used from the GUI thread: start() returns the handle, the caller connects its slots, and only
    when control is back in the event loop does the work begin. Starting at once would let a quick
    task (a duplicate username is refused in microseconds) emit before anyone listens."""

    def __init__(self, max_threads: int = 2, report_bug: BugReporter | None = None) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._report_bug = report_bug
        self._pending: list[_Runnable] = []
        self._live: set[TaskHandle] = set()

    def start(self, work: Callable[[TaskHandle], Any]) -> TaskHandle:
        """Run work(handle) in the background; work calls handle.signals.progress.emit and
        checks handle.cancelled() where stopping is safe."""
        handle = TaskHandle()
        # The runner keeps the handle until its result has been delivered, whether or not the
        # caller keeps it.
        self._live.add(handle)
        handle.signals.finished.connect(lambda _result: self._retire(handle))
        handle.signals.failed.connect(lambda _error: self._retire(handle))
        self._pending.append(_Runnable(handle, work, self._report_bug))
        QTimer.singleShot(0, self._start_pending)
        return handle

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, []
        for runnable in pending:
            self._pool.start(runnable)

    def _retire(self, handle: TaskHandle) -> None:
        self._live.discard(handle)

    def running(self) -> int:
        """Tasks whose results have not been delivered yet."""
        return len(self._live)

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        """Wait for every task (started or about to start); a negative timeout waits as long as it takes."""
        self._start_pending()
        return self._pool.waitForDone(timeout_ms)
