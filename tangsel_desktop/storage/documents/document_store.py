"""Queries and writes of the document register, number formats, office keys and office settings.

Every function takes the action's Transaction; reads return frozen values (or read-only rows for people).
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.documents.document_tables import (
    PRINTED as PRINTED,  # re-exported: what services compare a record's status with
)
from tangsel_desktop.storage.documents.document_tables import (
    RESERVED as RESERVED,
)
from tangsel_desktop.storage.documents.document_tables import (
    VOID,
    DocumentNumberFormat,
    DocumentRecord,
    OfficeKey,
    OfficeSetting,
)
from tangsel_desktop.storage.people import people_search
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.tables import Household, Person
from tangsel_desktop.storage.transaction import Transaction

REGISTER = DocumentRecord.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
HOUSEHOLD = Household.__table__  # type: ignore[attr-defined]
LOOKUP_CHUNK = 900  # SQLite's parameter limit, with room to spare

# The register as listings show it (RegisterLine).
ENTRY_COLUMNS = (
    REGISTER.c.id,
    REGISTER.c.kind,
    REGISTER.c.number,
    REGISTER.c.person_id,
    REGISTER.c.person_name,
    REGISTER.c.status,
    REGISTER.c.printed_by_name,
    REGISTER.c.reserved_at,
    REGISTER.c.completed_at,
    REGISTER.c.is_copy,
    REGISTER.c.original_id,
    REGISTER.c.reason,
)
# People as the selection for cards lists them; people_views.PersonRow.from_row reads them by position.
PERSON_COLUMNS = (
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


class RegisterConflict(Exception):
    """The register refused rows: a number or sequence already taken, or a value outside its rules."""


@dataclass(frozen=True)
class StoredFormat:
    """How one kind is numbered, as stored."""

    kind: str
    prefix: str
    pattern: str


@dataclass(frozen=True)
class RegisterRecord:
    """One register row as the services need it to reprint or to check an outcome."""

    id: int
    kind: str
    year: int
    seq: int
    number: str
    is_copy: bool
    original_id: int | None
    person_id: str | None
    person_name: str
    status: str
    reason: str
    voided_at: datetime | None
    payload: str | None = None
    completed_at: datetime | None = None  # None on a printed row: its document was never drawn yet


@dataclass(frozen=True)
class RegisterLine:
    """One register row as listings show it."""

    id: int
    kind: str
    number: str
    person_id: str | None
    person_name: str
    status: str
    printed_by_name: str
    reserved_at: datetime
    completed_at: datetime | None
    is_copy: bool
    original_id: int | None
    reason: str


@dataclass(frozen=True)
class StoredKey:
    """An office key: this office's own pair (with its private key) or another office's public key."""

    office_code: str
    own: bool
    public_key: bytes
    private_key: bytes | None


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[start : start + LOOKUP_CHUNK] for start in range(0, len(items), LOOKUP_CHUNK)]


# Number formats.


def number_formats(tx: Transaction) -> dict[str, StoredFormat]:
    rows = tx.session.execute(select(DocumentNumberFormat)).scalars()
    return {row.kind: StoredFormat(row.kind, row.prefix, row.pattern) for row in rows}


def number_format(tx: Transaction, kind: str) -> StoredFormat | None:
    """One kind's format as stored (None when this store lacks it): the one row a handover needs."""
    rows = tx.rows("SELECT kind, prefix, pattern FROM document_number_format WHERE kind = ?", (kind,))
    return StoredFormat(*rows[0]) if rows else None


def put_number_format(
    tx: Transaction, *, kind: str, prefix: str, pattern: str, at: datetime, by: str
) -> None:
    session = tx.session
    row = session.get(DocumentNumberFormat, kind)
    if row is None:
        row = DocumentNumberFormat(kind=kind, prefix=prefix, pattern=pattern)
    row.prefix, row.pattern, row.updated_at, row.updated_by = prefix, pattern, at, by
    session.add(row)
    session.flush()


# The register. Reservation and its outcome are separate transactions; see DocumentService.


def next_seq(tx: Transaction, *, kind: str, year: int) -> int:
    """The next sequence number of a kind and year; call inside the write transaction that takes it.

    The highest taken so far plus one, counting void rows: a number once taken is never taken again,
    and since every taken number has its row, the sequence has no gaps. The unique index on
    (kind, year, seq) of originals makes this a seek, not a scan ("is_copy = 0", the partial index's own
    condition: SQLite uses the index only for a term it matches). Plain SQL: every handover asks.
    """
    original = "NOT is_copy" if tx.is_server else "is_copy = 0"  # each engine's spelling of the index's
    rows = tx.rows(
        f"SELECT max(seq) FROM document_register WHERE kind = ? AND year = ? AND {original}", (kind, year)
    )
    return int(rows[0][0] or 0) + 1


