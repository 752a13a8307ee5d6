"""A tab of the Pelatihan area: told the batch and the store's changes, it reads again only when shown."""

from PySide6.QtWidgets import QWidget

from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.lazy_tab import LazyTab


class TrainingTab(LazyTab):
    """A hidden tab only notes that it is stale: a morning of attendance marks reads nothing else."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.batch: BatchView | None = None

    def set_batch(self, view: BatchView | None) -> None:
        self.batch = view
        self.changed()

    def reload(self) -> None:
        """Read what the tab shows for self.batch (off the GUI thread, through an Operation)."""
        raise NotImplementedError
