"""Queries and writes of the document register, number formats, office keys and office settings."""

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, insert, or_, select, update
from sqlmodel import Session, col

from tangsel_desktop.storage.documents.document_tables import (
    PRINTED,
    RESERVED,
    VOID,
    DocumentNumberFormat,
    DocumentRecord,
    OfficeKey,
    OfficeSetting,
)
from tangsel_desktop.storage.tables import Household, Person

REGISTER = DocumentRecord.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
HOUSEHOLD = Household.__table__  # type: ignore[attr-defined]
LOOKUP_CHUNK = 900  # SQLite's parameter limit, with room to spare

# The register as listings show it, read by position in document_views.RegisterEntry.from_row.
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


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[start : start + LOOKUP_CHUNK] for start in range(0, len(items), LOOKUP_CHUNK)]


# Number formats.


def number_formats(session: Session) -> dict[str, DocumentNumberFormat]:
    return {row.kind: row for row in session.execute(select(DocumentNumberFormat)).scalars()}


def put_number_format(
    session: Session, *, kind: str, prefix: str, pattern: str, at: datetime, by: str
) -> None:
    row = session.get(DocumentNumberFormat, kind)
    if row is None:
        row = DocumentNumberFormat(kind=kind, prefix=prefix, pattern=pattern)
    row.prefix, row.pattern, row.updated_at, row.updated_by = prefix, pattern, at, by
    session.add(row)
    session.flush()


# The register. Reservation and its outcome are separate transactions; see DocumentService.


def next_seq(session: Session, *, kind: str, year: int) -> int:
    """The next sequence number of a kind and year; call inside the write transaction that takes it.

    The highest taken so far plus one, counting void rows: a number once taken is never taken again,
    and since every taken number has its row, the sequence has no gaps. The unique index on
    (kind, year, seq) of originals makes this a seek, not a scan.
    """
    highest = session.execute(
        select(func.max(REGISTER.c.seq)).where(
            REGISTER.c.kind == kind, REGISTER.c.year == year, REGISTER.c.is_copy.is_(False)
        )
    ).scalar()
    return int(highest or 0) + 1


def insert_records(session: Session, rows: list[dict[str, Any]]) -> None:
    """Register rows in one statement (executemany), not one ORM object each."""
    if rows:
        session.execute(insert(DocumentRecord), rows)


def job_numbers(session: Session, job: str) -> list[str]:
    rows = session.execute(select(REGISTER.c.number).where(REGISTER.c.job == job).order_by(REGISTER.c.id))
    return [row[0] for row in rows]


def job_ids(session: Session, job: str) -> list[int]:
    rows = session.execute(select(REGISTER.c.id).where(REGISTER.c.job == job).order_by(REGISTER.c.id))
    return [row[0] for row in rows]


def mark_printed(session: Session, job: str, *, at: datetime) -> int:
    """The job's reserved rows become printed; returns how many."""
    result = session.execute(
        update(DocumentRecord)
        .where(col(DocumentRecord.job) == job, col(DocumentRecord.status) == RESERVED)
        .values(status=PRINTED, completed_at=at)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def void_jobs(session: Session, jobs: Collection[str], *, reason: str, at: datetime) -> list[str]:
    """The reserved rows of these jobs become void with the reason; returns their numbers."""
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


def reserved_jobs(session: Session) -> list[str]:
    """Jobs with rows still reserved: being printed now, or cut off by a crash."""
    rows = session.execute(select(REGISTER.c.job).where(REGISTER.c.status == RESERVED).distinct())
    return [row[0] for row in rows]


def records_by_id(session: Session, ids: Collection[int]) -> dict[int, DocumentRecord]:
    found: dict[int, DocumentRecord] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = session.execute(select(DocumentRecord).where(col(DocumentRecord.id).in_(chunk))).scalars()
        found.update((row.id, row) for row in rows if row.id is not None)
    return found


def register_page(
    session: Session, *, kind: str | None, text: str, limit: int, before_id: int | None
) -> Sequence[Row[Any]]:
    """Newest first, by keyset: pass the last row's id as before_id for the next page."""
    query = select(*ENTRY_COLUMNS)
    if kind is not None:
        query = query.where(REGISTER.c.kind == kind)
    if before_id is not None:
        query = query.where(REGISTER.c.id < before_id)
    words = text.strip()
    if words:
        # The register grows by thousands a year, not millions: a LIKE over number and name is quick
        # enough and finds any part of either.
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(REGISTER.c.number.ilike(like, escape="\\"), REGISTER.c.person_name.ilike(like, escape="\\"))
        )
    return session.execute(query.order_by(REGISTER.c.id.desc()).limit(limit)).all()


# Keys.


def own_key(session: Session) -> OfficeKey | None:
    return session.execute(select(OfficeKey).where(col(OfficeKey.own).is_(True))).scalar()


def public_keys(session: Session) -> list[tuple[str, bytes]]:
    """(office code, raw public key) of every key known here, this office's own among them."""
    rows = session.execute(
        select(col(OfficeKey.office_code), col(OfficeKey.public_key)).order_by(col(OfficeKey.id))
    )
    return [(row[0], row[1]) for row in rows]


def key_exists(session: Session, public_key: bytes) -> bool:
    found = session.execute(select(col(OfficeKey.id)).where(col(OfficeKey.public_key) == public_key)).first()
    return found is not None


def insert_key(session: Session, key: OfficeKey) -> None:
    session.add(key)
    session.flush()


# Settings.


def settings(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.execute(select(OfficeSetting)).scalars()}


def put_setting(session: Session, key: str, value: str, *, at: datetime, by: str) -> None:
    row = session.get(OfficeSetting, key) or OfficeSetting(key=key)
    row.value, row.updated_at, row.updated_by = value, at, by
    session.add(row)
    session.flush()


# People, as cards need them.


def _people() -> Any:
    return select(*PERSON_COLUMNS).select_from(
        PERSON.outerjoin(HOUSEHOLD, HOUSEHOLD.c.id == PERSON.c.household_id)
    )


def people_by_ids(session: Session, ids: Sequence[str]) -> dict[str, Any]:
    """Live people by internal id."""
    found: dict[str, Any] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        rows = session.execute(_people().where(PERSON.c.id.in_(chunk), PERSON.c.deleted_at.is_(None)))
        found.update((row[1], row) for row in rows)
    return found


def people_by_nik(session: Session, niks: Sequence[str]) -> dict[str, Any]:
    """Live people by NIK."""
    found: dict[str, Any] = {}
    for chunk in _chunks(list(dict.fromkeys(niks))):
        rows = session.execute(_people().where(PERSON.c.nik.in_(chunk), PERSON.c.deleted_at.is_(None)))
        found.update((row[2], row) for row in rows)
    return found


def people_in_name_order(
    session: Session, *, rw: str | None, limit: int, among: Any = None
) -> Sequence[Row[Any]]:
    """Live people in name order, of one RW when given, and only those whose id `among` selects."""
    query = _people().where(PERSON.c.deleted_at.is_(None))
    if rw is not None:
        query = query.where(PERSON.c.rw == rw)
    if among is not None:
        query = query.where(PERSON.c.id.in_(among))
    return session.execute(query.order_by(PERSON.c.full_name, PERSON.c.local_no).limit(limit)).all()
