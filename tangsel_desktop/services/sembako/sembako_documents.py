"""A round's printed papers: handover receipts (original, SALINAN or BATAL), per-RW signing sheets, the
outgoing BAST and the stock report, every numbered one through the register with its signed QR code.

A receipt's number was taken with its handover (handover_service.py); the first drawing of it is the
original, every later one a SALINAN on a register row of its own, and a voided handover's receipt
reprints as BATAL with the reason, never as a valid paper.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import HandoverParty, Issuer
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_rt_rw, tidy_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_register import DocumentRegister, Slot
from tangsel_desktop.services.documents.document_settings import issuer, printable_details
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.documents.print_jobs import draw_with_copies, run_print_job
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.sembako import sembako_papers as papers
from tangsel_desktop.services.sembako.round_lookup import (
    find_round,
    handover_view,
    recipient_view,
    round_view,
)
from tangsel_desktop.services.sembako.sembako_views import HandoverView, RoundView
from tangsel_desktop.services.sembako.stock_service import round_status
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.documents.document_store import RegisterRecord
from tangsel_desktop.storage.sembako import handover_store, round_store, stock_store

log = logging.getLogger(__name__)
DOCUMENTS_CHANGED = ChangeSummary.DOCUMENT | ChangeSummary.AUDIT_LOG
COPY_REASON = "cetak ulang tanda terima serah terima sembako"
MAX_PARTY_TEXT = 150


@dataclass(frozen=True)
class Receipt:
    """One receipt to draw: the handover, and how: original, copy (with its row to take) or void."""

    handover: HandoverView
    record: RegisterRecord
    way: str  # "original", "copy" or "void"


class SembakoDocuments:
    """Printing a round's papers; receipts of one's own handover at the desk, the rest for supervisors."""

    # Handover receipts, and the BAST and stock report numbered as reports (printable_kinds.py).
    issues: tuple[DocumentKind, ...] = (DocumentKind.RECEIPT, DocumentKind.REPORT)

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today
        self._register = DocumentRegister(database)

    # Receipts.

    @exports("Tanda terima sembako")
    def receipts(
        self,
        *,
        actor: Actor,
        round_id: str,
        target: Path,
        rw: str | None = None,
        handover_ids: list[str] | None = None,
    ) -> tuple[PrintResult, ChangeSummary]:
        """The round's receipts (of one RW, or the handovers named) in one PDF: first drawings are the
        originals, later ones SALINAN, voided ones BATAL. An operator may draw only originals, at the desk."""
        actor.require(Role.OPERATOR, "mencetak tanda terima serah terima")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Tanda terima")
        wanted_rw = (parse_rt_rw(rw, "RW") or None) if rw else None
        office = self._office.require()
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            view = round_view(tx, row)
            ledger = [
                handover_view(h) for h in handover_store.handovers(tx, row.id, rw=wanted_rw, ids=handover_ids)
            ]
            records = document_store.records_by_id(tx, [h.document_id for h in ledger])
            document_issuer = issuer(tx, office)
        if not ledger:
            where = f" RW {wanted_rw}" if wanted_rw else ""
            raise UserError(
                f"Belum ada serah terima{where} pada putaran '{view.name}' untuk dicetak tanda terimanya."
            )
        receipts = [_receipt(h, records) for h in ledger]
        copies = [r for r in receipts if r.way == "copy"]
        if copies and actor.role.rank < Role.SUPERVISOR.rank:
            shown = ", ".join(r.record.number for r in copies[:3])
            raise UserError(
                f"Tanda terima {shown} sudah pernah dicetak; salinannya (SALINAN) dicetak oleh supervisor."
            )
        slots = [Slot(r.record.person_id or "", r.record.person_name, original=r.record) for r in copies]

        def draw(rows: list[dict[str, Any]], job_issuer: Issuer) -> int:
            copy_rows = iter(rows)
            data = []
            for item in receipts:
                if item.way == "copy":
                    copy_row = next(copy_rows)
                    number, payload, is_copy = copy_row["number"], copy_row["payload"], True
                else:
                    number, payload, is_copy = item.record.number, item.record.payload, False
                data.append(
                    papers.receipt(view, item.handover, number=number, payload=payload, is_copy=is_copy)
                )
            from tangsel_desktop.documents.receipts import render_receipts

            with temporary_beside(target) as temporary:
                pages = render_receipts(temporary, data, job_issuer if rows else document_issuer)
                originals = [r.record.id for r in receipts if r.way == "original"]
                publish_written(
                    self._db, actor, temporary, target, lambda tx: self._drawn(tx, view, receipts, originals)
                )
            return pages

        pages = draw_with_copies(
            self._register,
            actor=actor,
            kind=DocumentKind.RECEIPT,
            office=office,
            copies=slots,
            reason=COPY_REASON,
            draw=draw,
            where=str(target),
            issuer=document_issuer,
        )
        numbers = tuple(r.record.number for r in receipts)
        log.info("%d sembako receipts of round %s drawn", len(numbers), view.id)
        return PrintResult(len(numbers), pages, target, numbers), DOCUMENTS_CHANGED

    @staticmethod
    def _drawn(tx: Any, view: RoundView, receipts: list[Receipt], originals: list[int]) -> None:
        document_store.mark_drawn(tx, originals, at=utc_now())
        ways = {way: sum(1 for r in receipts if r.way == way) for way in ("original", "copy", "void")}
        tx.record(AuditEvent("print", "sembako_receipts", view.id, after={"round": view.name, **ways}))

    # The per-RW signing sheet.

    @exports("Daftar tanda tangan penerima sembako")
    def signing_sheet(
        self,
        *,
        actor: Actor,
        round_id: str,
        rw: str,
        target: Path,
        handed_on: date | None = None,
        place: str = "",
    ) -> tuple[PrintResult, ChangeSummary]:
        """A numbered list of one RW's families with a signature box each, for a door-to-door day."""
        actor.require(Role.SUPERVISOR, "mencetak daftar tanda terima")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Daftar tanda terima")
        wanted_rw = parse_rt_rw(rw, "RW")
        if not wanted_rw:
            raise UserError("Sebutkan RW daftar tanda terima, misalnya 005.", field="rw")
        office = self._office.require()
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            view = round_view(tx, row)
            lines = round_store.recipients(tx, row.id, rw=wanted_rw)
        if not lines:
            raise UserError(f"Tidak ada penerima RW {wanted_rw} di daftar putaran '{view.name}'.", field="rw")
        recipients = [recipient_view(line) for line in lines]
        day = handed_on or (view.days[0].day if view.days else self._today())
        where = (
            tidy_text(place) or next((d.place for d in view.days if d.day == day), "") or f"RW {wanted_rw}"
        )

        def draw(rows: list[dict[str, Any]], job_issuer: Issuer) -> int:
            from tangsel_desktop.documents.signing_sheets import render_signing_sheet

            sheet = papers.signing_sheet(
                view, recipients, rw=wanted_rw, handed_on=day, place=where, officer_name=actor.full_name,
                number=rows[0]["number"], payload=rows[0]["payload"],
            )  # fmt: skip
            with temporary_beside(target) as temporary:
                pages = render_signing_sheet(temporary, sheet, job_issuer)
                event = AuditEvent(
                    "print", "sembako_sheet", view.id, after={"rw": wanted_rw, "rows": len(recipients)}
                )
                publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
            return pages

        slot = Slot("", f"Daftar tanda terima RW {wanted_rw} ({view.name})"[:150])
        outcome = run_print_job(
            self._register, actor=actor, kind=DocumentKind.RECEIPT, office=office, slots=[slot], reason="",
            draw=draw, where=str(target),
        )  # fmt: skip
        number = outcome.rows[0]["number"]
        return PrintResult(1, outcome.pages, target, (number,)), DOCUMENTS_CHANGED

    # The outgoing BAST and the stock report.

    @exports("Berita acara serah terima sembako")
    def handover_report(
        self,
        *,
        actor: Actor,
        round_id: str,
        target: Path,
        from_name: str = "",
        from_position: str = "",
        from_nip: str = "",
        to_name: str = "",
        to_position: str = "",
        to_nip: str = "",
    ) -> tuple[PrintResult, ChangeSummary]:
        """The berita acara by which the kelurahan accounts to Dinas Sosial for the round's packages."""
        actor.require(Role.SUPERVISOR, "mencetak berita acara serah terima")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Berita acara")
        office = self._office.require()
        with self._db.read() as tx:
            row = find_round(tx, round_id)
            view = round_view(tx, row)
            status = round_status(tx, row.id)
            moves = stock_store.moves(tx, row.id)
            rws = sorted({line.rw for line in round_store.recipients(tx, row.id)})
        if status.stock_received == 0:
            raise UserError(
                f"Putaran '{view.name}' belum mencatat paket yang diterima; berita acara belum dapat dibuat."
            )
        first = HandoverParty(
            _party(from_name) or actor.full_name,
            _party(from_position) or "Petugas Kelurahan",
            office.name,
            _nip(from_nip),
        )
        second = HandoverParty(
            _party(to_name) or "(" + "." * 40 + ")",
            _party(to_position) or "Petugas Dinas Sosial",
            "Dinas Sosial Kota Tangerang Selatan",
            _nip(to_nip),
        )
        attachments = (f"Daftar tanda terima RW {rws[0]} s.d. RW {rws[-1]}",) if rws else ()

        def draw(rows: list[dict[str, Any]], job_issuer: Issuer) -> int:
            from tangsel_desktop.documents.handover_reports import render_handover_report

            report = papers.handover_report(
                view, status, moves, number=rows[0]["number"], payload=rows[0]["payload"],
                signed_on=self._today(), office_name=office.name, first_party=first, second_party=second,
                attachments=attachments,
            )  # fmt: skip
            with temporary_beside(target) as temporary:
                pages = render_handover_report(temporary, report, job_issuer)
                event = AuditEvent("print", "sembako_bast", view.id, after=status.as_json())
                publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
            return pages

        slot = Slot("", f"Berita acara serah terima ({view.name})"[:150])
        outcome = run_print_job(
            self._register, actor=actor, kind=DocumentKind.REPORT, office=office, slots=[slot], reason="",
            draw=draw, where=str(target),
        )  # fmt: skip
        return PrintResult(1, outcome.pages, target, (outcome.rows[0]["number"],)), DOCUMENTS_CHANGED

    @exports("Laporan stok sembako")
    def stock_report(self, *, actor: Actor, round_id: str, target: Path) -> tuple[PrintResult, ChangeSummary]:
        """The round's stock moves in date order with the balance after each (a PDF, audited)."""
        actor.require(Role.SUPERVISOR, "mencetak laporan stok sembako")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Laporan stok")
        office = self._office.require()
        with self._db.read() as tx:
            printable_details(tx, office)  # an official report: the office's contact and head are known
            row = find_round(tx, round_id)
            view = round_view(tx, row)
            moves = stock_store.moves(tx, row.id)
            ledger = [handover_view(h) for h in handover_store.handovers(tx, row.id)]
        from tangsel_desktop.documents.handover_reports import stock_report
        from tangsel_desktop.documents.reports import render_report

        data = stock_report(
            office_name=office.name, program=papers.program_name(view), round_name=view.name,
            round_month=YearMonth.parse(view.month), moves=papers.stock_moves(moves, ledger),
            printed_by=actor.full_name, printed_at=papers.printed_now(),
        )  # fmt: skip
        with temporary_beside(target) as temporary:
            pages = render_report(temporary, data)
            event = AuditEvent("export", "sembako_stock", view.id, after={"file": target.name})
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        return PrintResult(1, pages, target, ()), ChangeSummary.AUDIT_LOG


def _receipt(handed: HandoverView, records: dict[int, RegisterRecord]) -> Receipt:
    record = records[handed.document_id]
    if handed.voided_at is not None:
        return Receipt(handed, record, "void")
    return Receipt(handed, record, "original" if record.completed_at is None else "copy")


def _party(text: str) -> str:
    cleaned = tidy_text(text)
    if len(cleaned) > MAX_PARTY_TEXT:
        raise UserError(f"Nama dan jabatan pada berita acara paling panjang {MAX_PARTY_TEXT} huruf.")
    return cleaned


def _nip(text: str) -> str:
    digits = "".join(text.split())
    if digits and (len(digits) != 18 or not digits.isdigit()):
        raise UserError("NIP harus 18 angka, atau kosongkan.", field="nip")
    return digits
