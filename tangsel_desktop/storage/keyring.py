"""The open store's key and its slot file: a user's slot added, rewrapped on a password change, removed.

Every change rewrites the whole slot file atomically (storage/key_slots.py). A password change keeps the
old slot until the store holds the new password, so a kill at any moment leaves the old password or the
new one working (the slot that opens and the store's password hash agree for at least one of them).
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tangsel_desktop.storage import key_slots
from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.key_slots import KeySlots, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class Keyring:
    """The database key of the open store, and the file that holds it wrapped for each user."""

    def __init__(self, file: Path, key: bytes) -> None:
        self.file = file
        self.key = key

    def slots(self) -> KeySlots:
        return key_slots.read(self.file)

    def _slot(self, slots: KeySlots, kind: str, secret: str, user_id: str = "", username: str = "") -> Slot:
        return key_slots.wrap(
            self.key,
            secret,
            office_code=slots.office_code,
            kind=kind,
            user_id=user_id,
            username=username,
            created_at=timestamp_text(utc_now()),
        )

    def has_user(self, user_id: str) -> bool:
        return bool(self.slots().for_user(user_id))

    def add_user(self, user_id: str, username: str, password: str) -> None:
        """A slot for a user who has none (a new user, or one without a slot since the conversion)."""
        slots = self.slots()
        key_slots.write(
            self.file, slots.adding(self._slot(slots, key_slots.USER, password, user_id, username))
        )
        log.info("key slot added for user %s", user_id)

    def change_password(
        self, user_id: str, username: str, password: str, commit_in_store: Callable[[], T]
    ) -> T:
        """Rewrap the user's slot: new slot beside the old, the store's hash committed, then the old slot
        dropped. When the store refuses, the new slot goes and the old one stays."""
        slots = self.slots()
        new = self._slot(slots, key_slots.USER, password, user_id, username)
        # A new password also lifts a lock-out the closed store counted (as it lifts the store's own).
        key_slots.write(self.file, slots.adding(new).with_tries(username, None))
        try:
            result = commit_in_store()
        except BaseException:
            current = self.slots()
            key_slots.write(self.file, current.without([s for s in current.slots if s.salt == new.salt]))
            raise
        current = self.slots()
        key_slots.write(
            self.file, current.without(s for s in current.for_user(user_id) if s.salt != new.salt)
        )
        log.info("key slot of user %s rewrapped", user_id)
        return result

    def settle(self, user_id: str, password: str) -> None:
        """After a sign-in: drop the user's slots this password does not open (left by a password change
        that was killed after the store took the new password)."""
        slots = self.slots()
        mine = slots.for_user(user_id)
        if len(mine) < 2:
            return
        stale = [slot for slot in mine if key_slots.unwrap(slot, password, slots.office_code) is None]
        if stale and len(stale) < len(mine):
            key_slots.write(self.file, slots.without(stale))
            log.info("stale key slots of user %s removed", user_id)

    def remove_user(self, user_id: str) -> None:
        """A deactivated user's slot goes: their password no longer opens the store."""
        slots = self.slots()
        if slots.for_user(user_id):
            key_slots.write(self.file, slots.without_user(user_id))
            log.info("key slot of user %s removed", user_id)
