"""The sync's one entry for the window and the command line: keys, export, import (both kinds), answer."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.backup_service import BEFORE_SYNC, BackupService
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.sync.answers import AnswerApplied, AnswerWritten, SyncAnswers, is_answer
from tangsel_desktop.services.sync.central_import import CentralImport, ImportResult, read_package
from tangsel_desktop.services.sync.package_export import ExportResult, SyncExport
from tangsel_desktop.services.sync.sync_keys import SyncKeys
from tangsel_desktop.services.sync.sync_status import SyncStatus
from tangsel_desktop.storage.database import Database


class SyncService:
    """Everything `sync ...` and `keys ...` do, on one object held by Services."""

    def __init__(self, database: Database, office: OfficeService, backups: BackupService) -> None:
        self._db = database
        self._backups = backups
        self.keys = SyncKeys(database, office)
        self.exports = SyncExport(database)
        # The automatic backup before a merge: verified, rotated, mirrored; no copy, no merge.
        self.central = CentralImport(database, lambda: backups.before_step(BEFORE_SYNC))
        self.answers = SyncAnswers(database)
        self._status = SyncStatus(database)

    def export(
        self,
        *,
        actor: Actor,
        target: Path,
        from_sequence: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[ExportResult, ChangeSummary]:
        """The office's package; `progress(tables read, tables)` for the window's progress bar."""
        return self.exports.export(actor=actor, target=target, from_sequence=from_sequence, progress=progress)

    def import_file(
        self, *, actor: Actor, source: Path, backup: bool = True
    ) -> tuple[ImportResult | AnswerApplied, ChangeSummary]:
        """An office's package at the centre, or the centre's answer at an office (told by its header)."""
        data = read_package(source)
        if is_answer(data):
            # An answer rewrites reference data (rates, rules): a copy first, as before every sync import.
            if backup:
                self._backups.before_step(BEFORE_SYNC)
            return self.answers.apply_answer(actor=actor, source=source)
        return self.central.import_bytes(actor=actor, data=data, backup=backup)

    def import_packages(
        self,
        *,
        actor: Actor,
        sources: list[Path],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[Path, ImportResult | str]]:
        """Many offices' packages at once (the window's "read packages"): one backup before the first,
        each package its own transaction, in the order given; a refused one is reported by its message
        and the others still run."""
        results: list[tuple[Path, ImportResult | str]] = []
        backed_up = False
        for source in sources:
            if cancelled is not None and cancelled():
                break
            try:
                data = read_package(source)
                result, _ = self.central.import_bytes(actor=actor, data=data, backup=not backed_up)
            except UserError as error:
                results.append((source, error.message))
                if progress is not None:
                    progress(len(results), len(sources))
                continue
            backed_up = backed_up or result.applied
            results.append((source, result))
            if progress is not None:
                progress(len(results), len(sources))
        return results

    def answer(self, *, actor: Actor, office_code: str, target: Path) -> tuple[AnswerWritten, ChangeSummary]:
        return self.answers.write_answer(actor=actor, office_code=office_code, target=target)

    def status(self) -> dict[str, Any]:
        return self._status.status()
