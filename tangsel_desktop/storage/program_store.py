"""Who is in which program in a month: the Program line of a card and the card selection by program."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session

from tangsel_desktop.storage.jamsos import membership_store as jamsos_store

MEMBER = jamsos_store.MEMBER
LOOKUP_CHUNK = 900  # SQLite's parameter limit, with room to spare


def jamsos_people(month: str) -> Any:
    """The ids of people whose Jamsosnaker cover is paid this month or who are active from a later month."""
    return (
        select(MEMBER.c.person_id)
        .where(MEMBER.c.deleted_at.is_(None))
        .where(or_(jamsos_store.covered_in(month), MEMBER.c.status == "active"))
    )


def jamsos_members_among(session: Session, person_ids: Sequence[str], month: str) -> set[str]:
    """Those of the given people who are Jamsosnaker members in the month."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(person_ids))
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        query = jamsos_people(month).where(MEMBER.c.person_id.in_(chunk))
        found.update(str(row[0]) for row in session.execute(query))
    return found
