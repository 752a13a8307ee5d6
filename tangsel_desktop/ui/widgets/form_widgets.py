"""Small pieces the dialogs and pages share: headings, muted notes, password fields, the start-up dialog."""

from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from tangsel_desktop.paths import resources_dir
from tangsel_desktop.ui.widgets.dialog_fit import fit_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage
from tangsel_desktop.ui.widgets.style import HINT_STYLE


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
    label.setStyleSheet(HINT_STYLE)
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
        # Grow rather than squeeze the form when a message line appears (the dialogs' one mechanism).
        fit_dialog(self)
