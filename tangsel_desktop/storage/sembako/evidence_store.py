"""Evidence letters and remote RWs of the Sembako program: what makes a person eligible, as stored."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from tangsel_desktop.storage.sembako.sembako_tables import SembakoEvidence, SembakoRemoteRw
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

EVIDENCE = SembakoEvidence.__table__  # type: ignore[attr-defined]
REMOTE = SembakoRemoteRw.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredEvidence:
    """One letter as stored, with the person it is about (name and NIK for lists)."""

    id: str
    person_id: str
    category: str
    document: str
    valid_from: date
    valid_until: date | None
    child_name: str
    child_birth_date: date | None
    created_at: datetime
    revoked_at: datetime | None
    revoke_reason: str
    full_name: str = ""
    nik: str = ""
    rw: str = ""


_COLUMNS = (
    EVIDENCE.c.id,
    EVIDENCE.c.person_id,
    EVIDENCE.c.category,
    EVIDENCE.c.document,
    EVIDENCE.c.valid_from,
    EVIDENCE.c.valid_until,
    EVIDENCE.c.child_name,
    EVIDENCE.c.child_birth_date,
    EVIDENCE.c.created_at,
    EVIDENCE.c.revoked_at,
    EVIDENCE.c.revoke_reason,
    PERSON.c.full_name,
    PERSON.c.nik,
    PERSON.c.rw,
)


def _joined() -> Any:
    return select(*_COLUMNS).join_from(EVIDENCE, PERSON, PERSON.c.id == EVIDENCE.c.person_id)


def insert_evidence(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(SembakoEvidence), [values])


def evidence(tx: Transaction, evidence_id: str) -> StoredEvidence | None:
    row = tx.session.execute(_joined().where(EVIDENCE.c.id == evidence_id)).first()
    return None if row is None else StoredEvidence(*row)


def evidence_of(tx: Transaction, person_id: str) -> list[StoredEvidence]:
    """A person's letters, newest first, revoked ones included (the page shows them struck out)."""
    query = _joined().where(EVIDENCE.c.person_id == person_id).order_by(EVIDENCE.c.valid_from.desc())
    return [StoredEvidence(*row) for row in tx.session.execute(query)]


def live_evidence(tx: Transaction, categories: Sequence[str]) -> list[StoredEvidence]:
    """Every letter not revoked, of these categories, of people still registered."""
    query = _joined().where(
        EVIDENCE.c.category.in_(list(categories)),
        EVIDENCE.c.revoked_at.is_(None),
        PERSON.c.deleted_at.is_(None),
    )
    return [StoredEvidence(*row) for row in tx.session.execute(query)]


def ending_between(tx: Transaction, first: date, last: date) -> list[StoredEvidence]:
    """Live letters whose last day falls between two days: the families that need a new letter."""
    query = (
        _joined()
        .where(
            EVIDENCE.c.revoked_at.is_(None),
            PERSON.c.deleted_at.is_(None),
            EVIDENCE.c.valid_until >= first,
            EVIDENCE.c.valid_until <= last,
        )
        .order_by(EVIDENCE.c.valid_until, PERSON.c.full_name)
    )
    return [StoredEvidence(*row) for row in tx.session.execute(query)]


def revoke(tx: Transaction, evidence_id: str, *, at: datetime, by: str | None, reason: str) -> None:
    tx.session.execute(
        update(SembakoEvidence)
        .where(EVIDENCE.c.id == evidence_id)
        .values(revoked_at=at, revoked_by=by, revoke_reason=reason)
    )


def remote_rws(tx: Transaction) -> dict[str, str]:
    """The RWs counted as remote, with their note."""
    return {
        row[0]: row[1] for row in tx.session.execute(select(REMOTE.c.rw, REMOTE.c.note).order_by(REMOTE.c.rw))
    }


def put_remote_rw(tx: Transaction, rw: str, note: str, *, at: datetime, by: str | None) -> None:
    if tx.session.execute(select(REMOTE.c.rw).where(REMOTE.c.rw == rw)).first() is None:
        tx.session.execute(
            insert(SembakoRemoteRw), [{"rw": rw, "note": note, "created_at": at, "created_by": by}]
        )
    else:
        tx.session.execute(update(SembakoRemoteRw).where(REMOTE.c.rw == rw).values(note=note))


def remove_remote_rw(tx: Transaction, rw: str) -> bool:
    result = tx.session.execute(delete(SembakoRemoteRw).where(REMOTE.c.rw == rw))
    return bool(result.rowcount)  # type: ignore[attr-defined]
