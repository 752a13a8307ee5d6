"""Queries and writes of the Jamsosnaker tables: rates, members, status events, settings and the recap."""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, text, update
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


def _covered(month: str) -> Any:
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
        .where(_covered(month))
        .group_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
        .order_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
    )
    rows: Sequence[Any] = session.execute(query).all()
    return [RecapRow(str(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4])) for row in rows]


# The months of the year so far, each priced at the rate in force then, against the members' covered
# spans clamped to those months and counted per distinct (start, end): at most 78 groups in a year, so
# one pass over the members prices every month of the year, whatever the number of rate changes.
_YEAR_TO_DATE_SQL = """
WITH spans AS (
    SELECT max(first_month, :first) AS span_start,
           min(coalesce(last_month, :last), :last) AS span_end,
           count(*) AS members
    FROM jamsos_member
    WHERE deleted_at IS NULL AND status IN ('active', 'ended') AND first_month IS NOT NULL
      AND first_month <= :last AND (last_month IS NULL OR last_month >= :first)
    GROUP BY span_start, span_end
), priced AS (
    SELECT value AS month,
           (SELECT jkk + jkm + jht FROM jamsos_rate WHERE effective_from <= value
            ORDER BY effective_from DESC LIMIT 1) AS premium
    FROM json_each(:months)
)
SELECT coalesce(sum(spans.members * priced.premium), 0)
FROM spans JOIN priced ON priced.month BETWEEN spans.span_start AND spans.span_end
"""


def premium_between(session: Session, months: Sequence[str]) -> int:
    """The premium of every member-month in the given consecutive months ('YYYY-MM', oldest first),
    each at the rate in force that month: the sum of recap(month).amount over them, in one statement."""
    if not months:
        return 0
    parameters = {"months": json.dumps(list(months)), "first": months[0], "last": months[-1]}
    found = session.execute(text(_YEAR_TO_DATE_SQL), parameters).scalar()
    return int(found or 0)
