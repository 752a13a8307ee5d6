"""A people list's columns: headers matched loosely, cells read into drafts, valid people into stored rows."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import PersonDraft, ValidPerson
from tangsel_desktop.services.tabular_files import csv_unescape
from tangsel_desktop.storage.people.people_bulk import PERSON_VALUE_COLUMNS

HEAD = "head"  # not a PersonDraft field: marks the head of the family


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its header as the export writes it, the draft field it fills, other names it goes by."""

    name: str
    field: str
    required: bool = False
    aliases: tuple[str, ...] = ()


COLUMNS = (
    ColumnSpec("NIK", "nik", True, ("NOMOR INDUK KEPENDUDUKAN", "NO NIK", "NOMOR NIK")),
    ColumnSpec(
        "NO_KK", "kk_number", False, ("NOMOR KK", "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA", "NKK", "KK")
    ),
    ColumnSpec("NAMA", "full_name", True, ("NAMA LENGKAP", "NAMA PENDUDUK")),
    ColumnSpec("JENIS_KELAMIN", "sex", True, ("JK", "L/P", "KELAMIN")),
    ColumnSpec("TEMPAT_LAHIR", "birth_place", False, ("TMP LAHIR", "TMPT LAHIR")),
    ColumnSpec("TANGGAL_LAHIR", "birth_date", True, ("TGL LAHIR", "TANGGAL LHR", "TGL LHR")),
    ColumnSpec("ALAMAT", "address", True, ("ALAMAT LENGKAP", "JALAN")),
    ColumnSpec("RT", "rt", False),
    ColumnSpec("RW", "rw", False),
    # NAMA_KELURAHAN is what the export writes beside the code; it is read only when there is no code.
    ColumnSpec(
        "KELURAHAN", "kelurahan", True, ("KODE KELURAHAN", "DESA/KELURAHAN", "NAMA KELURAHAN", "DESA")
    ),
    ColumnSpec("NO_HP", "phone", False, ("HP", "NOMOR HP", "NO TELEPON", "TELEPON", "NO TELP", "TELP")),
    ColumnSpec("PEKERJAAN", "occupation", False),
    ColumnSpec("DISABILITAS", "disability", False, ("JENIS DISABILITAS", "PENYANDANG DISABILITAS")),
    ColumnSpec("DESIL", "desil", False, ("DESIL DTSEN",)),
    ColumnSpec(
        "HUBUNGAN",
        "family_relation",
        False,
        ("HUBUNGAN KELUARGA", "HUBUNGAN DALAM KELUARGA", "SHDK", "STATUS HUBUNGAN", "STATUS DALAM KELUARGA"),
    ),
    ColumnSpec("KEPALA_KELUARGA", HEAD, False, ("KEPALA KELUARGA", "STATUS KEPALA KELUARGA")),
    ColumnSpec("CATATAN", "notes", False, ("KETERANGAN",)),
)
REQUIRED = tuple(spec for spec in COLUMNS if spec.required)
# Excel keeps 15 significant digits, and a float holds every integer only below 2**53.
EXACT_INTEGER_LIMIT = 2**53
HEAD_MARKS = frozenset({"YA", "Y", "YES", "1", "TRUE", "V"})


