"""The Sinkronisasi area page: the office's panel at a kelurahan, the centre's at Dinas Sosial."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tangsel_desktop.domain.enums import OfficeKind
from tangsel_desktop.ui.sync.centre_panel import CentreSyncPanel
from tangsel_desktop.ui.sync.office_panel import OfficeSyncPanel
from tangsel_desktop.ui.ui_context import UiContext


class SyncPage(QWidget):
    """Which panel is decided by the store's own office, known since sign-in (no store read here)."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.panel: OfficeSyncPanel | CentreSyncPanel
        if ctx.office.kind is OfficeKind.DINSOS:
            self.panel = CentreSyncPanel(ctx, self, today=today)
        else:
            self.panel = OfficeSyncPanel(ctx, self, today=today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
