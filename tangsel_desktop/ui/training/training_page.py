"""The Pelatihan area page: the batch chosen at the top, and its trainings, participants, attendance,
results and certificates, and aftercare tabs."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.training.aftercare_tab import AftercareTab
from tangsel_desktop.ui.training.attendance_tab import AttendanceTab
from tangsel_desktop.ui.training.batch_chooser import BatchChooser
from tangsel_desktop.ui.training.courses_tab import CoursesTab
from tangsel_desktop.ui.training.outcomes_tab import OutcomesTab
from tangsel_desktop.ui.training.participants_tab import ParticipantsTab
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext


class TrainingPage(QWidget):
    """The tabs read only when shown; the grid's own marks make nobody read the store again."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chooser = BatchChooser(ctx, self)
        self.tabs = QTabWidget(self)
        self.courses_tab = CoursesTab(ctx, self.tabs)
        self.participants_tab = ParticipantsTab(ctx, self.tabs)
        self.attendance_tab = AttendanceTab(ctx, self.tabs)
        self.outcomes_tab = OutcomesTab(ctx, self.tabs)
        self.aftercare_tab = AftercareTab(ctx, self.tabs)
        self.tabs.addTab(self.courses_tab, self.tr("&Trainings and batches"))
        self.tabs.addTab(self.participants_tab, self.tr("&Participants"))
        self.tabs.addTab(self.attendance_tab, self.tr("&Attendance"))
        self.tabs.addTab(self.outcomes_tab, self.tr("Results and &certificates"))
        self.tabs.addTab(self.aftercare_tab, self.tr("&Kit, internship, follow-up"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.tabs, 1)
        self.chooser.changed.connect(self._batch_changed)
        self.courses_tab.batch_made.connect(lambda batch_id: self.chooser.refresh(keep=batch_id))
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.bus.changed.connect(self._on_change)

    @property
    def batch_tabs(self) -> tuple[TrainingTab, ...]:
        return (
            self.courses_tab,
            self.participants_tab,
            self.attendance_tab,
            self.outcomes_tab,
            self.aftercare_tab,
        )

    def _batch_changed(self, view: BatchView | None) -> None:
        for tab in self.batch_tabs:
            tab.set_batch(view)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.attendance_tab:
            self.attendance_tab.view.setFocus()

    def _on_change(self, summary: ChangeSummary) -> None:
        if not summary.touches(ChangeSummary.TRAINING):
            return
        if self.attendance_tab.take_own_change():
            # A mark changed one cell, which the grid shows already: the hidden tabs read later.
            for tab in self.batch_tabs:
                if tab is not self.attendance_tab:
                    tab.changed()
            return
        self.chooser.refresh()
        for tab in self.batch_tabs:
            tab.changed()
