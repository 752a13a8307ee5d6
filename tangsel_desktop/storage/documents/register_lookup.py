"""The register as a verifier and a supervisor see one number: its rows' states, and voiding it."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from tangsel_desktop.storage.documents.document_tables import PRINTED, RESERVED, VOID, DocumentRecord
from tangsel_desktop.storage.transaction import Transaction

__all__ = ["PRINTED", "RESERVED", "VOID", "NumberRow", "rows_for_number", "void_printed"]

REGISTER = DocumentRecord.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class NumberRow:
    """One register row under a number: the original or a copy (SALINAN), with its signed payload."""

    id: int
    status: str
    payload: str | None
    reason: str
    is_copy: bool


def rows_for_number(tx: Transaction, number: str) -> list[NumberRow]:
    """Every row that carries this number, oldest first (the original, then its copies)."""
    rows = tx.connection.execute(
        select(REGISTER.c.id, REGISTER.c.status, REGISTER.c.payload, REGISTER.c.reason, REGISTER.c.is_copy)
        .where(REGISTER.c.number == number)
        .order_by(REGISTER.c.id)
    )
    return [NumberRow(row[0], row[1], row[2], row[3] or "", bool(row[4])) for row in rows]


def void_printed(tx: Transaction, ids: list[int], *, reason: str, at: datetime) -> int:
    """These printed rows become void with the reason; returns how many changed."""
    if not ids:
        return 0
    result = tx.connection.execute(
        update(REGISTER)
        .where(REGISTER.c.id.in_(ids), REGISTER.c.status == PRINTED)
        .values(status=VOID, reason=reason, voided_at=at)
    )
    return int(result.rowcount)
