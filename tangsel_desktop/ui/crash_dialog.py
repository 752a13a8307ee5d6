"""The one dialog that tells the clerk something went wrong, where the log is, and what to do."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Names the log file; the details are there for the IT staff, not for the clerk to decode."""

    def __init__(self, log_file: Path, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self.setWindowTitle(self.tr("Unexpected error — Tangsel Desktop"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(600)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(
            self.tr(
                "Tangsel Desktop ran into an unexpected error. Data that was already saved is safe; "
                "the last action may not have finished.\n\n"
                "The details were written to the log file:\n%1\n\n"
                "Send this file to the IT officer of Dinas Sosial. You may continue working; "
                "if the error comes back, close the application and open it again."
            ).replace("%1", str(log_file))
        )
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setVisible(False)

        self.details_button = QPushButton(self.tr("Show &details"), self)
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        open_folder = QPushButton(self.tr("Open &log folder"), self)
        open_folder.clicked.connect(self._open_folder)
        copy = QPushButton(self.tr("&Copy details"), self)
        copy.clicked.connect(self._copy)
        close = QPushButton(self.tr("C&lose"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(open_folder)
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        close.setFocus()

    def add_report(self, details: str) -> None:
        """A later error while this dialog is open goes into the same details."""
        self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 480))
        else:
            self.adjustSize()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{self._log_file}\n\n{self.details.toPlainText()}")
