"""Erasing one person's registry data (UU PDP): the tombstone row, their household if only theirs, the photo.

The row stays (its id is what the kept records of the programs point at, and its journal entry carries the
deletion to the central office) with every personal column emptied; `deleted_at` makes it a tombstone for
the journal, `erased_at/erased_by/erasure_reason` say why. What the programs hold of the person is theirs
to empty (services/person_data.py).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from tangsel_desktop.storage.people.people_store import HISTORY, HOUSEHOLD, PERSON
from tangsel_desktop.storage.people.photo_store import PHOTO
from tangsel_desktop.storage.transaction import Transaction

# birth_date is NOT NULL: an erased row holds this date, which no living resident has, instead.
ERASED_BIRTH_DATE = date(1, 1, 1)
# Every column of person that says something about the person, and what an erased row holds in its place.
# The kelurahan and RW stay: a neighbourhood of hundreds of families names nobody, and the programs'
# signed recaps count members by RW, so a signed month must read the same after an erasure.
ERASED_VALUES: dict[str, Any] = {
    "nik": "",
    "household_id": None,
    "full_name": "",
    "sex": "",
    "birth_place": "",
    "birth_date": ERASED_BIRTH_DATE,
    "address": "",
    "rt": "",
    "phone": "",
    "occupation": "",
    "disability": "",
    "desil": None,
    "family_relation": None,
    "notes": "",
}


@dataclass(frozen=True)
class HouseholdErasure:
    """What became of the person's household: gone with them (no other member), or kept for the others."""

    household_id: str
    kk_number: str
    removed: bool
    history_removed: int


def erased_person_ids(tx: Transaction, person_ids: list[str]) -> set[str]:
    query = select(PERSON.c.id).where(PERSON.c.id.in_(person_ids), PERSON.c.erased_at.is_not(None))
    return {row[0] for row in tx.connection.execute(query)}


def other_live_members(tx: Transaction, household_id: str, person_id: str) -> int:
    query = select(func.count()).where(
        PERSON.c.household_id == household_id, PERSON.c.id != person_id, PERSON.c.deleted_at.is_(None)
    )
    return int(tx.connection.execute(query).scalar_one())


def kk_history(tx: Transaction, household_id: str) -> list[tuple[str, datetime, datetime | None]]:
    """The household's No. KK over time: (number, from, to), oldest first."""
    query = (
        select(HISTORY.c.kk_number, HISTORY.c.valid_from, HISTORY.c.valid_to)
        .where(HISTORY.c.household_id == household_id)
        .order_by(HISTORY.c.valid_from, HISTORY.c.id)
    )
    return [(row[0], row[1], row[2]) for row in tx.connection.execute(query)]


def remove_household(tx: Transaction, household_id: str, *, at: datetime) -> HouseholdErasure:
    """A household nobody else lives in goes with the person: its No. KK emptied, the row a tombstone, its
    KK history removed (journaled as deletions). Callers check other_live_members first."""
    kk = tx.connection.execute(select(HOUSEHOLD.c.kk_number).where(HOUSEHOLD.c.id == household_id)).scalar()
    removed = tx.connection.execute(delete(HISTORY).where(HISTORY.c.household_id == household_id)).rowcount
    # Former members (deleted before) still point at it: they lose the link, not their tombstones.
    tx.connection.execute(
        update(PERSON).where(PERSON.c.household_id == household_id).values(household_id=None)
    )
    tx.connection.execute(
        update(HOUSEHOLD)
        .where(HOUSEHOLD.c.id == household_id)
        .values(kk_number="", head_person_id=None, updated_at=at, deleted_at=at)
    )
    return HouseholdErasure(household_id, str(kk or ""), removed=True, history_removed=int(removed or 0))


def erase_person_row(tx: Transaction, person_id: str, *, at: datetime, by: str, reason: str) -> None:
    """Empty every personal column, mark the row erased (and deleted: the journal's tombstone)."""
    tx.connection.execute(
        update(PERSON)
        .where(PERSON.c.id == person_id)
        .values(
            **ERASED_VALUES,
            updated_at=at,
            updated_by=by,
            deleted_at=at,
            erased_at=at,
            erased_by=by,
            erasure_reason=reason,
        )
    )


def erase_photo(tx: Transaction, person_id: str) -> bool:
    return bool(tx.connection.execute(delete(PHOTO).where(PHOTO.c.person_id == person_id)).rowcount)


# FTS5 removes a deleted row's terms from its index pages only with 'secure-delete' (SQLite 3.42+);
# before that, an 'optimize' merges the index and drops them (a pass over the whole index).
FTS_SECURE_DELETE_FROM = (3, 42, 0)


@contextmanager
def overwriting_deleted(tx: Transaction) -> Iterator[None]:
    """Inside the erasure: the search index forgets the person's words too (every connection already
    overwrites what is deleted or moved in the file: secure_delete, in sqlite_dialect). After the commit,
    Database.pragma('wal_checkpoint(TRUNCATE)') empties the write-ahead log of the old pages. On a server
    the search index is an expression over the person row itself: nothing else holds the words."""
    if tx.is_server:
        yield
        return
    connection = tx.raw()
    version = tuple(int(part) for part in sqlite_version(connection).split(".")[:3])
    fts_secure = version >= FTS_SECURE_DELETE_FROM
    if fts_secure:
        connection.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 1)")
    yield
    if fts_secure:
        connection.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 0)")
    else:
        connection.execute("INSERT INTO person_fts(person_fts) VALUES ('optimize')")


def sqlite_version(connection: Any) -> str:
    return str(connection.execute("SELECT sqlite_version()").fetchone()[0])
