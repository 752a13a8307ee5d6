"""The Sembako area page: the round chosen at the top, and its rounds, evidence, stock, desk and reports."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.ui.sembako.desk_tab import DeskTab
from tangsel_desktop.ui.sembako.evidence_tab import EvidenceTab
from tangsel_desktop.ui.sembako.reports_tab import ReportsTab
from tangsel_desktop.ui.sembako.round_chooser import RoundChooser
from tangsel_desktop.ui.sembako.rounds_tab import RoundsTab
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.sembako.stock_tab import StockTab
from tangsel_desktop.ui.ui_context import UiContext


class SembakoPage(QWidget):
    """The tabs read only when shown; the desk's own handovers make nobody read the store again."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = RoundChooser(ctx, self)
        self.tabs = QTabWidget(self)
        self.rounds_tab = RoundsTab(ctx, self.tabs)
        self.evidence_tab = EvidenceTab(ctx, self.tabs)
        self.stock_tab = StockTab(ctx, self.tabs)
        self.desk_tab = DeskTab(ctx, self.tabs)
        self.reports_tab = ReportsTab(ctx, self.tabs)
        self.tabs.addTab(self.rounds_tab, self.tr("Rounds and &list"))
        self.tabs.addTab(self.evidence_tab, self.tr("E&vidence"))
        self.tabs.addTab(self.stock_tab, self.tr("S&tock"))
        self.tabs.addTab(self.desk_tab, self.tr("&Distribution day"))
        self.tabs.addTab(self.reports_tab, self.tr("Re&ports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.tabs, 1)
        self.chooser.changed.connect(self._round_changed)
        self.chooser.loaded.connect(self.rounds_tab.show_rounds)
        self.rounds_tab.round_chosen.connect(self.chooser.choose)
        self.rounds_tab.round_made.connect(lambda round_id: self.chooser.refresh(keep=round_id))
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.bus.changed.connect(self._on_change)

    @property
    def round_tabs(self) -> tuple[SembakoTab, ...]:
        return (self.rounds_tab, self.stock_tab, self.desk_tab, self.reports_tab)

    def _round_changed(self, view: RoundView | None) -> None:
        for tab in self.round_tabs:
            tab.set_round(view)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.desk_tab:
            self.desk_tab.input.setFocus()

    def _on_change(self, summary: ChangeSummary) -> None:
        if not summary.touches(ChangeSummary.SEMBAKO):
            return
        if self.desk_tab.take_own_change():
            # A handover changes no round and the desk moved its own figures: the hidden tabs read later.
            for tab in self.round_tabs:
                if tab is not self.desk_tab:
                    tab.changed()
            return
        self.chooser.refresh()
        for tab in (*self.round_tabs, self.evidence_tab):
            tab.changed()
