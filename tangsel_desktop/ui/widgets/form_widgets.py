"""Small pieces the dialogs and pages share: headings, muted notes, password fields, labelled form rows,
button rows, the start-up dialog."""

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

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


def labelled_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """Each field under its label, the label's &-mnemonic taking the keyboard to the field."""
    for text, field in rows:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
    return form


def right_aligned(*buttons: QPushButton) -> QHBoxLayout:
    """A dialog's buttons on the right, in the order given."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def primary_and_cancel(
    parent: QWidget,
    primary: str,
    on_primary: Callable[[], object],
    cancel: str,
    on_cancel: Callable[[], object],
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """A dialog's default button (Enter) and its Cancel (Escape, never the default), on the right."""
    button = QPushButton(primary, parent)
    button.setDefault(True)
    button.clicked.connect(on_primary)
    cancel_button = QPushButton(cancel, parent)
    cancel_button.setAutoDefault(False)
    cancel_button.clicked.connect(on_cancel)
    return right_aligned(button, cancel_button), button, cancel_button


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
