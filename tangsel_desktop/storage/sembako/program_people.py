"""Sembako as a program of the house: who is in it in a month (the card line, Cetak) and Beranda's figures."""

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select

from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.sembako.sembako_tables import (
    SembakoHandover,
    SembakoRecipient,
    SembakoRound,
    SembakoStockMove,
)
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

ROUND = SembakoRound.__table__  # type: ignore[attr-defined]
RECIPIENT = SembakoRecipient.__table__  # type: ignore[attr-defined]
HANDOVER = SembakoHandover.__table__  # type: ignore[attr-defined]
MOVE = SembakoStockMove.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]


def _on_list(month: str) -> ColumnElement[bool]:
    """Listed lines of rounds running now (approved) or of the month's closed rounds."""
    return and_(
        RECIPIENT.c.status == "listed",
        or_(ROUND.c.status == "approved", and_(ROUND.c.status == "closed", ROUND.c.month == month)),
    )


def people(month: str) -> ProgramPeople:
    """Every live member of a family on such a list (per family), and the persons listed themselves."""
    listed = (
        select(RECIPIENT.c.person_id, RECIPIENT.c.household_id)
        .join_from(RECIPIENT, ROUND, ROUND.c.id == RECIPIENT.c.round_id)
        .where(_on_list(month))
        .subquery()
    )
    query = select(PERSON.c.id).where(
        PERSON.c.deleted_at.is_(None),
        or_(
            PERSON.c.household_id.in_(
                select(listed.c.household_id).where(listed.c.household_id.is_not(None))
            ),
            PERSON.c.id.in_(select(listed.c.person_id)),
        ),
    )
    return ProgramPeople(query, PERSON.c.id)


@dataclass(frozen=True)
class RunningFigures:
    """Rounds running now: lines planned, packages handed over, and stock on hand, summed."""

    rounds: int
    planned: int
    handed_over: int
    on_hand: int


def running(tx: Transaction) -> RunningFigures:
    approved = select(ROUND.c.id).where(ROUND.c.status == "approved")
    round_ids = [row[0] for row in tx.session.execute(approved)]
    if not round_ids:
        return RunningFigures(0, 0, 0, 0)
    planned = tx.session.execute(
        select(func.count()).where(RECIPIENT.c.round_id.in_(round_ids), RECIPIENT.c.status == "listed")
    ).scalar()
    handed = tx.session.execute(
        select(func.count()).where(HANDOVER.c.round_id.in_(round_ids), HANDOVER.c.voided_at.is_(None))
    ).scalar()
    moved = dict(
        tx.session.execute(
            select(MOVE.c.kind, func.sum(MOVE.c.count))
            .where(MOVE.c.round_id.in_(round_ids))
            .group_by(MOVE.c.kind)
        ).all()
    )
    on_hand = (
        int(moved.get("received") or 0) - int(moved.get("returned") or 0) - int(moved.get("damaged") or 0)
    )
    return RunningFigures(len(round_ids), int(planned or 0), int(handed or 0), on_hand - int(handed or 0))


__all__ = ["RunningFigures", "people", "running"]
