"""Queries and writes of the Jamsosnaker tables: rates, members, status events, settings and the recap."""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select
from sqlmodel import Session, col

from tangsel_desktop.storage.jamsos.membership_tables import (
    JamsosMember,
    JamsosRate,
    JamsosSetting,
    JamsosStatusEvent,
)
from tangsel_desktop.storage.tables import AuditEntry, Person

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


def last_saved_recap_month(session: Session) -> str | None:
    """The latest month whose recap a supervisor signed and saved (its audited export), as YYYY-MM."""
    query = select(func.max(col(AuditEntry.entity_id))).where(
        col(AuditEntry.action) == "export", col(AuditEntry.entity) == "jamsos_recap"
    )
    found = session.execute(query).scalar()
    return None if found is None else str(found)


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


@dataclass(frozen=True)
class YearRecap:
    """A month's recap lines, and what the year so far cost, from one pass over the members."""

    rows: list[RecapRow]
    year_to_date: int


def recap_with_year(session: Session, months: Sequence[str], premiums: Sequence[int]) -> YearRecap:
    """The last of the given months ('YYYY-MM', January on, one year) by kelurahan, RW and occupation,
    and the premium of every member-month of them all; premiums[i] is what a member costs in months[i].

    One statement, one pass: each member covered in any of the months is read and joined once. Within
    one year a member's covered months run from max(first, January) to min(last, the month), so the
    year so far is that span's length times the premium, per run of months at one premium: a few
    operations a row, however many months and whatever the rate changes.
    """
    if not months or len(months) != len(premiums) or months[0][5:] != "01" or len(months) > 12:
        raise ValueError("one premium per month, for January up to a month of the same year")
    parameters: dict[str, object] = {"first": months[0], "month": months[-1]}
    runs = [run for run in _runs(months, premiums) if run[2]]
    if len(runs) == 1 and runs[0][:2] == (1, len(months)):
        # One premium all year (the usual case): a member's months are the month's number, less the
        # months before a first month inside the year and after a last month inside it. The CASEs
        # test text and do arithmetic only for the few who joined or left this year: the cheapest row.
        parameters.update({"number": len(months), "p0": runs[0][2]})
        year = (
            ":number - CASE WHEN m.first_month > :first THEN substr(m.first_month, 6, 2) - 1 ELSE 0 END "
            "- CASE WHEN m.last_month < :month THEN :number - substr(m.last_month, 6, 2) ELSE 0 END"
        )
        spent = f"sum({year}) * :p0"
    else:
        # Month numbers of the span inside the year; + 0 makes the text '09' the number 9, since min()
        # and max() of text and a number compare by type. Then the span's months in each run of months
        # at one premium.
        start = "(substr(max(m.first_month, :first), 6, 2) + 0)"
        end = "(substr(min(coalesce(m.last_month, '9999-12'), :month), 6, 2) + 0)"
        terms = []
        for number, (run_start, run_end, premium) in enumerate(runs):
            parameters.update({f"a{number}": run_start, f"b{number}": run_end, f"p{number}": premium})
            span = f"min({end}, :b{number}) - max({start}, :a{number}) + 1"
            terms.append(f"max(0, {span}) * :p{number}")
        spent = f"sum({' + '.join(terms) or '0'})"
    sql = f"""
        SELECT p.kelurahan_code, p.rw, m.occupation,
               sum(coalesce(m.last_month, '9999-12') >= :month) AS members,
               {spent} AS year_to_date
        FROM jamsos_member AS m JOIN person AS p ON p.id = m.person_id
        WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
          AND m.first_month <= :month AND (m.last_month IS NULL OR m.last_month >= :first)
        GROUP BY p.kelurahan_code, p.rw, m.occupation
        ORDER BY p.kelurahan_code, p.rw, m.occupation
    """  # only our own placeholders are formatted in: every value is a bound parameter
    # Straight on the session's sqlite3 connection, inside its read transaction: a few thousand small
    # rows, where SQLAlchemy's per-row result machinery would cost as much as the query itself.
    dbapi = session.connection().connection.driver_connection
    assert isinstance(dbapi, sqlite3.Connection)
    found = dbapi.execute(sql, parameters).fetchall()
    premium = int(premiums[-1])
    rows: list[RecapRow] = []
    year_to_date = 0
    for kelurahan_code, rw, occupation, members, paid in found:
        year_to_date += paid
        if members:  # a line whose members all ended earlier in the year counts only in the year
            rows.append(RecapRow(kelurahan_code, rw, occupation, members, members * premium))
    return YearRecap(rows, year_to_date)


def _runs(months: Sequence[str], premiums: Sequence[int]) -> list[tuple[int, int, int]]:
    """Consecutive months at one premium, as (first month number, last month number, premium)."""
    runs: list[tuple[int, int, int]] = []
    for month, premium in zip(months, premiums, strict=True):
        number = int(month[5:7])
        if runs and runs[-1][2] == premium:
            runs[-1] = (runs[-1][0], number, premium)
        else:
            runs.append((number, number, premium))
    return runs
