"""The Sinkronisasi area at Dinas Sosial: the packages read, the offices and
their answers, the findings to review, the city dashboard."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.sync.city_tab import CityTab
from tangsel_desktop.ui.sync.findings_tab import FindingsTab
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
        self.findings_tab = FindingsTab(ctx, self.tabs)
        self.city_tab = CityTab(ctx, self.tabs, today=today)
        self.tabs.addTab(self.offices_tab, self.tr("&Offices and answers"))
        self.tabs.addTab(self.findings_tab, self.tr("&Findings"))
        self.tabs.addTab(self.city_tab, self.tr("&City dashboard"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_change)

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary & ~(ChangeSummary.AUDIT_LOG | ChangeSummary.BACKUP):
            self.offices_tab.changed()
            self.findings_tab.changed()
            self.city_tab.changed()
