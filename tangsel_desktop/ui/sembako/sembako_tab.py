"""A tab of the Sembako area: told the round and the store's changes, it reads again only when shown."""

from PySide6.QtWidgets import QWidget

from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.lazy_tab import LazyTab


class SembakoTab(LazyTab):
    """A hidden tab only notes that it is stale: a day of handovers at the desk reads nothing else."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.round: RoundView | None = None

    def set_round(self, view: RoundView | None) -> None:
        self.round = view
        self.changed()

    def reload(self) -> None:
        """Read what the tab shows for self.round (off the GUI thread, through an Operation)."""
        raise NotImplementedError
