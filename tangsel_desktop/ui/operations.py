"""The one way the window runs work: off the GUI thread, errors routed, progress shown, changes published.

In the spirit of Anki's CollectionOp/QueryOp. A page builds an Operation around a service call:

    Operation(ctx, self, lambda report: services.people.update(...)).changes().inline(self.error_label)
        .success(self._saved).run()

The call runs on a worker thread. Its answer comes back on the GUI thread, and only while the page
(the owner) still exists. A UserError goes to the page's inline label (or its failure callback, or a
box); any other exception is a bug: logged and shown in the crash dialog. An operation marked
`changes()` publishes the ChangeSummary its work returned on the app-level bus, so no page publishes
by hand.

Why worker threads never touch a QObject here (the heap corruption of issue 9, finding 11): a worker
that emits on a widget's child while the GUI thread deletes that widget, or that drops the last
reference to a widget (a lambda closing over `self`) so its destructor runs on the worker thread,
corrupts the heap at random. So a worker only appends a plain job to a queue and wakes one object that
lives as long as the process; the job's closures, results and errors are released on the GUI thread.
"""

import contextlib
import functools
import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tangsel_desktop.domain.errors import OfficeDetailsMissing, UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.widgets.labels import show_error, show_text

log = logging.getLogger(__name__)

T = TypeVar("T")

# About 200 steps are plenty for a bar; more would flood the GUI thread with queued calls.
PROGRESS_STEPS = 200

Progress = Callable[[int, int], None]

# Called on the GUI thread with an exception that is not a UserError (a bug): the crash dialog.
BugReporter = Callable[[BaseException], None]


# -- the GUI-thread queue -----------------------------------------------------------------------


class _GuiQueue(QObject):
    """Calls posted from any thread, run in order on the GUI thread. One per process, never deleted."""

    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._pending: deque[Callable[[], None]] = deque()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        with self._lock:
            first = not self._pending
            self._pending.append(call)
        if first:
            self._wake.emit()

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    return
                call = self._pending.popleft()
            try:
                call()
            except Exception:
                # A bug in a page's answer must not stall the queue: the crash hook shows it.
                sys.excepthook(*sys.exc_info())
            finally:
                # Released here, on the GUI thread: whatever the call held (a page, a result) dies here.
                del call


_queue: _GuiQueue | None = None


def _gui_queue() -> _GuiQueue:
    global _queue
    if _queue is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("the GUI queue must be made on the GUI thread")
        _queue = _GuiQueue()
    return _queue


# -- tasks --------------------------------------------------------------------------------------


class TaskSignals(QObject):
    """Emitted on the GUI thread only."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the task's return value
    failed = Signal(object)  # a UserError for the clerk, or any other exception (a bug)


class TaskHandle:
    """What the caller keeps: the signals to connect and the cancel switch; worker code reports
    progress through report(done, total) and checks cancelled() where stopping is safe."""

    def __init__(self) -> None:
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        self._lock = threading.Lock()
        self._last = -1

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """From the worker: how far the work is, thinned out to about PROGRESS_STEPS reports."""
        step = max(1, total // PROGRESS_STEPS)
        with self._lock:
            if done < total and self._last >= 0 and done - self._last < step:
                return
            self._last = done
        _gui_queue().post(lambda: self.signals.progress.emit(done, total))


class _Job:
    """One task's work and outcome. The worker fills it; the GUI thread delivers and empties it."""

    __slots__ = ("error", "handle", "value", "work")

    def __init__(self, handle: TaskHandle, work: Callable[[TaskHandle], Any]) -> None:
        self.handle: TaskHandle | None = handle
        self.work: Callable[[TaskHandle], Any] | None = work
        self.value: Any = None
        self.error: BaseException | None = None


