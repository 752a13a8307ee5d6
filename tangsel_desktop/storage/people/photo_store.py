"""People's photos through the Transaction: one row per person, read whole or only its description."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from tangsel_desktop.storage.people.people_store import LOOKUP_CHUNK
from tangsel_desktop.storage.people.photo_tables import PersonPhoto
from tangsel_desktop.storage.tables import AppUser
from tangsel_desktop.storage.transaction import Transaction

PHOTO = PersonPhoto.__table__  # type: ignore[attr-defined]
USER = AppUser.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredPhoto:
    """One person's photo as stored, with the name of whoever took or chose it."""

    person_id: str
    jpeg: bytes
    width: int
    height: int
    sha256: str
    source: str
    taken_at: datetime
    taken_by: str | None
    taken_by_name: str


def photo(tx: Transaction, person_id: str) -> StoredPhoto | None:
    query = (
        select(
            *(column for column in PHOTO.c if column.name != "origin_office"),
            func.coalesce(func.nullif(USER.c.full_name, ""), USER.c.username, "").label("taken_by_name"),
        )
        .select_from(PHOTO.outerjoin(USER, USER.c.id == PHOTO.c.taken_by))
        .where(PHOTO.c.person_id == person_id)
    )
    row = tx.connection.execute(query).mappings().first()
    return None if row is None else StoredPhoto(**row)


def put_photo(tx: Transaction, values: dict[str, Any]) -> None:
    """Store a person's photo, replacing the one they had: an update keeps the journal's one entry."""
    person_id = values["person_id"]
    exists = tx.connection.execute(select(PHOTO.c.person_id).where(PHOTO.c.person_id == person_id)).first()
    if exists is None:
        tx.connection.execute(insert(PHOTO), [values])
    else:
        changed = {key: value for key, value in values.items() if key != "person_id"}
        tx.connection.execute(update(PHOTO).where(PHOTO.c.person_id == person_id).values(**changed))


def delete_photo(tx: Transaction, person_id: str) -> bool:
    """Remove a person's photo; False when they had none."""
    result = tx.connection.execute(delete(PHOTO).where(PHOTO.c.person_id == person_id))
    return bool(result.rowcount)


def photos_of(tx: Transaction, person_ids: Collection[str]) -> dict[str, bytes]:
    """The JPEG bytes of those among these people who have a photo (for printing their cards)."""
    wanted = list(dict.fromkeys(person_ids))
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        query = select(PHOTO.c.person_id, PHOTO.c.jpeg).where(PHOTO.c.person_id.in_(chunk))
        found.update((person_id, bytes(jpeg)) for person_id, jpeg in tx.connection.execute(query))
    return found
