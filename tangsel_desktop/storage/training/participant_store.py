"""A batch's participants as stored: proposed, selected, waiting or withdrawn."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from tangsel_desktop.storage.training.training_store import BATCH
from tangsel_desktop.storage.training.training_tables import TrainingParticipant
from tangsel_desktop.storage.transaction import Transaction

PARTICIPANT = TrainingParticipant.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredParticipant:
    id: str
    batch_id: str
    person_id: str
    full_name: str
    nik: str
    kelurahan_code: str
    rw: str
    disability: str
    status: str
    reasons: str
    withdraw_reason: str
    waiting_since: datetime | None
    selected_at: datetime | None


@dataclass(frozen=True)
class Registered:
    """A person as the registry has them, for the rules and the participant's line."""

    person_id: str
    nik: str
    full_name: str
    kelurahan_code: str
    rw: str
    disability: str
    desil: int | None
    birth_date: date


@dataclass(frozen=True)
class OtherBatch:
    """A batch a person sits (selected) whose dates meet another's."""

    batch_id: str
    name: str
    starts_on: date
    ends_on: date


_COLUMNS = tuple(PARTICIPANT.c[name] for name in StoredParticipant.__dataclass_fields__)
_PERSON_SQL = """
SELECT id, nik, full_name, kelurahan_code, rw, disability, desil, birth_date
FROM person WHERE deleted_at IS NULL AND {condition}
"""


def _registered(row: tuple[Any, ...]) -> Registered:
    person_id, nik, full_name, kelurahan_code, rw, disability, desil, birth = row
    return Registered(
        person_id, nik, full_name, kelurahan_code, rw, disability, desil, date.fromisoformat(str(birth))
    )


def person(tx: Transaction, *, nik: str = "", person_id: str = "") -> Registered | None:
    condition, value = ("id = ?", person_id) if person_id else ("nik = ?", nik)
    rows = tx.rows(_PERSON_SQL.format(condition=condition), (value,))
    return _registered(rows[0]) if rows else None


def candidates(
    tx: Transaction, *, kelurahan_code: str | None, disabilities: Sequence[str], max_desil: int | None
) -> list[Registered]:
    """The registry's people the rules could take (the narrowing the index can do; ages the rules check)."""
    conditions, values = ["1 = 1"], []
    if kelurahan_code:
        conditions.append("kelurahan_code = ?")
        values.append(kelurahan_code)
    if disabilities:
        conditions.append(f"disability IN ({', '.join('?' for _ in disabilities)})")
        values.extend(disabilities)
    if max_desil is not None:
        conditions.append("desil IS NOT NULL AND desil <= ?")
        values.append(str(max_desil))
    sql = _PERSON_SQL.format(condition=" AND ".join(conditions)) + " ORDER BY full_name, id"
    return [_registered(row) for row in tx.rows(sql, values)]


def insert_participant(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingParticipant), [values])


def participant(tx: Transaction, participant_id: str) -> StoredParticipant | None:
    row = tx.session.execute(select(*_COLUMNS).where(PARTICIPANT.c.id == participant_id)).first()
    return None if row is None else StoredParticipant(*row)


def participant_of(tx: Transaction, batch_id: str, person_id: str) -> StoredParticipant | None:
    query = select(*_COLUMNS).where(PARTICIPANT.c.batch_id == batch_id, PARTICIPANT.c.person_id == person_id)
    row = tx.session.execute(query).first()
    return None if row is None else StoredParticipant(*row)


def participants(tx: Transaction, batch_id: str, *, statuses: Sequence[str] = ()) -> list[StoredParticipant]:
    """A batch's participants in name order (the waiting list in the order they were put on it)."""
    query = select(*_COLUMNS).where(PARTICIPANT.c.batch_id == batch_id)
    if statuses:
        query = query.where(PARTICIPANT.c.status.in_(list(statuses)))
    query = query.order_by(PARTICIPANT.c.waiting_since, PARTICIPANT.c.full_name, PARTICIPANT.c.id)
    return [StoredParticipant(*row) for row in tx.session.execute(query)]


def count(tx: Transaction, batch_id: str, status: str) -> int:
    query = select(func.count()).where(PARTICIPANT.c.batch_id == batch_id, PARTICIPANT.c.status == status)
    return int(tx.session.execute(query).scalar() or 0)


def set_status(tx: Transaction, participant_id: str, values: dict[str, Any]) -> None:
    tx.session.execute(update(TrainingParticipant).where(PARTICIPANT.c.id == participant_id).values(**values))


def overlapping(
    tx: Transaction, person_id: str, starts_on: date, ends_on: date, *, other_than: str
) -> list[OtherBatch]:
    """The batches the person is selected on whose dates meet these (another batch than `other_than`)."""
    query = (
        select(BATCH.c.id, BATCH.c.name, BATCH.c.starts_on, BATCH.c.ends_on)
        .join_from(PARTICIPANT, BATCH, BATCH.c.id == PARTICIPANT.c.batch_id)
        .where(
            PARTICIPANT.c.person_id == person_id,
            PARTICIPANT.c.status == "selected",
            BATCH.c.id != other_than,
            BATCH.c.starts_on <= ends_on,
            BATCH.c.ends_on >= starts_on,
        )
    )
    return [OtherBatch(*row) for row in tx.session.execute(query)]


def batches_of_person(tx: Transaction, person_id: str) -> list[tuple[str, str]]:
    """(batch id, status) of every batch the person is on."""
    query = select(PARTICIPANT.c.batch_id, PARTICIPANT.c.status).where(PARTICIPANT.c.person_id == person_id)
    return [(row[0], row[1]) for row in tx.session.execute(query)]
