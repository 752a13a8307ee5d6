"""Queries and bulk writes of the BPJS exchange: members to submit, members by NIK, batched status steps."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from tangsel_desktop.storage.jamsos.membership_tables import JamsosMember, JamsosStatusEvent
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

MEMBER = JamsosMember.__table__  # type: ignore[attr-defined]
EVENT = JamsosStatusEvent.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
# SQLite allows 32766 parameters; stay well under it for IN (...) lookups.
LOOKUP_CHUNK = 900


@dataclass(frozen=True)
class SubmitRow:
    """One member as BPJS's registration list needs them: the person's identity and the membership."""

    member_id: str
    nik: str
    full_name: str
    birth_place: str
    birth_date: date
    sex: str
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    occupation: str
    work_location: str
    declared_income: int


@dataclass(frozen=True)
class NikMembership:
    """A live person found by NIK, with their newest live membership (None when they have none)."""

    person_id: str
    nik: str
    full_name: str
    member_id: str | None
    status: str | None
    kpj_number: str | None
    first_month: str | None


def _live_members() -> Any:
    return MEMBER.join(PERSON, PERSON.c.id == MEMBER.c.person_id)


def _live(status: str) -> Any:
    return (MEMBER.c.deleted_at.is_(None), PERSON.c.deleted_at.is_(None), MEMBER.c.status == status)


def count_with_status(tx: Transaction, status: str) -> int:
    query = select(func.count(MEMBER.c.id)).select_from(_live_members()).where(*_live(status))
    return int(tx.session.execute(query).scalar_one())


def members_with_status(tx: Transaction, status: str) -> list[SubmitRow]:
    """Live members of one status with their person, in name order (the order a clerk checks a list in)."""
    query = (
        select(
            MEMBER.c.id,
            PERSON.c.nik,
            PERSON.c.full_name,
            PERSON.c.birth_place,
            PERSON.c.birth_date,
            PERSON.c.sex,
            PERSON.c.address,
            PERSON.c.rt,
            PERSON.c.rw,
            PERSON.c.kelurahan_code,
            PERSON.c.phone,
            MEMBER.c.occupation,
            MEMBER.c.work_location,
            MEMBER.c.declared_income,
        )
        .select_from(_live_members())
        .where(*_live(status))
        .order_by(PERSON.c.full_name, PERSON.c.nik)
    )
    rows: Sequence[Any] = tx.session.execute(query).all()
    return [
        SubmitRow(
            member_id=row[0],
            nik=row[1],
            full_name=row[2],
            birth_place=row[3],
            birth_date=row[4] if isinstance(row[4], date) else date.fromisoformat(str(row[4])),
            sex=row[5],
            address=row[6],
            rt=row[7],
            rw=row[8],
            kelurahan_code=row[9],
            phone=row[10],
            occupation=row[11],
            work_location=row[12],
            declared_income=int(row[13]),
        )
        for row in rows
    ]


def memberships_by_nik(tx: Transaction, niks: Collection[str]) -> dict[str, NikMembership]:
    """Live people with these NIKs and each one's newest live membership, by NIK."""
    wanted = sorted(set(niks))
    people: dict[str, tuple[str, str]] = {}  # person id -> (nik, name)
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        query = select(PERSON.c.id, PERSON.c.nik, PERSON.c.full_name).where(
            PERSON.c.nik.in_(chunk), PERSON.c.deleted_at.is_(None)
        )
        people.update((row[0], (row[1], row[2])) for row in tx.session.execute(query))
    newest: dict[str, Any] = {}
    ids = sorted(people)
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = ids[start : start + LOOKUP_CHUNK]
        query = (
            select(
                MEMBER.c.person_id,
                MEMBER.c.id,
                MEMBER.c.status,
                MEMBER.c.kpj_number,
                MEMBER.c.first_month,
                MEMBER.c.created_at,
            )
            .where(MEMBER.c.person_id.in_(chunk), MEMBER.c.deleted_at.is_(None))
            .order_by(MEMBER.c.created_at)
        )
        for row in tx.session.execute(query):
            newest[row[0]] = row  # ordered oldest first: the last one seen is the newest
    found: dict[str, NikMembership] = {}
    for person_id, (nik, name) in people.items():
        member = newest.get(person_id)
        found[nik] = NikMembership(
            person_id=person_id,
            nik=nik,
            full_name=name,
            member_id=None if member is None else member[1],
            status=None if member is None else member[2],
            kpj_number=None if member is None else member[3],
            first_month=None if member is None else member[4],
        )
    return found


def submitted_members(tx: Transaction) -> list[tuple[str, str, str]]:
    """(member id, NIK, name) of every live member waiting for BPJS's answer, in name order."""
    query = (
        select(MEMBER.c.id, PERSON.c.nik, PERSON.c.full_name)
        .select_from(_live_members())
        .where(*_live("submitted"))
        .order_by(PERSON.c.full_name, PERSON.c.nik)
    )
    return [(row[0], row[1], row[2]) for row in tx.session.execute(query)]


def update_members(tx: Transaction, changes: list[dict[str, Any]]) -> None:
    """Many members' new values in one statement; each dict has 'member_id' and the same other keys."""
    if not changes:
        return
    columns = [key for key in changes[0] if key != "member_id"]
    statement = (
        update(MEMBER)
        .where(MEMBER.c.id == bindparam("member_id"))
        .values({name: bindparam(f"new_{name}") for name in columns})
    )
    rows = [
        {"member_id": change["member_id"], **{f"new_{name}": change[name] for name in columns}}
        for change in changes
    ]
    tx.connection.execute(statement, rows)


def add_events(tx: Transaction, events: list[dict[str, Any]]) -> None:
    """Many status events in one statement; every dict has the same keys."""
    if events:
        tx.session.execute(insert(EVENT), events)


def niks_by_kpj(tx: Transaction, kpj_numbers: Collection[str]) -> dict[str, str]:
    """The NIK of the person each of these KPJ numbers is stored on (live members only), by KPJ."""
    wanted = sorted(set(kpj_numbers))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        query = (
            select(MEMBER.c.kpj_number, PERSON.c.nik)
            .select_from(_live_members())
            .where(
                MEMBER.c.kpj_number.in_(wanted[start : start + LOOKUP_CHUNK]), MEMBER.c.deleted_at.is_(None)
            )
        )
        found.update((row[0], row[1]) for row in tx.session.execute(query))
    return found
