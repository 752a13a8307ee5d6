"""The handover ledger: one package per family (or person) per round, its receipt number in the same commit.

A handover is one write transaction: the line is found on the frozen list, the ledger's unique index and the
stock are checked, the receipt's number is taken from the register and signed, the row and the audit entry
are written, and all of it commits together, or none of it does (a kill -9 at any moment leaves no half).
"""

import logging
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.sembako.round_rules import Mark, Proxy, RoundStatus, reason_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind, verify_payload
from tangsel_desktop.services.documents.document_register import DocumentRegister
from tangsel_desktop.services.documents.office_keys import known_keys
from tangsel_desktop.services.office_service import OfficeService, require_office_in
from tangsel_desktop.services.sembako.round_lookup import find_round, handover_view, recipient_view
from tangsel_desktop.services.sembako.sembako_views import DeskLookup, HandoverView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import register_lookup
from tangsel_desktop.storage.people import photo_store
from tangsel_desktop.storage.sembako import handover_store, proposal_query, round_store, stock_store
from tangsel_desktop.storage.sembako.handover_store import AlreadyHandedOver, StoredHandover
from tangsel_desktop.storage.sembako.round_store import StoredRecipient, StoredRound
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
SEMBAKO_CHANGED = ChangeSummary.SEMBAKO | ChangeSummary.DOCUMENT
MAX_MATCHES = 20


@dataclass(frozen=True)
class Who:
    """Whom the clerk means: the list's line (from the desk), a person's id (a scanned card) or a NIK."""

    recipient_id: str = ""
    person_id: str = ""
    nik: str = ""


def already_collected(handed: StoredHandover) -> str:
    """The refusal a second handover gets: when, to whom, by which clerk, which receipt."""
    collector = (
        f"diwakilkan kepada {handed.proxy_name} ({handed.proxy_relation})"
        if handed.proxy_name
        else "oleh penerima sendiri"
    )
    return (
        f"{handed.full_name} (NIK {handed.nik}) SUDAH MENERIMA paket putaran ini pada "
        f"{format_datetime(handed.handed_at)}, {collector}, dicatat petugas {handed.clerk_name}, "
        "tanda terima "
        f"{handed.receipt_number}. Tidak ada yang dicatat."
    )


