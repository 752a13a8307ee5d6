"""Stock of a round as stored: packages received, returned and damaged, and the handovers that took them."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select

from tangsel_desktop.storage.sembako.sembako_tables import SembakoHandover, SembakoStockMove
from tangsel_desktop.storage.transaction import Transaction

MOVE = SembakoStockMove.__table__  # type: ignore[attr-defined]
HANDOVER = SembakoHandover.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StockCounts:
    received: int
    returned: int
    damaged: int
    handed_over: int

    @property
    def on_hand(self) -> int:
        return self.received - self.returned - self.damaged - self.handed_over


@dataclass(frozen=True)
class StoredMove:
    id: str
    kind: str
    count: int
    bast_number: str
    party: str
    reason: str
    happened_on: date
    created_at: datetime
    created_by: str | None


def counts(tx: Transaction, round_id: str) -> StockCounts:
    """The round's stock figures, read inside the caller's transaction (a handover checks them in its own)."""
    moved = dict(
        tx.session.execute(
            select(MOVE.c.kind, func.sum(MOVE.c.count))
            .where(MOVE.c.round_id == round_id)
            .group_by(MOVE.c.kind)
        ).all()
    )
    handed = tx.session.execute(
        select(func.count()).where(HANDOVER.c.round_id == round_id, HANDOVER.c.voided_at.is_(None))
    ).scalar()
    return StockCounts(
        received=int(moved.get("received") or 0),
        returned=int(moved.get("returned") or 0),
        damaged=int(moved.get("damaged") or 0),
        handed_over=int(handed or 0),
    )


def on_hand(tx: Transaction, round_id: str) -> int:
    """Packages on hand (received less returned, damaged and live handovers), in one plain statement: every
    handover checks it inside its own transaction."""
    rows = tx.rows(
        "SELECT COALESCE((SELECT sum(CASE kind WHEN 'received' THEN count ELSE -count END) "
        "FROM sembako_stock_move WHERE round_id = ? AND kind IN ('received', 'returned', 'damaged')), 0) "
        "- (SELECT count(*) FROM sembako_handover WHERE round_id = ? AND voided_at IS NULL)",
        (round_id, round_id),
    )
    return int(rows[0][0])


def insert_move(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(SembakoStockMove), [values])


def moves(tx: Transaction, round_id: str) -> list[StoredMove]:
    columns = [MOVE.c[name] for name in StoredMove.__dataclass_fields__]
    query = (
        select(*columns).where(MOVE.c.round_id == round_id).order_by(MOVE.c.happened_on, MOVE.c.created_at)
    )
    return [StoredMove(*row) for row in tx.session.execute(query)]
