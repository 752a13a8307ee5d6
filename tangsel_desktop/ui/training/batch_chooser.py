"""The batch every Pelatihan tab works on, chosen once at the top of the area and kept across refreshes."""

from datetime import date

from PySide6.QtWidgets import QWidget

from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.training.training_common import batch_title
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.style import HINT_STYLE
from tangsel_desktop.ui.widgets.work_chooser import WorkChooser


def _running(view: BatchView) -> bool:
    return view.starts_on <= date.today() <= view.ends_on


class BatchChooser(WorkChooser):
    """The office's batches, newest first, the one running today first chosen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        courses, actor = ctx.services.training_courses, ctx.actor
        super().__init__(
            ctx,
            load=lambda: sorted(
                courses.batches(actor=actor), key=lambda b: (b.starts_on, b.name), reverse=True
            ),
            title=batch_title,
            running=_running,
            message_style=HINT_STYLE,
            width=50,
            parent=parent,
        )
        self.label.setText(self.tr("&Batch:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty_text = self.tr("No batch yet: a supervisor adds one.")
        self.refresh()
