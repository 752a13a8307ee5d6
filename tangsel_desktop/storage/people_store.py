"""Queries and writes of people and households, for single edits and bulk imports alike."""

import re
from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, insert, select, text, update
from sqlmodel import Session, col

from tangsel_desktop.storage.tables import Household, HouseholdKkHistory, Person

# SQLite allows 32766 parameters; stay well under it for IN (...) lookups.
LOOKUP_CHUNK = 900

PERSON = Person.__table__  # type: ignore[attr-defined]
HOUSEHOLD = Household.__table__  # type: ignore[attr-defined]

# The columns a listing needs, with the household's current No. KK.
LISTING_COLUMNS = (
    PERSON.c.local_no,
    PERSON.c.id,
    PERSON.c.nik,
    PERSON.c.full_name,
    PERSON.c.sex,
    PERSON.c.birth_date,
    PERSON.c.address,
    PERSON.c.rt,
    PERSON.c.rw,
    PERSON.c.kelurahan_code,
    HOUSEHOLD.c.kk_number,
)


def _listing() -> Any:
    return select(*LISTING_COLUMNS).select_from(
        PERSON.outerjoin(HOUSEHOLD, HOUSEHOLD.c.id == PERSON.c.household_id)
    )


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), LOOKUP_CHUNK):
        yield items[start : start + LOOKUP_CHUNK]


def person_by_id(session: Session, person_id: str) -> Person | None:
    return session.execute(
        select(Person).where(col(Person.id) == person_id, col(Person.deleted_at).is_(None))
    ).scalar()


def people_by_nik(session: Session, niks: Collection[str]) -> dict[str, Person]:
    """Live people with any of these NIKs, by NIK."""
    found: dict[str, Person] = {}
    for chunk in _chunks(sorted(set(niks))):
        rows = session.execute(
            select(Person).where(col(Person.nik).in_(chunk), col(Person.deleted_at).is_(None))
        ).scalars()
        found.update((person.nik, person) for person in rows)
    return found


def households_by_kk(session: Session, kk_numbers: Collection[str]) -> dict[str, Household]:
    found: dict[str, Household] = {}
    for chunk in _chunks(sorted(set(kk_numbers))):
        rows = session.execute(
            select(Household).where(col(Household.kk_number).in_(chunk), col(Household.deleted_at).is_(None))
        ).scalars()
        found.update((household.kk_number, household) for household in rows)
    return found


def households_by_id(session: Session, ids: Collection[str]) -> dict[str, Household]:
    found: dict[str, Household] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = session.execute(select(Household).where(col(Household.id).in_(chunk))).scalars()
        found.update((household.id, household) for household in rows)
    return found


def insert_households(session: Session, rows: list[dict[str, Any]]) -> None:
    """New households with the first entry of their KK history."""
    if not rows:
        return
    session.execute(insert(Household), rows)
    session.execute(
        insert(HouseholdKkHistory),
        [
            {
                "household_id": row["id"],
                "kk_number": row["kk_number"],
                "valid_from": row["created_at"],
                "changed_by": row["updated_by"],
            }
            for row in rows
        ],
    )


def set_household_heads(session: Session, heads: dict[str, str | None]) -> None:
    for household_id, person_id in heads.items():
        session.execute(
            update(Household).where(col(Household.id) == household_id).values(head_person_id=person_id)
        )


def insert_people(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(Person), rows)


def update_people(session: Session, rows: list[dict[str, Any]]) -> None:
    """Rows carry 'id' and only the columns that changed."""
    for row in rows:
        values = {key: value for key, value in row.items() if key != "id"}
        session.execute(update(Person).where(col(Person.id) == row["id"]).values(**values))


def household_members(session: Session, household_id: str) -> list[Person]:
    return list(
        session.execute(
            select(Person)
            .where(col(Person.household_id) == household_id, col(Person.deleted_at).is_(None))
            .order_by(col(Person.birth_date))
        ).scalars()
    )


