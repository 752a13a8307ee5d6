"""The round every Sembako tab works on, chosen once at the top of the area and kept across refreshes."""

from PySide6.QtWidgets import QWidget

from tangsel_desktop.domain.sembako.round_rules import RoundStatus
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.ui.sembako.sembako_common import round_title
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.style import ERROR_STYLE
from tangsel_desktop.ui.widgets.work_chooser import WorkChooser


def _running(view: RoundView) -> bool:
    return view.status is RoundStatus.APPROVED


class RoundChooser(WorkChooser):
    """The office's rounds, the approved (running) one first chosen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        rounds, actor = ctx.services.sembako_rounds, ctx.actor
        super().__init__(
            ctx,
            load=lambda: rounds.rounds(actor=actor),
            title=round_title,
            running=_running,
            message_style=ERROR_STYLE,
            width=40,
            parent=parent,
        )
        self.label.setText(self.tr("R&ound:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty_text = self.tr("No round yet: a supervisor creates one.")
        self.refresh()
