"""A round's stock: packages received with Dinas Sosial's BAST, returned and written off, always adding up.

On hand = received - handed over - returned - damaged, and it never goes below zero: every move is checked
inside the write transaction that records it, and SQLite lets one writer at a time, so two desks of one
store cannot both take the last package.
"""

import logging
from collections.abc import Callable
from datetime import date

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import tidy_text
from tangsel_desktop.domain.sembako.round_rules import (
    RoundStatus,
    StockMove,
    bast_number,
    reason_text,
    stock_count,
)
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.round_lookup import find_round
from tangsel_desktop.services.sembako.sembako_views import RoundStatusView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sembako import handover_store, round_store, stock_store
from tangsel_desktop.storage.sembako.stock_store import StoredMove
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
MAX_PARTY = 200


def round_status(tx: Transaction, round_id: str) -> RoundStatusView:
    stock = stock_store.counts(tx, round_id)
    ledger = handover_store.ledger_counts(tx, round_id)
    return RoundStatusView(
        round_id=round_id,
        planned=round_store.count_listed(tx, round_id),
        handed_over=ledger.handed_over,
        by_proxy=ledger.by_proxy,
        stock_received=stock.received,
        stock_returned=stock.returned,
        stock_damaged=stock.damaged,
    )


class SembakoStock:
    """Stock moves of a round; a supervisor records them (operators hand over, which the ledger counts)."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    def receive(
        self,
        *,
        actor: Actor,
        round_id: str,
        count: int,
        bast: str,
        party: str = "Dinas Sosial Kota Tangerang Selatan",
        on: date | None = None,
    ) -> tuple[RoundStatusView, ChangeSummary]:
        """Packages arrived from Dinas Sosial with their handover record (BAST)."""
        actor.require(Role.SUPERVISOR, "mencatat penerimaan paket sembako")
        values = {
            "kind": StockMove.RECEIVED.value,
            "count": stock_count(count),
            "bast_number": bast_number(bast),
            "party": _party(party),
        }
        return self._move(actor, round_id, values, on)

    def write_off(
        self, *, actor: Actor, round_id: str, kind: StockMove, count: int, reason: str, on: date | None = None
    ) -> tuple[RoundStatusView, ChangeSummary]:
        """Packages returned to Dinas Sosial or damaged; never more than are on hand."""
        actor.require(Role.SUPERVISOR, "mencatat paket dikembalikan atau rusak")
        if kind is StockMove.RECEIVED:
            raise ValueError("use receive() for received packages")
        what = "pengembalian paket" if kind is StockMove.RETURNED else "paket rusak"
        values = {"kind": kind.value, "count": stock_count(count), "reason": reason_text(reason, what=what)}
        return self._move(actor, round_id, values, on)

    def _move(
        self, actor: Actor, round_id: str, values: dict[str, object], on: date | None
    ) -> tuple[RoundStatusView, ChangeSummary]:
        day = on or self._today()
        if day > self._today():
            raise UserError(
                "Tanggal penerimaan atau pengembalian paket tidak boleh di masa depan.", field="date"
            )
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            if row.status == RoundStatus.DRAFT.value:
                raise UserError(
                    f"Putaran '{row.name}' belum disetujui: catat stok sesudah daftar penerimanya disetujui."
                )
            if values["kind"] != StockMove.RECEIVED.value:
                on_hand = stock_store.counts(tx, row.id).on_hand
                if int(str(values["count"])) > on_hand:
                    raise UserError(
                        f"Stok di tangan hanya {on_hand} paket; tidak dapat mencatat {values['count']} paket "
                        f"{StockMove(str(values['kind'])).label}."
                    )
            move = {
                "id": new_id(),
                "round_id": row.id,
                "happened_on": day,
                "created_at": utc_now(),
                "created_by": actor.user_id,
                **values,
            }
            stock_store.insert_move(tx, move)
            tx.record(
                AuditEvent(
                    "stock", "sembako_round", row.id, after={k: v for k, v in move.items() if k != "id"}
                )
            )
            status = round_status(tx, row.id)
        log.info("sembako round %s stock %s %s", row.id, values["kind"], values["count"])
        return status, ChangeSummary.SEMBAKO

    def moves(self, *, actor: Actor, round_id: str) -> list[StoredMove]:
        actor.require(Role.OPERATOR, "melihat stok sembako")
        with self._db.read() as tx:
            return stock_store.moves(tx, find_round(tx, round_id).id)

    def status(self, *, actor: Actor, round_id: str) -> RoundStatusView:
        actor.require(Role.OPERATOR, "melihat kemajuan putaran sembako")
        with self._db.read() as tx:
            return round_status(tx, find_round(tx, round_id).id)


def _party(text: str) -> str:
    party = tidy_text(text) or "Dinas Sosial Kota Tangerang Selatan"
    if len(party) > MAX_PARTY:
        raise UserError(f"Nama pihak pengirim paling panjang {MAX_PARTY} huruf.", field="party")
    return party
