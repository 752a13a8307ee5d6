"""Jamsosnaker as a program of the house: its people in a month and the figures Beranda shows."""

from dataclasses import dataclass

from sqlalchemy import or_, select

from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.transaction import Transaction

MEMBER = jamsos_store.MEMBER


def people(month: str) -> ProgramPeople:
    """People whose Jamsosnaker cover is paid this month or who are active from a later month."""
    query = (
        select(MEMBER.c.person_id)
        .where(MEMBER.c.deleted_at.is_(None))
        .where(or_(jamsos_store.covered_in(month), MEMBER.c.status == "active"))
    )
    return ProgramPeople(query, MEMBER.c.person_id)


@dataclass(frozen=True)
class MonthFigures:
    """Members paid for in a month and their premium, and live memberships per status."""

    covered: int
    amount: int
    by_status: dict[str, int]


def month_figures(tx: Transaction, month: str) -> MonthFigures:
    lines = jamsos_store.recap(tx, month)
    return MonthFigures(
        covered=sum(line.members for line in lines),
        amount=sum(line.amount for line in lines),
        by_status=jamsos_store.count_by_status(tx),
    )
