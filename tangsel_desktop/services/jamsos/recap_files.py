"""The month's Jamsosnaker recap saved as a signed PDF or an Excel workbook, and the export audited."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tangsel_desktop.documents.reports import render_report
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents import document_settings
from tangsel_desktop.services.jamsos.membership_service import JamsosService
from tangsel_desktop.services.jamsos.membership_views import JamsosRecap
from tangsel_desktop.services.jamsos.recap_content import RecapSigners, report_data, write_recap_sheets
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF_OR_XLSX, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import open_xlsx, temporary_beside
from tangsel_desktop.storage import office_store
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database

log = logging.getLogger(__name__)

KINDS = {".pdf": "pdf", ".xlsx": "xlsx"}
Progress = Callable[[int, int], None] | None
STEPS = 3  # the recap, the file, the audit entry with the file moved into place


@dataclass(frozen=True)
class RecapFile:
    """A saved recap: where, which kind, its pages (0 for Excel), and the figures it holds."""

    path: Path
    kind: str  # "pdf" or "xlsx"
    pages: int
    recap: JamsosRecap
    changed: ChangeSummary = field(default_factory=lambda: ChangeSummary.AUDIT_LOG)

    def as_json(self) -> dict[str, object]:
        return {"file": str(self.path), "kind": self.kind, "pages": self.pages}


def recap_kind(target: Path) -> str:
    """'pdf' or 'xlsx' from the file name; anything else is refused with the way to fix it."""
    kind = KINDS.get(Path(target).suffix.lower())
    if kind is None:
        raise UserError(
            f"Rekap hanya disimpan sebagai berkas .pdf atau .xlsx, bukan {Path(target).name!r}. "
            "Ganti akhiran nama berkasnya, misalnya rekap-2025-09.pdf."
        )
    return kind


class JamsosRecapFiles:
    """A signed recap goes to BPJS and the city budget office: a supervisor signs it and it is audited."""

    def __init__(
        self,
        database: Database,
        office: OfficeService,
        jamsos: JamsosService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = database
        self._office = office
        self._jamsos = jamsos
        self._today = today

    @exports("Rekap iuran Jamsosnaker")
    def save_recap(
        self, *, actor: Actor, month: YearMonth, target: Path, progress: Progress = None
    ) -> RecapFile:
        """Write the month's recap to target (.pdf signed by the actor, or .xlsx), replacing it whole."""
        actor.require(Role.SUPERVISOR, "menandatangani dan menyimpan rekap iuran Jamsosnaker")
        target = check_output_path(target, PDF_OR_XLSX, store_file=self._db.file, what="Rekap")
        kind = recap_kind(target)
        office = self._office.require()
        office_name = office.name
        with self._db.read() as tx:
            # The signed recap is an official paper: the office's contact line and head must be known.
            details = document_settings.printable_details(tx, office)
            signer = office_store.user_by_id(tx, actor.user_id)
        signers = RecapSigners(
            name=actor.full_name,
            position=(signer.position if signer is not None else "") or actor.role.label,
            nip=signer.nip if signer is not None else "",
            head_title=document_settings.head_title(office),
            head_name=details.head_name,
        )
        recap = self._jamsos.recap(actor=actor, month=month)
        _step(progress, 1)
        with temporary_beside(target) as temporary:
            if kind == "pdf":
                data = report_data(
                    recap,
                    office_name=office_name,
                    signers=signers,
                    printed_at=utc_now(),
                    signed_on=self._today(),
                )
                pages = render_report(temporary, data)
            else:
                pages = 0
                with open_xlsx(temporary, "Rekap tidak dapat ditulis") as workbook:
                    write_recap_sheets(workbook, recap, office_name=office_name, signer=actor.full_name)
            _step(progress, 2)
            self._record(actor, recap, kind, temporary, target)
        _step(progress, 3)
        log.info("jamsos recap %s saved as %s (%s members)", recap.month, kind, recap.members)
        return RecapFile(path=target, kind=kind, pages=pages, recap=recap)

    def _record(self, actor: Actor, recap: JamsosRecap, kind: str, temporary: Path, target: Path) -> None:
        after = {
            "month": recap.month,
            "kind": kind,
            "file": target.name,
            "members": recap.members,
            "amount": recap.amount,
            "year_to_date": recap.year_to_date,
            "projection": recap.projection,
            "premium": recap.premium,
        }
        event = AuditEvent("export", "jamsos_recap", recap.month, after=after)
        publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))


def _step(progress: Progress, done: int) -> None:
    if progress is not None:
        progress(done, STEPS)
