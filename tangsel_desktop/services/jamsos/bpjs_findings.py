"""What reading BPJS's answer found: the kinds of finding, the result, and the reconciliation workbook."""

import itertools
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tangsel_desktop.domain.formatting import format_count, format_datetime
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.bpjs_columns import BAD_MONTH, BAD_NIK, EMPTY_KPJ
from tangsel_desktop.services.tabular_files import SheetContent, write_workbook

ACTIVATED, ALREADY_ACTIVE = "activated", "already_active"
UNKNOWN_NIK, NOT_MEMBER, NOT_SUBMITTED = "unknown_nik", "not_member", "not_submitted"
NAME_DIFFERS, KPJ_DIFFERS, KPJ_TAKEN, NOT_ACTIVE = "name_differs", "kpj_differs", "kpj_taken", "not_active"
DUPLICATE, MISSING, BAD_KPJ = "duplicate_nik", "missing_from_bpjs", "bad_kpj"
# Each kind: its Indonesian name in the report and the window, and what the clerk should do about it.
KINDS: dict[str, tuple[str, str]] = {
    ACTIVATED: ("Diaktifkan", "Tidak perlu tindakan: peserta aktif dengan nomor KPJ ini."),
    ALREADY_ACTIVE: ("Sudah aktif", "Tidak perlu tindakan: peserta sudah aktif dengan nomor KPJ yang sama."),
    UNKNOWN_NIK: (
        "NIK tidak terdaftar",
        "NIK ini tidak ada di data penduduk kantor. Cocokkan dengan KTP; bila salah ketik, minta BPJS "
        "memperbaikinya.",
    ),
    NOT_MEMBER: (
        "Bukan peserta Jamsosnaker",
        "Penduduk ini tidak pernah diusulkan. Tanyakan ke BPJS siapa yang mendaftarkannya.",
    ),
    NOT_SUBMITTED: (
        "Status peserta bukan diajukan",
        "Hanya peserta berstatus 'diajukan' yang diaktifkan dari jawaban BPJS. Periksa riwayat statusnya; "
        "bila memang sudah diterima BPJS, supervisor mengubah statusnya dengan alasan.",
    ),
    NAME_DIFFERS: (
        "Nama berbeda",
        "Cocokkan nama dengan KTP. Bila orangnya sama, supervisor mengaktifkan peserta lewat ubah status; "
        "bila berbeda, minta BPJS memeriksa NIK-nya.",
    ),
    KPJ_DIFFERS: (
        "Nomor KPJ berbeda",
        "Nomor KPJ di berkas tidak sama dengan yang tersimpan. Tanyakan ke BPJS nomor yang benar.",
    ),
    KPJ_TAKEN: (
        "Nomor KPJ sudah dipakai",
        "Satu nomor KPJ hanya untuk satu orang. Tanyakan ke BPJS nomor KPJ yang benar untuk peserta ini.",
    ),
    NOT_ACTIVE: (
        "Status BPJS bukan aktif",
        "BPJS tidak mengaktifkan peserta ini (lihat status dari BPJS). Perbaiki datanya lalu ajukan ulang.",
    ),
    BAD_NIK: ("NIK tidak sah", "Perbaiki NIK di berkas (16 angka, kolom berformat Teks), lalu impor ulang."),
    BAD_MONTH: (
        "Bulan mulai tidak sah",
        "Isi bulan mulai sebagai TTTT-BB (contoh 2025-12), lalu impor ulang.",
    ),
    EMPTY_KPJ: ("Nomor KPJ kosong", "Minta nomor KPJ peserta ini ke BPJS, lalu impor ulang."),
    BAD_KPJ: (
        "Nomor KPJ tidak sah",
        "Nomor KPJ harus angka saja dengan panjang yang diatur di Pengaturan program. Perbaiki nomornya "
        "di berkas (kolom berformat Teks), lalu impor ulang.",
    ),
    DUPLICATE: (
        "NIK ganda di berkas",
        "NIK ini muncul di beberapa baris; tidak ada yang diubah untuknya. Sisakan satu baris, "
        "lalu impor ulang.",
    ),
    MISSING: (
        "Tidak ada di jawaban BPJS",
        "Peserta sudah diajukan tetapi tidak ada di berkas BPJS. Tanyakan ke BPJS atau ajukan ulang.",
    ),
}
TRIAL_ACTIVATION = (
    "Akan diaktifkan",
    "Uji coba: jalankan impor tanpa uji coba untuk mengaktifkan peserta ini.",
)
# The kinds that are not problems: counted, listed, but not mismatches.
SETTLED = frozenset({ACTIVATED, ALREADY_ACTIVE})
MISMATCH_KINDS = tuple(kind for kind in KINDS if kind not in SETTLED)
REPORT_HEADER = (
    "JENIS",
    "BARIS",
    "NIK",
    "NAMA_DI_BERKAS",
    "NAMA_DI_DATA",
    "NO_KPJ",
    "STATUS_BPJS",
    "BULAN_MULAI",
    "KETERANGAN",
    "TINDAKAN",
)


