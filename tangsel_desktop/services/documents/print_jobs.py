"""One numbered print job: take the numbers, draw the PDF outside any transaction, then mark them printed.

Cards, receipts, signing sheets and reports all print this way (document_register.py says why the
numbers never go missing): the job's lock file shows it is alive, the numbers are reserved in one
transaction, the drawing may take a minute, and the numbers end printed, or void with the reason when the
drawing fails or the clerk cancels it.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.documents.document_models import Issuer
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_register import DocumentRegister, Slot
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.storage.columns import new_id

log = logging.getLogger(__name__)
CANCELLED = "dibatalkan"
MAX_REASON = 500

Draw = Callable[[list[dict[str, Any]], Issuer], int]  # the reserved rows and the issuer -> pages drawn


@dataclass(frozen=True)
class JobOutcome:
    """What a job drew: its register rows (numbers and signed payloads) and pages; cancelled: nothing."""

    rows: list[dict[str, Any]]
    pages: int
    cancelled: bool = False
    voided: int = 0  # numbers taken and then voided because the clerk cancelled


def run_print_job(
    register: DocumentRegister,
    *,
    actor: Actor,
    kind: DocumentKind,
    office: OfficeView,
    slots: Sequence[Slot],
    reason: str,
    draw: Draw,
    where: str,
    cancelled: Callable[[], bool] | None = None,
) -> JobOutcome:
    """Reserve the slots' numbers, draw, and settle them; `where` names the target in a refusal."""
    if cancelled is not None and cancelled():
        return JobOutcome([], 0, cancelled=True)
    register.recover()
    job = new_id()
    lock = register.lock(job)
    if not lock.acquire():  # a fresh random name: only an unusable data folder refuses it
        raise UserError(
            f"Pencetakan tidak dapat dimulai: kunci pekerjaan cetak tidak dapat diambil di {lock.where}. "
            "Periksa folder data (atau server) lalu cetak lagi."
        )
    try:
        rows, issuer = register.reserve(
            actor=actor, kind=kind, office=office, slots=slots, reason=reason, job=job
        )
        try:
            pages = draw(rows, issuer)
        except BaseException as error:
            # Whatever stopped the drawing, the numbers it took are accounted for before it goes on.
            stopped = cancelled is not None and cancelled()
            why = CANCELLED if stopped else f"gagal: {type(error).__name__}: {error}"[:MAX_REASON]
            register.void(actor=actor, jobs=[job], reason=why)
            if stopped:
                log.info("print job %s cancelled; %d numbers void", job, len(rows))
                return JobOutcome([], 0, cancelled=True, voided=len(rows))
            if isinstance(error, OSError):
                raise UserError(
                    f"PDF tidak dapat ditulis ke {where}: {error.strerror or error}. Nomor yang sempat "
                    "diambil dicatat batal; periksa folder tujuan lalu cetak lagi."
                ) from error
            raise
        register.finish(actor=actor, job=job, count=len(rows))
    finally:
        lock.release()
    log.info("print job %s: %d %s, %d pages", job, len(rows), kind.value, pages)
    return JobOutcome(rows, pages)


def draw_with_copies(
    register: DocumentRegister,
    *,
    actor: Actor,
    kind: DocumentKind,
    office: OfficeView,
    copies: Sequence[Slot],
    reason: str,
    draw: Draw,
    where: str,
    issuer: Issuer,
) -> int:
    """Pages drawn of papers numbered already: copies among them take new numbers in a job, else none."""
    if not copies:
        return draw([], issuer)
    outcome = run_print_job(
        register,
        actor=actor,
        kind=kind,
        office=office,
        slots=copies,
        reason=reason,
        draw=draw,
        where=where,
    )
    return outcome.pages
