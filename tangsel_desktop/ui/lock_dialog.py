"""The locked window's one question: the password again (or another user, who then takes the laptop over)."""

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import app_icon, heading, labelled_rows, muted, password_field
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)


class LockDialog(QDialog):
    """Application-modal, so no other window of the application takes a key or a click while it shows.

    Esc and the close button do nothing: only a password opens the window again."""

    unlocked = Signal()  # the same user typed their password
    switched = Signal(object)  # another user signed in: the Actor

    def __init__(self, ctx: UiContext, *, open_dialogs: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_dialogs = open_dialogs
        self._busy = False
        self.setWindowTitle(self.tr("Locked — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(460)

        actor = ctx.actor
        explanation = muted(
            self.tr(
                "The window was locked to protect residents' data. %1, type your password to continue "
                "where you left off. Another user may sign in here instead: the work of %1 that has not "
                "been saved is then discarded."
            ).replace("%1", actor.full_name),
            self,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.username = QLineEdit(actor.username, self)
        self.username.setMaxLength(60)
        self.password = password_field(self)
        form = labelled_rows(
            QFormLayout(), ((self.tr("&Username"), self.username), (self.tr("&Password"), self.password))
        )
        self.error = InlineMessage(self)
        self.unlock_button = QPushButton(self.tr("&Open"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("The window is locked"), self))
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self.error.clear_message()
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.error.show_error(self.tr("Type the username and the password."))
            return
        self._set_busy(True)
        auth, actor, dialogs = self._ctx.services.auth, self._ctx.actor, self._open_dialogs

        def check(_handle: object) -> Actor:
            return auth.unlock(actor=actor, username=username, password=password, open_dialogs=dialogs)

        Operation(self._ctx.runner, self, check).success(self._accepted).failure(self._refused).run()

    def _accepted(self, signed_in: Actor) -> None:
        self._set_busy(False)
        self.password.clear()
        if signed_in.user_id == self._ctx.actor.user_id:
            self.unlocked.emit()
        else:
            self.switched.emit(signed_in)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, UserError):
            self.error.show_error(error.message)
        else:
            self.error.show_error(
                self.tr("The password could not be checked because of an error; see the log file.")
            )
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.username.setReadOnly(busy)
        self.password.setReadOnly(busy)

    def reject(self) -> None:
        """Esc leaves the window locked."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