class TaskRunner:
    """Runs tasks on worker threads (at most max_threads at once) and waits for them at exit.

    Used from the GUI thread: start() returns the handle, the caller connects its slots, and only
    when control is back in the event loop does the work begin, so no answer arrives before anyone
    listens.
    """

    def __init__(
        self,
        max_threads: int = 2,
        report_bug: BugReporter | None = None,
        known_failure: Callable[[BaseException], UserError | None] | None = None,
    ) -> None:
        self._slots = threading.BoundedSemaphore(max_threads)
        self._report_bug = report_bug
        # A full disk or a read-only folder is the clerk's to fix, not a bug: the composition root hands
        # in the store's translation of such failures (storage/store_errors.py) without ui/ importing it.
        self._known_failure = known_failure
        self._live: set[TaskHandle] = set()
        self._pending: list[_Job] = []
        self._working = 0
        self._idle = threading.Condition()
        self._queue = _gui_queue()

    def start(self, work: Callable[[TaskHandle], Any]) -> TaskHandle:
        """Run work(handle) in the background; its result reaches handle.signals.finished."""
        handle = TaskHandle()
        # The runner keeps the handle until its result has been delivered, whether or not the
        # caller keeps it.
        self._live.add(handle)
        with self._idle:
            self._working += 1
        # Begun once control is back in the event loop, as Qt's own deferred work is: what the
        # caller's line did before (hiding a table, say) is settled before any answer arrives.
        self._pending.append(_Job(handle, work))
        QTimer.singleShot(0, self._start_pending)
        return handle

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, []
        for job in pending:
            threading.Thread(target=self._work, args=(job,), name="tangsel-task", daemon=True).start()
        del pending

    def _work(self, job: _Job) -> None:
        # Worker thread: no Qt object is touched, and every reference to what the page made is
        # given back to the GUI thread inside the job.
        try:
            with self._slots:
                assert job.work is not None
                assert job.handle is not None
                try:
                    job.value = job.work(job.handle)
                except UserError as error:
                    job.error = error
                except Exception as error:
                    known = self._known_failure(error) if self._known_failure is not None else None
                    if known is None:
                        log.exception("background task failed")
                    else:
                        log.warning("background task refused: %s", known.message, exc_info=True)
                    job.error = known or error
                if job.handle is not None:
                    job.handle.done.set()
                self._queue.post(functools.partial(self._deliver, job))
        finally:
            del job
            with self._idle:
                self._working -= 1
                self._idle.notify_all()

    def _deliver(self, job: _Job) -> None:
        handle, error, value = job.handle, job.error, job.value
        job.handle = job.work = job.value = job.error = None
        assert handle is not None
        self._live.discard(handle)
        if error is None:
            handle.signals.finished.emit(value)
            return
        if not isinstance(error, UserError) and self._report_bug is not None:
            # One place shows bugs (the crash dialog), so pages only handle UserError.
            self._report_bug(error)
        handle.signals.failed.emit(error)

    def cancel_all(self) -> int:
        """Ask every task not yet delivered to stop where stopping is safe; how many were asked."""
        live = list(self._live)
        for handle in live:
            handle.cancel()
        return len(live)

    def running(self) -> int:
        """Tasks whose results have not been delivered yet."""
        return len(self._live)

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        """Wait for every worker to end; a negative timeout waits as long as it takes."""
        timeout = None if timeout_ms < 0 else timeout_ms / 1000
        self._start_pending()
        with self._idle:
            return self._idle.wait_for(lambda: self._working == 0, timeout)


# -- operations -----------------------------------------------------------------------------------


class _Context(Protocol):
    """What an operation needs of the page's UiContext."""

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def bus(self) -> Any: ...


class ProgressView(Protocol):
    """Where an operation shows how far it is (ui/widgets/progress_row.ProgressRow)."""

    def task_started(self, handle: TaskHandle, *, cancellable: bool) -> None: ...

    def task_over(self, handle: TaskHandle) -> None: ...

    def set_progress(self, done: int, total: int) -> None: ...


def failure_text(error: BaseException, unexpected: str) -> str:
    """What to tell the user about a failed operation: a UserError's own message, else `unexpected`."""
    return error.message if isinstance(error, UserError) else unexpected


def _alive(owner: QObject) -> bool:
    return shiboken6.isValid(owner)


# The operation in flight per (owner, slot) that may still answer; an entry goes when it answers, so the
# map holds only work under way.
_LATEST: dict[tuple[int, str], TaskHandle] = {}


