"""The new recovery code shown once (after set-up, or after a store was converted): code, PDF, open it."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.ui.widgets.form_widgets import app_icon, heading, muted
from tangsel_desktop.ui.widgets.style import CODE_BOX_STYLE


class RecoveryCodePanel(QWidget):
    """The code in large monospace, where its PDF is, and what to do with it (print, keep in the safe)."""

    done = Signal()

    def __init__(self, code: str, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.code_label = QLabel(code, self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet(CODE_BOX_STYLE)
        self.explanation = muted(
            self.tr(
                "The office data on this computer is encrypted. Every user opens it with their own "
                "password. If every administrator forgets their password, this recovery code opens it "
                'again ("Forgot password?" at sign-in). Print the sheet, sign it, keep it in the '
                "office's safe, then delete the PDF from this computer. The code is not shown again."
            ),
            self,
        )
        self.pdf_label = muted(self.tr("Recovery sheet (PDF): %1").replace("%1", str(pdf)), self)
        self.pdf_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the PDF to print"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_pdf)
        self.done_button = QPushButton(self.tr("I have &printed it — continue"), self)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Recovery code"), self))
        layout.addWidget(self.code_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pdf_label)
        layout.addLayout(buttons)

    def open_pdf(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))


class RecoveryCodeDialog(QDialog):
    """The panel on its own (after a plain store was converted at sign-in), beside the main window."""

    def __init__(self, code: str, pdf: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office data encrypted — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)
        self.panel = RecoveryCodePanel(code, pdf, self)
        self.panel.done.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "The office data was converted to the encrypted form just now. Other users get "
                    "their key when they next sign in on this computer, or when an administrator resets "
                    "their password. An administrator keeps the recovery code below."
                ),
                self,
            )
        )
        layout.addWidget(self.panel)
