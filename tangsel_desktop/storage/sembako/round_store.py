"""Rounds of the Sembako program as stored: the round, its package items, its handover days and its list."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from tangsel_desktop.storage.columns import parse_timestamp
from tangsel_desktop.storage.sembako.sembako_tables import (
    SembakoRecipient,
    SembakoRound,
    SembakoRoundDay,
    SembakoRoundItem,
)
from tangsel_desktop.storage.transaction import Transaction

ROUND = SembakoRound.__table__  # type: ignore[attr-defined]
ITEM = SembakoRoundItem.__table__  # type: ignore[attr-defined]
DAY = SembakoRoundDay.__table__  # type: ignore[attr-defined]
RECIPIENT = SembakoRecipient.__table__  # type: ignore[attr-defined]
LISTED = "listed"
REMOVED = "removed"


@dataclass(frozen=True)
class StoredRound:
    id: str
    name: str
    month: str
    categories: str
    unit: str
    status: str
    created_at: datetime
    created_by: str | None
    approved_at: datetime | None
    approved_by: str | None
    approved_by_name: str


@dataclass(frozen=True)
class StoredItem:
    name: str
    unit: str
    quantity: str
    unit_price: int


@dataclass(frozen=True)
class StoredDay:
    day: date
    place: str


@dataclass(frozen=True)
class StoredRecipient:
    """One line of a list, as frozen when it was made."""

    id: str
    round_id: str
    unit_key: str
    household_id: str | None
    person_id: str
    full_name: str
    nik: str
    kk_number: str
    address: str
    rt: str
    rw: str
    categories: str
    status: str
    added_reason: str
    added_after_approval: bool
    removed_reason: str


_ROUND_COLUMNS = tuple(ROUND.c[name] for name in StoredRound.__dataclass_fields__)
_RECIPIENT_COLUMNS = tuple(RECIPIENT.c[name] for name in StoredRecipient.__dataclass_fields__)


def insert_round(
    tx: Transaction, values: dict[str, Any], items: Sequence[dict[str, Any]], days: Sequence[dict[str, Any]]
) -> None:
    tx.session.execute(insert(SembakoRound), [values])
    if items:
        tx.session.execute(insert(SembakoRoundItem), list(items))
    if days:
        tx.session.execute(insert(SembakoRoundDay), list(days))


# The round and a line by id in plain SQL: every handover at the desk reads both.
_ROUND_BY_ID = f"SELECT {', '.join(StoredRound.__dataclass_fields__)} FROM sembako_round WHERE id = ?"
_RECIPIENT_BY_ID = (
    f"SELECT {', '.join(StoredRecipient.__dataclass_fields__)} FROM sembako_recipient WHERE id = ?"
)


def round_by_id(tx: Transaction, round_id: str) -> StoredRound | None:
    rows = tx.rows(_ROUND_BY_ID, (round_id,))
    if not rows:
        return None
    found = list(rows[0])
    found[6], found[8] = _when(found[6]), parse_timestamp(found[8])  # created_at, approved_at
    return StoredRound(*found)


def _when(text: str) -> datetime:
    value = parse_timestamp(text)
    assert value is not None  # a NOT NULL column
    return value


def rounds_named(tx: Transaction, text: str) -> list[StoredRound]:
    """Rounds whose id starts with the text or whose name is the text (any case): how a clerk names one."""
    query = select(*_ROUND_COLUMNS).where(
        (ROUND.c.id.like(f"{_escaped(text.lower())}%", escape="\\"))
        | (func.lower(ROUND.c.name) == text.lower())
    )
    return [StoredRound(*row) for row in tx.session.execute(query.limit(5))]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rounds(tx: Transaction, *, month: str | None = None, limit: int = 200) -> list[StoredRound]:
    """Rounds, newest month first."""
    query = select(*_ROUND_COLUMNS).order_by(ROUND.c.month.desc(), ROUND.c.created_at.desc()).limit(limit)
    if month is not None:
        query = query.where(ROUND.c.month == month)
    return [StoredRound(*row) for row in tx.session.execute(query)]


def set_status(
    tx: Transaction, round_id: str, status: str, *, at: datetime, by: str | None, by_name: str
) -> None:
    values: dict[str, Any] = {"status": status, "updated_at": at}
    if status == "approved":
        values.update(approved_at=at, approved_by=by, approved_by_name=by_name)
    tx.session.execute(update(SembakoRound).where(ROUND.c.id == round_id).values(**values))


def items(tx: Transaction, round_id: str) -> list[StoredItem]:
    query = select(ITEM.c.name, ITEM.c.unit, ITEM.c.quantity, ITEM.c.unit_price).where(
        ITEM.c.round_id == round_id
    )
    return [StoredItem(*row) for row in tx.session.execute(query.order_by(ITEM.c.position))]


def days(tx: Transaction, round_id: str) -> list[StoredDay]:
    query = select(DAY.c.day, DAY.c.place).where(DAY.c.round_id == round_id).order_by(DAY.c.day, DAY.c.place)
    return [StoredDay(*row) for row in tx.session.execute(query)]


def add_day(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(SembakoRoundDay), [values])


# The list.


def insert_recipients(tx: Transaction, rows: Sequence[dict[str, Any]]) -> None:
    """Many lines at once: a proposal from a large registry writes thousands (executemany)."""
    if rows:
        tx.session.execute(insert(SembakoRecipient), list(rows))


def recipient_keys(tx: Transaction, round_id: str) -> dict[str, StoredRecipient]:
    """Every line of the list (removed ones too) by its unit key."""
    query = select(*_RECIPIENT_COLUMNS).where(RECIPIENT.c.round_id == round_id)
    return {row.unit_key: StoredRecipient(*row) for row in tx.session.execute(query)}


def recipient(tx: Transaction, recipient_id: str) -> StoredRecipient | None:
    rows = tx.rows(_RECIPIENT_BY_ID, (recipient_id,))
    if not rows:
        return None
    found = list(rows[0])
    found[14] = bool(found[14])  # added_after_approval
    return StoredRecipient(*found)


def recipient_for(
    tx: Transaction, round_id: str, *, unit_keys: Sequence[str], nik: str | None = None
) -> StoredRecipient | None:
    """The list's line for a family or person: by unit key (household or person), or by the NIK listed."""
    condition = RECIPIENT.c.unit_key.in_(list(unit_keys))
    if nik:
        condition = condition | (RECIPIENT.c.nik == nik)
    query = select(*_RECIPIENT_COLUMNS).where(RECIPIENT.c.round_id == round_id, condition)
    rows = [StoredRecipient(*row) for row in tx.session.execute(query)]
    listed = [row for row in rows if row.status == LISTED]
    found = listed or rows
    return found[0] if found else None


