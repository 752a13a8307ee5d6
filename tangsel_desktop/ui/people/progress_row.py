"""A progress bar with a cancel button for file work running in the background, and its reporter."""

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from tangsel_desktop.ui.task_runner import TaskHandle

# About 200 steps are plenty for a bar; more would flood the GUI thread with queued signals.
PROGRESS_STEPS = 200


def progress_reporter(handle: TaskHandle) -> Callable[[int, int], None]:
    """A progress callback for worker code: forwards (done, total) as a signal, thinned out."""
    lock = threading.Lock()
    last = [-1]

    def report(done: int, total: int) -> None:
        step = max(1, total // PROGRESS_STEPS)
        with lock:
            if done < total and last[0] >= 0 and done - last[0] < step:
                return
            last[0] = done
        handle.signals.progress.emit(done, total)

    return report


class ProgressRow(QWidget):
    """Shown while a task runs: how far it is, and the way to stop it."""

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

    def reset(self) -> None:
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
