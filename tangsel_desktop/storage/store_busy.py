"""The store's write lock held by another process or action: a refusal the clerk can act on, not a crash."""

from sqlalchemy.exc import DBAPIError

from tangsel_desktop.domain.errors import UserError

BUSY_MESSAGE = "Data sedang dipakai oleh proses lain (misalnya impor); coba lagi setelah selesai."


class StoreBusy(UserError):
    """Another writer (an import, a demo fill, a second window) held the write lock for the whole wait."""

    def __init__(self) -> None:
        super().__init__(BUSY_MESSAGE)


# PostgreSQL's SQLSTATEs for the same: lock_not_available (the write lock's wait ran out), deadlock_detected
# and serialization_failure (the server broke a collision between two writers; trying again succeeds).
BUSY_STATES = frozenset({"55P03", "40P01", "40001"})


def is_busy(error: BaseException) -> bool:
    """SQLite's 'database is locked' / 'database is busy', or PostgreSQL's lock wait that ran out, as
    SQLAlchemy or the driver raise it."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    if getattr(cause, "sqlstate", None) in BUSY_STATES:
        return True
    text = str(cause).lower()
    return "database is locked" in text or "database is busy" in text
