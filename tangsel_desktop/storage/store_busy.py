"""The store's write lock held by another process or action: a refusal the clerk can act on, not a crash."""

from sqlalchemy.exc import OperationalError

from tangsel_desktop.domain.errors import UserError

BUSY_MESSAGE = "Data sedang dipakai oleh proses lain (misalnya impor); coba lagi setelah selesai."


class StoreBusy(UserError):
    """Another writer (an import, a demo fill, a second window) held the write lock for the whole wait."""

    def __init__(self) -> None:
        super().__init__(BUSY_MESSAGE)


def is_busy(error: BaseException) -> bool:
    """SQLite's 'database is locked' / 'database is busy', as SQLAlchemy or sqlite3 raise it."""
    cause = error.orig if isinstance(error, OperationalError) else error
    text = str(cause).lower()
    return "database is locked" in text or "database is busy" in text
