"""A progress bar with a cancel button, shown while file work runs in the background."""

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


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
