"""The centre's findings as an Excel workbook: one sheet of findings, one of the rows each names."""

import logging
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.wilayah import DINSOS_CODE, kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.output_paths import XLSX, check_output_path
from tangsel_desktop.services.published_files import exports
from tangsel_desktop.services.sync.findings import FindingView, SyncFindings
from tangsel_desktop.services.tabular_files import SheetContent, write_workbook
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database

log = logging.getLogger(__name__)

FINDING_HEADER = (
    "No. temuan",
    "Jenis",
    "Pokok (NIK / bulan:KK)",
    "Kantor",
    "Keterangan",
    "Pertama terlihat (UTC)",
    "Status",
    "Keputusan",
    "Diputuskan oleh",
    "Diputuskan pada (UTC)",
    "Catatan",
)
ROW_HEADER = (
    "No. temuan",
    "Kantor",
    "NIK",
    "Nama",
    "Tanggal lahir",
    "No. KK",
    "Lainnya",
    "Tabel",
    "Id baris",
)


@dataclass(frozen=True)
class FindingsSaved:
    path: Path
    count: int

    def as_json(self) -> dict[str, object]:
        return {"file": str(self.path), "findings": self.count}


def _office(code: str) -> str:
    """'Sawah (36.74.04.1004)': the name a meeting reads, the code a letter cites."""
    if code == DINSOS_CODE:
        return "Dinas Sosial"
    name = kelurahan_name(code)
    return code if name == code else f"{name} ({code})"


def _when(value: object) -> str:
    return "" if value is None else str(value)[:19].replace("T", " ")


def _finding_line(item: FindingView) -> tuple[object, ...]:
    return (
        item.id,
        item.kind_label,
        item.subject,
        ", ".join(map(_office, item.offices)),
        item.detail,
        _when(item.first_seen.isoformat()),
        item.status_label,
        item.decision_label if item.decision else "",
        item.decided_by_name,
        _when(item.decided_at.isoformat() if item.decided_at else None),
        item.note,
    )


def _row_lines(item: FindingView) -> list[tuple[object, ...]]:
    lines: list[tuple[object, ...]] = []
    for row in item.rows:
        values = row.values
        other = {
            "jamsos_member": f"status {values.get('status', '')}, KPJ {values.get('kpj_number') or '-'}",
            "sembako_handover": f"{values.get('round', '')}, tanda terima {values.get('receipt_number', '')}",
        }.get(row.table, "")
        lines.append(
            (
                item.id,
                _office(row.office),
                str(values.get("nik", "")),
                str(values.get("full_name", "")),
                str(values.get("birth_date", "")),
                str(values.get("kk_number", "")),
                other,
                row.table,
                row.row_id,
            )
        )
    return lines


class FindingsExport:
    """Saving the findings for a meeting or a letter (supervisor: the rows carry names and NIKs)."""

    def __init__(self, database: Database, findings: SyncFindings) -> None:
        self._db = database
        self._findings = findings

    @exports("Temuan sinkronisasi")
    def export_xlsx(
        self, *, actor: Actor, target: Path, status: str | None = None, include_cleared: bool = False
    ) -> FindingsSaved:
        actor.require(Role.SUPERVISOR, "mengekspor temuan sinkronisasi")
        target = check_output_path(target, XLSX, store_file=self._db.file_or_none, what="Berkas temuan")
        found = self._findings.findings(actor=actor, status=status, include_cleared=include_cleared)
        write_workbook(
            target,
            [
                SheetContent(
                    "Temuan",
                    FINDING_HEADER,
                    map(_finding_line, found),
                    (10, 40, 24, 30, 26, 18, 14, 34, 20, 18, 40),
                ),
                SheetContent(
                    "Baris",
                    ROW_HEADER,
                    (line for item in found for line in _row_lines(item)),
                    (10, 16, 18, 28, 12, 18, 40, 18, 34),
                ),
            ],
        )
        with self._db.write(actor) as tx:
            tx.record(
                AuditEvent(
                    "export",
                    "sync_finding",
                    "",
                    after={"file": target.name, "findings": len(found), "status": status or "semua"},
                )
            )
        log.info("sync findings exported to %s: %s", target, format_count(len(found)))
        return FindingsSaved(target, len(found))
