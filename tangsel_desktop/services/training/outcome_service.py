"""BNSP results as the LSP certified them (recorded, not printed) and the city's participation certificates
through the register: issued once to who met the minimum, reprinted as SALINAN under the same number.

A certificate's number is reserved by the print job, drawn, linked to its participant in the transaction
that puts the PDF in place, then marked printed. A kill -9 before that link leaves a reserved number that
recover() voids (terputus): no gap, no twin; the next print takes a new number for that participant.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import CertificateData, Issuer
from tangsel_desktop.domain.enums import Disability, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import tidy_text
from tangsel_desktop.domain.training.participation import (
    EXPIRY_WARNING_MONTHS,
    ParticipantStatus,
    Result,
    add_months,
    valid_until,
)
from tangsel_desktop.domain.training.training_rules import TrainingKind, attendance_percent, meets_minimum
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_register import DocumentRegister, Slot
from tangsel_desktop.services.documents.document_settings import issuer
from tangsel_desktop.services.documents.print_jobs import run_print_job
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.services.training.training_lookup import (
    batch_view,
    find_batch,
    find_selected_participant,
)
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.documents.register_lookup import PRINTED
from tangsel_desktop.storage.training import attendance_store, outcome_store, participant_store
from tangsel_desktop.storage.training.outcome_store import Expiring
from tangsel_desktop.storage.training.participant_store import StoredParticipant
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
TRAINING_CHANGED = ChangeSummary.TRAINING
DOCUMENTS_CHANGED = ChangeSummary.TRAINING | ChangeSummary.DOCUMENT | ChangeSummary.AUDIT_LOG
COPY_REASON = "cetak ulang sertifikat pelatihan"
MAX_LSP_NUMBER = 100
SIGNED_AT = "Tangerang Selatan"


@dataclass(frozen=True)
class ResultView:
    nik: str
    full_name: str
    result: Result
    lsp_number: str
    certified_on: date
    valid_until: date

    def as_json(self) -> dict[str, Any]:
        return {
            "nik": self.nik,
            "name": self.full_name,
            "result": self.result.value,
            "lsp_number": self.lsp_number,
            "date": self.certified_on.isoformat(),
            "valid_until": self.valid_until.isoformat(),
        }


@dataclass(frozen=True)
class Issued:
    nik: str
    full_name: str
    number: str
    copy: bool
    large_print: bool


@dataclass(frozen=True)
class Refused:
    nik: str
    full_name: str
    reason: str


@dataclass(frozen=True)
class CertificateRun:
    """A batch's certificates: who got one (with its number), who did not and why, and the PDF."""

    issued: tuple[Issued, ...]
    refused: tuple[Refused, ...]
    pages: int
    path: Path

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "pages": self.pages,
            "issued": [
                {
                    "nik": i.nik,
                    "name": i.full_name,
                    "number": i.number,
                    "copy": i.copy,
                    "large_print": i.large_print,
                }
                for i in self.issued
            ],
            "refused": [{"nik": r.nik, "name": r.full_name, "reason": r.reason} for r in self.refused],
        }


