"""The exchange with BPJS Ketenagakerjaan as one service: the list to submit, and BPJS's answer read back."""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.bpjs_export import BpjsExport, export_for_bpjs, next_month
from tangsel_desktop.services.jamsos.bpjs_findings import BpjsImportResult, default_report_path
from tangsel_desktop.services.jamsos.bpjs_import import import_bpjs_answer
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import bpjs_store as jamsos_bpjs_store

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class BpjsExchangeService:
    """Supervisors only: the list carries NIKs out of the office, and the answer makes members active."""

    def __init__(self, database: Database, reports_dir: Path, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._reports = reports_dir
        self._today = today

    def counts(self, *, actor: Actor) -> tuple[int, int]:
        """(verified members ready to send to BPJS, submitted members waiting for BPJS's answer)."""
        actor.require(Role.OPERATOR, "melihat jumlah peserta untuk BPJS")
        with self._db.read() as tx:
            return (
                jamsos_bpjs_store.count_with_status(tx, MemberStatus.VERIFIED.value),
                jamsos_bpjs_store.count_with_status(tx, MemberStatus.SUBMITTED.value),
            )

    def default_month(self) -> YearMonth:
        """The first month a list made today asks BPJS to cover: next month."""
        return next_month(self._today())

    @exports("Daftar peserta untuk BPJS Ketenagakerjaan")
    def export_for_bpjs(
        self,
        *,
        actor: Actor,
        target: Path,
        month: YearMonth | None = None,
        mark_submitted: bool = False,
        progress: Progress = None,
        cancelled: Cancelled = None,
    ) -> tuple[BpjsExport, ChangeSummary]:
        return export_for_bpjs(
            self._db,
            actor=actor,
            target=target,
            month=month,
            mark_submitted=mark_submitted,
            today=self._today(),
            progress=progress,
            cancelled=cancelled,
        )

    def report_path_for(self, source: Path, *, dry_run: bool) -> Path:
        """Where a report goes when nobody chose: the office's reports folder, named after the file."""
        return default_report_path(self._reports, Path(source), datetime.now().astimezone(), dry_run)

    @exports("Laporan jawaban BPJS Ketenagakerjaan")
    def import_bpjs_answer(
        self,
        *,
        actor: Actor,
        source: Path,
        report: Path | None = None,
        dry_run: bool = False,
        progress: Progress = None,
        cancelled: Cancelled = None,
    ) -> tuple[BpjsImportResult, ChangeSummary]:
        return import_bpjs_answer(
            self._db,
            actor=actor,
            source=source,
            report=report or self.report_path_for(source, dry_run=dry_run),
            dry_run=dry_run,
            progress=progress,
            cancelled=cancelled,
        )
