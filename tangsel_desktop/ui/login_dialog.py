"""Signing in: username and password; Enter signs in, Esc quits; refusals shown inline in red.

With the store still closed, the password first unwraps the store's key (services/store_unlock.py): the
store is opened and migrated on a worker thread, its progress shown here; "Forgot password?" opens it
with the office's recovery code instead.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner
from tangsel_desktop.ui.recovery_dialog import Recover, RecoveryDialog
from tangsel_desktop.ui.store_loader import LoadedStore
from tangsel_desktop.ui.widgets.form_widgets import (
    StartupDialog,
    app_icon,
    heading,
    labelled_rows,
    muted,
    password_field,
)
from tangsel_desktop.ui.widgets.labels import InlineMessage
from tangsel_desktop.ui.widgets.style import HINT_BOX_STYLE

log = logging.getLogger(__name__)


class LoginDialog(StartupDialog):
    """Usable before the store is open: the Sign-in button then waits for it."""

    signed_in = Signal(object)  # the Actor
    unlocked = Signal(object)  # the Unlocked store, just before signed_in when this sign-in opened it

    def __init__(
        self,
        runner: TaskRunner,
        *,
        username: str = "",
        unlock: Callable[[str, str, TaskHandle], object] | None = None,
        recover: Recover | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._unlock = unlock  # opens the closed store with a password (None: the store is already open)
        self._recover = recover
        self.recovery_dialog: RecoveryDialog | None = None
        self._store: LoadedStore | None = None
        self._waiting = False  # the clerk pressed Sign in before the store was open
        self._busy = False
        self.setWindowTitle(self.tr("Sign in — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)

        self.office_label = muted(self.tr("Social Services Office, South Tangerang City"), self)
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(60)
        self.password = password_field(self)
        form = labelled_rows(
            QFormLayout(), ((self.tr("&Username"), self.username), (self.tr("&Password"), self.password))
        )

        self.error = InlineMessage(self)
        self.status = muted("", self)
        self.status.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setVisible(False)
        self.hint.setStyleSheet(HINT_BOX_STYLE)

        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.forgot_button = QPushButton(self.tr("&Forgot password?"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.forgot_button.setVisible(recover is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tangsel Desktop"), self))
        layout.addWidget(self.office_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        (self.password if username else self.username).setFocus()

    @property
    def store(self) -> LoadedStore | None:
        return self._store

    def set_store(self, store: LoadedStore) -> None:
        """The store is open: show the office, the demo accounts, and sign in if the clerk waits."""
        self._store = store
        self.progress.setVisible(False)
        if store.office is not None:
            self.office_label.setText(store.office.name)
        if store.demo is not None:
            self.hint.setText(
                self.tr("Demo office. Users: %1. Password for all: %2")
                .replace("%1", ", ".join(store.demo.usernames))
                .replace("%2", store.demo.password)
            )
            self.hint.setVisible(True)
            if not self.username.text():
                self.username.setText(store.demo.usernames[0])
                self.password.setFocus()
        if self._waiting:
            self._waiting = False
            self._set_busy(False)
            self.submit()
        else:
            self._set_status("")

    def set_progress(self, done: int, total: int) -> None:
        """Progress of making the demo office (thousands of synthetic residents)."""
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._set_status(
            self.tr("Preparing the demo office: %1 of %2 residents…")
            .replace("%1", format_count(done))
            .replace("%2", format_count(total))
        )

    def set_unlock_progress(self, done: int, total: int) -> None:
        """Progress of opening the store after the password (unwrap, open and migrate, sign in)."""
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._set_status(self.tr("Opening the office data…"))

    def open_recovery(self) -> None:
        if self._recover is None or self._busy:
            return
        dialog = RecoveryDialog(self._runner, self._recover, self)
        dialog.recovered.connect(self._unlocked_done)
        self.recovery_dialog = dialog
        dialog.show()

    def set_load_error(self, message: str) -> None:
        self._waiting = False
        self._set_busy(False)
        self.sign_in_button.setEnabled(False)
        self.progress.setVisible(False)
        self._set_status("")
        self._show_error(message)

    def submit(self) -> None:
        if self._busy:
            return
        self.error.clear_message()
        if not self.username.text().strip():
            self._show_error(self.tr("Type your username."))
            self.username.setFocus()
            return
        if self._store is None and self._unlock is not None:
            self._start_unlock()
            return
        if self._store is None:
            self._waiting = True
            self._set_busy(True)
            self._set_status(self.tr("Preparing data…"))
            return
        self._set_busy(True)
        self._set_status(self.tr("Checking…"))
        auth = self._store.services.auth
        username, password = self.username.text(), self.password.text()
        handle = self._runner.start(lambda _h: auth.login(username=username, password=password))
        handle.signals.finished.connect(self._signed_in)
        handle.signals.failed.connect(self._refused)

    def _start_unlock(self) -> None:
        assert self._unlock is not None
        self._set_busy(True)
        self._set_status(self.tr("Checking…"))
        unlock, username, password = self._unlock, self.username.text(), self.password.text()
        handle = self._runner.start(lambda h: unlock(username, password, h))
        handle.signals.progress.connect(self.set_unlock_progress)
        handle.signals.finished.connect(self._unlocked_done)
        handle.signals.failed.connect(self._refused)

    def _unlocked_done(self, unlocked: object) -> None:
        self.progress.setVisible(False)
        self.unlocked.emit(unlocked)
        self._signed_in(unlocked.actor)  # type: ignore[attr-defined]

    def _signed_in(self, actor: object) -> None:
        self._set_busy(False)
        self._set_status("")
        # The main window is shown before this dialog closes, so the app never has no window.
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self._set_status("")
        self.progress.setVisible(False)
        if isinstance(error, UserError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Sign-in failed because of an error; see the log file."))
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in_button.setEnabled(not busy)
        self.username.setReadOnly(busy)
        self.password.setReadOnly(busy)
