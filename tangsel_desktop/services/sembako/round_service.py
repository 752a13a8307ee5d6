"""Rounds of sembako: made and approved by a supervisor, lists proposed from the eligible and edited by hand.

An approved list is frozen: the lines keep the name, NIK, No. KK and address they had when listed, so a
later edit in the registry never changes it; adding a family after approval takes a supervisor and a reason.
"""

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_not_found
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.categories import Category, parse_categories
from tangsel_desktop.domain.sembako.package_items import PackageItem, check_items
from tangsel_desktop.domain.sembako.round_rules import (
    HandoverDay,
    RoundStatus,
    Unit,
    reason_text,
    round_name,
)
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.sembako import proposal
from tangsel_desktop.services.sembako.round_lookup import find_round, recipient_view, round_view
from tangsel_desktop.services.sembako.sembako_views import LeftOut, Proposal, RecipientView, RoundView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sembako import evidence_store, handover_store, proposal_query, round_store
from tangsel_desktop.storage.sembako.round_store import StoredRound
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
SEMBAKO_CHANGED = ChangeSummary.SEMBAKO
MAX_LIST_PAGE = 5000
_T = TypeVar("_T")


class SembakoRounds:
    """Rounds and their lists; one transaction per action, each write audited in it."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    # Rounds.

    def create(
        self,
        *,
        actor: Actor,
        name: str,
        month: YearMonth,
        categories: Sequence[str | Category],
        items: Sequence[PackageItem],
        unit: Unit = Unit.FAMILY,
        days: Sequence[HandoverDay] = (),
    ) -> tuple[RoundView, ChangeSummary]:
        """A new round, as a draft; its list is proposed next."""
        actor.require(Role.SUPERVISOR, "membuat putaran sembako")
        name = round_name(name)
        chosen = parse_categories([str(category) for category in categories])
        package = check_items(list(items))
        round_id = new_id()
        now = utc_now()
        values = {
            "id": round_id,
            "name": name,
            "month": str(month),
            "categories": ",".join(category.value for category in chosen),
            "unit": unit.value,
            "status": RoundStatus.DRAFT.value,
            "created_at": now,
            "created_by": actor.user_id,
            "updated_at": now,
        }
        item_rows = [
            {
                "id": new_id(),
                "round_id": round_id,
                "position": position,
                "name": item.name,
                "unit": item.unit,
                "quantity": format(item.quantity, "f"),
                "unit_price": item.unit_price,
            }
            for position, item in enumerate(package, start=1)
        ]
        day_rows = [{"id": new_id(), "round_id": round_id, "day": d.day, "place": d.place} for d in days]
        with self._db.write(actor) as tx:
            round_store.insert_round(tx, values, item_rows, day_rows)
            after = {**values, "items": [item.as_text() for item in package], "days": len(day_rows)}
            tx.record(AuditEvent("create", "sembako_round", round_id, after=after))
            view = round_view(tx, _require(round_store.round_by_id(tx, round_id)))
        log.info("sembako round %s created for %s", round_id, month)
        return view, SEMBAKO_CHANGED

    def add_day(self, *, actor: Actor, round_id: str, day: HandoverDay) -> tuple[RoundView, ChangeSummary]:
        """Another handover day and place (the list can be frozen: days are logistics, not who receives)."""
        actor.require(Role.SUPERVISOR, "mengatur hari pembagian sembako")
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            _require_open(row)
            round_store.add_day(tx, {"id": new_id(), "round_id": row.id, "day": day.day, "place": day.place})
            tx.record(
                AuditEvent(
                    "update", "sembako_round", row.id, after={"day": day.day.isoformat(), "place": day.place}
                )
            )
            view = round_view(tx, row)
        return view, SEMBAKO_CHANGED

    def rounds(self, *, actor: Actor, month: YearMonth | None = None) -> list[RoundView]:
        actor.require(Role.OPERATOR, "melihat putaran sembako")
        with self._db.read() as tx:
            rows = round_store.rounds(tx, month=None if month is None else str(month))
            return [round_view(tx, row) for row in rows]

    def round(self, *, actor: Actor, round_id: str) -> RoundView:
        actor.require(Role.OPERATOR, "melihat putaran sembako")
        with self._db.read() as tx:
            return round_view(tx, find_round(tx, round_id))

    def approve(self, *, actor: Actor, round_id: str) -> tuple[RoundView, ChangeSummary]:
        """Freeze the list: from now on it changes only by a supervisor's addition with a reason."""
        actor.require(Role.SUPERVISOR, "menyetujui daftar penerima sembako")
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            if row.status != RoundStatus.DRAFT.value:
                raise UserError(
                    f"Putaran '{row.name}' sudah {RoundStatus(row.status).label}; tidak ada yang diubah."
                )
            listed = round_store.count_listed(tx, row.id)
            if listed == 0:
                raise UserError(
                    f"Daftar penerima putaran '{row.name}' masih kosong. Usulkan penerima dulu "
                    "(sembako round propose) atau tambahkan satu per satu."
                )
            round_store.set_status(
                tx,
                row.id,
                RoundStatus.APPROVED.value,
                at=utc_now(),
                by=actor.user_id,
                by_name=actor.full_name,
            )
            tx.record(AuditEvent("approve", "sembako_round", row.id, after={"listed": listed}))
            view = round_view(tx, _require(round_store.round_by_id(tx, row.id)))
        log.info("sembako round %s approved with %d lines", row.id, listed)
        return view, SEMBAKO_CHANGED

    def close(self, *, actor: Actor, round_id: str) -> tuple[RoundView, ChangeSummary]:
        """Distribution over: no more handovers; what is left on hand goes back by a stock return."""
        actor.require(Role.SUPERVISOR, "menutup putaran sembako")
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            if row.status != RoundStatus.APPROVED.value:
                raise UserError(
                    f"Hanya putaran yang sudah disetujui dapat ditutup; '{row.name}' "
                    f"{RoundStatus(row.status).label}."
                )
            round_store.set_status(
                tx, row.id, RoundStatus.CLOSED.value, at=utc_now(), by=actor.user_id, by_name=""
            )
            tx.record(AuditEvent("close", "sembako_round", row.id))
            view = round_view(tx, _require(round_store.round_by_id(tx, row.id)))
        return view, SEMBAKO_CHANGED

    # The list.

    def propose(self, *, actor: Actor, round_id: str) -> tuple[Proposal, ChangeSummary]:
        """Add every eligible family (or person) not yet listed; return who was left out and why."""
        actor.require(Role.OPERATOR, "mengusulkan daftar penerima sembako")
        office = self._office.require()
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            if row.status != RoundStatus.DRAFT.value:
                raise UserError(
                    f"Daftar putaran '{row.name}' sudah disetujui dan dibekukan. Penambahan "
                    "sesudahnya satu per satu oleh supervisor, dengan alasan (sembako round add)."
                )
            existing = round_store.recipient_keys(tx, row.id)
            lines, already, left_out = self._proposal(tx, row, office.kelurahan_code, set(existing))
            now = utc_now()
            round_store.insert_recipients(tx, [_line_row(row.id, line, actor, now) for line in lines])
            removed: list[LeftOut] = [
                LeftOut(
                    line.person_id,
                    line.nik,
                    line.full_name,
                    line.rw,
                    f"dikeluarkan dari daftar: {line.removed_reason}",
                )
                for line in existing.values()
                if line.status == round_store.REMOVED
            ]
            tx.record(
                AuditEvent(
                    "propose",
                    "sembako_round",
                    row.id,
                    after={"proposed": len(lines), "already_listed": already, "left_out": len(left_out)},
                )
            )
        log.info("sembako round %s: %d proposed, %d left out", row.id, len(lines), len(left_out))
        result = Proposal(row.id, len(lines), already - len(removed), tuple(left_out + removed))
        return result, SEMBAKO_CHANGED

    def left_out(self, *, actor: Actor, round_id: str) -> list[LeftOut]:
        """Who the rules leave out of the round now, and why (the list's page shows it beside the list)."""
        actor.require(Role.OPERATOR, "melihat daftar penerima sembako")
        office = self._office.require()
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            _lines, _already, left_out = self._proposal(tx, row, office.kelurahan_code, set())
        return left_out

    @staticmethod
    def _proposal(
        tx: Transaction, row: StoredRound, kelurahan_code: str | None, listed: set[str]
    ) -> tuple[list[proposal.ProposedLine], int, list[LeftOut]]:
        categories = [Category(word) for word in row.categories.split(",")]
        letters = [c.value for c in categories if c.needs_letter]
        return proposal.propose(
            proposal_query.candidates(tx, [c.value for c in categories]),
            evidence_store.live_evidence(tx, letters) if letters else [],
            categories=categories,
            month=YearMonth.parse(row.month),
            unit=Unit(row.unit),
            kelurahan_code=kelurahan_code,
            listed_keys=listed,
        )

    def add(
        self, *, actor: Actor, round_id: str, nik: str = "", person_id: str = "", reason: str = ""
    ) -> tuple[RecipientView, ChangeSummary]:
        """Put one family (or person) on the list by hand; after approval a supervisor only, with a reason."""
        actor.require(Role.OPERATOR, "menambah penerima sembako")
        office = self._office.require()
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            status = RoundStatus(row.status)
            if status is RoundStatus.CLOSED:
                raise UserError(f"Putaran '{row.name}' sudah ditutup; daftarnya tidak dapat diubah.")
            after_approval = status is RoundStatus.APPROVED
            if after_approval:
                actor.require(Role.SUPERVISOR, "menambah penerima sesudah daftar disetujui")
            candidate = _candidate(tx, nik=nik, person_id=person_id)
            categories = [Category(word) for word in row.categories.split(",")]
            letters = evidence_store.live_evidence(tx, [c.value for c in categories if c.needs_letter])
            found, why_not = proposal.qualifying(
                candidate,
                categories,
                [x for x in letters if x.person_id == candidate.person_id],
                YearMonth.parse(row.month),
            )
            outside = office.kelurahan_code is not None and candidate.kelurahan_code != office.kelurahan_code
            eligible = bool(found) and not outside
            cleaned = reason_text(
                reason,
                what="menambahkan penerima"
                + (" sesudah daftar disetujui" if after_approval else " yang tidak memenuhi kategori"),
                required=after_approval or not eligible,
            )
            line = proposal.line_for(candidate, Unit(row.unit), found or categories[:1])
            existing = round_store.recipient_keys(tx, row.id).get(line.unit_key)
            now = utc_now()
            if existing is not None and existing.status == round_store.LISTED:
                what = "Keluarga" if Unit(row.unit) is Unit.FAMILY else "Penerima"
                raise UserError(
                    f"{what} {existing.full_name} (NIK {existing.nik}) sudah ada di daftar putaran ini."
                )
            if existing is not None:
                round_store.relist(
                    tx, existing.id, reason=cleaned, after_approval=after_approval, at=now, by=actor.user_id
                )
                recipient_id = existing.id
            else:
                values = _line_row(row.id, line, actor, now)
                values.update(added_reason=cleaned, added_after_approval=after_approval)
                round_store.insert_recipients(tx, [values])
                recipient_id = str(values["id"])
            tx.record(
                AuditEvent(
                    "add",
                    "sembako_recipient",
                    recipient_id,
                    after={
                        "round": row.id,
                        "nik": line.nik,
                        "reason": cleaned,
                        "after_approval": after_approval,
                        "eligible": eligible,
                        "why_not": why_not,
                    },
                )
            )
            view = recipient_view(_require(round_store.recipient(tx, recipient_id)))
        return view, SEMBAKO_CHANGED

    def remove(
        self, *, actor: Actor, round_id: str, nik: str, reason: str
    ) -> tuple[RecipientView, ChangeSummary]:
        """Take a line off a draft list with a reason (an approved list: a supervisor, before handover)."""
        actor.require(Role.OPERATOR, "mengeluarkan penerima sembako")
        cleaned = reason_text(reason, what="mengeluarkan penerima dari daftar")
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            status = RoundStatus(row.status)
            if status is RoundStatus.CLOSED:
                raise UserError(f"Putaran '{row.name}' sudah ditutup; daftarnya tidak dapat diubah.")
            if status is RoundStatus.APPROVED:
                actor.require(Role.SUPERVISOR, "mengeluarkan penerima dari daftar yang sudah disetujui")
            line = _listed_line(tx, row, nik)
            if handover_store.live_handover(tx, row.id, line.unit_key) is not None:
                raise UserError(
                    f"{line.full_name} sudah menerima paket putaran ini; batalkan serah terimanya dulu "
                    "(supervisor, sembako void) bila memang keliru."
                )
            round_store.set_recipient_status(
                tx, line.id, status=round_store.REMOVED, reason=cleaned, at=utc_now(), by=actor.user_id
            )
            tx.record(
                AuditEvent(
                    "remove",
                    "sembako_recipient",
                    line.id,
                    after={"round": row.id, "nik": line.nik, "reason": cleaned},
                )
            )
            view = recipient_view(_require(round_store.recipient(tx, line.id)))
        return view, SEMBAKO_CHANGED

    def recipients(
        self,
        *,
        actor: Actor,
        round_id: str,
        rw: str | None = None,
        text: str = "",
        include_removed: bool = False,
        limit: int = MAX_LIST_PAGE,
        offset: int = 0,
    ) -> list[RecipientView]:
        """The list in RW and name order, each line with when the family collected (if it did)."""
        actor.require(Role.OPERATOR, "melihat daftar penerima sembako")
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            lines = round_store.recipients(
                tx,
                row.id,
                rw=rw,
                text=text.strip(),
                include_removed=include_removed,
                limit=min(limit, MAX_LIST_PAGE),
                offset=offset,
            )
            handed = {h.unit_key: h for h in handover_store.handovers(tx, row.id, include_voided=False)}
        return [recipient_view(line, handed.get(line.unit_key)) for line in lines]


