"""Queries and writes of the Jamsosnaker tables: rates, members, status events, settings and the recap."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlmodel import Session, col

from tangsel_desktop.storage.jamsos_tables import JamsosMember, JamsosRate, JamsosSetting, JamsosStatusEvent
from tangsel_desktop.storage.tables import Person

MEMBER = JamsosMember.__table__  # type: ignore[attr-defined]
RATE = JamsosRate.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
# Only these statuses were ever paid for: a proposed or verified member has no covered months yet, and
# an ended member's covered months stay counted up to its last month.
PAID_STATUSES = ("active", "ended")


@dataclass(frozen=True)
class RecapRow:
    """Members of one kelurahan, RW and occupation covered in a month, and what the city pays for them."""

    kelurahan_code: str
    rw: str
    occupation: str
    members: int
    amount: int


def rates(session: Session) -> list[JamsosRate]:
    """Every rate, oldest first."""
    return list(session.exec(select(JamsosRate).order_by(col(JamsosRate.effective_from))).scalars())  # type: ignore[call-overload]


def rate_exists(session: Session, effective_from: str) -> bool:
    found = session.execute(select(RATE.c.id).where(RATE.c.effective_from == effective_from)).first()
    return found is not None


def insert_rate(session: Session, rate: JamsosRate) -> None:
    session.add(rate)
    session.flush()


def settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.exec(select(JamsosSetting)).scalars()}  # type: ignore[call-overload]


def put_setting(session: Session, key: str, value: str, *, at: datetime, by: str) -> None:
    found = session.get(JamsosSetting, key)
    if found is None:
        session.add(JamsosSetting(key=key, value=value, updated_at=at, updated_by=by))
    else:
        found.value, found.updated_at, found.updated_by = value, at, by
        session.add(found)
    session.flush()


def member(session: Session, member_id: str) -> JamsosMember | None:
    found = session.get(JamsosMember, member_id)
    return None if found is None or found.deleted_at is not None else found


def members_of_person(session: Session, person_id: str) -> list[JamsosMember]:
    """A person's live memberships, newest first: a member who ended may be enrolled again."""
    query = (
        select(JamsosMember)
        .where(col(JamsosMember.person_id) == person_id, col(JamsosMember.deleted_at).is_(None))
        .order_by(col(JamsosMember.created_at).desc())
    )
    return list(session.exec(query).scalars())  # type: ignore[call-overload]


def count_by_status(session: Session) -> dict[str, int]:
    """Live memberships per status."""
    query = (
        select(MEMBER.c.status, func.count()).where(MEMBER.c.deleted_at.is_(None)).group_by(MEMBER.c.status)
    )
    return {str(status): int(count) for status, count in session.execute(query)}


def save_member(session: Session, member_row: JamsosMember) -> None:
    session.add(member_row)
    session.flush()


def add_event(session: Session, values: dict[str, Any]) -> None:
    session.execute(insert(JamsosStatusEvent.__table__).values(**values))  # type: ignore[attr-defined]


def events(session: Session, member_id: str) -> list[JamsosStatusEvent]:
    query = (
        select(JamsosStatusEvent)
        .where(col(JamsosStatusEvent.member_id) == member_id)
        .order_by(col(JamsosStatusEvent.id))
    )
    return list(session.exec(query).scalars())  # type: ignore[call-overload]


def mark_updated(session: Session, member_id: str, values: dict[str, Any]) -> None:
    session.execute(update(MEMBER).where(MEMBER.c.id == member_id).values(**values))


def covered_in(month: str) -> Any:
    """The members whose premium the city pays for the month: the recap's rule, shared by every reader."""
    # 'YYYY-MM' text compares as months do, so the bounds are plain string comparisons in SQL.
    return and_(
        MEMBER.c.deleted_at.is_(None),
        MEMBER.c.status.in_(PAID_STATUSES),
        MEMBER.c.first_month.is_not(None),
        MEMBER.c.first_month <= month,
        or_(MEMBER.c.last_month.is_(None), MEMBER.c.last_month >= month),
    )


def premium_in_force(month: str) -> Any:
    """The monthly premium of the latest rate that starts on or before the month (NULL before any)."""
    return (
        select(RATE.c.jkk + RATE.c.jkm + RATE.c.jht)
        .where(RATE.c.effective_from <= month)
        .order_by(RATE.c.effective_from.desc())
        .limit(1)
        .scalar_subquery()
    )


def recap(session: Session, month: str) -> list[RecapRow]:
    """Members covered in a month by kelurahan, RW and occupation, times the rate in force that month."""
    members = func.count(MEMBER.c.id)
    query = (
        select(
            PERSON.c.kelurahan_code,
            PERSON.c.rw,
            MEMBER.c.occupation,
            members,
            func.coalesce(members * premium_in_force(month), 0),
        )
        .select_from(MEMBER.join(PERSON, PERSON.c.id == MEMBER.c.person_id))
        .where(covered_in(month))
        .group_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
        .order_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
    )
    rows: Sequence[Any] = session.execute(query).all()
    return [RecapRow(str(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4])) for row in rows]