def insert_records(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    """Register rows in one statement (executemany), not one ORM object each; RegisterConflict if refused."""
    if not rows:
        return
    try:
        tx.session.execute(insert(DocumentRecord), [dict(row) for row in rows])
    except IntegrityError as error:
        raise RegisterConflict(str(error.orig)) from error


def insert_record(tx: Transaction, row: Mapping[str, Any]) -> int:
    """One register row by a plain INSERT (a handover's receipt, on the desk's hot path); returns its id.
    RegisterConflict if the register refuses its number."""
    values = {"completed_at": None, "voided_at": None, **row}
    try:
        return tx.insert("document_register", values)
    except sqlite_driver.IntegrityError as error:
        raise RegisterConflict(str(error)) from error


def mark_drawn(tx: Transaction, ids: Collection[int], *, at: datetime) -> int:
    """Rows numbered when their action happened (a handover's receipt) are drawn for the first time."""
    drawn = 0
    for chunk in _chunks(sorted(ids)):
        result = tx.session.execute(
            update(DocumentRecord)
            .where(col(DocumentRecord.id).in_(chunk), col(DocumentRecord.completed_at).is_(None))
            .values(completed_at=at)
        )
        drawn += int(result.rowcount)  # type: ignore[attr-defined]
    return drawn


def job_numbers(tx: Transaction, job: str) -> list[str]:
    rows = tx.session.execute(select(REGISTER.c.number).where(REGISTER.c.job == job).order_by(REGISTER.c.id))
    return [row[0] for row in rows]


def job_ids(tx: Transaction, job: str) -> list[int]:
    rows = tx.session.execute(select(REGISTER.c.id).where(REGISTER.c.job == job).order_by(REGISTER.c.id))
    return [row[0] for row in rows]


def mark_printed(tx: Transaction, job: str, *, at: datetime) -> int:
    """The job's reserved rows become printed; returns how many."""
    result = tx.session.execute(
        update(DocumentRecord)
        .where(col(DocumentRecord.job) == job, col(DocumentRecord.status) == RESERVED)
        .values(status=PRINTED, completed_at=at)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def void_jobs(tx: Transaction, jobs: Collection[str], *, reason: str, at: datetime) -> list[str]:
    """The reserved rows of these jobs become void with the reason; returns their numbers."""
    session = tx.session
    numbers: list[str] = []
    for chunk in _chunks(sorted(jobs)):
        still_reserved = col(DocumentRecord.job).in_(chunk), col(DocumentRecord.status) == RESERVED
        numbers.extend(
            row[0]
            for row in session.execute(
                select(REGISTER.c.number).where(*still_reserved).order_by(REGISTER.c.id)
            )
        )
        session.execute(
            update(DocumentRecord).where(*still_reserved).values(status=VOID, reason=reason, voided_at=at)
        )
    return numbers


def reserved_jobs(tx: Transaction) -> list[str]:
    """Jobs with rows still reserved: being printed now, or cut off by a crash."""
    rows = tx.session.execute(select(REGISTER.c.job).where(REGISTER.c.status == RESERVED).distinct())
    return [row[0] for row in rows]


def records_by_id(tx: Transaction, ids: Collection[int]) -> dict[int, RegisterRecord]:
    found: dict[int, RegisterRecord] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = tx.session.execute(select(DocumentRecord).where(col(DocumentRecord.id).in_(chunk))).scalars()
        found.update((row.id, _record(row)) for row in rows if row.id is not None)
    return found


def _record(row: DocumentRecord) -> RegisterRecord:
    assert row.id is not None
    return RegisterRecord(
        id=row.id,
        kind=row.kind,
        year=row.year,
        seq=row.seq,
        number=row.number,
        is_copy=bool(row.is_copy),
        original_id=row.original_id,
        person_id=row.person_id,
        person_name=row.person_name,
        status=row.status,
        reason=row.reason,
        voided_at=row.voided_at,
        payload=row.payload,
        completed_at=row.completed_at,
    )


def _register_filter(query: Select[Any], *, kind: str | None, text: str) -> Select[Any]:
    if kind is not None:
        query = query.where(REGISTER.c.kind == kind)
    words = text.strip()
    if words:
        # The register grows by thousands a year, not millions: a LIKE over number and name is quick
        # enough and finds any part of either.
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(REGISTER.c.number.ilike(like, escape="\\"), REGISTER.c.person_name.ilike(like, escape="\\"))
        )
    return query


def register_count(tx: Transaction, *, kind: str | None, text: str) -> int:
    """How many entries register_page lists for these filters, over all its pages."""
    query = _register_filter(select(func.count()).select_from(REGISTER), kind=kind, text=text)
    return int(tx.session.execute(query).scalar_one())


def register_page(
    tx: Transaction, *, kind: str | None, text: str, limit: int, before_id: int | None
) -> list[RegisterLine]:
    """Newest first, by keyset: pass the last row's id as before_id for the next page."""
    query = _register_filter(select(*ENTRY_COLUMNS), kind=kind, text=text)
    if before_id is not None:
        query = query.where(REGISTER.c.id < before_id)
    rows = tx.session.execute(query.order_by(REGISTER.c.id.desc()).limit(limit))
    return [
        RegisterLine(
            id=row.id,
            kind=row.kind,
            number=row.number,
            person_id=row.person_id,
            person_name=row.person_name,
            status=row.status,
            printed_by_name=row.printed_by_name,
            reserved_at=row.reserved_at,
            completed_at=row.completed_at,
            is_copy=bool(row.is_copy),
            original_id=row.original_id,
            reason=row.reason,
        )
        for row in rows
    ]


# Keys.


def own_key(tx: Transaction) -> StoredKey | None:
    """This office's own key pair; plain SQL, since every numbered document (every handover) asks."""
    own = "own" if tx.is_server else "own = 1"  # a boolean on the server, 0/1 in SQLite
    rows = tx.rows(
        f"SELECT office_code, public_key, private_key FROM office_key WHERE {own} ORDER BY id LIMIT 1"
    )
    if not rows:
        return None
    office_code, public_key, private_key = rows[0]
    return StoredKey(
        office_code, True, bytes(public_key), None if private_key is None else bytes(private_key)
    )


def public_keys(tx: Transaction) -> list[tuple[str, bytes]]:
    """(office code, raw public key) of every key known here, this office's own among them."""
    rows = tx.session.execute(
        select(col(OfficeKey.office_code), col(OfficeKey.public_key)).order_by(col(OfficeKey.id))
    )
    return [(row[0], row[1]) for row in rows]


def key_exists(tx: Transaction, public_key: bytes) -> bool:
    query = select(col(OfficeKey.id)).where(col(OfficeKey.public_key) == public_key)
    return tx.session.execute(query).first() is not None


def insert_key(tx: Transaction, key: StoredKey, *, created_by: str | None) -> None:
    row = OfficeKey(
        office_code=key.office_code,
        own=key.own,
        public_key=key.public_key,
        private_key=key.private_key,
        created_by=created_by,
    )
    tx.session.add(row)
    tx.session.flush()


# Settings.


def settings(tx: Transaction) -> dict[str, str]:
    return {row.key: row.value for row in tx.session.execute(select(OfficeSetting)).scalars()}


def put_setting(tx: Transaction, key: str, value: str, *, at: datetime, by: str) -> None:
    session = tx.session
    row = session.get(OfficeSetting, key) or OfficeSetting(key=key)
    row.value, row.updated_at, row.updated_by = value, at, by
    session.add(row)
    session.flush()


# People, as cards need them: read-only rows in people_views.PersonRow's listing order.


def _people() -> Any:
    return select(*PERSON_COLUMNS).select_from(
        PERSON.outerjoin(HOUSEHOLD, HOUSEHOLD.c.id == PERSON.c.household_id)
    )


def people_by_ids(tx: Transaction, ids: Sequence[str]) -> dict[str, Row[Any]]:
    """Live people by internal id."""
    found: dict[str, Row[Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        rows = tx.session.execute(_people().where(PERSON.c.id.in_(chunk), PERSON.c.deleted_at.is_(None)))
        found.update((row[1], row) for row in rows)
    return found


def people_by_nik(tx: Transaction, niks: Sequence[str]) -> dict[str, Row[Any]]:
    """Live people by NIK."""
    found: dict[str, Row[Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(niks))):
        rows = tx.session.execute(_people().where(PERSON.c.nik.in_(chunk), PERSON.c.deleted_at.is_(None)))
        found.update((row[2], row) for row in rows)
    return found


def _selected(rw: str | None, among: ProgramPeople | None) -> Any:
    query = _people().where(PERSON.c.deleted_at.is_(None))
    if rw is not None:
        query = query.where(PERSON.c.rw == rw)
    if among is not None:
        query = query.where(PERSON.c.id.in_(among.ids))
    return query


def people_in_name_order(
    tx: Transaction, *, rw: str | None, limit: int, among: ProgramPeople | None = None
) -> Sequence[Row[Any]]:
    """Live people in name order, of one RW when given, and only the program's people when given."""
    query = _selected(rw, among).order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)
    return tx.session.execute(query).all()


def count_people(tx: Transaction, *, rw: str | None, among: ProgramPeople | None = None) -> int:
    """How many people people_in_name_order would list without a limit."""
    query = select(func.count()).select_from(_selected(rw, among).subquery())
    return int(tx.session.execute(query).scalar() or 0)


def search_people(tx: Transaction, text: str, *, after_local_no: int, limit: int) -> Sequence[Row[Any]]:
    """One page of the people search (people_search.search) inside this transaction."""
    return people_search.search(tx.connection, text, after_local_no=after_local_no, limit=limit)
