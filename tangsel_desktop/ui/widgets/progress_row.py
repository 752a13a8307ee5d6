"""A progress bar with a cancel button, shown only while the operations it watches run."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from tangsel_desktop.ui.operations import Operation, Progress, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from tangsel_desktop.ui.ui_context import UiContext


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
        ctx: "UiContext | TaskRunner",
        work: Callable[[TaskHandle, Progress], Any],
        *,
        finished: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        cancellable: bool = True,
        changes: bool = False,
    ) -> TaskHandle:
        """Run work(handle, report) as an Operation shown on this row (see Operation.changes()).

        A task started while another runs (a newer read, a refresh during a save) shares the row:
        it stays shown, and `running` stays true, until the last of them is over.
        """
        op = Operation(ctx, self, lambda handle: work(handle, handle.report))
        if changes:
            op.changes()
        return op.progress(self, cancellable=cancellable).success(finished).failure(failed).run()

    # -- what an Operation tells the row ---------------------------------------------------------

    def task_started(self, handle: TaskHandle, *, cancellable: bool) -> None:
        self.reset()
        self.cancel_button.setVisible(cancellable)
        self.show()
        self._handles.append(handle)
        if cancellable:
            self.cancel_button.setFocus()

    def task_over(self, handle: TaskHandle) -> None:
        self._handles = [running for running in self._handles if running is not handle]
        if not self._handles:
            self.hide()
        self.over.emit()

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
