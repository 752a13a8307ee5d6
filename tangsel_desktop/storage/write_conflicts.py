"""Two central users' writes that crossed (a serialization failure or a deadlock): retried a few times, then
a clear message, never a crash.

PostgreSQL aborts one of two transactions that cannot both stand (SQLSTATE 40001) or that wait on each
other (40P01); running the aborted one again from the start is the remedy the server expects. SQLite's
write lock makes neither happen there.
"""

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from tangsel_desktop.domain.errors import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")

SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
ATTEMPTS = 4
CONFLICT_MESSAGE = (
    "Data yang sama sedang diubah oleh pengguna lain pada saat yang sama dan penyimpanan ini tidak dapat "
    "diselesaikan setelah {attempts} kali dicoba. Tidak ada yang berubah; coba lagi sebentar lagi."
)
ONCE_MESSAGE = (
    "Data yang sama sedang diubah oleh pengguna lain pada saat yang sama, sehingga penyimpanan ini "
    "dibatalkan. Tidak ada yang berubah; coba lagi sebentar lagi."
)


class WriteConflict(UserError):
    """The write crossed another user's write every time it was tried (nothing of it was saved)."""

    def __init__(self, attempts: int) -> None:
        super().__init__(ONCE_MESSAGE if attempts == 1 else CONFLICT_MESSAGE.format(attempts=attempts))
        self.attempts = attempts


def is_conflict(error: BaseException) -> bool:
    """A serialization failure or a deadlock, as psycopg or SQLAlchemy (wrapping it) raise it."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if getattr(current, "sqlstate", None) in (SERIALIZATION_FAILURE, DEADLOCK_DETECTED):
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def retry_conflicts(work: Callable[[], T], *, attempts: int = ATTEMPTS, pause: float = 0.05) -> T:
    """Run `work` (one whole write transaction, opened inside it) again while it ends in a conflict, up to
    `attempts` times, then raise WriteConflict. Any other error passes through at once."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except Exception as error:
            if not is_conflict(error):
                raise
            log.warning("write conflict (attempt %s of %s)", attempt, attempts)
            if attempt == attempts:
                raise WriteConflict(attempts) from None
            time.sleep(pause * attempt)  # a short, growing pause lets the other transaction commit first
    raise AssertionError("unreachable")
