"""How long the window may stay idle before it locks itself: one office setting, the administrator's."""

import logging

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store

log = logging.getLogger(__name__)

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
# One minute at least (a lock that fires while the clerk reads a form is worse than none); two hours at
# most: a longer wait leaves a shared laptop open for a whole morning, which is what the lock prevents.
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120


def stored_minutes(value: str | None) -> int:
    """The stored setting, or the default when it is missing or unreadable (an older store)."""
    try:
        minutes = int(value or "")
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return minutes if MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


class ScreenLockSettings:
    """Reads and sets the idle time after which the window asks for the password again."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def idle_minutes(self) -> int:
        with self._db.read() as tx:
            return stored_minutes(document_store.settings(tx).get(IDLE_LOCK_KEY))

    def set_idle_minutes(self, *, actor: Actor, minutes: int) -> tuple[int, ChangeSummary]:
        actor.require(Role.ADMIN, "mengubah waktu kunci layar")
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            raise UserError(
                f"Waktu kunci layar harus {MIN_IDLE_MINUTES} sampai {MAX_IDLE_MINUTES} menit; "
                f"{minutes} tidak dapat dipakai. Isi jumlah menit di antara keduanya.",
                field="idle_minutes",
            )
        with self._db.write(actor) as tx:
            before = stored_minutes(document_store.settings(tx).get(IDLE_LOCK_KEY))
            document_store.put_setting(tx, IDLE_LOCK_KEY, str(minutes), at=utc_now(), by=actor.user_id)
            tx.record(
                AuditEvent(
                    "update",
                    "office_setting",
                    IDLE_LOCK_KEY,
                    before={IDLE_LOCK_KEY: before},
                    after={IDLE_LOCK_KEY: minutes},
                )
            )
        log.info("idle lock set to %d minutes", minutes)
        return minutes, ChangeSummary.OFFICE_SETTING
