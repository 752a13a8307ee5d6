"""What the signed Jamsosnaker recap says, laid out once for the PDF report and the Excel workbook."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tangsel_desktop.documents.document_models import ReportColumn, ReportData, ReportSection, Signatory
from tangsel_desktop.domain.formatting import format_count, format_date, format_rupiah
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.signer_profile import printed_nip
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.services.jamsos.membership_views import JamsosRecap
from tangsel_desktop.services.tabular_files import add_sheet, write_cells

TITLE = "Rekapitulasi Iuran Jamsosnaker"
PROGRAM = "BPJS Ketenagakerjaan (JKK dan JKM) pekerja rentan, dibayar Pemerintah Kota Tangerang Selatan"
SIGN_PLACE = "Tangerang Selatan"


@dataclass(frozen=True)
class RecapSigners:
    """Who signs the recap (their real position and NIP) and the office head who acknowledges it."""

    name: str
    position: str
    nip: str
    head_title: str  # "Lurah" or "Kepala Dinas Sosial"
    head_name: str

    def signatories(self, place_date: str) -> tuple[Signatory, ...]:
        # "Mengetahui" first (left), the signer last, at the right margin, as Indonesian reports close.
        return (
            Signatory("Mengetahui,", f"{self.head_title},", self.head_name),
            Signatory(place_date, f"{self.position},", self.name, printed_nip(self.nip)),
        )


LINE_COLUMNS = (
    ReportColumn("No", 0.5, "right"),
    ReportColumn("Kelurahan", 2.0),
    ReportColumn("RW", 0.6, "center"),
    ReportColumn("Pekerjaan", 2.4),
    ReportColumn("Peserta", 0.9, "right"),
    ReportColumn("Iuran", 1.5, money=True),
)
KELURAHAN_COLUMNS = (
    ReportColumn("No", 0.5, "right"),
    ReportColumn("Kelurahan", 5.0),
    ReportColumn("Peserta", 0.9, "right"),
    ReportColumn("Iuran", 1.5, money=True),
)
KECAMATAN_COLUMNS = (
    ReportColumn("No", 0.5, "right"),
    ReportColumn("Kecamatan", 5.0),
    ReportColumn("Peserta", 0.9, "right"),
    ReportColumn("Iuran", 1.5, money=True),
)
CORRECTION_HEADING = "Koreksi bulan lalu"
CORRECTION_COLUMNS = (
    ReportColumn("No", 0.5, "right"),
    ReportColumn("Nama / NIK", 2.6),
    ReportColumn("RW", 0.6, "center"),
    ReportColumn("Bulan yang dikoreksi", 2.4),
    ReportColumn("Bulan", 0.7, "right"),
    ReportColumn("Iuran", 1.5, money=True),
    ReportColumn("Alasan", 2.4),
)
# Excel shows these with the reader's own thousands separator (a dot in Indonesian Excel).
WHOLE_NUMBER = "#,##0"


def month_of(recap: JamsosRecap) -> YearMonth:
    return YearMonth.parse(recap.month)


def rate_text(recap: JamsosRecap) -> str:
    parts = [f"JKK {format_rupiah(recap.jkk)}", f"JKM {format_rupiah(recap.jkm)}"]
    if recap.jht:
        parts.append(f"JHT {format_rupiah(recap.jht)}")
    since = f", berlaku mulai {YearMonth.parse(recap.rate_from).label()}" if recap.rate_from else ""
    return f"{format_rupiah(recap.premium)} per peserta per bulan ({' + '.join(parts)}){since}"


def year_to_date_label(recap: JamsosRecap) -> str:
    month = month_of(recap)
    if month.month == 1:
        return f"Iuran tahun {month.year} sampai bulan ini"
    return f"Iuran Januari – {month.label()}"


def summary_pairs(recap: JamsosRecap) -> tuple[tuple[str, str], ...]:
    """The headline figures as a clerk reads them aloud: label, then value."""
    pairs = [
        ("Jumlah peserta", f"{format_count(recap.members)} orang"),
        (f"Iuran {month_of(recap).label()}", format_rupiah(recap.amount)),
        ("Terbilang", recap.amount_words.capitalize()),
    ]
    if recap.corrections:
        # Listed apart: the signed months keep their figures, the difference is billed now.
        pairs += [
            (CORRECTION_HEADING, signed_rupiah(recap.correction_amount)),
            ("Jumlah termasuk koreksi", format_rupiah(recap.amount + recap.correction_amount)),
        ]
    pairs += [
        ("Tarif", rate_text(recap)),
        (year_to_date_label(recap), format_rupiah(recap.year_to_date)),
        ("Proyeksi setahun (peserta × tarif × 12)", format_rupiah(recap.projection)),
    ]
    return tuple(pairs)


def signed_rupiah(amount: int) -> str:
    """+Rp151.200 or -Rp33.600: a correction says which way it goes."""
    return ("-" if amount < 0 else "+") + format_rupiah(abs(amount))


def correction_rows(recap: JamsosRecap) -> list[tuple[Any, ...]]:
    """One row per corrected member: who, which months, how many, the signed amount and why."""
    return [
        (
            number,
            f"{line.full_name} ({line.nik})",
            line.rw,
            ("ditambah: " if line.change > 0 else "dikurangi: ") + line.months,
            line.month_count * line.change,
            line.amount,
            line.reason,
        )
        for number, line in enumerate(recap.corrections, start=1)
    ]


def _line_rows(recap: JamsosRecap) -> list[tuple[Any, ...]]:
    return [
        (number, line.kelurahan, line.rw, line.occupation, line.members, line.amount)
        for number, line in enumerate(recap.lines, start=1)
    ]


def _kelurahan_rows(recap: JamsosRecap) -> list[tuple[Any, ...]]:
    return [
        (number, total.name, total.members, total.amount)
        for number, total in enumerate(recap.by_kelurahan, start=1)
    ]


def _kecamatan_rows(recap: JamsosRecap) -> list[tuple[Any, ...]]:
    """Totals per kecamatan (a kelurahan code's first three parts), for a recap over several of them:
    Dinas Sosial's city-wide recap. An office's own recap stays within one kecamatan and has none."""
    names = dict(wilayah().kecamatan_names())
    totals: dict[str, list[int]] = {}
    for total in recap.by_kelurahan:
        line = totals.setdefault(total.code[:8], [0, 0])
        line[0] += total.members
        line[1] += total.amount
    if len(totals) < 2:
        return []
    return [
        (number, names.get(code, code), members, amount)
        for number, (code, (members, amount)) in enumerate(sorted(totals.items()), start=1)
    ]


def _kecamatan_sections(recap: JamsosRecap) -> tuple[ReportSection, ...]:
    rows = _kecamatan_rows(recap)
    if not rows:
        return ()
    return (
        ReportSection(
            "Ringkasan per kecamatan",
            KECAMATAN_COLUMNS,
            rows,
            totals=("", "Jumlah", recap.members, recap.amount),
        ),
    )


def report_data(
    recap: JamsosRecap, *, office_name: str, signers: RecapSigners, printed_at: datetime, signed_on: date
) -> ReportData:
    """The PDF: lines by kelurahan, RW and occupation; totals per kelurahan; figures; the signature."""
    return ReportData(
        title=TITLE,
        office_name=office_name,
        subtitle=f"Bulan {month_of(recap).label()} · {PROGRAM}",
        columns=LINE_COLUMNS,
        rows=_line_rows(recap),
        totals=("", "Jumlah", "", "", recap.members, recap.amount),
        printed_by=signers.name,
        printed_at=printed_at,
        sections=(
            ReportSection(
                "Ringkasan per kelurahan",
                KELURAHAN_COLUMNS,
                _kelurahan_rows(recap),
                totals=("", "Jumlah", recap.members, recap.amount),
            ),
            *_kecamatan_sections(recap),
            *_correction_sections(recap),
        ),
        summary=summary_pairs(recap),
        notes=(
            "Peserta dihitung pada bulan ini bila bulan ini berada di antara bulan pertama dan bulan "
            "terakhir yang ditanggung (peserta aktif, atau yang berhenti sesudah bulan ini).",
            *(
                (
                    "Koreksi bulan lalu: perubahan peserta pada bulan yang rekapnya sudah ditandatangani. "
                    "Rekap bulan itu tidak diubah; selisihnya ditagih atau dikurangkan bersama bulan ini.",
                )
                if recap.corrections
                else ()
            ),
        ),
        signatures=signers.signatories(f"{SIGN_PLACE}, {format_date(signed_on)}"),
    )


def _correction_sections(recap: JamsosRecap) -> tuple[ReportSection, ...]:
    if not recap.corrections:
        return ()
    return (
        ReportSection(
            CORRECTION_HEADING,
            CORRECTION_COLUMNS,
            correction_rows(recap),
            totals=("", "Jumlah koreksi", "", "", "", recap.correction_amount, ""),
        ),
    )


def write_recap_sheets(workbook: Any, recap: JamsosRecap, *, office_name: str, signer: str) -> None:
    """Three sheets: the lines, the totals per kelurahan, and the summary; money as whole numbers."""
    plain = workbook.add_format({"num_format": WHOLE_NUMBER})
    bold = workbook.add_format({"num_format": WHOLE_NUMBER, "bold": True, "top": 1})
    lines = add_sheet(
        workbook,
        "Rincian",
        ("No", "Kelurahan", "RW", "Pekerjaan", "Peserta", "Iuran (Rp)"),
        (5, 26, 6, 30, 10, 16),
    )
    _rows(lines, _line_rows(recap), ("", "Jumlah", "", "", recap.members, recap.amount), plain, bold)
    per_kelurahan = add_sheet(
        workbook, "Per kelurahan", ("No", "Kelurahan", "Peserta", "Iuran (Rp)"), (5, 30, 10, 16)
    )
    _rows(per_kelurahan, _kelurahan_rows(recap), ("", "Jumlah", recap.members, recap.amount), plain, bold)
    summary = add_sheet(workbook, "Ringkasan", ("Keterangan", "Nilai"), (42, 70))
    figures: list[tuple[str, object]] = [
        ("Judul", TITLE),
        ("Kantor", office_name),
        ("Bulan", month_of(recap).label()),
        ("Jumlah peserta", recap.members),
        ("Iuran bulan ini (Rp)", recap.amount),
        ("Terbilang", recap.amount_words.capitalize()),
        ("Tarif per peserta per bulan (Rp)", recap.premium),
        ("JKK (Rp)", recap.jkk),
        ("JKM (Rp)", recap.jkm),
        ("JHT (Rp)", recap.jht),
        (f"{year_to_date_label(recap)} (Rp)", recap.year_to_date),
        ("Proyeksi setahun: peserta × tarif × 12 (Rp)", recap.projection),
        ("Dibuat oleh", signer),
    ]
    if recap.corrections:
        figures[6:6] = [
            ("Koreksi bulan lalu (Rp)", recap.correction_amount),
            ("Jumlah termasuk koreksi (Rp)", recap.amount + recap.correction_amount),
        ]
        corrections = add_sheet(
            workbook,
            "Koreksi bulan lalu",
            ("No", "Nama / NIK", "RW", "Bulan yang dikoreksi", "Bulan", "Iuran (Rp)", "Alasan"),
            (5, 36, 6, 40, 8, 16, 40),
        )
        _rows(
            corrections,
            correction_rows(recap),
            ("", "Jumlah koreksi", "", "", "", recap.correction_amount, ""),
            plain,
            bold,
        )
    for row, (label, value) in enumerate(figures, start=1):
        write_cells(summary, row, (label, value), plain)


def _rows(
    sheet: Any, rows: Sequence[Sequence[object]], totals: Sequence[object], plain: Any, bold: Any
) -> None:
    for row, values in enumerate(rows, start=1):
        write_cells(sheet, row, values, plain)
    write_cells(sheet, len(rows) + 1, totals, bold)
