"""Step a membership one status forward: verified, submitted, active (KPJ, first month) or ended."""

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus, next_step
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.ui.jamsos.status_fields import StatusFields, save_status
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE

log = logging.getLogger(__name__)


class StatusStepDialog(QDialog):
    """The next step of the lifecycle for one member; the service checks the role and the values."""

    saved = Signal(str)  # member id

    def __init__(self, ctx: UiContext, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.member = member
        # From the member the page already shows (the domain's lifecycle, no read of the store); the
        # service checks the step again when it saves.
        target = next_step(member.status)
        if target is None:
            raise UserError(
                "Kepesertaan ini sudah berhenti. Daftarkan pekerja ini lagi sebagai peserta baru."
            )
        self.target: MemberStatus = target
        self.setWindowTitle(self.tr("Next status: {status}").format(status=target.label))
        self.intro = plain_label(self)
        show_text(
            self.intro,
            self.tr("{name} (NIK {nik}) moves from “{current}” to “{target}”.").format(
                name=member.full_name, nik=member.nik, current=member.status_label, target=target.label
            ),
        )
        self.fields = StatusFields(self)
        self.fields.set_target(target)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. the number of the BPJS letter"))
        self.error_label = plain_label(self, ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        note = QFormLayout()
        note.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addLayout(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        save_status(self, self._ctx, self.member, self.target, self.note_edit.text(), "stepped")
