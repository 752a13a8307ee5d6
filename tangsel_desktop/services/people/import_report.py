"""The import's report workbook: what was done (or would be), by whom, and each row that needs a look."""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.import_columns import ColumnMap
from tangsel_desktop.services.tabular_files import SheetContent, write_workbook

if TYPE_CHECKING:  # the import module calls this one: its types are named, not imported at run time
    from tangsel_desktop.services.people.people_import import ImportResult, ReportLine

REPORT_HEADER = ("BARIS", "NIK", "NAMA", "HASIL", "PERINGATAN", "ALASAN")


def write_import_report(
    path: Path,
    lines: Sequence["ReportLine"],
    columns: ColumnMap,
    result: "ImportResult",
    source: Path,
    actor: Actor,
    started: datetime,
    done: int,
    total: int,
) -> None:
    """The report a clerk opens in Excel: a summary sheet, then the rows that were not simply unchanged."""
    if result.cancelled:
        status = f"Dibatalkan setelah {done} dari {total} baris diperiksa. Tidak ada data yang disimpan."
    elif result.dry_run:
        status = "Uji coba selesai. Tidak ada data yang disimpan; HASIL menunjukkan apa yang akan terjadi."
    else:
        status = "Selesai. Data sudah disimpan."
    summary: list[tuple[object, object]] = [
        ("Berkas", source.name),
        ("Jenis", "Uji coba (tidak menyimpan)" if result.dry_run else "Impor"),
        ("Status", status),
        ("Oleh", f"{actor.full_name} ({actor.username}, {actor.role.label})"),
        ("Waktu", format_datetime(started)),
        ("Jumlah baris data", result.total_rows),
        ("Baru", result.imported),
        ("Diperbarui", result.updated),
        ("Tidak berubah", result.unchanged),
        ("Ditolak", result.rejected),
        ("Dengan peringatan", result.warnings),
        ("Warga kelurahan lain (peringatan)", result.other_kelurahan),
        ("Kolom tidak dikenal (diabaikan)", ", ".join(columns.unknown) or "tidak ada"),
        ("Kolom ganda (diabaikan)", ", ".join(columns.repeated) or "tidak ada"),
        (
            "Keterangan",
            "Baris yang tidak berubah dan tanpa peringatan hanya dihitung, tidak dicantumkan.",
        ),
    ]
    shown = [] if result.cancelled else lines
    write_workbook(
        path,
        [
            SheetContent("Ringkasan", ("KETERANGAN", "NILAI"), summary, widths=(32, 90)),
            SheetContent(
                "Baris",
                REPORT_HEADER,
                ((ln.row, ln.nik, ln.name, ln.outcome, ln.warnings, ln.reasons) for ln in shown),
                widths=(8, 20, 32, 14, 60, 80),
            ),
        ],
    )
