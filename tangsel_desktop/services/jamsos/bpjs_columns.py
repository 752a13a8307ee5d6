"""BPJS's answer file read by header: NIK, KPJ number, status and start month, with the names BPJS uses."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import MONTHS
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.people.import_columns import cell_text, header_key, identity_number

NIK, KPJ, STATUS, START, NAME = "nik", "kpj", "status", "start", "name"


@dataclass(frozen=True)
class AnswerColumn:
    name: str
    field: str
    required: bool
    aliases: tuple[str, ...] = ()


ANSWER_COLUMNS = (
    AnswerColumn("NIK", NIK, True, ("NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN", "NIK KTP")),
    AnswerColumn(
        "NO_KPJ", KPJ, True, ("KPJ", "NOMOR KPJ", "NO KARTU", "NOMOR KARTU", "NO PESERTA", "NOMOR PESERTA")
    ),
    AnswerColumn(
        "STATUS", STATUS, True, ("STATUS KEPESERTAAN", "STATUS PESERTA", "KETERANGAN STATUS", "HASIL")
    ),
    AnswerColumn(
        "BULAN_MULAI",
        START,
        True,
        ("BULAN MULAI", "TMT", "TMT KEPESERTAAN", "MULAI", "MULAI KEPESERTAAN", "PERIODE", "TGL MULAI"),
    ),
    AnswerColumn("NAMA", NAME, False, ("NAMA PESERTA", "NAMA LENGKAP", "NAMA TENAGA KERJA", "NAMA TK")),
)
# What BPJS writes for a registration that went through; anything else is reported with its own words.
ACTIVE_WORDS = frozenset({"AKTIF", "ACTIVE", "DITERIMA", "TERDAFTAR", "BERHASIL", "SUKSES", "OK"})
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YEAR_FIRST_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_MONTH_NAMES = {name.upper(): number for number, name in enumerate(MONTHS, start=1)} | {
    name.upper()[:3]: number for number, name in enumerate(MONTHS, start=1)
}
_NAMED_MONTH = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")


def map_answer_columns(header: Sequence[str]) -> dict[str, int]:
    """Field -> position; UserError naming every missing required column. The first matching column wins."""
    by_key = {header_key(name): spec for spec in ANSWER_COLUMNS for name in (spec.name, *spec.aliases)}
    found: dict[str, int] = {}
    for position, text in enumerate(header):
        spec = by_key.get(header_key(text)) if text.strip() else None
        if spec is None:
            continue
        if spec.field == NIK and NIK in found:
            # Two NIK columns: whichever one were read, a member could be matched on the wrong NIK.
            raise UserError(
                f"Berkas jawaban BPJS punya dua kolom NIK: '{header[found[NIK]].strip()}' dan "
                f"'{text.strip()}'. Tidak jelas NIK mana yang dipakai: hapus salah satu kolom atau ganti "
                "judulnya, lalu coba lagi. Tidak ada data yang diubah."
            )
        found.setdefault(spec.field, position)
    missing = [spec.name for spec in ANSWER_COLUMNS if spec.required and spec.field not in found]
    if missing:
        raise UserError(
            f"Kolom wajib tidak ditemukan di berkas jawaban BPJS: {', '.join(missing)}. Baris pertama yang "
            "terisi harus berisi judul kolom NIK, NO_KPJ (atau Nomor KPJ), STATUS (atau Status Kepesertaan) "
            "dan BULAN_MULAI (atau TMT); NAMA boleh ada. Tambahkan atau ganti nama kolomnya, lalu coba lagi. "
            "Tidak ada data yang diubah."
        )
    return found


def normal_name(name: str) -> str:
    """'Siti  Aminah', 'SITI AMINAH', 'Siti Aminah.' compare equal; letters and digits only, one space."""
    return " ".join(re.sub(r"[^0-9A-Z]+", " ", name.upper()).split())


def is_active(status: str) -> bool:
    return normal_name(status) in ACTIVE_WORDS


def parse_start_month(value: object) -> YearMonth:
    """A date cell, '2025-12', '12-2025', '01-12-2025', '2025-12-01' or 'Desember 2025'; UserError else."""
    if isinstance(value, datetime | date):
        return YearMonth.of(value)
    text = cell_text(value).strip()
    if not text:
        raise UserError("Bulan mulai kosong.")
    for pattern, order in ((_DAY_FIRST, (3, 2)), (_YEAR_FIRST_DAY, (1, 2))):
        match = pattern.match(text)
        if match:
            year, month = int(match.group(order[0])), int(match.group(order[1]))
            if 1 <= month <= 12 and year >= 1:
                return YearMonth(year, month)
            raise UserError(f"Bulan mulai '{text}' tidak ada.")
    named = _NAMED_MONTH.match(text)
    if named and named.group(1).upper() in _MONTH_NAMES:
        return YearMonth(int(named.group(2)), _MONTH_NAMES[named.group(1).upper()])
    return YearMonth.parse(text)


def kpj_text(value: object) -> str:
    """A KPJ as text: a number cell without '.0', spaces inside dropped."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "".join(cell_text(value).split())


@dataclass
class AnswerRow:
    """One row of BPJS's answer: what it says, and the problems that stop it from being used."""

    number: int
    nik: str
    kpj: str
    status: str
    name: str
    start: YearMonth | None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (kind, detail)


BAD_NIK, BAD_MONTH, EMPTY_KPJ = "bad_nik", "bad_month", "empty_kpj"


def read_answer_row(number: int, cells: Sequence[object], columns: dict[str, int]) -> AnswerRow:
    def cell(name: str) -> object:
        position = columns.get(name)
        return cells[position] if position is not None and position < len(cells) else None

    raw_nik = cell(NIK)
    nik, numeric_problem = identity_number(raw_nik, "NIK", "KTP")
    nik = clean_digits(nik)
    status = cell_text(cell(STATUS))
    row = AnswerRow(number, nik, kpj_text(cell(KPJ)), status, cell_text(cell(NAME)), None)
    if numeric_problem:
        row.problems.append((BAD_NIK, numeric_problem))
    elif not (len(nik) == 16 and nik.isdigit() and nik.isascii()):
        shown = nik or "kosong"
        row.problems.append((BAD_NIK, f"NIK '{shown}' bukan 16 angka. Cocokkan dengan KTP/KK peserta."))
    if is_active(status):
        if not row.kpj:
            row.problems.append((EMPTY_KPJ, "Status aktif tetapi nomor KPJ kosong."))
        try:
            row.start = parse_start_month(cell(START))
        except UserError as error:
            row.problems.append((BAD_MONTH, error.message))
    return row
