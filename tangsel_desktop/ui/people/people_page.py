"""The Penduduk page: search box, lazy table of people, and the actions on them."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tangsel_desktop.ui.ui_context import UiContext


class PeoplePage(QWidget):
    """The people area hosted by the main window (a placeholder while the full page is built)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("People"), self))