@dataclass(frozen=True)
class Finding:
    kind: str
    row: int | None
    nik: str
    name_in_file: str
    name_in_registry: str
    kpj: str = ""
    status: str = ""
    start: str = ""
    detail: str = ""

    def cells(self, *, dry_run: bool = False) -> tuple[object, ...]:
        label, action = KINDS[self.kind]
        if dry_run and self.kind == ACTIVATED:
            label, action = TRIAL_ACTIVATION
        return (
            label,
            self.row,
            self.nik,
            self.name_in_file,
            self.name_in_registry,
            self.kpj,
            self.status,
            self.start,
            self.detail,
            action,
        )


@dataclass(frozen=True)
class BpjsImportResult:
    """What an import of BPJS's answer did (or, for a dry run, would do), and where its report is."""

    rows: int
    activated: int
    already_active: int
    mismatches: dict[str, int]
    report_path: Path
    dry_run: bool

    @property
    def mismatch_total(self) -> int:
        return sum(self.mismatches.values())

    def as_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "activated": self.activated,
            "already_active": self.already_active,
            "mismatches": dict(self.mismatches),
            "report": str(self.report_path),
            "dry_run": self.dry_run,
        }


def kind_label(kind: str) -> str:
    return KINDS[kind][0]


def default_report_path(reports_dir: Path, source: Path, started: datetime, dry_run: bool) -> Path:
    reports_dir.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", source.stem).strip("-")[:60] or "berkas"
    base = f"{'uji-' if dry_run else ''}rekonsiliasi-bpjs-{stem}-{started:%Y%m%d-%H%M%S}"
    path = reports_dir / f"{base}.xlsx"
    for number in itertools.count(2):
        if not path.exists():
            return path
        path = reports_dir / f"{base}-{number}.xlsx"
    raise AssertionError("unreachable")


def write_report(
    path: Path,
    findings: list[Finding],
    result: BpjsImportResult,
    source: Path,
    actor: Actor,
    started: datetime,
) -> None:
    if result.dry_run:
        status = (
            "Uji coba: tidak ada data yang diubah. JENIS 'Akan diaktifkan' menunjukkan yang akan diaktifkan."
        )
    else:
        status = (
            "Selesai. Peserta berjenis 'Diaktifkan' sudah aktif; temuan lain tidak mengubah data apa pun."
        )
    summary: list[tuple[object, object]] = [
        ("Berkas jawaban BPJS", source.name),
        ("Jenis", "Uji coba (tidak menyimpan)" if result.dry_run else "Impor"),
        ("Status", status),
        ("Oleh", f"{actor.full_name} ({actor.username}, {actor.role.label})"),
        ("Waktu", format_datetime(started)),
        ("Jumlah baris data", result.rows),
        (kind_label(ACTIVATED), result.activated),
        (kind_label(ALREADY_ACTIVE), result.already_active),
        *((kind_label(kind), result.mismatches.get(kind, 0)) for kind in MISMATCH_KINDS),
        ("Jumlah temuan yang perlu diperiksa", result.mismatch_total),
        (
            "Keterangan",
            f"Satu baris per temuan di lembar 'Temuan' ({format_count(len(findings))} baris). "
            "Temuan selain 'Diaktifkan' dan 'Sudah aktif' tidak mengubah data: periksa kolom TINDAKAN.",
        ),
    ]
    order = {kind: position for position, kind in enumerate(KINDS)}
    # Problems first, by kind, then by row: the clerk works down the list.
    ranked = sorted(
        findings, key=lambda f: (f.kind in SETTLED, order[f.kind], f.row is None, f.row or 0, f.nik)
    )
    write_workbook(
        path,
        [
            SheetContent("Ringkasan", ("KETERANGAN", "NILAI"), summary, widths=(36, 100)),
            SheetContent(
                "Temuan",
                REPORT_HEADER,
                (finding.cells(dry_run=result.dry_run) for finding in ranked),
                widths=(28, 7, 20, 28, 28, 14, 16, 12, 50, 90),
            ),
        ],
    )
