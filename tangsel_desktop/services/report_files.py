"""Saves a report as a PDF or an Excel workbook, by the target's extension, together with its audit entry."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tangsel_desktop.documents.document_models import ReportData
from tangsel_desktop.services.published_files import publish_written
from tangsel_desktop.services.tabular_files import open_xlsx, temporary_beside
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.transaction import Author


def save_report_file(
    database: Database,
    actor: Author,
    target: Path,
    *,
    pdf: Callable[[], ReportData],
    sheets: Callable[[Any], None],
    event: AuditEvent,
) -> None:
    """Write pdf() or sheets(workbook) to target (already checked) and record event with the file."""
    with temporary_beside(target) as temporary:
        if target.suffix.lower() == ".pdf":
            # Imported here: ReportLab loads only when a PDF is asked for.
            from tangsel_desktop.documents.reports import render_report

            render_report(temporary, pdf())
        else:
            with open_xlsx(temporary, "Laporan tidak dapat ditulis") as workbook:
                sheets(workbook)
        publish_written(database, actor, temporary, target, lambda tx: tx.record(event))