def header_key(text: str) -> str:
    """'No KK', 'NO_KK', 'no. kk' all become 'NOKK'."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


@dataclass(frozen=True)
class ColumnMap:
    """Which cell position feeds which field (several for the head mark), and the columns left unread."""

    positions: dict[str, tuple[int, ...]]
    unknown: tuple[str, ...] = ()
    repeated: tuple[str, ...] = ()

    def has(self, field_name: str) -> bool:
        return field_name in self.positions


def map_columns(header: Sequence[str]) -> ColumnMap:
    """Match headers to columns; UserError naming every missing required column, in Indonesian."""
    by_key: dict[str, list[tuple[int, ColumnSpec]]] = {}
    for spec in COLUMNS:
        for rank, name in enumerate((spec.name, *spec.aliases)):
            by_key.setdefault(header_key(name), []).append((rank, spec))
    matched: dict[str, tuple[int, int]] = {}  # field -> (rank, position); the canonical name wins
    head_positions: list[int] = []
    unknown: list[str] = []
    candidates: list[tuple[int, str, int]] = []
    for position, text in enumerate(header):
        if not text.strip():
            continue
        found = by_key.get(header_key(text))
        if not found:
            unknown.append(text.strip())
            continue
        rank, spec = found[0]
        if spec.field == HEAD:
            head_positions.append(position)
        else:
            candidates.append((rank, spec.field, position))
    repeated: list[str] = []
    for rank, field_name, position in sorted(candidates):
        if field_name in matched:
            repeated.append(header[position].strip())
        else:
            matched[field_name] = (rank, position)
    missing = [spec.name for spec in REQUIRED if spec.field not in matched]
    if missing:
        raise UserError(
            f"Kolom wajib tidak ditemukan: {', '.join(missing)}. Baris pertama yang terisi harus berisi "
            "judul kolom NIK, NAMA, JENIS_KELAMIN, TANGGAL_LAHIR, ALAMAT dan KELURAHAN. "
            "Tambahkan atau ganti nama kolomnya, lalu coba lagi. Tidak ada data yang diubah."
        )
    positions: dict[str, tuple[int, ...]] = {name: (position,) for name, (_, position) in matched.items()}
    if head_positions:
        positions[HEAD] = tuple(head_positions)
    return ColumnMap(positions=positions, unknown=tuple(unknown), repeated=tuple(repeated))


def cell_text(value: object) -> str:
    """What a cell says, as text: whole numbers without '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_unescape(value.strip())
    if isinstance(value, bool):
        return "YA" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def identity_number(value: object, label: str, document: str) -> tuple[str, str | None]:
    """A NIK or No. KK cell as text, and a problem when Excel may already have changed its digits."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return cell_text(value), None
    exact = isinstance(value, int) or value.is_integer()
    number = int(value) if exact else 0
    if exact and 0 < number < EXACT_INTEGER_LIMIT and number % 10 != 0:
        return str(number), None
    return cell_text(value), (
        f"{label} tersimpan sebagai angka di Excel, sehingga angka terakhirnya bisa hilang. "
        f"Ubah format kolom {label} menjadi Teks (Format Cells > Text), lalu ketik ulang {label} "
        f"sesuai {document}."
    )


def marks_head(text: str) -> bool:
    """YA (or 'Kepala Keluarga') in KEPALA_KELUARGA."""
    upper = text.strip().upper()
    return "KEPALA" in upper or upper in HEAD_MARKS


@dataclass
class RowValues:
    """One spreadsheet row read through the column map: the non-empty values, the head mark, problems."""

    values: dict[str, object] = field(default_factory=dict)
    head: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def nik(self) -> str:
        return str(self.values.get("nik", ""))


def _special_cell(row: RowValues, field_name: str, raw: object) -> None:
    """Cells that are not plain text: numbers in identity columns, date cells, numeric phones, head marks."""
    if field_name == HEAD:
        row.head = row.head or marks_head(cell_text(raw))
        return
    problem = None
    if field_name == "nik":
        text, problem = identity_number(raw, "NIK", "KTP")
    elif field_name == "kk_number":
        text, problem = identity_number(raw, "No. KK", "Kartu Keluarga")
    elif field_name == "birth_date" and isinstance(raw, date):
        row.values[field_name] = raw
        return
    else:
        text = cell_text(raw)
        if field_name == "phone" and isinstance(raw, int | float) and text.startswith("8"):
            # A number cell drops the leading 0 of 0812...; put it back.
            text = "0" + text
    if problem:
        row.errors.append(problem)
    if text:
        row.values[field_name] = text


def read_row(cells: Sequence[object], columns: ColumnMap) -> RowValues:
    """Only non-empty cells become values, so an empty cell never overwrites what the office has."""
    row = RowValues()
    width = len(cells)
    for field_name, positions in columns.positions.items():
        for position in positions:
            raw = cells[position] if position < width else None
            # Most cells are text (every CSV cell is): the quick path.
            if type(raw) is str and field_name != HEAD:
                text = raw.strip()
                if text:
                    row.values[field_name] = csv_unescape(text) if text[0] == "'" else text
            else:
                _special_cell(row, field_name, raw)
    return row


def stored_values(person: ValidPerson) -> dict[str, Any]:
    """A valid person's columns exactly as the store keeps them, to compare and to insert."""
    return {
        "nik": person.nik,
        "full_name": person.full_name,
        "sex": person.sex.value,
        "birth_place": person.birth_place,
        "birth_date": person.birth_date.isoformat(),
        "address": person.address,
        "rt": person.rt,
        "rw": person.rw,
        "kelurahan_code": person.kelurahan_code,
        "phone": person.phone,
        "occupation": person.occupation,
        "disability": person.disability.value,
        "desil": person.desil,
        "family_relation": person.family_relation.value if person.family_relation else None,
        "notes": person.notes,
    }


def merged_draft(row: RowValues, existing: dict[str, Any] | None) -> PersonDraft:
    """The row's non-empty cells over what the office already has: an empty cell erases nothing."""
    values: dict[str, Any] = {}
    if existing is not None:
        values = {key: existing[key] for key in PERSON_VALUE_COLUMNS if key != "kelurahan_code"}
        values["kelurahan"] = existing["kelurahan_code"]
        values["kk_number"] = existing["kk_number"] or ""
    values.update(row.values)
    return PersonDraft(**values)
