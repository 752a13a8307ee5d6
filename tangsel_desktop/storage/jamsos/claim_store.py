"""Queries and writes of the Jamsosnaker death claims and their progress notes."""

from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from tangsel_desktop.storage.jamsos.claim_tables import JamsosClaim, JamsosClaimNote
from tangsel_desktop.storage.tables import AppUser

NOTE = JamsosClaimNote.__table__  # type: ignore[attr-defined]


def claim_of_member(session: Session, member_id: str) -> JamsosClaim | None:
    query = select(JamsosClaim).where(col(JamsosClaim.member_id) == member_id)
    found: JamsosClaim | None = session.exec(query).scalars().first()  # type: ignore[call-overload]
    return found


def save_claim(session: Session, claim: JamsosClaim) -> None:
    session.add(claim)
    session.flush()


def add_note(session: Session, values: dict[str, Any]) -> None:
    session.execute(insert(NOTE).values(**values))


def notes_with_users(session: Session, claim_id: str) -> list[tuple[JamsosClaimNote, str | None]]:
    """A claim's notes, oldest first, each with the username of whoever wrote it."""
    query = (
        select(JamsosClaimNote, col(AppUser.username))
        .join(AppUser, col(AppUser.id) == col(JamsosClaimNote.by_user), isouter=True)
        .where(col(JamsosClaimNote.claim_id) == claim_id)
        .order_by(col(JamsosClaimNote.id))
    )
    return [(row[0], row[1]) for row in session.execute(query).all()]
