"""Inside an office's package once opened: a manifest line, then one JSON line per table, zlib-compressed.

    {"kind": "package", "office": ..., "centre": ..., "from_sequence": a, "to_sequence": b, "created_at": ...,
     "tables": {"person": {"rows": n, "tombstones": m, "sha256": hex of that table's line}, ...}}
    {"table": "household", "columns": [...], "binary": [...], "rows": [[...], ...], "tombstones": ["id", ...]}
    ...

Values are JSON's own (text, integers, true/false, null); BLOB columns (listed in "binary") are base64.
The tables come in the order the centre applies them. The manifest's counts and hashes are checked
against the lines before anything is applied.
"""

import base64
import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.domain.errors import UserError

COMPRESSION_LEVEL = 6
MAX_BODY = 8 * 1024**3  # an office of 100,000 people writes ~40 MB: anything near this is not a package


@dataclass(frozen=True)
class TableSection:
    table: str
    columns: tuple[str, ...]
    rows: list[list[Any]]
    tombstones: list[str]


@dataclass(frozen=True)
class PackageBody:
    manifest: dict[str, Any]
    sections: list[TableSection]


def _line(values: dict[str, Any]) -> bytes:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _section_line(section: TableSection, binary: frozenset[str], booleans: frozenset[str]) -> bytes:
    blob_at = [index for index, column in enumerate(section.columns) if column in binary]
    bool_at = [index for index, column in enumerate(section.columns) if column in booleans]
    rows: list[list[Any]] = []
    for row in section.rows:
        values = list(row)
        for index in blob_at:
            if values[index] is not None:
                values[index] = base64.b64encode(bytes(values[index])).decode("ascii")
        for index in bool_at:
            if values[index] is not None:
                values[index] = bool(values[index])  # 0/1 in SQLite, true/false in JSON and PostgreSQL
        rows.append(values)
    return _line(
        {
            "table": section.table,
            "columns": list(section.columns),
            "binary": [column for column in section.columns if column in binary],
            "rows": rows,
            "tombstones": section.tombstones,
        }
    )


def build(
    manifest: dict[str, Any],
    sections: Iterable[tuple[TableSection, frozenset[str], frozenset[str]]],
) -> bytes:
    """The compressed body; `manifest` gets its "tables" entry (counts and hashes) here."""
    lines: list[bytes] = []
    tables: dict[str, dict[str, Any]] = {}
    for section, binary, booleans in sections:
        line = _section_line(section, binary, booleans)
        lines.append(line)
        tables[section.table] = {
            "rows": len(section.rows),
            "tombstones": len(section.tombstones),
            "sha256": hashlib.sha256(line).hexdigest(),
        }
    head = _line({**manifest, "tables": tables})
    return zlib.compress(b"\n".join([head, *lines]), COMPRESSION_LEVEL)


DAMAGED = "Isi paket sinkronisasi tidak cocok dengan daftarnya ({}). Paket ditolak; minta paket yang baru."


def _inflate(compressed: bytes) -> bytes | None:
    """The whole decompressed body, or None when the stream is cut short, damaged or far too large."""
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(compressed, MAX_BODY)
    except zlib.error:
        return None
    return data if inflater.eof and not inflater.unconsumed_tail else None


def parse(compressed: bytes) -> PackageBody:
    """The manifest and the sections, every count and hash checked against the manifest."""
    data = _inflate(compressed)
    if data is None:
        raise UserError(DAMAGED.format("tidak dapat dibuka"))
    lines = data.split(b"\n")
    try:
        manifest = json.loads(lines[0])
        listed = manifest["tables"]
    except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
        raise UserError(DAMAGED.format("daftar isi tidak terbaca")) from None
    sections: list[TableSection] = []
    for line in lines[1:]:
        try:
            values = json.loads(line)
            table = str(values["table"])
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
            raise UserError(DAMAGED.format("bagian tabel tidak terbaca")) from None
        entry = listed.get(table) if isinstance(listed, dict) else None
        if entry is None or entry.get("sha256") != hashlib.sha256(line).hexdigest():
            raise UserError(DAMAGED.format(f"tabel {table}"))
        rows, tombstones = values.get("rows"), values.get("tombstones")
        if (
            not isinstance(rows, list)
            or not isinstance(tombstones, list)
            or entry.get("rows") != len(rows)
            or entry.get("tombstones") != len(tombstones)
        ):
            raise UserError(DAMAGED.format(f"jumlah baris tabel {table}"))
        columns = tuple(str(column) for column in values.get("columns", []))
        if any(not isinstance(row, list) or len(row) != len(columns) for row in rows):
            raise UserError(DAMAGED.format(f"baris tabel {table}"))
        for index, column in enumerate(columns):
            if column in values.get("binary", []):
                for row in rows:
                    if row[index] is not None:
                        row[index] = base64.b64decode(row[index])
        sections.append(TableSection(table, columns, rows, [str(t) for t in tombstones]))
    if sorted(section.table for section in sections) != sorted(listed):
        raise UserError(DAMAGED.format("ada tabel yang hilang"))
    return PackageBody(manifest, sections)


def build_answer(answer: dict[str, Any]) -> bytes:
    """The centre's answer: one JSON document (acknowledged sequence, findings, reference data), zlib."""
    return zlib.compress(_line(answer), COMPRESSION_LEVEL)


def parse_answer(compressed: bytes) -> dict[str, Any]:
    try:
        values = json.loads(_inflate(compressed) or b"")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise UserError(
            "Isi paket jawaban tidak terbaca. Minta Dinas Sosial menulis jawabannya lagi."
        ) from None
    if not isinstance(values, dict):
        raise UserError("Isi paket jawaban tidak terbaca. Minta Dinas Sosial menulis jawabannya lagi.")
    return values
