"""A supervisor's exception: skip a status or step back, with a written reason kept in the audit."""

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.ui.jamsos.status_fields import StatusFields, save_status
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)


class StatusOverrideDialog(QDialog):
    """Any other status than the current one; the reason is required and recorded with the change."""

    saved = Signal(str)  # member id

    def __init__(self, ctx: UiContext, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.member = member
        self.setWindowTitle(self.tr("Change status by exception"))
        self.intro = plain_label(self, WARNING_STYLE)
        show_text(
            self.intro,
            self.tr(
                "{name} is “{current}”. Skipping a step or going back is an exception: "
                "write why; the reason is kept in the audit log with your name."
            ).format(name=member.full_name, current=member.status_label),
        )
        self.target_combo = QComboBox(self)
        for status in MemberStatus:
            if status is not member.status:
                self.target_combo.addItem(status.label, status.value)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. BPJS activated the member before our submission"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().height() * 4)
        self.fields = StatusFields(self)
        self.error_label = plain_label(self, ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.addRow(self.tr("New status:"), self.target_combo)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._target_changed()
        self.resize(560, self.sizeHint().height())

    def target(self) -> MemberStatus:
        return MemberStatus(self.target_combo.currentData())

    def choose(self, status: MemberStatus) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(status.value))

    def _target_changed(self) -> None:
        self.fields.set_target(self.target())

    def save(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            show_text(self.error_label, self.tr("Write the reason for this exception."))
            self.reason_edit.setFocus()
            return
        save_status(self, self._ctx, self.member, self.target(), reason, "by exception")
