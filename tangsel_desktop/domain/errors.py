"""The one kind of error a clerk can fix: a UserError carries an Indonesian message that says what to do."""


class UserError(Exception):
    """An expected failure (bad input, duplicate, wrong password, locked file) with a message to act on."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(UserError):
    """The signed-in user's role does not allow this action."""


class OfficeDetailsMissing(UserError):
    """An official document cannot be printed: the office's contact line or its head's name is empty.

    The window answers it by offering to open Pengaturan, where an administrator fills them in.
    """
