"""Dialogs grow to their contents when a message line appears, instead of squeezing their fields.

Qt gives a top-level window the minimum size of its layout, but a word-wrapped label's height depends on
its width, and that height-for-width is not part of the minimum: a two-line error under a form took its
room from the form's rows. Every inline message goes through labels.show_text, which calls fit_dialog.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# Room for the title bar and borders around a dialog on the screen.
FRAME_ALLOWANCE = QSize(16, 40)


def needed_height(dialog: QWidget) -> int:
    """The height the dialog's layout needs at its present width (word-wrapped lines included)."""
    layout = dialog.layout()
    if layout is None:
        return dialog.sizeHint().height()
    layout.activate()
    height = layout.totalSizeHint().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(dialog.width()))
    return max(height, layout.totalMinimumSize().height())


def fit_dialog(widget: QWidget) -> None:
    """Grow the dialog holding `widget` (not a page of the main window) to what its layout needs.

    Never past the screen's available height: there the layout shares what there is, as before."""
    dialog = widget.window()
    if not isinstance(dialog, QDialog) or not dialog.isVisible():
        return
    height = needed_height(dialog)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - FRAME_ALLOWANCE.height()
    height = min(height, room)
    if height > dialog.height():
        dialog.resize(dialog.width(), height)
