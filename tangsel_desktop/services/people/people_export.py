"""Exporting everyone to .xlsx or .csv in the import's own columns, so the file reads back unchanged.

Photos are not exported: a spreadsheet has no place for them, and a face is the personal data a list
sent round by e-mail can best do without. They stay in the store, travel in its backups (a copy of the
whole store), and the change journal lists their rows for the package to the central office.
"""

import csv
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.enums import Role, disability_label
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import relation_label
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.output_paths import check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import (
    LAST_ROW,
    add_sheet,
    csv_safe,
    open_xlsx,
    temporary_beside,
    write_cells,
)
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_store
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

EXPORT_HEADERS = (
    "NIK",
    "NO_KK",
    "NAMA",
    "JENIS_KELAMIN",
    "TEMPAT_LAHIR",
    "TANGGAL_LAHIR",
    "ALAMAT",
    "RT",
    "RW",
    "KELURAHAN",
    "NAMA_KELURAHAN",
    "NO_HP",
    "PEKERJAAN",
    "DISABILITAS",
    "DESIL",
    "HUBUNGAN",
    "KEPALA_KELUARGA",
)
PAGE_ROWS = 1000
SUFFIXES = (".xlsx", ".csv")


@dataclass(frozen=True)
class ExportResult:
    rows: int
    path: Path

    def as_json(self) -> dict[str, object]:
        return {"rows": self.rows, "path": str(self.path)}


class ExportCancelled(UserError):
    """The clerk stopped the export: no file was made and nothing was recorded."""

    def __init__(self) -> None:
        super().__init__("Ekspor dibatalkan. Tidak ada berkas yang dibuat.")


def export_cells(row: Any) -> list[str]:
    """One person in EXPORT_HEADERS order, every value as text."""
    return [
        row.nik,
        row.kk_number or "",
        row.full_name,
        row.sex,
        row.birth_place,
        row.birth_date.isoformat(),
        row.address,
        row.rt,
        row.rw,
        row.kelurahan_code,
        kelurahan_name(row.kelurahan_code),
        row.phone,
        row.occupation,
        disability_label(row.disability),
        "" if row.desil is None else str(row.desil),
        _relation_label(row.family_relation),
        "YA" if row.is_head else "",
    ]


def _relation_label(value: str | None) -> str:
    try:
        return relation_label(value)
    except ValueError:
        return value or ""  # as for disabilities: a code this version does not know is kept


def _pages(tx: Transaction) -> Iterator[Sequence[Any]]:
    """Everyone in name order, a page at a time: a million people never sit in memory at once."""
    after: tuple[str, int] | None = None
    while page := people_store.export_page_by_name(tx, after=after, limit=PAGE_ROWS):
        yield page
        after = (page[-1].full_name, page[-1].local_no)


class PeopleExportService:
    """Personal data leaving the office: supervisors only, and every export is in the audit log."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @exports("Ekspor data penduduk")
    def export(
        self,
        *,
        actor: Actor,
        target: Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[ExportResult, ChangeSummary]:
        actor.require(Role.SUPERVISOR, "mengekspor data penduduk")
        target = check_output_path(target, SUFFIXES, store_file=self._db.file, what="Ekspor penduduk")
        suffix = target.suffix.lower()
        with temporary_beside(target) as temporary:
            with self._db.read() as tx:
                total = people_store.count_people(tx)
                write = _write_xlsx if suffix == ".xlsx" else _write_csv
                rows = write(temporary, _pages(tx), total, progress, cancelled)
            event = AuditEvent("export", "file", after={"rows": rows, "file": target.name})
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        log.info("exported %s people to %s", rows, target.name)
        return ExportResult(rows=rows, path=target), ChangeSummary.AUDIT_LOG


Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


def _advance(done: int, total: int, progress: Progress, cancelled: Cancelled) -> None:
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise ExportCancelled


def _write_xlsx(
    path: Path, pages: Iterator[Sequence[Any]], total: int, progress: Progress, cancelled: Cancelled
) -> int:
    if total > LAST_ROW:
        # One sheet holds the header and 1,048,575 people; a second sheet would not import back.
        raise UserError(
            f"Kantor ini mencatat {format_count(total)} orang; satu lembar Excel hanya memuat "
            f"{format_count(LAST_ROW)} orang. Ekspor ke berkas .csv, misalnya penduduk.csv."
        )
    done = 0
    with open_xlsx(path, "Berkas ekspor tidak dapat ditulis") as workbook:
        sheet = add_sheet(workbook, "Penduduk", EXPORT_HEADERS)
        for page in pages:
            for row in page:
                done += 1
                # Text cells: a NIK never turns into a rounded number, a name starting with '=' never runs.
                write_cells(sheet, done, export_cells(row))
            _advance(done, total, progress, cancelled)
    _advance(done, done, progress, None)
    return done


def _write_csv(
    path: Path, pages: Iterator[Sequence[Any]], total: int, progress: Progress, cancelled: Cancelled
) -> int:
    done = 0
    try:
        # UTF-8 with BOM: Excel then reads the names' accents right.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADERS)
            for page in pages:
                writer.writerows([csv_safe(value) for value in export_cells(row)] for row in page)
                done += len(page)
                _advance(done, total, progress, cancelled)
    except OSError as error:
        raise UserError(f"Berkas ekspor tidak dapat ditulis: {error.strerror}. Periksa ruang disk.") from None
    _advance(done, done, progress, None)
    return done
