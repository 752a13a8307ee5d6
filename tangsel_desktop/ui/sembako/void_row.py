"""The desk's way to cancel a handover recorded by mistake: a supervisor, with a reason; the receipt stays as
BATAL in the register and the family may collect again."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import HandoverView
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.sembako.sembako_common import gate, is_supervisor
from tangsel_desktop.ui.ui_context import UiContext


class VoidRow(QWidget):
    """Shown under an ALREADY COLLECTED banner; voided carries the cancelled handover, refused the message."""

    voided = Signal(object)  # HandoverView
    refused = Signal(object)  # the exception
    started = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.handover: HandoverView | None = None
        self.reason_field = QLineEdit(self)
        self.reason_field.setPlaceholderText(self.tr("why this handover was recorded by mistake"))
        self.void_button = QPushButton(self.tr("Cancel this &handover"), self, autoDefault=False)
        gate(
            self.void_button, is_supervisor(ctx.actor), self.tr("The receipt stays in the register as BATAL")
        )
        self.reason_field.setEnabled(self.void_button.isEnabled())
        label = QLabel(self.tr("Cancellation reason:"), self)
        label.setBuddy(self.reason_field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.reason_field, 1)
        layout.addWidget(self.void_button)
        self.void_button.clicked.connect(self.void)
        self.reason_field.returnPressed.connect(self.void)
        self.hide()

    def offer(self, handover: HandoverView | None) -> None:
        """Show the row for a live handover (hide it otherwise), its reason empty."""
        self.handover = handover
        self.reason_field.clear()
        self.setVisible(handover is not None)

    def void(self) -> None:
        handed = self.handover
        if handed is None or not self.void_button.isEnabled():
            return
        reason = self.reason_field.text()
        handovers, actor = self._ctx.services.sembako_handovers, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[HandoverView, ChangeSummary]:
            return handovers.void(actor=actor, round_id=handed.round_id, handover_id=handed.id, reason=reason)

        self.started.emit()
        Operation(self._ctx, self, work).changes().success(self.voided.emit).failure(self.refused.emit).run()
