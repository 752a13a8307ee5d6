"""The Jamsosnaker area page: tabs for members, the monthly recap, the exchange with BPJS and settings."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.ui.jamsos.members_tab import MembersTab
from tangsel_desktop.ui.ui_context import UiContext


class JamsosPage(QWidget):
    """The Members tab first; the other tabs are added with add_tab by whoever builds the page."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tabs = QTabWidget(self)
        self.members_tab = MembersTab(ctx, self.tabs)
        self.tabs.addTab(self.members_tab, self.tr("Members"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the existing ones; returns its index."""
        return self.tabs.addTab(widget, title)
