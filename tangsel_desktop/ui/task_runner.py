"""Background work off the GUI thread: a task runs in a pool thread, reports progress, and can be cancelled."""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tangsel_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


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
    def __init__(self, handle: TaskHandle, work: Callable[[TaskHandle], Any]) -> None:
        super().__init__()
        self._handle = handle
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        # Worker code never touches widgets: only signals cross back to the GUI thread.
        try:
            result = self._work(self._handle)
        except UserError as error:
            self._handle.signals.failed.emit(error)
        except Exception as error:
            log.exception("background task failed")
            self._handle.signals.failed.emit(error)
        else:
            self._handle.signals.finished.emit(result)
        finally:
            self._handle.done.set()


class TaskRunner:
    """Starts tasks on a private pool and waits for them at exit, so no thread outlives the window."""

    def __init__(self, max_threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)

    def start(self, work: Callable[[TaskHandle], Any]) -> TaskHandle:
        """Run work(handle) in the background; work calls handle.signals.progress.emit and
        checks handle.cancelled() where stopping is safe."""
        handle = TaskHandle()
        self._pool.start(_Runnable(handle, work))
        return handle

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)
