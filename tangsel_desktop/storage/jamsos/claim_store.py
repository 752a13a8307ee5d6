"""Queries and writes of the Jamsosnaker death claims and their progress notes, as plain values."""

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import col

from tangsel_desktop.storage.jamsos.claim_tables import JamsosClaim, JamsosClaimNote
from tangsel_desktop.storage.tables import AppUser
from tangsel_desktop.storage.transaction import Transaction

NOTE = JamsosClaimNote.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredClaim:
    """One claim row as stored, field for field (its values() are what the audit trail records)."""

    id: str
    member_id: str
    died_on: date
    work_accident: bool
    heir_name: str
    heir_relation: str
    heir_phone: str
    created_at: datetime
    created_by: str | None

    def values(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoredNote:
    """One progress note of a claim, with the username of whoever wrote it (None when unknown)."""

    at: datetime
    stage: str
    note: str
    username: str | None


def _stored(row: JamsosClaim) -> StoredClaim:
    return StoredClaim(**{name: getattr(row, name) for name in StoredClaim.__dataclass_fields__})


def claim_of_member(tx: Transaction, member_id: str) -> StoredClaim | None:
    query = select(JamsosClaim).where(col(JamsosClaim.member_id) == member_id)
    found: JamsosClaim | None = tx.session.execute(query).scalars().first()
    return None if found is None else _stored(found)


def insert_claim(tx: Transaction, values: dict[str, Any]) -> StoredClaim:
    """A new claim from column values (the id defaults); the row as stored."""
    row = JamsosClaim(**values)
    tx.session.add(row)
    tx.session.flush()
    return _stored(row)


def add_note(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(NOTE).values(**values))


def notes_with_users(tx: Transaction, claim_id: str) -> list[StoredNote]:
    """A claim's notes, oldest first, each with the username of whoever wrote it."""
    query = (
        select(JamsosClaimNote, col(AppUser.username))
        .join(AppUser, col(AppUser.id) == col(JamsosClaimNote.by_user), isouter=True)
        .where(col(JamsosClaimNote.claim_id) == claim_id)
        .order_by(col(JamsosClaimNote.id))
    )
    return [
        StoredNote(at=row[0].at, stage=row[0].stage, note=row[0].note, username=row[1])
        for row in tx.session.execute(query).all()
    ]
