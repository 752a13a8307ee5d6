"""Queries and single writes of people and households through the Transaction; bulk paths: people_bulk."""

from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, insert, select, tuple_, update

from tangsel_desktop.storage.people.people_records import HouseholdRecord, PersonRecord
from tangsel_desktop.storage.tables import Household, HouseholdKkHistory, Person
from tangsel_desktop.storage.transaction import Transaction

# SQLite allows 32766 parameters; stay well under it for IN (...) lookups.
LOOKUP_CHUNK = 900

PERSON = Person.__table__  # type: ignore[attr-defined]
HOUSEHOLD = Household.__table__  # type: ignore[attr-defined]
HISTORY = HouseholdKkHistory.__table__  # type: ignore[attr-defined]

# The columns a listing needs, with the household's current No. KK; PersonRow.from_row reads them by name.
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


def _people(tx: Transaction, *conditions: Any, order: Any = None) -> list[PersonRecord]:
    query = select(PERSON).where(PERSON.c.deleted_at.is_(None), *conditions)
    if order is not None:
        query = query.order_by(order)
    return [PersonRecord.from_mapping(row) for row in tx.connection.execute(query).mappings()]


def find_person(tx: Transaction, person_id: str) -> PersonRecord | None:
    """A live person by id."""
    found = _people(tx, PERSON.c.id == person_id)
    return found[0] if found else None


def live_people_by_nik(tx: Transaction, niks: Collection[str]) -> dict[str, PersonRecord]:
    """Live people with any of these NIKs, by NIK."""
    found: dict[str, PersonRecord] = {}
    for chunk in _chunks(sorted(set(niks))):
        found.update((person.nik, person) for person in _people(tx, PERSON.c.nik.in_(chunk)))
    return found


def household(tx: Transaction, household_id: str) -> HouseholdRecord | None:
    row = tx.connection.execute(select(HOUSEHOLD).where(HOUSEHOLD.c.id == household_id)).mappings().first()
    return None if row is None else HouseholdRecord.from_mapping(row)


def households_by_kk(tx: Transaction, kk_numbers: Collection[str]) -> dict[str, HouseholdRecord]:
    """Live households holding any of these No. KK, by No. KK."""
    found: dict[str, HouseholdRecord] = {}
    for chunk in _chunks(sorted(set(kk_numbers))):
        rows = tx.connection.execute(
            select(HOUSEHOLD).where(HOUSEHOLD.c.kk_number.in_(chunk), HOUSEHOLD.c.deleted_at.is_(None))
        ).mappings()
        found.update((row["kk_number"], HouseholdRecord.from_mapping(row)) for row in rows)
    return found


def insert_households(tx: Transaction, rows: list[dict[str, Any]]) -> None:
    """New households with the first entry of their KK history."""
    if not rows:
        return
    tx.connection.execute(insert(HOUSEHOLD), rows)
    tx.connection.execute(
        insert(HISTORY),
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


def update_household(tx: Transaction, household_id: str, values: dict[str, Any]) -> None:
    tx.connection.execute(update(HOUSEHOLD).where(HOUSEHOLD.c.id == household_id).values(**values))


def insert_person(tx: Transaction, values: dict[str, Any]) -> None:
    tx.connection.execute(insert(PERSON).values(**values))


def update_person(tx: Transaction, person_id: str, values: dict[str, Any]) -> None:
    tx.connection.execute(update(PERSON).where(PERSON.c.id == person_id).values(**values))


def household_members(tx: Transaction, household_id: str) -> list[PersonRecord]:
    """The live members, oldest first."""
    return _people(tx, PERSON.c.household_id == household_id, order=PERSON.c.birth_date)


def count_people(tx: Transaction) -> int:
    return int(
        tx.connection.execute(
            select(func.count()).select_from(PERSON).where(PERSON.c.deleted_at.is_(None))
        ).scalar_one()
    )


def count_households(tx: Transaction) -> int:
    return int(
        tx.connection.execute(
            select(func.count()).select_from(HOUSEHOLD).where(HOUSEHOLD.c.deleted_at.is_(None))
        ).scalar_one()
    )


def people_counts_by(tx: Transaction, column: str) -> list[tuple[Any, int]]:
    """Live people counted by one column (sex, disability, kelurahan_code, desil)."""
    target = PERSON.c[column]
    rows = tx.connection.execute(
        select(target, func.count()).where(PERSON.c.deleted_at.is_(None)).group_by(target).order_by(target)
    )
    return [(row[0], row[1]) for row in rows]


def people_born_on(tx: Transaction, birth_date: date) -> list[PersonRecord]:
    return _people(tx, PERSON.c.birth_date == birth_date)


def page_by_name(tx: Transaction, *, after: tuple[str, int] | None, limit: int) -> Sequence[Row[Any]]:
    """The next page of live people in name order, by keyset (fast at any depth)."""
    query = _listing().where(PERSON.c.deleted_at.is_(None))
    if after is not None:
        name, local_no = after
        # A row-value comparison: SQLite seeks the (full_name, local_no) index with it, where the
        # equivalent OR of two conditions makes it scan (100 ms deep into a million people).
        query = query.where(tuple_(PERSON.c.full_name, PERSON.c.local_no) > tuple_(name, local_no))
    rows: Sequence[Any] = tx.connection.execute(
        query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)
    ).all()
    return rows


def close_kk_history(tx: Transaction, household_id: str, *, at: Any) -> None:
    tx.connection.execute(
        update(HISTORY)
        .where(HISTORY.c.household_id == household_id, HISTORY.c.valid_to.is_(None))
        .values(valid_to=at)
    )


def open_kk_history(tx: Transaction, household_id: str, kk_number: str, *, at: Any, by: str) -> None:
    tx.connection.execute(
        insert(HISTORY).values(household_id=household_id, kk_number=kk_number, valid_from=at, changed_by=by)
    )


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
    PERSON.c.family_relation,
    (HOUSEHOLD.c.head_person_id == PERSON.c.id).label("is_head"),
)


def export_page_by_name(tx: Transaction, *, after: tuple[str, int] | None, limit: int) -> Sequence[Any]:
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
    rows: Sequence[Any] = tx.connection.execute(
        query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)
    ).all()
    return rows
