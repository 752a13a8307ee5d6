"""The Cetak area's actions: cards with register numbers and signed QR codes, reprints, the register.

Also checking a scanned code, the people a card run is chosen from, and the office settings printed on
documents. How numbers stay gap-free is in document_register.py. A reprint (SALINAN) keeps the
original's number, as a copy of that document does, on a register row of its own that points to the
original and keeps the reason; its QR code says it is a copy.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from tangsel_desktop.documents.document_models import CardData, Issuer
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_rt_rw, tidy_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_numbers import NumberFormat
from tangsel_desktop.services.documents.document_payload import DocumentKind, verify_payload
from tangsel_desktop.services.documents.document_register import DocumentRegister, Slot
from tangsel_desktop.services.documents.document_settings import DocumentSettings
from tangsel_desktop.services.documents.document_verification import with_register
from tangsel_desktop.services.documents.document_views import (
    OfficeDetails,
    PrintResult,
    RegisterEntry,
    VerifyResult,
)
from tangsel_desktop.services.documents.office_keys import OfficeKeyService, known_keys
from tangsel_desktop.services.documents.print_jobs import run_print_job
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.services.programs import ProgramRegistry, card_labels
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.storage import program_store
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store, register_lookup
from tangsel_desktop.storage.documents.document_store import PRINTED, RegisterRecord
from tangsel_desktop.storage.people import photo_store
from tangsel_desktop.storage.store_busy import StoreBusy

__all__ = ["CardChoice", "DocumentService", "PrintResult", "RegisterEntry", "VerifyResult"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LAYOUTS = ("a4", "cr80")
DOCUMENTS_CHANGED = ChangeSummary.DOCUMENT | ChangeSummary.OFFICE_KEY
MAX_LIST = 1000
MAX_REASON = 500
SEARCH_PAGE = 500
ALL_PEOPLE = 10_000_000  # a limit for people_for_cards that means everyone


@dataclass(frozen=True)
class CardChoice:
    """People chosen for cards (at most the limit asked for, in name order) and how many there are in all."""

    people: tuple[PersonRow, ...]
    total: int

    @property
    def capped(self) -> bool:
        """True when the limit left some out: the caller must say so."""
        return self.total > len(self.people)


class CardRenderer(Protocol):
    """documents.card_layouts.render_cards, or a stand-in in tests: draws the cards, returns the pages."""

    def __call__(
        self,
        target: Path,
        cards: Sequence[CardData],
        issuer: Issuer,
        *,
        layout: str = "a4",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int: ...


def render_cards(
    target: Path,
    cards: Sequence[CardData],
    issuer: Issuer,
    *,
    layout: str = "a4",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """documents.card_layouts.render_cards, imported at the first print: ReportLab costs start-up time."""
    from tangsel_desktop.documents.card_layouts import render_cards as draw

    return draw(
        target,
        cards,
        issuer,
        layout="cr80" if layout == "cr80" else "a4",
        progress=progress,
        cancelled=cancelled,
    )


class DocumentService:
    """The Cetak area's actions; every printing action is for supervisors and administrators only."""

    issues: tuple[DocumentKind, ...] = (DocumentKind.CARD,)  # the beneficiary cards (printable_kinds.py)

    def __init__(
        self,
        database: Database,
        office: OfficeService,
        *,
        programs: ProgramRegistry,
        card_renderer: CardRenderer = render_cards,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = database
        self._office = office
        self._programs = programs
        self._render_cards = card_renderer
        self._today = today
        self._register = DocumentRegister(database)
        self.settings = DocumentSettings(database, office)
        self.keys = OfficeKeyService(database, office)
        try:
            self._register.recover()
        except StoreBusy:
            # A store busy for longer than the timeout: the next print tries again.
            log.warning("interrupted print jobs not checked at start: store busy", exc_info=True)

    # Printing.

    @exports("Kartu penerima manfaat")
    def print_cards(
        self,
        *,
        actor: Actor,
        person_ids: Sequence[str],
        target: Path,
        layout: str = "a4",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[PrintResult, ChangeSummary]:
        """Beneficiary cards for these people, each with a new number from the register."""
        actor.require(Role.SUPERVISOR, "mencetak dokumen resmi")
        layout = _check_layout(layout)
        target = check_output_path(target, PDF, store_file=self._db.file, what="Kartu")
        wanted = list(dict.fromkeys(person_ids))
        if not wanted:
            raise UserError("Belum ada penduduk yang dipilih untuk dicetak kartunya.")
        with self._db.read() as tx:
            found = document_store.people_by_ids(tx, wanted)
        missing = len(wanted) - len(found)
        if missing:
            raise UserError(
                f"{missing} orang yang dipilih tidak ditemukan (mungkin baru dihapus). Pilih ulang."
            )
        slots = [Slot(person_id, PersonRow.from_row(found[person_id]).full_name) for person_id in wanted]
        return self._print(actor, DocumentKind.CARD, slots, "", target, layout, progress, cancelled)

    @exports("Salinan dokumen resmi")
    def reprint(
        self,
        *,
        actor: Actor,
        document_ids: Sequence[int],
        reason: str,
        target: Path,
        layout: str = "a4",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> tuple[PrintResult, ChangeSummary]:
        """Copies (SALINAN) of printed documents, under their original numbers, with the reason kept."""
        actor.require(Role.SUPERVISOR, "mencetak ulang dokumen resmi")
        layout = _check_layout(layout)
        target = check_output_path(target, PDF, store_file=self._db.file, what="Kartu")
        reason = tidy_text(reason)
        if not reason:
            raise UserError("Tulis alasan cetak ulang (misalnya: kartu hilang, rusak).", field="reason")
        if len(reason) > MAX_REASON:
            raise UserError(f"Alasan cetak ulang paling panjang {MAX_REASON} karakter.", field="reason")
        wanted = list(dict.fromkeys(document_ids))
        if not wanted:
            raise UserError("Belum ada dokumen yang dipilih untuk dicetak ulang.")
        with self._db.read() as tx:
            records = document_store.records_by_id(tx, wanted)
            # A copy of a copy is a copy of the original.
            original_ids = {r.original_id for r in records.values() if r.original_id is not None}
            records.update(document_store.records_by_id(tx, original_ids))
            originals = [_original(records, document_id) for document_id in wanted]
            people = document_store.people_by_ids(tx, [r.person_id or "" for r in originals])
        originals = list({record.id: record for record in originals}.values())
        if any(record.kind != DocumentKind.CARD.value for record in originals):
            raise UserError("Cetak ulang saat ini hanya untuk kartu; dokumen lain belum dapat dicetak ulang.")
        gone = [record.number for record in originals if record.person_id not in people]
        if gone:
            raise UserError(
                f"Penerima dokumen {', '.join(gone[:5])} sudah dihapus dari data penduduk; "
                "salinannya tidak dapat dicetak."
            )
        slots = [Slot(r.person_id or "", r.person_name, original=r) for r in originals]
        return self._print(actor, DocumentKind.CARD, slots, reason, target, layout, progress, cancelled)

    def _print(
        self,
        actor: Actor,
        kind: DocumentKind,
        slots: list[Slot],
        reason: str,
        target: Path,
        layout: str,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> tuple[PrintResult, ChangeSummary]:
        office = self._office.require()

        def draw(rows: list[dict[str, Any]], issuer: Issuer) -> int:
            return self._render_cards(
                target, self._cards(rows), issuer, layout=layout, progress=progress, cancelled=cancelled
            )

        outcome = run_print_job(
            self._register,
            actor=actor,
            kind=kind,
            office=office,
            slots=slots,
            reason=reason,
            draw=draw,
            where=str(target),
            cancelled=cancelled,
        )
        if outcome.cancelled:
            changed = DOCUMENTS_CHANGED if outcome.voided else ChangeSummary.NOTHING
            return PrintResult(0, 0, target, (), cancelled=True), changed
        numbers = tuple(row["number"] for row in outcome.rows)
        # Not the file's name: one person's card or receipt is often named after their NIK or name.
        log.info("%d %s printed, %d pages", len(numbers), kind.value, outcome.pages)
        return PrintResult(len(numbers), outcome.pages, target, numbers), DOCUMENTS_CHANGED

    def _this_month(self) -> YearMonth:
        today = self._today()
        return YearMonth(today.year, today.month)

    def _cards(self, rows: list[dict[str, Any]]) -> list[CardData]:
        person_ids = [row["person_id"] for row in rows]
        month = self._this_month()
        with self._db.read() as tx:
            people = document_store.people_by_ids(tx, person_ids)
            # Each card prints its person's photo where they have one (a few tens of KB each).
            photos = photo_store.photos_of(tx, person_ids)
            # Each program of the registry, in its order: the card's Program line names those they are in.
            members = [
                card_labels(
                    program, tx, program_store.members_among(tx, program.people(month), person_ids), month
                )
                for program in self._programs
            ]
        cards = []
        for row in rows:
            person = PersonRow.from_row(people[row["person_id"]])
            cards.append(
                CardData(
                    card_number=row["number"],
                    full_name=person.full_name,
                    nik=person.nik,
                    kelurahan=person.kelurahan,
                    rt=person.rt,
                    rw=person.rw,
                    programs=tuple(labels[person.id] for labels in members if person.id in labels),
                    qr_payload=row["payload"],
                    photo=photos.get(person.id),
                    is_copy=row["is_copy"],
                )
            )
        return cards

    def recover_interrupted(self) -> list[str]:
        """Mark void (terputus) the numbers of print jobs a crash cut off; returns those numbers."""
        return self._register.recover()

    # Reading.

    def list_documents(
        self,
        *,
        actor: Actor,
        kind: str | None = None,
        text: str = "",
        limit: int = 200,
        before_id: int | None = None,
    ) -> list[RegisterEntry]:
        """The register, newest first; pass the last entry's id as before_id for the next page."""
        actor.require(Role.OPERATOR, "melihat daftar dokumen")
        chosen = None if kind is None else DocumentKind.parse(kind).value
        limit = max(1, min(limit, MAX_LIST))
        with self._db.read() as tx:
            lines = document_store.register_page(tx, kind=chosen, text=text, limit=limit, before_id=before_id)
        return [RegisterEntry.from_line(line) for line in lines]

    def count_documents(self, *, actor: Actor, kind: str | None = None, text: str = "") -> int:
        """How many register entries list_documents gives for these filters, over all its pages."""
        actor.require(Role.OPERATOR, "melihat daftar dokumen")
        chosen = None if kind is None else DocumentKind.parse(kind).value
        with self._db.read() as tx:
            return document_store.register_count(tx, kind=chosen, text=text)

    def verify(self, *, payload: str) -> VerifyResult:
        """Check a scanned QR payload against the known keys and, for our own documents, the register."""
        office = self._office.get()
        with self._db.read() as tx:
            result = verify_payload(payload, known_keys(tx))
            if office is None or not result.signature_valid or result.office != office.code:
                return result  # another office's document: its register is not here
            return with_register(result, payload, register_lookup.rows_for_number(tx, result.number))

    def void(self, *, actor: Actor, number: str, reason: str) -> list[str]:
        """Void a printed number (the original and its copies) with the reason; see document_register."""
        return self._register.void_number(actor=actor, number=number, reason=reason)

    def export_public_key(self, *, actor: Actor, target: Path) -> Path:
        return self.keys.export_public_key(actor=actor, target=target)

    def people_for_cards(
        self,
        *,
        actor: Actor,
        rw: str | None = None,
        text: str = "",
        limit: int = 1000,
        program: str | None = None,
    ) -> list[PersonRow]:
        """People to print cards for: those matching the search words, of one RW, or both; or a program's
        (its code or label, as the registry knows it)."""
        actor.require(Role.OPERATOR, "memilih penduduk")
        wanted_rw = (parse_rt_rw(rw, "RW") or None) if rw else None
        limit = max(1, limit)
        if program is not None or not text.strip():
            if program is not None and text.strip():
                raise UserError("Pilih penduduk menurut program atau menurut pencarian, tidak keduanya.")
            return list(self._in_name_order(wanted_rw, program, limit, count=False).people)
        found: list[PersonRow] = []
        after = 0
        with self._db.query() as tx:
            while len(found) < limit:
                page = document_store.search_people(tx, text, after_local_no=after, limit=SEARCH_PAGE)
                if not page:
                    break
                people = [PersonRow.from_row(row) for row in page]
                found.extend(p for p in people if wanted_rw is None or p.rw == wanted_rw)
                after = people[-1].local_no
                if len(page) < SEARCH_PAGE:
                    break
        return found[:limit]

    def everyone_for_cards(
        self, *, actor: Actor, limit: int, rw: str | None = None, program: str | None = None
    ) -> CardChoice:
        """Everyone (of one RW, or of one program) in name order, at most `limit`, and how many in all."""
        actor.require(Role.OPERATOR, "memilih penduduk")
        wanted_rw = (parse_rt_rw(rw, "RW") or None) if rw else None
        return self._in_name_order(wanted_rw, program, max(1, limit), count=True)

    def _in_name_order(self, rw: str | None, program: str | None, limit: int, *, count: bool) -> CardChoice:
        among = None
        if program is not None:
            among = self._programs.parse(program).people(self._this_month())
        with self._db.read() as tx:
            rows = document_store.people_in_name_order(tx, rw=rw, limit=limit, among=among)
            people = tuple(PersonRow.from_row(row) for row in rows)
            # Counted only when the limit was reached: below it the list is everyone.
            total = len(people)
            if count and total >= limit:
                total = document_store.count_people(tx, rw=rw, among=among)
        return CardChoice(people, total)

    def people_by_nik(self, *, actor: Actor, niks: Sequence[str]) -> list[PersonRow]:
        """People by NIK in the order given; a NIK not registered here is named in the refusal."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        wanted = list(dict.fromkeys(clean_digits(nik) for nik in niks))
        with self._db.read() as tx:
            found = document_store.people_by_nik(tx, wanted)
        unknown = [nik for nik in wanted if nik not in found]
        if unknown:
            raise UserError(f"NIK tidak terdaftar di kantor ini: {', '.join(unknown[:10])}.", field="nik")
        return [PersonRow.from_row(found[nik]) for nik in wanted]

    # Settings the window's Pengaturan shows.

    def office_details(self) -> OfficeDetails:
        return self.settings.office_details()

    def set_office_details(
        self, *, actor: Actor, contact: str, head_name: str
    ) -> tuple[OfficeDetails, ChangeSummary]:
        """The office's contact line and head's name on documents (administrators only)."""
        return self.settings.set_office_details(actor=actor, contact=contact, head_name=head_name)

    def number_formats(self) -> dict[DocumentKind, NumberFormat]:
        return self.settings.number_formats()

    def set_number_format(
        self, *, actor: Actor, kind: DocumentKind, pattern: str, prefix: str | None = None
    ) -> tuple[NumberFormat, ChangeSummary]:
        """A new number pattern for one kind (administrators only); the year's sequence carries on."""
        return self.settings.set_number_format(actor=actor, kind=kind, pattern=pattern, prefix=prefix)


def _check_layout(layout: str) -> str:
    chosen = layout.strip().lower()
    if chosen not in LAYOUTS:
        raise UserError(f"Tata letak {layout!r} tidak dikenal: pilih a4 (10 kartu per halaman) atau cr80.")
    return chosen


def _original(records: dict[int, RegisterRecord], document_id: int) -> RegisterRecord:
    record = records.get(document_id)
    if record is None:
        raise UserError(f"Dokumen #{document_id} tidak ada di daftar dokumen.")
    if record.original_id is not None:
        record = records[record.original_id]
    if record.status != PRINTED:
        state = "batal" if record.status == "void" else "belum selesai dicetak"
        raise UserError(
            f"Dokumen {record.number} {state}; yang dapat dicetak ulang hanya dokumen yang tercetak."
        )
    return record
