"""The one inline message mechanism: plain-text labels under a form, shown only while they say something."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tangsel_desktop.ui.widgets.dialog_fit import fit_dialog
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, SUCCESS_STYLE


def plain_label(parent: QWidget, style: str = "") -> QLabel:
    """A label for text that may hold user data: never interpreted as rich text (a name like <b>)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


def show_text(label: QLabel, text: str, style: str | None = None) -> None:
    """Say `text` in the label (in `style` if given); an empty text hides the label."""
    if style is not None:
        label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        # In a dialog, the message takes new room rather than the room of the fields above it.
        fit_dialog(label)


def show_error(label: QLabel, text: str) -> None:
    """A refusal or failure, in the palette's one error red."""
    show_text(label, text, ERROR_STYLE)


class InlineMessage(QLabel):
    """A red (or green) line under a form; hidden while empty so the form does not jump around."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        show_error(self, text)

    def show_success(self, text: str) -> None:
        show_text(self, text, SUCCESS_STYLE)

    def clear_message(self) -> None:
        show_text(self, "")