def recipients(
    tx: Transaction,
    round_id: str,
    *,
    rw: str | None = None,
    text: str = "",
    include_removed: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredRecipient]:
    """The list in RW and name order; `text` narrows to names containing it or a NIK starting with it."""
    query = select(*_RECIPIENT_COLUMNS).where(RECIPIENT.c.round_id == round_id)
    if not include_removed:
        query = query.where(RECIPIENT.c.status == LISTED)
    if rw:
        query = query.where(RECIPIENT.c.rw == rw)
    if text:
        pattern = f"%{_escaped(text.lower())}%"
        query = query.where(
            func.lower(RECIPIENT.c.full_name).like(pattern, escape="\\")
            | RECIPIENT.c.nik.like(f"{_escaped(text)}%", escape="\\")
        )
    query = query.order_by(RECIPIENT.c.rw, RECIPIENT.c.full_name, RECIPIENT.c.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [StoredRecipient(*row) for row in tx.session.execute(query)]


def count_listed(tx: Transaction, round_id: str) -> int:
    query = select(func.count()).where(RECIPIENT.c.round_id == round_id, RECIPIENT.c.status == LISTED)
    return int(tx.session.execute(query).scalar() or 0)


def set_recipient_status(
    tx: Transaction, recipient_id: str, *, status: str, reason: str, at: datetime, by: str | None
) -> None:
    tx.session.execute(
        update(SembakoRecipient)
        .where(RECIPIENT.c.id == recipient_id)
        .values(
            status=status, removed_reason=reason if status == REMOVED else "", updated_at=at, updated_by=by
        )
    )


def relist(
    tx: Transaction, recipient_id: str, *, reason: str, after_approval: bool, at: datetime, by: str | None
) -> None:
    """A line removed earlier comes back, with the reason for adding it."""
    tx.session.execute(
        update(SembakoRecipient)
        .where(RECIPIENT.c.id == recipient_id)
        .values(
            status=LISTED,
            removed_reason="",
            added_reason=reason,
            added_after_approval=after_approval,
            updated_at=at,
            updated_by=by,
        )
    )


def recipients_of_person(
    tx: Transaction, person_id: str, household_id: str | None
) -> list[tuple[StoredRound, StoredRecipient]]:
    """The lines that name this person or their family, with their rounds, newest round first."""
    condition = RECIPIENT.c.person_id == person_id
    if household_id:
        condition = condition | (RECIPIENT.c.household_id == household_id)
    query = (
        select(*_ROUND_COLUMNS, *_RECIPIENT_COLUMNS)
        .join_from(RECIPIENT, ROUND, ROUND.c.id == RECIPIENT.c.round_id)
        .where(condition)
        .order_by(ROUND.c.month.desc(), ROUND.c.created_at.desc())
    )
    width = len(_ROUND_COLUMNS)
    return [(StoredRound(*row[:width]), StoredRecipient(*row[width:])) for row in tx.session.execute(query)]
