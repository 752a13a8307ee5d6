"""A tab of the Pelatihan area: told the batch and the store's changes, it reads again only when shown."""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.ui_context import UiContext


class TrainingTab(QWidget):
    """A hidden tab only notes that it is stale: a morning of attendance marks reads nothing else."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.batch: BatchView | None = None
        self._stale = True

    def set_batch(self, view: BatchView | None) -> None:
        self.batch = view
        self.changed()

    def changed(self) -> None:
        """The store changed (or the batch did): read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Read what the tab shows for self.batch (off the GUI thread, through an Operation)."""
        raise NotImplementedError