class SembakoHandovers:
    """Handovers at the desk and their voiding; every action is one transaction."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def hand_over(
        self,
        *,
        actor: Actor,
        round_id: str,
        who: Who,
        proxy: Proxy | None = None,
        mark: Mark = Mark.SIGNATURE,
    ) -> tuple[HandoverView, ChangeSummary]:
        """Record one handover and take its receipt number; refused, nothing written, when it cannot be."""
        actor.require(Role.OPERATOR, "mencatat serah terima sembako")
        handover_id = new_id()
        try:
            with self._db.write(actor) as tx:
                # The office as this transaction sees it: never stale, no read transaction of its own.
                office = require_office_in(tx)
                row = find_round(tx, round_id)
                _require_open_for_handover(row)
                line = _line(tx, row, who)
                # One seek on the ledger's index; the refusal's whole story is read only when there is one.
                if handover_store.has_live_handover(tx, row.id, line.unit_key):
                    raise UserError(
                        already_collected(_stored(handover_store.live_handover(tx, row.id, line.unit_key)))
                    )
                if stock_store.on_hand(tx, row.id) <= 0:
                    raise UserError(
                        f"Stok paket putaran '{row.name}' habis (0 di tangan). Catat paket yang diterima "
                        "dari Dinas Sosial dulu (supervisor: Stok > Terima paket)."
                    )
                receipt = DocumentRegister.issue_in(
                    tx,
                    actor=actor,
                    kind=DocumentKind.RECEIPT,
                    office=office,
                    person_id=line.person_id,
                    person_name=line.full_name,
                    job=handover_id,
                )
                values = {
                    "id": handover_id,
                    "round_id": row.id,
                    "recipient_id": line.id,
                    "unit_key": line.unit_key,
                    "document_id": receipt["id"],
                    "receipt_number": receipt["number"],
                    "mark": mark.value,
                    "proxy_name": proxy.name if proxy else "",
                    "proxy_nik": proxy.nik if proxy else "",
                    "proxy_relation": proxy.relation if proxy else "",
                    "clerk_id": actor.user_id,
                    "clerk_name": actor.full_name,
                    "handed_at": receipt["reserved_at"],
                }
                handover_store.insert_handover(tx, values)
                audit = {k: v for k, v in values.items() if k not in ("id", "proxy_nik")}
                audit["proxy"] = bool(proxy)
                tx.record(AuditEvent("handover", "sembako_handover", handover_id, after=audit))
                view = _new_view(values, line)
        except AlreadyHandedOver:
            # Another desk on this store committed first, between our check and our insert.
            with self._db.read() as tx:
                row = find_round(tx, round_id)
                handed = handover_store.live_handover(tx, row.id, _line(tx, row, who).unit_key)
            raise UserError(already_collected(_stored(handed))) from None
        log.info(
            "sembako handover %s in round %s: receipt %s", handover_id, view.round_id, view.receipt_number
        )
        return view, SEMBAKO_CHANGED

    def void(
        self, *, actor: Actor, round_id: str, nik: str = "", handover_id: str = "", reason: str
    ) -> tuple[HandoverView, ChangeSummary]:
        """A supervisor cancels a handover recorded by mistake; its receipt stays in the register as BATAL."""
        actor.require(Role.SUPERVISOR, "membatalkan serah terima sembako")
        cleaned = reason_text(reason, what="pembatalan serah terima")
        with self._db.write(actor) as tx:
            row = find_round(tx, round_id)
            if handover_id:
                handed = handover_store.handover(tx, handover_id)
                if handed is None or handed.round_id != row.id or handed.voided_at is not None:
                    raise UserError(
                        "Serah terima itu tidak ada atau sudah dibatalkan; tidak ada yang diubah."
                    )
            else:
                line = _line(tx, row, Who(nik=nik))
                handed = handover_store.live_handover(tx, row.id, line.unit_key)
                if handed is None:
                    raise UserError(
                        f"{line.full_name} (NIK {line.nik}) belum tercatat menerima paket putaran ini; "
                        "tidak ada yang dibatalkan."
                    )
            now = utc_now()
            handover_store.void(tx, handed.id, at=now, by=actor.user_id, reason=cleaned)
            register_lookup.void_printed(
                tx, [handed.document_id], reason=f"serah terima dibatalkan: {cleaned}", at=now
            )
            tx.record(
                AuditEvent(
                    "void",
                    "sembako_handover",
                    handed.id,
                    before={"receipt": handed.receipt_number},
                    after={"reason": cleaned, "round": row.id},
                )
            )
            view = handover_view(_stored(handover_store.handover(tx, handed.id)))
        log.info("sembako handover %s voided", view.id)
        return view, SEMBAKO_CHANGED

    def lookup(self, *, actor: Actor, round_id: str, text: str) -> DeskLookup:
        """What the desk shows for what the clerk scanned or typed: a card's QR code, a NIK, or a name.
        A line found comes with its person's photo, read in the same transaction."""
        actor.require(Role.OPERATOR, "mencari penerima sembako")
        typed = text.strip()
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            if not typed:
                return DeskLookup(None, None, message="Pindai kartu, ketik NIK, atau ketik nama.")
            if typed.upper().startswith("TS1*"):
                return self._by_card(tx, row, typed.upper())
            digits = clean_digits(typed)
            if (
                digits.isdigit()
                and len(digits) >= 6
                and len(digits) == len(typed.replace(" ", "").replace(".", ""))
            ):
                if len(digits) != 16:
                    return DeskLookup(
                        None, None, message=f"NIK harus 16 angka; yang diketik {len(digits)} angka."
                    )
                return self._found(tx, row, Who(nik=digits))
            lines = round_store.recipients(tx, row.id, text=typed, limit=MAX_MATCHES + 1)
            if not lines:
                return DeskLookup(None, None, message=f"Tidak ada nama '{typed}' di daftar putaran ini.")
            if len(lines) == 1:
                return self._found(tx, row, Who(recipient_id=lines[0].id))
            # Each name says whether that family already collected (and when): the clerk picks knowing.
            matches = tuple(
                recipient_view(line, handover_store.live_handover(tx, row.id, line.unit_key))
                for line in lines[:MAX_MATCHES]
            )
            more = " (lebih dari 20: ketik lebih lengkap)" if len(lines) > MAX_MATCHES else ""
            taken = sum(1 for match in matches if match.handed_at is not None)
            return DeskLookup(
                None, None, matches, f"{len(matches)} nama cocok{more}; {taken} sudah menerima. Pilih satu."
            )

    def _by_card(self, tx: Transaction, row: StoredRound, payload: str) -> DeskLookup:
        result = verify_payload(payload, known_keys(tx))
        if not result.signature_valid:
            return DeskLookup(None, None, message=f"Kartu tidak dapat dipakai: {result.reason}")
        if result.kind is not DocumentKind.CARD or not result.person_id:
            return DeskLookup(None, None, message="Kode yang dipindai bukan kartu penerima manfaat.")
        states = {r.status for r in register_lookup.rows_for_number(tx, result.number)}
        if states and states <= {register_lookup.VOID}:
            return DeskLookup(
                None, None, message=f"Kartu nomor {result.number} sudah DIBATALKAN di register kantor ini."
            )
        return self._found(tx, row, Who(person_id=result.person_id))

    def _found(self, tx: Transaction, row: StoredRound, who: Who) -> DeskLookup:
        try:
            line = _line(tx, row, who)
        except UserError as error:
            return DeskLookup(None, None, message=error.message)
        handed = handover_store.live_handover(tx, row.id, line.unit_key)
        view = None if handed is None else handover_view(handed)
        # The listed person's photo in the same read: one operation from the desk, no second round trip.
        photo = photo_store.photos_of(tx, [line.person_id]).get(line.person_id)
        return DeskLookup(
            recipient_view(line, handed),
            view,
            message=already_collected(handed) if handed else "",
            photo=photo,
        )

    def ledger(self, *, actor: Actor, round_id: str, rw: str | None = None) -> list[HandoverView]:
        actor.require(Role.OPERATOR, "melihat serah terima sembako")
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            return [handover_view(h) for h in handover_store.handovers(tx, row.id, rw=rw)]

    def recent(self, *, actor: Actor, round_id: str, limit: int = 20) -> list[HandoverView]:
        actor.require(Role.OPERATOR, "melihat serah terima sembako")
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            return [handover_view(h) for h in handover_store.recent(tx, row.id, limit)]


