"""Attendance marks as stored: one per session and participant, changed in place when corrected."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from tangsel_desktop.storage.training.training_store import SESSION
from tangsel_desktop.storage.training.training_tables import TrainingAttendance
from tangsel_desktop.storage.transaction import Transaction

ATTENDANCE = TrainingAttendance.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredMark:
    id: str
    session_id: str
    participant_id: str
    mark: str
    companion_name: str
    companion_relation: str
    marked_at: datetime


_COLUMNS = tuple(ATTENDANCE.c[name] for name in StoredMark.__dataclass_fields__)


def mark_of(tx: Transaction, session_id: str, participant_id: str) -> StoredMark | None:
    query = select(*_COLUMNS).where(
        ATTENDANCE.c.session_id == session_id, ATTENDANCE.c.participant_id == participant_id
    )
    row = tx.session.execute(query).first()
    return None if row is None else StoredMark(*row)


def insert_mark(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingAttendance), [values])


def update_mark(tx: Transaction, mark_id: str, values: dict[str, Any]) -> None:
    tx.session.execute(update(TrainingAttendance).where(ATTENDANCE.c.id == mark_id).values(**values))


def marks(tx: Transaction, batch_id: str) -> list[StoredMark]:
    """Every mark of a batch (the grid: participants by sessions); one indexed range read."""
    return [
        StoredMark(*row)
        for row in tx.session.execute(select(*_COLUMNS).where(ATTENDANCE.c.batch_id == batch_id))
    ]


def attended_jp(tx: Transaction, batch_id: str) -> dict[str, int]:
    """JP attended (marked hadir) per participant of a batch."""
    query = (
        select(ATTENDANCE.c.participant_id, func.sum(SESSION.c.jp))
        .join_from(ATTENDANCE, SESSION, SESSION.c.id == ATTENDANCE.c.session_id)
        .where(ATTENDANCE.c.batch_id == batch_id, ATTENDANCE.c.mark == "hadir")
        .group_by(ATTENDANCE.c.participant_id)
    )
    return {row[0]: int(row[1] or 0) for row in tx.session.execute(query)}
