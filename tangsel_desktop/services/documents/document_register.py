"""The numbering register's transactions: take numbers, mark them printed or void, recover crashed jobs.

The register never loses or repeats a number, even when the application dies mid-print:
1. reserve(): one IMMEDIATE write transaction takes the numbers and writes their rows as "reserved",
   with the signed payloads and the audit entry, so two threads or processes never take the same number;
2. the caller draws the PDF outside any transaction (it may take a minute) and puts it in place whole;
3. finish() marks the rows "printed"; a failed or cancelled drawing is void() with the reason instead;
4. recover() marks "void" (terputus) the rows a crash left "reserved", once the job's lock file shows
   nobody is printing them any more (print_lock.py; on the central server, storage/server_job_lock.py,
   which every computer printing from it sees). It runs at every start and before every print.
A crash after the PDF is written but before finish() leaves a file whose numbers are void: the clerk saw
the print fail, and the register says not to trust that file.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_numbers import document_year
from tangsel_desktop.services.documents.document_payload import DocumentKind, PayloadFields, sign_payload
from tangsel_desktop.services.documents.document_settings import issuer, number_format, number_formats
from tangsel_desktop.services.documents.office_keys import signing_key
from tangsel_desktop.services.documents.print_lock import JobLock
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store, register_lookup
from tangsel_desktop.storage.documents.document_store import (
    PRINTED,
    RESERVED,
    RegisterConflict,
    RegisterRecord,
)
from tangsel_desktop.storage.server_job_lock import ServerJobLock
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
INTERRUPTED = "terputus"  # the reason on numbers a crash cut off
MAX_VOID_REASON = 500


@dataclass(frozen=True)
class Slot:
    """One document to number: for whom, and the original when it is a copy (which keeps its number)."""

    person_id: str
    person_name: str
    original: RegisterRecord | None = None


class DocumentRegister:
    """The register's transactions over one store; holds no state, safe to share between threads."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def lock(self, job: str) -> JobLock | ServerJobLock:
        """A file beside the store on an office's laptop; on the central server, a lock every computer
        printing from it sees (storage/server_job_lock.py)."""
        if self._db.is_server:
            return ServerJobLock(self._db.engine, job)
        return JobLock(self._db.file, job)

    def reserve(
        self,
        *,
        actor: Actor,
        kind: DocumentKind,
        office: OfficeView,
        slots: Sequence[Slot],
        reason: str,
        job: str,
    ) -> tuple[list[dict[str, Any]], Issuer]:
        """Take the numbers and write their rows, signed, in one transaction; returns them and the issuer."""
        try:
            with self._db.write(actor) as tx:
                # First: without the office's contact line and head no official paper is numbered.
                document_issuer = issuer(tx, office)
                key = signing_key(tx, office_code=office.code)
                number_format = number_formats(tx)[kind]
                now = utc_now()
                year = document_year(now)
                seq = document_store.next_seq(tx, kind=kind.value, year=year)
                rows: list[dict[str, Any]] = []
                for slot in slots:
                    original = slot.original
                    if original is None:
                        number = number_format.number(office=office.code, year=year, seq=seq)
                        this_year, this_seq, seq = year, seq, seq + 1
                    else:
                        number, this_year, this_seq = original.number, original.year, original.seq
                    is_copy = original is not None
                    fields = PayloadFields(kind, office.code, number, slot.person_id, is_copy=is_copy)
                    rows.append(
                        {
                            "kind": kind.value,
                            "year": this_year,
                            "seq": this_seq,
                            "number": number,
                            "is_copy": is_copy,
                            "original_id": None if original is None else original.id,
                            "person_id": slot.person_id,
                            "person_name": slot.person_name,
                            "status": RESERVED,
                            "reason": reason,
                            "payload": sign_payload(fields, key),
                            "job": job,
                            "printed_by": actor.user_id,
                            "printed_by_name": actor.username,
                            "reserved_at": now,
                        }
                    )
                document_store.insert_records(tx, rows)
                event: dict[str, Any] = {"kind": kind.value, "count": len(rows)}
                event["numbers"] = [row["number"] for row in rows]
                if reason:
                    event["reason"] = reason
                tx.record(AuditEvent("reprint" if reason else "print", "document", job, after=event))
        except RegisterConflict as error:
            # Only a number pattern an administrator set can collide; check_format makes that unlikely.
            log.warning("numbers refused by the register: %s", error)
            raise UserError(
                "Nomor dokumen yang dihasilkan format nomor sudah pernah dipakai. Minta administrator "
                "memeriksa format nomor; tidak ada nomor yang diambil."
            ) from None
        return rows, document_issuer

    @staticmethod
    def issue_in(
        tx: Transaction,
        *,
        actor: Actor,
        kind: DocumentKind,
        office: OfficeView,
        person_id: str,
        person_name: str,
        job: str,
    ) -> dict[str, Any]:
        """Take one number inside the caller's transaction, for a document the action itself is (a
        handover's receipt): the number exists exactly when the action does, so a crash leaves both or
        neither. Its row is printed at once (no PDF to wait for); completed_at stays empty until the
        document is first drawn, and every later drawing is a SALINAN."""
        key = signing_key(tx, office_code=office.code)
        now = utc_now()
        year = document_year(now)
        seq = document_store.next_seq(tx, kind=kind.value, year=year)
        number = number_format(tx, kind).number(office=office.code, year=year, seq=seq)
        fields = PayloadFields(kind, office.code, number, person_id, is_copy=False)
        row: dict[str, Any] = {
            "kind": kind.value,
            "year": year,
            "seq": seq,
            "number": number,
            "is_copy": False,
            "original_id": None,
            "person_id": person_id,
            "person_name": person_name,
            "status": PRINTED,
            "reason": "",
            "payload": sign_payload(fields, key),
            "job": job,
            "printed_by": actor.user_id,
            "printed_by_name": actor.username,
            "reserved_at": now,
        }
        try:
            row["id"] = document_store.insert_record(tx, row)
        except RegisterConflict as error:
            log.warning("number refused by the register: %s", error)
            raise UserError(
                "Nomor dokumen yang dihasilkan format nomor sudah pernah dipakai. Minta administrator "
                "memeriksa format nomor; tidak ada yang dicatat."
            ) from None
        return row

    def finish(self, *, actor: Actor, job: str, count: int) -> None:
        """The job's PDF is in place: its rows become printed."""
        with self._db.write(actor) as tx:
            printed = document_store.mark_printed(tx, job, at=utc_now())
            tx.record(AuditEvent("printed", "document", job, after={"count": printed}))
        if printed != count:  # only a hand-edited store could get here
            log.error("print job %s: %d of %d rows marked printed", job, printed, count)

    def void(self, *, actor: Actor | None, jobs: list[str], reason: str) -> list[str]:
        """The jobs' reserved rows become void with the reason; returns their numbers.

        `actor` is None when the system voids the numbers of a job a crash cut off.
        """
        with self._db.write(actor) as tx:
            numbers = document_store.void_jobs(tx, jobs, reason=reason, at=utc_now())
            if numbers:
                tx.record(
                    AuditEvent(
                        "void",
                        "document",
                        jobs[0] if len(jobs) == 1 else "",
                        after={"jobs": jobs, "numbers": numbers, "reason": reason},
                    )
                )
        return numbers

    def void_number(self, *, actor: Actor, number: str, reason: str) -> list[str]:
        """A supervisor withdraws a printed number (the original and its copies): scanned, it says void.

        Returns the number once per row voided. A number still being printed is refused: its job voids
        it itself if it fails, and recover() does after a crash.
        """
        actor.require(Role.SUPERVISOR, "membatalkan nomor dokumen")
        number, reason = number.strip(), " ".join(reason.split())
        if not reason:
            raise UserError("Tulis alasan pembatalan nomor dokumen (--reason), misalnya: kartu ditarik.")
        if len(reason) > MAX_VOID_REASON:
            raise UserError(f"Alasan pembatalan terlalu panjang (paling banyak {MAX_VOID_REASON} huruf).")
        with self._db.write(actor) as tx:
            rows = register_lookup.rows_for_number(tx, number)
            if not rows:
                raise UserError(
                    f"Nomor {number} tidak ada di register kantor ini. Periksa penulisannya (lihat "
                    "documents list)."
                )
            if any(row.status == register_lookup.RESERVED for row in rows):
                raise UserError(
                    f"Nomor {number} sedang dicetak. Tunggu pencetakan selesai atau gagal, lalu coba lagi."
                )
            printed = [row.id for row in rows if row.status == register_lookup.PRINTED]
            if not printed:
                raise UserError(f"Nomor {number} sudah dibatalkan sebelumnya; tidak ada yang diubah.")
            register_lookup.void_printed(tx, printed, reason=reason, at=utc_now())
            tx.record(
                AuditEvent(
                    "void",
                    "document",
                    number,
                    before={"status": register_lookup.PRINTED, "rows": printed},
                    after={"numbers": [number] * len(printed), "reason": reason},
                )
            )
        # The reason is free text (it may name the person) and is in the audit entry; not in the log.
        log.info("%s voided number %s (%d rows)", actor.username, number, len(printed))
        return [number] * len(printed)

    def recover(self) -> list[str]:
        """Mark void (terputus) the numbers of jobs a crash cut off; returns those numbers."""
        with self._db.read() as tx:
            jobs = document_store.reserved_jobs(tx)
        if not jobs:
            return []
        # A job whose lock can be taken has no live process left to finish it.
        dead = [lock for lock in map(self.lock, jobs) if lock.acquire()]
        try:
            if not dead:
                return []
            numbers = self.void(actor=None, jobs=[lock.job for lock in dead], reason=INTERRUPTED)
        finally:
            for lock in dead:
                lock.release()
        if numbers:
            log.warning("%d numbers of interrupted print jobs marked void: %s", len(numbers), numbers[:20])
        return numbers