def count_people(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(PERSON).where(PERSON.c.deleted_at.is_(None))
        ).scalar_one()
    )


def count_households(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(HOUSEHOLD).where(HOUSEHOLD.c.deleted_at.is_(None))
        ).scalar_one()
    )


def people_counts_by(session: Session, column: str) -> list[tuple[Any, int]]:
    """Live people counted by one column (sex, disability, kelurahan_code, desil)."""
    target = PERSON.c[column]
    rows = session.execute(
        select(target, func.count()).where(PERSON.c.deleted_at.is_(None)).group_by(target).order_by(target)
    )
    return [(row[0], row[1]) for row in rows]


def people_born_on(session: Session, birth_date: date) -> list[Person]:
    return list(
        session.execute(
            select(Person).where(col(Person.birth_date) == birth_date, col(Person.deleted_at).is_(None))
        ).scalars()
    )


def page_by_name(session: Session, *, after: tuple[str, int] | None, limit: int) -> Sequence[Row[Any]]:
    """The next page of live people in name order, by keyset (fast at any depth)."""
    query = _listing().where(PERSON.c.deleted_at.is_(None))
    if after is not None:
        name, local_no = after
        query = query.where(
            (PERSON.c.full_name > name) | ((PERSON.c.full_name == name) & (PERSON.c.local_no > local_no))
        )
    return session.execute(query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)).all()


_TOKEN = re.compile(r"\w+", re.UNICODE)
_NUMBER_WITH_SEPARATORS = re.compile(r"^[\d\s.\-]+$")


def fts_query(search_text: str) -> str | None:
    """An FTS5 query: every word must prefix-match name, NIK, No. KK or address; None if no word."""
    stripped = search_text.strip()
    if _NUMBER_WITH_SEPARATORS.match(stripped) and any(ch.isdigit() for ch in stripped):
        # "36.74.04" typed as on a card: one number, not three.
        tokens = ["".join(ch for ch in stripped if ch.isdigit())]
    else:
        tokens = _TOKEN.findall(stripped)
    if not tokens:
        return None
    # Each token quoted (FTS5 syntax cannot leak in), then marked as a prefix.
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


SEARCH_SQL = text(
    "SELECT rowid FROM person_fts WHERE person_fts MATCH :query AND rowid > :after "
    "ORDER BY rowid LIMIT :limit"
)


def search_local_numbers(session: Session, query: str, *, after: int, limit: int) -> list[int]:
    """Matching people's local numbers in registration order, by keyset after `after`."""
    rows = session.execute(SEARCH_SQL, {"query": query, "after": after, "limit": limit})
    return [row[0] for row in rows]


def listing_by_local_numbers(session: Session, local_numbers: Sequence[int]) -> Sequence[Row[Any]]:
    if not local_numbers:
        return []
    rows = session.execute(
        _listing().where(PERSON.c.local_no.in_(local_numbers), PERSON.c.deleted_at.is_(None))
    ).all()
    order = {number: position for position, number in enumerate(local_numbers)}
    return sorted(rows, key=lambda row: order[row.local_no])


def soft_delete_person(session: Session, person_id: str, values: dict[str, Any]) -> None:
    session.execute(update(Person).where(col(Person.id) == person_id).values(**values))


def close_kk_history(session: Session, household_id: str, *, at: Any) -> None:
    session.execute(
        update(HouseholdKkHistory)
        .where(
            col(HouseholdKkHistory.household_id) == household_id, col(HouseholdKkHistory.valid_to).is_(None)
        )
        .values(valid_to=at)
    )


def open_kk_history(session: Session, household_id: str, kk_number: str, *, at: Any, by: str) -> None:
    session.execute(
        insert(HouseholdKkHistory).values(
            household_id=household_id, kk_number=kk_number, valid_from=at, changed_by=by
        )
    )
