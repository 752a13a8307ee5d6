"""A progress bar with a cancel button that runs background work, shown only while that work runs."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from tangsel_desktop.ui.background_tasks import Progress, start_relayed
from tangsel_desktop.ui.task_runner import TaskHandle, TaskRunner


class ProgressRow(QWidget):
    """Shown while its tasks run: how far they are, and the way to stop them; hidden otherwise."""

    # A task finished, failed or was cancelled; sent before the caller's finished/failed, so the
    # caller's buttons already follow `running` when its result arrives.
    over = Signal()
    cancelling = Signal()  # the user asked the running task to stop; it has not stopped yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report says how many
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._handles: list[TaskHandle] = []
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    @property
    def running(self) -> bool:
        return bool(self._handles)

    def run(
        self,
        runner: TaskRunner,
        work: Callable[[TaskHandle, Progress], Any],
        *,
        finished: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        cancellable: bool = True,
    ) -> TaskHandle:
        """Show the row and run work(handle, report) in the background through start_relayed.

        A task started while another runs (a newer read, a refresh during a save) shares the row:
        it stays shown, and `running` stays true, until the last of them is over.
        """
        self.reset()
        self.cancel_button.setVisible(cancellable)
        self.show()
        mine: list[TaskHandle] = []

        def end() -> None:
            self._handles = [handle for handle in self._handles if handle not in mine]
            if not self._handles:
                self.hide()
            self.over.emit()

        def on_finished(result: Any) -> None:
            end()
            finished(result)

        def on_failed(error: BaseException) -> None:
            end()
            failed(error)

        handle = start_relayed(
            runner, work, owner=self, finished=on_finished, failed=on_failed, progress=self.set_progress
        )
        # The answers come queued to this (GUI) thread, so none can arrive before these lines.
        mine.append(handle)
        self._handles.append(handle)
        if cancellable:
            self.cancel_button.setFocus()
        return handle

    def cancel(self) -> None:
        """Ask the tasks to stop; each still ends through finished or failed, which hides the row."""
        if self._handles:
            for handle in self._handles:
                handle.cancel()
            self.cancel_button.setEnabled(False)
            self.cancelling.emit()

    def reset(self) -> None:
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