class Operation(Generic[T]):
    """One service call from the window: build, say where its answers go, run()."""

    def __init__(self, ctx: "_Context | TaskRunner", owner: QObject, work: Callable[[TaskHandle], T]) -> None:
        # A TaskRunner alone serves the windows shown before a store is open (nothing to publish yet).
        self._runner: TaskRunner
        self._bus: Any
        if isinstance(ctx, TaskRunner):
            self._runner, self._bus = ctx, None
        else:
            self._runner, self._bus = ctx.runner, ctx.bus
        self._owner = owner
        self._work = work
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: QLabel | None = None
        self._clear = True
        self._progress: ProgressView | None = None
        self._cancellable = True
        self._changes = False
        self._slot: tuple[int, str] | None = None

    def success(self, call: Callable[[Any], None]) -> "Operation[T]":
        """Called on the GUI thread with the work's value (for changes(): without the summary)."""
        self._success = call
        return self

    def failure(self, call: Callable[[BaseException], None]) -> "Operation[T]":
        """Called with a UserError (and with a bug, after the crash dialog has been told of it)."""
        self._failure = call
        return self

    def inline(self, label: QLabel, *, clear: bool = True) -> "Operation[T]":
        """Show a UserError's message in this label (and, with `clear`, empty it when the work succeeds)."""
        self._label = label
        self._clear = clear
        return self

    def progress(self, view: ProgressView, *, cancellable: bool = True) -> "Operation[T]":
        self._progress = view
        self._cancellable = cancellable
        return self

    def changes(self) -> "Operation[T]":
        """The work returns a ChangeSummary, or (value, ChangeSummary): publish it on the bus."""
        self._changes = True
        return self

    def latest(self, slot: str) -> "Operation[T]":
        """Only the owner's last operation in this slot answers: a detail asked for a row the clerk has
        since left (a slower answer overtaking a quicker one) is dropped, success and failure alike."""
        self._slot = (id(self._owner), slot)
        return self

    def run(self) -> TaskHandle:
        handle = self._runner.start(self._work)
        owner = self._owner
        if self._slot is not None:
            _LATEST[self._slot] = handle
        if self._progress is not None:
            self._progress.task_started(handle, cancellable=self._cancellable)
            handle.signals.progress.connect(self._progress.set_progress)
        handle.signals.finished.connect(lambda value: self._finished(owner, handle, value))
        handle.signals.failed.connect(lambda error: self._failed(owner, handle, error))
        return handle

    def _over(self, owner: QObject, handle: TaskHandle) -> bool:
        """The task is over: its progress view is told so; True when its answer is still wanted."""
        latest = True
        if self._slot is not None:
            latest = _LATEST.get(self._slot) is handle
            if latest:
                del _LATEST[self._slot]
        if not _alive(owner):
            return False
        if self._progress is not None:
            # Told even when a later operation superseded this one: a progress row must not stay busy.
            with contextlib.suppress(RuntimeError):
                self._progress.task_over(handle)
        return latest

    def _finished(self, owner: QObject, handle: TaskHandle, value: Any) -> None:
        if self._changes:
            value, summary = _split(value)
            # The store changed whether or not the page is still open: every other page hears it.
            if self._bus is not None:
                self._bus.publish(summary)
        if not self._over(owner, handle):
            return
        if self._label is not None and self._clear:
            _show(self._label, "")
        if self._success is not None:
            self._success(value)

    def _failed(self, owner: QObject, handle: TaskHandle, error: BaseException) -> None:
        if not self._over(owner, handle):
            return
        if self._failure is not None:
            self._failure(error)
        elif isinstance(error, UserError):
            if self._label is not None:
                _show(self._label, error.message)
            elif isinstance(owner, QWidget) and not isinstance(error, OfficeDetailsMissing):
                from tangsel_desktop.ui.messages import Messages

                Messages().user_error(owner, error)
        if isinstance(error, OfficeDetailsMissing) and isinstance(owner, QWidget):
            offer_settings(owner, self._bus, error)


def offer_settings(owner: QWidget, bus: Any, error: OfficeDetailsMissing) -> None:
    """Whichever page refused to print for empty office details offers to open Pengaturan at once."""
    from tangsel_desktop.ui.messages import Messages

    wanted = Messages().confirm(
        owner,
        QCoreApplication.translate("Operations", "Office details missing"),
        error.message,
        yes=QCoreApplication.translate("Operations", "Open Settings"),
        no=QCoreApplication.translate("Operations", "Later"),
    )
    if wanted and bus is not None:
        bus.settings_wanted.emit()


def _split(value: Any) -> tuple[Any, ChangeSummary]:
    if isinstance(value, ChangeSummary):
        return None, value
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], ChangeSummary):
        return value[0], value[1]
    raise TypeError(f"a changing operation must return a ChangeSummary, got {type(value).__name__}")


def _show(label: QLabel, text: str) -> None:
    # In the palette's one error red, through the widget kit's one inline message mechanism.
    own = getattr(label, "show_error", None)
    if own is not None:
        own(text)
    elif text:
        show_error(label, text)
    else:
        show_text(label, "")


def start_relayed(
    runner: TaskRunner,
    work: Callable[[TaskHandle, Progress], Any],
    *,
    owner: QObject,
    finished: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Progress | None = None,
) -> TaskHandle:
    """A query through an Operation, for listings: work(handle, report)'s answer reaches `finished`
    (or a UserError and a bug reach `failed`) on the GUI thread while `owner` exists."""
    op = (
        Operation(runner, owner, lambda handle: work(handle, handle.report)).success(finished).failure(failed)
    )
    handle = op.run()
    if progress is not None:
        handle.signals.progress.connect(progress)
    return handle
