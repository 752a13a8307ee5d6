"""A backup from the office's old laptop: its user's password there, or the recovery code, opens it."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from tangsel_desktop.services.restore_service import BackupUnlock
from tangsel_desktop.ui.widgets.form_widgets import (
    heading,
    labelled_rows,
    muted,
    password_field,
    primary_and_cancel,
)
from tangsel_desktop.ui.widgets.labels import InlineMessage


class BackupUnlockDialog(QDialog):
    """Asks for what opens the backup's own key-slot copy; `given` carries it, the caller tries again."""

    given = Signal(object)  # BackupUnlock

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup from another laptop"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(60)
        self.password = password_field(self)
        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        form = labelled_rows(
            QFormLayout(),
            (
                (self.tr("&Username there"), self.username),
                (self.tr("&Password there"), self.password),
                (self.tr("or recovery &code"), self.code),
            ),
        )
        self.message = InlineMessage(self)  # empty until something typed does not open the backup
        buttons, self.open_button, self.cancel_button = primary_and_cancel(
            self, self.tr("&Open the backup"), self._submit, self.tr("&Cancel"), self.reject
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Open a backup from another laptop"), self, size_delta=3))
        layout.addWidget(
            muted(
                self.tr(
                    "This backup was made on another laptop of this office, locked with that laptop's key. "
                    "Type the username and password used there, or the office's recovery code. After "
                    "the restore, everyone signs in with their passwords from that laptop."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.password.setFocus()

    def _submit(self) -> None:
        code = self.code.text().strip()
        if not code and not (self.username.text().strip() and self.password.text()):
            self.message.show_error(
                self.tr("Type the username and password used on that laptop, or the recovery code.")
            )
            return
        self.message.show_success(self.tr("Opening the backup…"))
        self.open_button.setEnabled(False)
        self.given.emit(
            BackupUnlock(
                username=self.username.text().strip(), password=self.password.text(), recovery_code=code
            )
        )

    def refused(self, text: str) -> None:
        """That did not open it (or the backup is refused for another reason): say so and let them retry."""
        self.password.clear()
        self.message.show_error(text)
        self.open_button.setEnabled(True)
        self.password.setFocus()
