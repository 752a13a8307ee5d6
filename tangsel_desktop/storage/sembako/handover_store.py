"""The handover ledger as stored: one live row per family (or person) per round, kept so by a unique index."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, update

from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.sembako.sembako_tables import SembakoHandover, SembakoRecipient
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

HANDOVER = SembakoHandover.__table__  # type: ignore[attr-defined]
RECIPIENT = SembakoRecipient.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]


class AlreadyHandedOver(Exception):
    """The ledger's unique index refused a second live handover to the same family in the round."""


@dataclass(frozen=True)
class StoredHandover:
    """One handover with the list's line it was for (the frozen name, NIK, No. KK and address)."""

    id: str
    round_id: str
    recipient_id: str
    unit_key: str
    document_id: int
    receipt_number: str
    mark: str
    proxy_name: str
    proxy_nik: str
    proxy_relation: str
    clerk_id: str | None
    clerk_name: str
    handed_at: datetime
    voided_at: datetime | None
    void_reason: str
    full_name: str
    nik: str
    kk_number: str
    address: str
    rt: str
    rw: str
    person_id: str
    categories: str
    # The receiver's relation in the family (SHDK) when the package was the family's, else None.
    family_relation: str | None = None


_HANDOVER_FIELDS = tuple(StoredHandover.__dataclass_fields__)[:15]
_COLUMNS = (
    *(HANDOVER.c[name] for name in _HANDOVER_FIELDS),
    RECIPIENT.c.full_name,
    RECIPIENT.c.nik,
    RECIPIENT.c.kk_number,
    RECIPIENT.c.address,
    RECIPIENT.c.rt,
    RECIPIENT.c.rw,
    RECIPIENT.c.person_id,
    RECIPIENT.c.categories,
    case((HANDOVER.c.unit_key == RECIPIENT.c.household_id, PERSON.c.family_relation), else_=None),
)


def _joined() -> Any:
    return (
        select(*_COLUMNS)
        .join_from(HANDOVER, RECIPIENT, RECIPIENT.c.id == HANDOVER.c.recipient_id)
        .outerjoin(PERSON, PERSON.c.id == RECIPIENT.c.person_id)
    )


def insert_handover(tx: Transaction, values: dict[str, Any]) -> None:
    """One row by a plain INSERT (the desk's hot path); AlreadyHandedOver when another live handover of
    the family got there first."""
    # No savepoint: a refusal ends the whole action (its receipt number included), and a savepoint
    # would cost two more statements on every handover of the day.
    row = {"voided_at": None, "voided_by": None, "void_reason": "", **values}
    try:
        tx.insert("sembako_handover", row)
    except sqlite_driver.IntegrityError as error:
        if "uq_sembako_handover_once" in str(error) or "sembako_handover.round_id" in str(error):
            raise AlreadyHandedOver(values["unit_key"]) from error
        raise


def has_live_handover(tx: Transaction, round_id: str, unit_key: str) -> bool:
    """Whether the family already has its live handover: one seek on the ledger's unique index."""
    return bool(
        tx.rows(
            "SELECT 1 FROM sembako_handover WHERE round_id = ? AND unit_key = ? AND voided_at IS NULL",
            (round_id, unit_key),
        )
    )


def live_handover(tx: Transaction, round_id: str, unit_key: str) -> StoredHandover | None:
    query = _joined().where(
        HANDOVER.c.round_id == round_id, HANDOVER.c.unit_key == unit_key, HANDOVER.c.voided_at.is_(None)
    )
    row = tx.session.execute(query).first()
    return None if row is None else StoredHandover(*row)


def handover(tx: Transaction, handover_id: str) -> StoredHandover | None:
    row = tx.session.execute(_joined().where(HANDOVER.c.id == handover_id)).first()
    return None if row is None else StoredHandover(*row)


def handovers_of_unit(tx: Transaction, round_id: str, unit_key: str) -> list[StoredHandover]:
    """Every handover of the family in the round, voided ones too, oldest first."""
    query = _joined().where(HANDOVER.c.round_id == round_id, HANDOVER.c.unit_key == unit_key)
    return [StoredHandover(*row) for row in tx.session.execute(query.order_by(HANDOVER.c.handed_at))]


def handovers(
    tx: Transaction,
    round_id: str,
    *,
    rw: str | None = None,
    include_voided: bool = True,
    ids: Sequence[str] | None = None,
) -> list[StoredHandover]:
    """The round's ledger in RW and name order."""
    query = _joined().where(HANDOVER.c.round_id == round_id)
    if rw:
        query = query.where(RECIPIENT.c.rw == rw)
    if not include_voided:
        query = query.where(HANDOVER.c.voided_at.is_(None))
    if ids is not None:
        query = query.where(HANDOVER.c.id.in_(list(ids)))
    query = query.order_by(RECIPIENT.c.rw, RECIPIENT.c.full_name, HANDOVER.c.handed_at)
    return [StoredHandover(*row) for row in tx.session.execute(query)]


def recent(tx: Transaction, round_id: str, limit: int = 20) -> list[StoredHandover]:
    """The latest handovers, newest first: the desk's running log."""
    query = (
        _joined().where(HANDOVER.c.round_id == round_id).order_by(HANDOVER.c.handed_at.desc()).limit(limit)
    )
    return [StoredHandover(*row) for row in tx.session.execute(query)]


def void(tx: Transaction, handover_id: str, *, at: datetime, by: str | None, reason: str) -> None:
    tx.session.execute(
        update(SembakoHandover)
        .where(HANDOVER.c.id == handover_id)
        .values(voided_at=at, voided_by=by, void_reason=reason)
    )


@dataclass(frozen=True)
class LedgerCounts:
    handed_over: int
    by_proxy: int


def ledger_counts(tx: Transaction, round_id: str) -> LedgerCounts:
    live = (HANDOVER.c.round_id == round_id) & HANDOVER.c.voided_at.is_(None)
    row = tx.session.execute(
        select(func.count(), func.count().filter(HANDOVER.c.proxy_name != "")).where(live)
    ).one()
    return LedgerCounts(handed_over=int(row[0]), by_proxy=int(row[1]))