class TrainingOutcomes:
    """Results and certificates; a supervisor's work."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today
        self._register = DocumentRegister(database)

    def record_result(
        self,
        *,
        actor: Actor,
        batch_id: str,
        nik: str,
        result: Result | str,
        lsp_number: str,
        certified_on: date,
    ) -> tuple[ResultView, ChangeSummary]:
        """The LSP's result for a participant of a BNSP course; a second recording corrects the first."""
        actor.require(Role.SUPERVISOR, "mencatat hasil uji kompetensi")
        chosen = result if isinstance(result, Result) else Result.parse(result)
        number = tidy_text(lsp_number)
        if not number:
            raise UserError("Tulis nomor sertifikat dari LSP (--lsp-number).", field="lsp_number")
        if len(number) > MAX_LSP_NUMBER:
            raise UserError(
                f"Nomor sertifikat LSP paling panjang {MAX_LSP_NUMBER} huruf.", field="lsp_number"
            )
        if certified_on > self._today():
            raise UserError("Tanggal sertifikat LSP tidak boleh sesudah hari ini.", field="date")
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            if view.training.kind is not TrainingKind.BNSP:
                raise UserError(
                    f"'{view.training.name}' pelatihan umum, bukan bersertifikat BNSP: tidak ada hasil uji "
                    "kompetensi untuk dicatat. Tidak ada yang diubah."
                )
            if certified_on < batch.starts_on:
                raise UserError(
                    f"Tanggal sertifikat LSP ({certified_on:%d-%m-%Y}) sebelum angkatan dimulai "
                    f"({batch.starts_on:%d-%m-%Y}).",
                    field="date",
                )
            row = find_selected_participant(tx, batch, nik, "hasil uji kompetensinya")
            values = {
                "result": chosen.value,
                "lsp_number": number,
                "certified_on": certified_on,
                "valid_until": valid_until(certified_on),
                "recorded_at": utc_now(),
                "recorded_by": actor.user_id,
            }
            earlier = outcome_store.result_of(tx, row.id)
            if earlier is None:
                result_id = new_id()
                outcome_store.insert_result(tx, {"id": result_id, "participant_id": row.id, **values})
            else:
                result_id = earlier.id
                outcome_store.update_result(tx, earlier.id, values)
            tx.record(
                AuditEvent(
                    "result",
                    "training_result",
                    result_id,
                    before=None
                    if earlier is None
                    else {"result": earlier.result, "lsp_number": earlier.lsp_number},
                    after={
                        "nik": row.nik,
                        "result": chosen.value,
                        "lsp_number": number,
                        "date": certified_on.isoformat(),
                    },
                )
            )
        shown = ResultView(row.nik, row.full_name, chosen, number, certified_on, valid_until(certified_on))
        return shown, TRAINING_CHANGED

    def expiring(self, *, actor: Actor, months: int = EXPIRY_WARNING_MONTHS) -> list[Expiring]:
        """Competency certificates that end within the next months (the reminder list)."""
        actor.require(Role.OPERATOR, "melihat sertifikat kompetensi yang akan berakhir")
        today = self._today()
        with self._db.read() as tx:
            return outcome_store.expiring(tx, today, add_months(today, months))

    @exports("Sertifikat pelatihan")
    def certificates(
        self, *, actor: Actor, batch_id: str, target: Path, large_print: bool = False
    ) -> tuple[CertificateRun, ChangeSummary]:
        """The batch's participation certificates in one PDF: the first printing of each is the original,
        later ones SALINAN with the same number; who did not attend enough is refused, with why."""
        actor.require(Role.SUPERVISOR, "mencetak sertifikat pelatihan")
        target = check_output_path(target, PDF, store_file=self._db.file, what="Sertifikat")
        office = self._office.require()
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            view = batch_view(tx, batch)
            people = participant_store.participants(tx, batch.id, statuses=[ParticipantStatus.SELECTED.value])
            attended = attendance_store.attended_jp(tx, batch.id)
            results = outcome_store.results(tx, batch.id)
            links = outcome_store.certificate_links(tx, batch.id)
            records = document_store.records_by_id(tx, list(links.values()))
            document_issuer = issuer(tx, office)
        total, minimum = view.total_jp, view.training.min_attendance
        chosen: list[StoredParticipant] = []
        refused: list[Refused] = []
        for person in people:
            jp = attended.get(person.id, 0)
            if meets_minimum(jp, total, minimum):
                chosen.append(person)
            else:
                refused.append(
                    Refused(
                        person.nik,
                        person.full_name,
                        f"hadir {jp} dari {total} JP ({attendance_percent(jp, total)}%), kurang dari minimal "
                        f"{minimum}%",
                    )
                )
        if not chosen:
            why = "; ".join(f"{r.full_name}: {r.reason}" for r in refused[:3]) or "belum ada peserta terpilih"
            raise UserError(f"Tidak ada peserta '{batch.name}' yang memenuhi syarat sertifikat ({why}).")
        signatory = batch.signatory_name or document_issuer.head_name
        if not signatory:
            raise UserError(
                "Nama penandatangan sertifikat belum ada: isi nama lurah/kepala "
                "(documents office --head-name) atau penandatangan angkatan (--signatory-name)."
            )
        position = batch.signatory_position or f"{document_issuer.head_title} {office.name.split(',')[0]}"
        originals = {
            person.id: record
            for person in chosen
            if (record := records.get(links.get(person.id, -1))) is not None and record.status == PRINTED
        }
        slots = [Slot(p.person_id, p.full_name, original=originals.get(p.id)) for p in chosen]
        today = self._today()

        def result_text(person: StoredParticipant) -> str:
            found = results.get(person.id)
            if view.training.kind is TrainingKind.BNSP and found is not None:
                return f"Telah mengikuti pelatihan dengan baik; uji kompetensi: {Result(found.result).label}"
            return "Telah mengikuti pelatihan dengan baik"

        def draw(rows: list[dict[str, Any]], job_issuer: Issuer) -> int:
            data = [
                CertificateData(
                    number=row["number"],
                    participant_name=person.full_name,
                    training_name=view.training.name,
                    starts_on=batch.starts_on,
                    ends_on=batch.ends_on,
                    place=batch.place,
                    hours=total,
                    result=result_text(person),
                    signed_at_place=SIGNED_AT,
                    signed_on=today,
                    signatory_name=signatory,
                    signatory_position=position,
                    signatory_nip=batch.signatory_nip,
                    qr_payload=row["payload"],
                    is_copy=bool(row["is_copy"]),
                    large_print=large_print or person.disability == Disability.BLIND.value,
                )
                for person, row in zip(chosen, rows, strict=True)
            ]
            from tangsel_desktop.documents.certificates import render_certificates

            def link(tx: Transaction) -> None:
                ids = document_store.job_ids(tx, rows[0]["job"])
                for person, row, document_id in zip(chosen, rows, ids, strict=True):
                    if not row["is_copy"]:
                        outcome_store.link_certificate(
                            tx,
                            {
                                "id": new_id(),
                                "participant_id": person.id,
                                "document_id": document_id,
                                "number": row["number"],
                                "issued_at": utc_now(),
                            },
                        )
                copies = sum(1 for row in rows if row["is_copy"])
                tx.record(
                    AuditEvent(
                        "print",
                        "training_certificates",
                        batch.id,
                        after={"batch": batch.name, "original": len(rows) - copies, "copy": copies},
                    )
                )

            with temporary_beside(target) as temporary:
                pages = render_certificates(temporary, data, job_issuer)
                publish_written(self._db, actor, temporary, target, link)
            return pages

        outcome = run_print_job(
            self._register,
            actor=actor,
            kind=DocumentKind.CERTIFICATE,
            office=office,
            slots=slots,
            reason=COPY_REASON if originals else "",
            draw=draw,
            where=str(target),
        )
        issued = tuple(
            Issued(
                p.nik,
                p.full_name,
                row["number"],
                bool(row["is_copy"]),
                large_print or p.disability == Disability.BLIND.value,
            )
            for p, row in zip(chosen, outcome.rows, strict=True)
        )
        log.info("%d training certificates of batch %s drawn", len(issued), batch.id)
        return CertificateRun(issued, tuple(refused), outcome.pages, target), DOCUMENTS_CHANGED
