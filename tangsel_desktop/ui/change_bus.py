"""One app-level signal that carries each action's ChangeSummary; every page decides whether to refresh."""

from PySide6.QtCore import QObject, Signal

from tangsel_desktop.services.actor import ChangeSummary


class ChangeBus(QObject):
    changed = Signal(object)  # ChangeSummary

    def publish(self, summary: ChangeSummary) -> None:
        if summary.entities:
            self.changed.emit(summary)
