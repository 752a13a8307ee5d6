"""The BPJS tab of the Jamsosnaker area: the list to send to BPJS beside the reading of BPJS's answer."""

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.jamsos.bpjs_export_panel import BpjsExportPanel
from tangsel_desktop.ui.jamsos.bpjs_import_panel import BpjsImportPanel
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import WARNING_STYLE

log = logging.getLogger(__name__)


class ExchangeTab(QWidget):
    """Supervisors only: the list carries NIKs out of the office and the answer makes members active."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.allowed = ctx.actor.role.rank >= Role.SUPERVISOR.rank
        self._counting: TaskHandle | None = None
        self._count_again = False
        self.role_label = plain_label(self, WARNING_STYLE)
        self.export_panel = BpjsExportPanel(ctx, allowed=self.allowed, parent=self)
        self.import_panel = BpjsImportPanel(ctx, allowed=self.allowed, parent=self)
        panels = QHBoxLayout()
        panels.addWidget(self.export_panel, 1)
        panels.addWidget(self.import_panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role_label)
        layout.addLayout(panels, 1)
        if not self.allowed:
            show_text(
                self.role_label,
                self.tr(
                    "Only supervisors and administrators exchange files with BPJS: the list carries NIKs "
                    "out of the office and BPJS's answer makes members active. Ask your supervisor."
                ),
            )
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def cancel(self) -> None:
        """Esc stops whichever file work is under way; nothing is kept from it."""
        self.export_panel.cancel()
        self.import_panel.cancel()

    def _changed(self, summary: ChangeSummary) -> None:
        if summary.touches(ChangeSummary.JAMSOS) or summary.touches(ChangeSummary.PERSON):
            self.refresh()

    def refresh(self) -> None:
        """Count the members ready to send and waiting for an answer, in the background."""
        if self._counting is not None:
            self._count_again = True
            return
        service, actor = self._ctx.services.bpjs, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[int, int]:
            return service.counts(actor=actor)

        self._counting = start_relayed(
            self._ctx.runner, work, owner=self, finished=self._counted, failed=self._count_failed
        )

    def _counted(self, counts: tuple[int, int]) -> None:
        self._counting = None
        ready, waiting = counts
        self.export_panel.show_ready(ready)
        self.import_panel.show_waiting(waiting)
        if self._count_again:
            self._count_again = False
            self.refresh()

    def _count_failed(self, error: BaseException) -> None:
        self._counting = None
        log.warning("counting the BPJS exchange failed: %s", type(error).__name__)

    @property
    def busy(self) -> bool:
        return self._counting is not None or self.export_panel.running or self.import_panel.running
