"""Queries and writes of people and households, for single edits and bulk imports alike."""

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Row, func, insert, select, tuple_, update
from sqlmodel import Session, col

from tangsel_desktop.storage.tables import Household, HouseholdKkHistory, Person

# SQLite allows 32766 parameters; stay well under it for IN (...) lookups.
LOOKUP_CHUNK = 900

PERSON = Person.__table__  # type: ignore[attr-defined]
HOUSEHOLD = Household.__table__  # type: ignore[attr-defined]

# The columns a listing needs, with the household's current No. KK; PersonRow.from_row reads them by position.
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
        # A row-value comparison: SQLite seeks the (full_name, local_no) index with it, where the
        # equivalent OR of two conditions makes it scan (100 ms deep into a million people).
        query = query.where(tuple_(PERSON.c.full_name, PERSON.c.local_no) > tuple_(name, local_no))
    return session.execute(query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)).all()


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


# Bulk import and export. The import works on the bare sqlite3 connection of Database.raw_write:
# SQLAlchemy's per-row type processing costs more than the checks at 100,000 rows. Values go in
# and come out in stored form (ISO dates, timestamp text).

PERSON_VALUE_COLUMNS = (
    "nik",
    "full_name",
    "sex",
    "birth_place",
    "birth_date",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "phone",
    "occupation",
    "disability",
    "desil",
    "notes",
)
FTS_INSERT_TRIGGER = "person_fts_after_insert"


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


def stored_people_by_nik(connection: sqlite3.Connection, niks: Collection[str]) -> dict[str, dict[str, Any]]:
    """Live people with these NIKs as stored values, with id, household id and the household's No. KK."""
    found: dict[str, dict[str, Any]] = {}
    names = ("id", "household_id", "kk_number", *PERSON_VALUE_COLUMNS)
    selected = ", ".join(("p.id", "p.household_id", "h.kk_number", *(f"p.{c}" for c in PERSON_VALUE_COLUMNS)))
    for chunk in _chunks(sorted(set(niks))):
        rows = connection.execute(
            f"SELECT {selected} FROM person p LEFT JOIN household h ON h.id = p.household_id "
            f"WHERE p.deleted_at IS NULL AND p.nik IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        for row in rows:
            values = dict(zip(names, row, strict=True))
            found[values["nik"]] = values
    return found


def stored_households_by_kk(
    connection: sqlite3.Connection, kk_numbers: Collection[str]
) -> dict[str, tuple[str, str | None]]:
    """Live households holding these KK numbers: KK -> (household id, head person id)."""
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(sorted(set(kk_numbers))):
        rows = connection.execute(
            "SELECT kk_number, id, head_person_id FROM household "
            f"WHERE deleted_at IS NULL AND kk_number IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        found.update((kk, (household_id, head)) for kk, household_id, head in rows)
    return found


def update_people_stored(connection: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Rows carry 'id' and only the columns that changed; rows changing the same columns share a statement."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        columns = tuple(sorted(key for key in row if key != "id"))
        groups.setdefault(columns, []).append((*(row[c] for c in columns), row["id"]))
    for columns, values in groups.items():
        assignments = ", ".join(f"{column} = ?" for column in columns)
        connection.executemany(f"UPDATE person SET {assignments} WHERE id = ?", values)


def household_head_stored(connection: sqlite3.Connection, household_id: str) -> str | None:
    row = connection.execute("SELECT head_person_id FROM household WHERE id = ?", (household_id,)).fetchone()
    return None if row is None else row[0]


def oldest_member_stored(connection: sqlite3.Connection, household_id: str) -> str | None:
    """The oldest live member, who takes over when the head leaves (as PeopleService does)."""
    row = connection.execute(
        "SELECT id FROM person WHERE household_id = ? AND deleted_at IS NULL ORDER BY birth_date LIMIT 1",
        (household_id,),
    ).fetchone()
    return None if row is None else row[0]


def set_household_head_stored(
    connection: sqlite3.Connection, household_id: str, person_id: str | None, *, at: str, by: str | None
) -> None:
    connection.execute(
        "UPDATE household SET head_person_id = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (person_id, at, by, household_id),
    )


@contextmanager
def search_index_deferred(connection: sqlite3.Connection) -> Iterator[None]:
    """Index the people inserted inside the block with one statement at its end, not one trigger per row.

    A per-row trigger makes a bulk load several times slower (ECOSYSTEM.md). The trigger is dropped and
    re-created from its own stored SQL; use this only inside a transaction, whose rollback restores it.
    Updates keep their trigger: they are few.
    """
    found = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
    ).fetchone()
    if found is None:
        yield
        return
    (last_before,) = connection.execute("SELECT coalesce(max(local_no), 0) FROM person").fetchone()
    connection.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    connection.execute(
        "INSERT INTO person_fts(rowid, name, nik, kk, address) "
        "SELECT p.local_no, p.full_name, p.nik, coalesce(h.kk_number, ''), p.address "
        "FROM person p LEFT JOIN household h ON h.id = p.household_id "
        "WHERE p.local_no > ? AND p.deleted_at IS NULL",
        (last_before,),
    )
    connection.execute(found[0])


EXPORT_COLUMNS = (
    PERSON.c.local_no,
    PERSON.c.nik,
    HOUSEHOLD.c.kk_number,
    PERSON.c.full_name,
    PERSON.c.sex,
    PERSON.c.birth_place,
    PERSON.c.birth_date,
    PERSON.c.address,
    PERSON.c.rt,
    PERSON.c.rw,
    PERSON.c.kelurahan_code,
    PERSON.c.phone,
    PERSON.c.occupation,
    PERSON.c.disability,
    PERSON.c.desil,
    (HOUSEHOLD.c.head_person_id == PERSON.c.id).label("is_head"),
)


def export_page_by_name(session: Session, *, after: tuple[str, int] | None, limit: int) -> Sequence[Row[Any]]:
    """The next page of live people in name order with every exported column (keyset, as page_by_name)."""
    query = (
        select(*EXPORT_COLUMNS)
        .select_from(PERSON.outerjoin(HOUSEHOLD, HOUSEHOLD.c.id == PERSON.c.household_id))
        .where(PERSON.c.deleted_at.is_(None))
    )
    if after is not None:
        name, local_no = after
        # A row-value comparison: SQLite seeks the (full_name, local_no) index with it, where the
        # equivalent OR of two conditions makes it scan (100 ms deep into a million people).
        query = query.where(tuple_(PERSON.c.full_name, PERSON.c.local_no) > tuple_(name, local_no))
    return session.execute(query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)).all()
