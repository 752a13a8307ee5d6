"""Python's cyclic garbage collection, run on the GUI thread only (never on a worker thread).

A page and its lambdas form reference cycles; the cyclic collector frees them on whichever thread
happens to allocate when a threshold is crossed. On a worker thread that runs Qt destructors on a
thread that does not own the objects, which corrupts the heap at random (PySide6 from 6.8 crashes
in long runs, PYSIDE-3165; Anki does the same for the same reason). So automatic collection is
switched off while the window runs and a timer on the GUI thread collects instead.
"""

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up, rarely enough to cost nothing a clerk could notice.
COLLECT_EVERY_MS = 500


class GuiThreadCollector(QObject):
    """While installed, every cyclic collection happens on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()
        self._ticks = 0

    def install(self) -> None:
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> None:
        """The young generation every tick, the middle one every tenth, everything every hundredth."""
        self._ticks += 1
        generation = 2 if self._ticks % 100 == 0 else 1 if self._ticks % 10 == 0 else 0
        gc.collect(generation)

    @staticmethod
    def collect() -> None:
        gc.collect()
