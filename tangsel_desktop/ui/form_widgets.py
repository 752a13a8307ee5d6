"""Small pieces shared by the dialogs and pages: the inline error line, headings, password fields."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from tangsel_desktop.paths import resources_dir

ERROR_COLOR = "#b3261e"
SUCCESS_COLOR = "#1b6e35"
MUTED_COLOR = "#555555"


def bring_to_front(window: QWidget) -> None:
    # The offscreen and minimal platforms (tests, smoke runs) warn that they cannot raise a
    # window, and a Qt warning fails the test suite.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
    window.activateWindow()


def icon_path() -> str:
    return str(resources_dir() / "icons" / "tangsel_desktop.svg")


def app_icon() -> QIcon:
    return QIcon(icon_path())


class InlineMessage(QLabel):
    """A red (or green) line under a form; hidden while empty so the form does not jump around."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_COLOR)

    def show_success(self, text: str) -> None:
        self._show(text, SUCCESS_COLOR)

    def clear_message(self) -> None:
        self.clear()
        self.setVisible(False)

    def _show(self, text: str, color: str) -> None:
        self.setStyleSheet(f"color: {color};")
        self.setText(text)
        self.setVisible(bool(text))


def heading(text: str, parent: QWidget | None = None, *, size_delta: int = 4) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + size_delta)
    font.setBold(True)
    label.setFont(font)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_COLOR};")
    return label


def password_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


class StartupDialog(QDialog):
    """A start-up dialog (sign-in, set-up) with an inline error line and a status line under its form."""

    error: "InlineMessage"
    status: QLabel

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self._fit()

    def _show_error(self, text: str) -> None:
        self.error.show_error(text)
        self._fit()

    def _fit(self) -> None:
        # Grow rather than squeeze the form when a message line appears.
        height = self.sizeHint().height()
        if self.isVisible() and height > self.height():
            self.resize(self.width(), height)
