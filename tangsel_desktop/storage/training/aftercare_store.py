"""After the classes, as stored: the kit and brand, the internship, the follow-ups."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update

from tangsel_desktop.storage.training.training_tables import TrainingFollowUp, TrainingInternship, TrainingKit
from tangsel_desktop.storage.transaction import Transaction

KIT = TrainingKit.__table__  # type: ignore[attr-defined]
INTERNSHIP = TrainingInternship.__table__  # type: ignore[attr-defined]
FOLLOW_UP = TrainingFollowUp.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Due:
    """A follow-up the office owes: whose, which batch, which month, from when."""

    nik: str
    full_name: str
    batch_name: str
    month: int
    due_on: date


def kit_of(tx: Transaction, participant_id: str) -> str | None:
    row = tx.session.execute(select(KIT.c.id).where(KIT.c.participant_id == participant_id)).first()
    return None if row is None else str(row[0])


def insert_kit(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingKit), [values])


def internship_of(tx: Transaction, participant_id: str) -> str | None:
    row = tx.session.execute(
        select(INTERNSHIP.c.id).where(INTERNSHIP.c.participant_id == participant_id)
    ).first()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class Internship:
    host: str
    starts_on: date
    ends_on: date | None
    supervisor_name: str
    completed_on: date | None


def internship_details(tx: Transaction, participant_id: str) -> Internship | None:
    """The participant's internship as recorded, for the form to show before it is changed."""
    columns = (INTERNSHIP.c.host, INTERNSHIP.c.starts_on, INTERNSHIP.c.ends_on, INTERNSHIP.c.supervisor_name,
               INTERNSHIP.c.completed_on)  # fmt: skip
    row = tx.session.execute(select(*columns).where(INTERNSHIP.c.participant_id == participant_id)).first()
    return None if row is None else Internship(*row)


def insert_internship(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingInternship), [values])


def update_internship(tx: Transaction, internship_id: str, values: dict[str, Any]) -> None:
    tx.session.execute(update(TrainingInternship).where(INTERNSHIP.c.id == internship_id).values(**values))


def follow_up_of(tx: Transaction, participant_id: str, month: int) -> str | None:
    query = select(FOLLOW_UP.c.id).where(
        FOLLOW_UP.c.participant_id == participant_id, FOLLOW_UP.c.month == month
    )
    row = tx.session.execute(query).first()
    return None if row is None else str(row[0])


def insert_follow_up(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingFollowUp), [values])


_OWED = """
SELECT p.id, p.nik, p.full_name, b.name, b.ends_on
FROM training_participant AS p JOIN training_batch AS b ON b.id = p.batch_id
WHERE p.status = 'selected' AND b.ends_on <= ?
  AND NOT EXISTS (SELECT 1 FROM training_follow_up AS f WHERE f.participant_id = p.id AND f.month = ?)
ORDER BY b.ends_on, p.full_name
"""


def owed(tx: Transaction, month: int, ended_by: date) -> list[tuple[str, str, str, str, date]]:
    """Selected participants of batches that ended by the day, without this month's follow-up yet."""
    rows = tx.rows(_OWED, (ended_by.isoformat(), month))
    return [(r[0], r[1], r[2], r[3], date.fromisoformat(str(r[4]))) for r in rows]


@dataclass(frozen=True)
class StoredKit:
    items: str
    receipt_number: str
    brand_name: str
    logo_name: str
    logo: bytes | None


def kit(tx: Transaction, participant_id: str) -> StoredKit | None:
    """A participant's kit with the brand's logo (the participant's page shows it)."""
    query = select(KIT.c["items"], KIT.c.receipt_number, KIT.c.brand_name, KIT.c.logo_name, KIT.c.logo).where(
        KIT.c.participant_id == participant_id
    )
    row = tx.session.execute(query).first()
    return None if row is None else StoredKit(*row)


@dataclass(frozen=True)
class KitLine:
    """A kit of a batch with what its receipt needs: who, where they live, what, which register row."""

    nik: str
    full_name: str
    person_id: str
    address: str
    rt: str
    rw: str
    items: str
    document_id: int
    receipt_number: str
    handed_at: datetime


_KITS = """
SELECT p.nik, p.full_name, p.person_id, COALESCE(ps.address, ''), COALESCE(ps.rt, ''), p.rw, k.items,
       k.document_id, k.receipt_number, k.handed_at
FROM training_kit AS k
JOIN training_participant AS p ON p.id = k.participant_id
LEFT JOIN person AS ps ON ps.id = p.person_id
WHERE p.batch_id = ? AND k.document_id IS NOT NULL {nik}
ORDER BY p.full_name, p.id
"""


def kits(tx: Transaction, batch_id: str, nik: str | None = None) -> list[KitLine]:
    """The batch's kits (of one NIK when given), in name order."""
    sql = _KITS.format(nik="AND p.nik = ?" if nik else "")
    rows = tx.rows(sql, (batch_id, nik) if nik else (batch_id,))
    return [
        KitLine(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            str(row[3]),
            str(row[4]),
            str(row[5]),
            str(row[6]),
            int(row[7]),
            str(row[8]),
            datetime.fromisoformat(str(row[9]).replace("Z", "+00:00")),
        )
        for row in rows
    ]
