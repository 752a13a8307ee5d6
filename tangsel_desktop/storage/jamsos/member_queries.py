"""The Jamsosnaker member listing: members joined with their person, filtered, paged by keyset on name.

The month filter is the recap's own rule (jamsos_store.covered_in), so the listing for a month shows exactly
the members the recap bills for that month. Search words go through the people FTS5 index; digits are a
NIK prefix (a B-tree range, as in people_search) or a KPJ number prefix.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import TextClause, false, func, or_, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from tangsel_desktop.storage.jamsos.membership_store import MEMBER, PERSON
from tangsel_desktop.storage.jamsos.membership_store import covered_in as covered_in_month
from tangsel_desktop.storage.jamsos.membership_tables import JamsosStatusEvent
from tangsel_desktop.storage.people import people_search
from tangsel_desktop.storage.tables import AppUser
from tangsel_desktop.storage.transaction import Transaction

EVENT = JamsosStatusEvent.__table__  # type: ignore[attr-defined]
USER = AppUser.__table__  # type: ignore[attr-defined]

# In the service's MemberRow order: rows are unpacked by position.
LISTING_COLUMNS = (
    MEMBER.c.id,
    PERSON.c.id,
    PERSON.c.nik,
    PERSON.c.full_name,
    PERSON.c.kelurahan_code,
    PERSON.c.rw,
    MEMBER.c.occupation,
    MEMBER.c.status,
    MEMBER.c.kpj_number,
    MEMBER.c.first_month,
    MEMBER.c.last_month,
    MEMBER.c.end_reason,
)


@dataclass(frozen=True)
class ListingFilter:
    """What the listing is narrowed to; empty values do not narrow. rw is stored form ('012')."""

    status: str | None = None
    occupation: str = ""
    rw: str = ""
    month: str | None = None  # 'YYYY-MM': members covered (paid for) in that month
    search: str = ""


def _conditions(wanted: ListingFilter) -> list[ColumnElement[bool] | TextClause]:
    conditions: list[ColumnElement[bool] | TextClause] = [
        MEMBER.c.deleted_at.is_(None),
        PERSON.c.deleted_at.is_(None),
    ]
    if wanted.status:
        conditions.append(MEMBER.c.status == wanted.status)
    if wanted.occupation.strip():
        conditions.append(func.lower(MEMBER.c.occupation) == " ".join(wanted.occupation.lower().split()))
    if wanted.rw:
        conditions.append(PERSON.c.rw == wanted.rw)
    if wanted.month:
        conditions.append(covered_in_month(wanted.month))
    search = wanted.search.strip()
    if search:
        conditions.append(_search_condition(search))
    return conditions


def _search_condition(search: str) -> ColumnElement[bool] | TextClause:
    digits = people_search.digits_query(search)
    if digits is not None:
        # ':' sorts right after '9': every NIK starting with the digits is in [digits, digits + ':').
        in_nik_range = (PERSON.c.nik >= digits) & (PERSON.c.nik < digits + ":")
        return or_(in_nik_range, MEMBER.c.kpj_number.like(_like_prefix(digits), escape="\\"))
    words = people_search.fts_query(search)
    if words is None:
        return false()  # no letter or digit at all ('%', '<>'): nothing to look for
    # Words are names (KPJ numbers are digits): the search index alone, so it can drive the query.
    return people_search.WordsMatch(people_search.search_tokens(search))


def _like_prefix(value: str) -> str:
    # LIKE is case-insensitive for ASCII in SQLite; % and _ typed by a clerk are taken literally.
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _joined() -> Any:
    return MEMBER.join(PERSON, PERSON.c.id == MEMBER.c.person_id)


def page(
    tx: Transaction, wanted: ListingFilter, *, after: tuple[str, str] | None, limit: int
) -> list[tuple[Any, ...]]:
    """The next page of matching members in name order; pass the last row's (name, member id)."""
    query = select(*LISTING_COLUMNS).select_from(_joined()).where(*_conditions(wanted))
    if after is not None:
        query = query.where(tuple_(PERSON.c.full_name, MEMBER.c.id) > tuple_(after[0], after[1]))
    query = query.order_by(PERSON.c.full_name, MEMBER.c.id).limit(limit)
    return [tuple(row) for row in tx.connection.execute(query)]


def count(tx: Transaction, wanted: ListingFilter) -> int:
    """How many members match, for the count under the table."""
    query = select(func.count()).select_from(_joined()).where(*_conditions(wanted))
    return int(tx.connection.execute(query).scalar_one())


def person_memberships(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """A person's live memberships, newest first, in LISTING_COLUMNS order plus work location and income."""
    query = (
        select(*LISTING_COLUMNS, MEMBER.c.work_location, MEMBER.c.declared_income)
        .select_from(_joined())
        .where(MEMBER.c.person_id == person_id, MEMBER.c.deleted_at.is_(None))
        .order_by(MEMBER.c.created_at.desc(), MEMBER.c.id.desc())
    )
    return [tuple(row) for row in tx.connection.execute(query)]


def membership(tx: Transaction, member_id: str) -> tuple[Any, ...] | None:
    """One live membership in person_memberships' column order, or None."""
    query = (
        select(*LISTING_COLUMNS, MEMBER.c.work_location, MEMBER.c.declared_income)
        .select_from(_joined())
        .where(MEMBER.c.id == member_id, MEMBER.c.deleted_at.is_(None))
    )
    found = tx.connection.execute(query).first()
    return None if found is None else tuple(found)


def status_events(tx: Transaction, member_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """The status changes of these members, each member's in the order they happened, with the username.

    Columns: member_id, at, from_status, to_status, month, kpj_number, reason, override, username.
    """
    if not member_ids:
        return []
    query = (
        select(
            EVENT.c.member_id,
            EVENT.c.at,
            EVENT.c.from_status,
            EVENT.c.to_status,
            EVENT.c.month,
            EVENT.c.kpj_number,
            EVENT.c.reason,
            EVENT.c.override,
            USER.c.username,
        )
        .select_from(EVENT.outerjoin(USER, USER.c.id == EVENT.c.by_user))
        .where(EVENT.c.member_id.in_(list(member_ids)))
        .order_by(EVENT.c.member_id, EVENT.c.id)
    )
    return [tuple(row) for row in tx.connection.execute(query)]
