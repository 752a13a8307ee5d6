"""One dialog at a time per page: opening another closes the first, and a closed dialog is deleted."""

from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class DialogSlot:
    """Holds the page's open dialog, if any, for the page and for tests to reach."""

    def __init__(self) -> None:
        self.current: QDialog | None = None

    def open(self, dialog: D) -> D:
        if self.current is not None:
            self.current.close()
        self.current = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        # open(), not exec(): window-modal without a nested event loop that would block tests.
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()
