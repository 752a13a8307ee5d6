"""The Sinkronisasi area at Dinas Sosial: the packages read, the offices, and (with the findings) review."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.sync.offices_tab import OfficesTab
from tangsel_desktop.ui.sync.packages_tab import PackagesTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading


class CentreSyncPanel(QWidget):
    """The tabs read only when shown; a package read makes the offices' table stale."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Synchronization: Dinas Sosial"), self, size_delta=4)
        self.tabs = QTabWidget(self)
        self.packages_tab = PackagesTab(ctx, self.tabs)
        self.offices_tab = OfficesTab(ctx, self.tabs, today=today)
        self.tabs.addTab(self.packages_tab, self.tr("&Packages in"))
        self.tabs.addTab(self.offices_tab, self.tr("&Offices and answers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_change)

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary & ~(ChangeSummary.AUDIT_LOG | ChangeSummary.BACKUP):
            self.offices_tab.changed()
