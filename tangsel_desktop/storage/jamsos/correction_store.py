"""Corrections of signed Jamsosnaker recaps: written per member-month, read back per month and per recap."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select

from tangsel_desktop.storage.columns import new_id
from tangsel_desktop.storage.jamsos.membership_tables import JamsosCorrection, JamsosMember
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

CORRECTION = JamsosCorrection.__table__  # type: ignore[attr-defined]
MEMBER = JamsosMember.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class CorrectionTotal:
    """The corrections of one month on one recap line (kelurahan, RW, occupation): members and rupiah."""

    kelurahan_code: str
    rw: str
    occupation: str
    members: int  # the sum of +1 and -1
    amount: int  # the sum of change x premium


@dataclass(frozen=True)
class CorrectionRow:
    """One corrected member-month as the next recap lists it."""

    member_id: str
    nik: str
    full_name: str
    kelurahan_code: str
    rw: str
    month: str
    change: int
    amount: int
    reason: str


def add(
    tx: Transaction,
    *,
    member_id: str,
    months: Sequence[tuple[str, int, int]],
    reported_in: str,
    reason: str,
    at: datetime,
    by: str | None,
) -> None:
    """One row per (month, change, premium) of the member; the signed months themselves stay untouched."""
    if not months:
        return
    rows: list[dict[str, Any]] = [
        {
            "id": new_id(),
            "member_id": member_id,
            "month": month,
            "change": change,
            "amount": amount,
            "reported_in": reported_in,
            "reason": reason,
            "created_at": at,
            "created_by": by,
        }
        for month, change, amount in months
    ]
    tx.session.execute(insert(CORRECTION), rows)


def _line_query() -> Any:
    return (
        select(
            PERSON.c.kelurahan_code,
            PERSON.c.rw,
            MEMBER.c.occupation,
            func.sum(CORRECTION.c.change),
            func.sum(CORRECTION.c.change * CORRECTION.c.amount),
        )
        .select_from(
            CORRECTION.join(MEMBER, MEMBER.c.id == CORRECTION.c.member_id).join(
                PERSON, PERSON.c.id == MEMBER.c.person_id
            )
        )
        .group_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
    )


def any_for_recap(tx: Transaction, *, first: str, last: str) -> bool:
    """Whether any correction bears on the recap of month `last` (a correction of a month first..last, or
    one reported in last): none is the usual month, whose recap then asks nothing more about them."""
    query = select(
        select(CORRECTION.c.id)
        .where(
            ((CORRECTION.c.month >= first) & (CORRECTION.c.month <= last))
            | (CORRECTION.c.reported_in == last)
        )
        .exists()
    )
    return bool(tx.session.execute(query).scalar_one())


def totals_of_month(tx: Transaction, month: str) -> list[CorrectionTotal]:
    """What later corrections changed in the month, per recap line (the line the member is counted on)."""
    found = tx.session.execute(_line_query().where(CORRECTION.c.month == month)).all()
    return [CorrectionTotal(str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4])) for r in found]


def amount_after(tx: Transaction, *, first: str, last: str) -> int:
    """Rupiah of corrections of months first..last reported after last: unknown when last was signed."""
    query = select(func.coalesce(func.sum(CORRECTION.c.change * CORRECTION.c.amount), 0)).where(
        CORRECTION.c.month >= first, CORRECTION.c.month <= last, CORRECTION.c.reported_in > last
    )
    return int(tx.session.execute(query).scalar_one())


def reported_in(tx: Transaction, month: str) -> list[CorrectionRow]:
    """The corrections a month's recap lists as "Koreksi bulan lalu", by kelurahan, RW, name and month."""
    query = (
        select(
            CORRECTION.c.member_id,
            PERSON.c.nik,
            PERSON.c.full_name,
            PERSON.c.kelurahan_code,
            PERSON.c.rw,
            CORRECTION.c.month,
            CORRECTION.c.change,
            CORRECTION.c.amount,
            CORRECTION.c.reason,
        )
        .select_from(
            CORRECTION.join(MEMBER, MEMBER.c.id == CORRECTION.c.member_id).join(
                PERSON, PERSON.c.id == MEMBER.c.person_id
            )
        )
        .where(CORRECTION.c.reported_in == month)
        .order_by(PERSON.c.kelurahan_code, PERSON.c.rw, PERSON.c.full_name, CORRECTION.c.member_id)
        .order_by(CORRECTION.c.month)
    )
    return [
        CorrectionRow(
            str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), int(r[6]), int(r[7]), str(r[8])
        )
        for r in tx.session.execute(query).all()
    ]
