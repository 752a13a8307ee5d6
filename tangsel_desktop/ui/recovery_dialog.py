"""Forgot password?: the office's recovery code opens the data, and an administrator gets a new password."""

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner
from tangsel_desktop.ui.widgets.form_widgets import (
    StartupDialog,
    app_icon,
    heading,
    labelled_rows,
    muted,
    password_field,
    primary_and_cancel,
)
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)
# (code, administrator's username, new password, handle) -> the opened store (services/store_unlock.py)
Recover = Callable[[str, str, str, TaskHandle], object]


class RecoveryDialog(StartupDialog):
    """Code, administrator, new password twice; a wrong code is refused inline and nothing changes."""

    recovered = Signal(object)  # the Unlocked store, signed in as that administrator

    def __init__(self, runner: TaskRunner, recover: Recover, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._recover = recover
        self._busy = False
        self.setWindowTitle(self.tr("Forgot password — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        self.username = QLineEdit(self)
        self.username.setMaxLength(60)
        self.password = password_field(self)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.repeat = password_field(self)
        form = labelled_rows(
            QFormLayout(),
            (
                (self.tr("Recovery &code"), self.code),
                (self.tr("&Administrator"), self.username),
                (self.tr("&New password"), self.password),
                (self.tr("&Repeat password"), self.repeat),
            ),
        )
        self.error = InlineMessage(self)
        self.status = muted("", self)
        self.status.setVisible(False)
        buttons, self.open_button, _cancel = primary_and_cancel(
            self, self.tr("&Open the data"), self.submit, self.tr("&Cancel"), self.reject
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Open the data with the recovery code"), self))
        layout.addWidget(
            muted(
                self.tr(
                    "Type the code from the office's Recovery Code sheet (kept in the safe) and the "
                    "username of an administrator: that administrator's password is set anew. The use "
                    "of the code is recorded in the audit trail."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.code.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self.error.clear_message()
        if not self.code.text().strip():
            self._show_error(self.tr("Type the recovery code."))
            self.code.setFocus()
            return
        if not self.username.text().strip():
            self._show_error(self.tr("Type the administrator's username."))
            self.username.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self._show_error(self.tr("The two passwords are not the same."))
            self.repeat.setFocus()
            return
        self._set_busy(True)
        self._set_status(self.tr("Opening the data…"))
        code, username, password = self.code.text(), self.username.text(), self.password.text()
        handle = self._runner.start(lambda h: self._recover(code, username, password, h))
        handle.signals.finished.connect(self._done)
        handle.signals.failed.connect(self._failed)

    def _done(self, unlocked: object) -> None:
        self._set_busy(False)
        log.info("data opened with the recovery code")
        self.recovered.emit(unlocked)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._set_status("")
        if isinstance(error, UserError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Opening failed because of an error; see the log file."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.open_button.setEnabled(not busy)
