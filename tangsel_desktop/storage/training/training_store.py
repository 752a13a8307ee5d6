"""Trainings and their batches and sessions as stored."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select

from tangsel_desktop.storage.training.training_tables import Training, TrainingBatch, TrainingSession
from tangsel_desktop.storage.transaction import Transaction

TRAINING = Training.__table__  # type: ignore[attr-defined]
BATCH = TrainingBatch.__table__  # type: ignore[attr-defined]
SESSION = TrainingSession.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredTraining:
    id: str
    name: str
    kind: str
    lsp: str
    scheme: str
    total_jp: int
    min_attendance: int
    max_desil: int | None
    min_age: int | None
    max_age: int | None
    disabilities: str
    created_at: datetime


@dataclass(frozen=True)
class StoredBatch:
    id: str
    training_id: str
    number: int
    name: str
    starts_on: date
    ends_on: date
    place: str
    quota: int
    organiser: str
    trainers: str
    signatory_name: str
    signatory_position: str
    signatory_nip: str


@dataclass(frozen=True)
class StoredSession:
    id: str
    day: date
    jp: int


_TRAINING_COLUMNS = tuple(TRAINING.c[name] for name in StoredTraining.__dataclass_fields__)
_BATCH_COLUMNS = tuple(BATCH.c[name] for name in StoredBatch.__dataclass_fields__)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def insert_training(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(Training), [values])


def training_by_id(tx: Transaction, training_id: str) -> StoredTraining | None:
    row = tx.session.execute(select(*_TRAINING_COLUMNS).where(TRAINING.c.id == training_id)).first()
    return None if row is None else StoredTraining(*row)


def trainings_named(tx: Transaction, text: str) -> list[StoredTraining]:
    """Trainings whose id starts with the text or whose name is the text (any case)."""
    query = select(*_TRAINING_COLUMNS).where(
        TRAINING.c.id.like(f"{_escaped(text.lower())}%", escape="\\")
        | (func.lower(TRAINING.c.name) == text.lower())
    )
    return [StoredTraining(*row) for row in tx.session.execute(query.limit(5))]


def trainings(tx: Transaction, limit: int = 500) -> list[StoredTraining]:
    query = select(*_TRAINING_COLUMNS).order_by(TRAINING.c.name, TRAINING.c.id).limit(limit)
    return [StoredTraining(*row) for row in tx.session.execute(query)]


def next_batch_number(tx: Transaction, training_id: str) -> int:
    query = select(func.max(BATCH.c.number)).where(BATCH.c.training_id == training_id)
    return int(tx.session.execute(query).scalar() or 0) + 1


def insert_batch(tx: Transaction, values: dict[str, Any], sessions: Sequence[dict[str, Any]]) -> None:
    tx.session.execute(insert(TrainingBatch), [values])
    if sessions:
        tx.session.execute(insert(TrainingSession), list(sessions))


def batch_by_id(tx: Transaction, batch_id: str) -> StoredBatch | None:
    row = tx.session.execute(select(*_BATCH_COLUMNS).where(BATCH.c.id == batch_id)).first()
    return None if row is None else StoredBatch(*row)


def batches_named(tx: Transaction, text: str) -> list[StoredBatch]:
    """Batches whose id starts with the text or whose name is the text (any case)."""
    query = select(*_BATCH_COLUMNS).where(
        BATCH.c.id.like(f"{_escaped(text.lower())}%", escape="\\")
        | (func.lower(BATCH.c.name) == text.lower())
    )
    return [StoredBatch(*row) for row in tx.session.execute(query.limit(5))]


def batches(
    tx: Transaction,
    *,
    training_id: str | None = None,
    running_on: date | None = None,
    ended_by: date | None = None,
    limit: int = 500,
) -> list[StoredBatch]:
    """Batches, newest first: of one training, running on a day, or ended by a day."""
    query = select(*_BATCH_COLUMNS).order_by(BATCH.c.starts_on.desc(), BATCH.c.id).limit(limit)
    if training_id is not None:
        query = query.where(BATCH.c.training_id == training_id)
    if running_on is not None:
        query = query.where(BATCH.c.starts_on <= running_on, BATCH.c.ends_on >= running_on)
    if ended_by is not None:
        query = query.where(BATCH.c.ends_on <= ended_by)
    return [StoredBatch(*row) for row in tx.session.execute(query)]


def sessions(tx: Transaction, batch_id: str) -> list[StoredSession]:
    query = (
        select(SESSION.c.id, SESSION.c.day, SESSION.c.jp)
        .where(SESSION.c.batch_id == batch_id)
        .order_by(SESSION.c.day)
    )
    return [StoredSession(*row) for row in tx.session.execute(query)]


def count_running(tx: Transaction, on: date) -> int:
    query = select(func.count()).where(BATCH.c.starts_on <= on, BATCH.c.ends_on >= on)
    return int(tx.session.execute(query).scalar() or 0)
