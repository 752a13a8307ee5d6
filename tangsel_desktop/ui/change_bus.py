"""One app-level signal that carries each action's ChangeSummary; every page decides whether to refresh."""

from PySide6.QtCore import QObject, Signal

from tangsel_desktop.services.changes import ChangeSummary


class ChangeBus(QObject):
    changed = Signal(object)  # ChangeSummary
    # A page asks the window to open Pengaturan (an official paper refused for empty office details).
    settings_wanted = Signal()
    # The store was replaced under the window (a restore): whoever is signed in signs out to the login.
    sign_out_wanted = Signal()

    def publish(self, summary: ChangeSummary) -> None:
        """Called by ui/operations only: an operation publishes what its work changed."""
        if summary:
            self.changed.emit(summary)
