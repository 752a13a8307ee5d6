"""Live people counted per kelurahan, RW, sex, disability and birth date, for the registry summary."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from tangsel_desktop.storage.people.people_store import PERSON
from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class PeopleGroup:
    """How many live people share one kelurahan, RW, sex, disability and birth date."""

    kelurahan_code: str
    rw: str
    sex: str
    disability: str
    birth_date: date
    count: int


@dataclass(frozen=True)
class HouseholdCount:
    """How many households have a live member in one kelurahan and RW."""

    kelurahan_code: str
    rw: str
    count: int


def _live() -> list[Any]:
    return [PERSON.c.deleted_at.is_(None)]


def people_groups(tx: Transaction, *, kelurahan_code: str = "", rw: str = "") -> list[PeopleGroup]:
    """Grouped in SQL (a few thousand groups for 100,000 people), age bands are cut by the caller."""
    keys = (PERSON.c.kelurahan_code, PERSON.c.rw, PERSON.c.sex, PERSON.c.disability, PERSON.c.birth_date)
    query = select(*keys, func.count()).where(*_area(kelurahan_code, rw)).group_by(*keys)
    return [
        PeopleGroup(row[0], row[1], row[2], row[3], row[4], row[5]) for row in tx.connection.execute(query)
    ]


def household_counts(tx: Transaction, *, kelurahan_code: str = "", rw: str = "") -> list[HouseholdCount]:
    """A household counts in the RW its members live in (a household split over two RWs counts twice)."""
    keys = (PERSON.c.kelurahan_code, PERSON.c.rw)
    query = (
        select(*keys, func.count(PERSON.c.household_id.distinct()))
        .where(*_area(kelurahan_code, rw), PERSON.c.household_id.is_not(None))
        .group_by(*keys)
    )
    return [HouseholdCount(row[0], row[1], row[2]) for row in tx.connection.execute(query)]


def areas(tx: Transaction) -> Sequence[tuple[str, str]]:
    """Every kelurahan and RW with a live resident, in order: what the area filter offers."""
    keys = (PERSON.c.kelurahan_code, PERSON.c.rw)
    query = select(*keys).where(*_live()).group_by(*keys).order_by(*keys)
    return [(row[0], row[1]) for row in tx.connection.execute(query)]


def _area(kelurahan_code: str, rw: str) -> list[Any]:
    conditions = _live()
    if kelurahan_code:
        conditions.append(PERSON.c.kelurahan_code == kelurahan_code)
    if rw:
        conditions.append(PERSON.c.rw == rw)
    return conditions
