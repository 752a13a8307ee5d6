"""A tab that reads the store only when it is shown: told of a change while hidden, it just notes it."""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyTab(QWidget):
    """A hidden tab only notes that it is stale: a day of work in another tab reads nothing here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def changed(self) -> None:
        """The store changed (or what the tab shows did): read again now if shown, else when next shown."""
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
        """Read what the tab shows (off the GUI thread, through an Operation)."""
        raise NotImplementedError
