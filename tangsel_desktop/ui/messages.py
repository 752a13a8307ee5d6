"""Every question and message box goes through here, so tests can patch one place and never block."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tangsel_desktop.domain.errors import UserError

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


class Messages:
    """Modal boxes with Indonesian button texts (Qt ships no Indonesian qtbase translation)."""

    # Tests and smoke runs set this to False; a box that would block then raises instead.
    interactive = True

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        if not self.interactive:
            raise RuntimeError(f"modal message shown in a non-interactive run: {title}: {text}")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        return box

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, title, text)
        box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Warning, title, text)
        box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def user_error(self, parent: QWidget | None, error: UserError) -> None:
        self.error(parent, translate("Messages", "Cannot continue"), error.message)

    def failure(self, parent: QWidget | None, error: BaseException) -> None:
        """A TaskRunner failure: a UserError is the clerk's to read; a bug was already reported
        to the crash dialog by the runner, so nothing more is shown here."""
        if isinstance(error, UserError):
            self.user_error(parent, error)

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, title, text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes_button