def _require(value: _T | None) -> _T:
    assert value is not None  # read back inside the transaction that wrote it
    return value


def _require_open(row: StoredRound) -> None:
    if row.status == RoundStatus.CLOSED.value:
        raise UserError(f"Putaran '{row.name}' sudah ditutup; tidak ada yang diubah.")


def _candidate(tx: Transaction, *, nik: str, person_id: str) -> proposal_query.Candidate:
    found = None
    if person_id:
        found = proposal_query.person_with_family(tx, person_id=person_id)
    elif nik.strip():
        found = proposal_query.person_with_family(tx, nik=clean_digits(nik))
    if found is None:
        raise UserError(nik_not_found(nik or person_id), field="nik")
    return found


def _listed_line(tx: Transaction, row: StoredRound, nik: str) -> round_store.StoredRecipient:
    """The listed line of the family of the person with this NIK (or listed under this NIK)."""
    digits = clean_digits(nik)
    candidate = proposal_query.person_with_family(tx, nik=digits)
    keys = [] if candidate is None else [k for k in (candidate.household_id, candidate.person_id) if k]
    line = round_store.recipient_for(tx, row.id, unit_keys=keys, nik=digits)
    if line is None or line.status != round_store.LISTED:
        raise UserError(f"NIK {digits} tidak ada di daftar putaran '{row.name}'.", field="nik")
    return line


def _line_row(round_id: str, line: proposal.ProposedLine, actor: Actor, now: object) -> dict[str, object]:
    return {
        "id": new_id(),
        "round_id": round_id,
        "unit_key": line.unit_key,
        "household_id": line.household_id,
        "person_id": line.person_id,
        "full_name": line.full_name,
        "nik": line.nik,
        "kk_number": line.kk_number,
        "address": line.address,
        "rt": line.rt,
        "rw": line.rw,
        "categories": ",".join(category.value for category in line.categories),
        "status": round_store.LISTED,
        "added_reason": "",
        "added_after_approval": False,
        "removed_reason": "",
        "created_at": now,
        "created_by": actor.user_id,
        "updated_at": now,
        "updated_by": actor.user_id,
    }