def _require_open_for_handover(row: StoredRound) -> None:
    status = RoundStatus(row.status)
    if status is RoundStatus.DRAFT:
        raise UserError(
            f"Daftar putaran '{row.name}' belum disetujui supervisor: paket belum boleh dibagikan."
        )
    if status is RoundStatus.CLOSED:
        raise UserError(f"Putaran '{row.name}' sudah ditutup: pembagian sudah selesai.")


def _line(tx: Transaction, row: StoredRound, who: Who) -> StoredRecipient:
    """The listed line for whom the clerk means; refused with what to do when there is none."""
    if who.recipient_id:
        line = round_store.recipient(tx, who.recipient_id)
        if line is None or line.round_id != row.id:
            raise UserError("Baris daftar itu bukan dari putaran ini.")
    else:
        digits = clean_digits(who.nik) if who.nik else ""
        if who.nik and (len(digits) != 16 or not digits.isdigit()):
            raise UserError(f"NIK harus 16 angka; yang diketik '{who.nik}'.", field="nik")
        person = proposal_query.person_with_family(tx, person_id=who.person_id or None, nik=digits or None)
        keys = [] if person is None else [k for k in (person.household_id, person.person_id) if k]
        line = round_store.recipient_for(tx, row.id, unit_keys=keys, nik=digits or None)
        if line is None:
            if person is None and who.nik:
                raise UserError(
                    f"NIK {digits} tidak terdaftar di kantor ini dan tidak ada di daftar putaran.",
                    field="nik",
                )
            name = person.full_name if person else "Orang ini"
            raise UserError(
                f"{name} tidak ada di daftar penerima putaran '{row.name}' yang sudah disetujui. "
                "Bila memang berhak, minta supervisor menambahkannya dengan alasan."
            )
    if line.status != round_store.LISTED:
        raise UserError(f"{line.full_name} sudah dikeluarkan dari daftar putaran ini: {line.removed_reason}")
    return line


def _new_view(values: dict[str, Any], line: StoredRecipient) -> HandoverView:
    """The view of a handover just written, from what was written (no read back on the desk's hot path)."""
    return HandoverView(
        id=values["id"],
        round_id=values["round_id"],
        recipient_id=line.id,
        person_id=line.person_id,
        full_name=line.full_name,
        nik=line.nik,
        kk_number=line.kk_number,
        address=line.address,
        rt=line.rt,
        rw=line.rw,
        receipt_number=values["receipt_number"],
        mark=Mark(values["mark"]),
        proxy_name=values["proxy_name"],
        proxy_nik=values["proxy_nik"],
        proxy_relation=values["proxy_relation"],
        clerk_name=values["clerk_name"],
        handed_at=values["handed_at"],
        voided_at=None,
        void_reason="",
        document_id=values["document_id"],
    )


def _stored(value: StoredHandover | None) -> StoredHandover:
    assert value is not None  # read back inside the transaction that wrote it, or refused just now
    return value
