"""Limits checked on an .xlsx before the reader sees it: a hostile file is refused, never allocated.

python-calamine sizes its grid from the sheet's <dimension>: a 7,954-byte file claiming XFD1048576 made
it ask for 550 GB and abort the whole process. A zip bomb (10 MB expanding to GBs of XML) took minutes.
So first the zip's own directory (members, declared sizes, compression ratio), then a streamed look at
each sheet's XML (dimension, rows, cells, bytes, time), with no more than a small buffer in memory.
"""

import re
import time
import zipfile
from pathlib import Path

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 1_000_000_000  # uncompressed, all members together
MAX_SHEET_BYTES = 600_000_000
MAX_RATIO = 200  # XML of real sheets compresses 5-30 times; bombs 100s to 1000s
MAX_ROWS = 1_100_000
MAX_COLUMNS = 200
MAX_CELLS = 30_000_000
MAX_SECONDS = 120.0
_CHUNK = 1 << 20

_DIMENSION = re.compile(rb'<(?:\w+:)?dimension[^>]*\bref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.decode("ascii"):
        number = number * 26 + ord(letter) - 64
    return number


def _refuse(name: str, why: str) -> UserError:
    return UserError(
        f"Berkas {name!r} ditolak: {why}. Berkas Excel biasa tidak seperti itu; mungkin rusak atau sengaja "
        "dibuat untuk mengganggu. Buka di Excel, salin datanya ke buku kerja baru, simpan sebagai .xlsx, "
        "lalu coba lagi."
    )


def check_xlsx_limits(path: Path) -> None:
    """UserError when the workbook's directory or sheets exceed what any real list of residents needs."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: the reader's own refusal says so
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refuse(name, f"memuat {format_count(len(members))} bagian")
        total = sum(member.file_size for member in members)
        if total > MAX_TOTAL_BYTES:
            raise _refuse(name, f"isinya mengembang menjadi {format_count(total // 1_000_000)} MB")
        for member in members:
            if member.file_size > 1_000_000 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                raise _refuse(name, f"bagian {member.filename!r} dimampatkan secara tidak wajar")
        started = time.monotonic()
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                _check_sheet(archive, member, name, started)


def _check_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, started: float) -> None:
    if member.file_size > MAX_SHEET_BYTES:
        raise _refuse(name, f"satu lembarnya berukuran {format_count(member.file_size // 1_000_000)} MB")
    rows = cells = read = 0
    tail = b""
    dimension_seen = False
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            # The declared size is not to be trusted: the bytes actually inflated count.
            if read > MAX_SHEET_BYTES:
                raise _refuse(name, "satu lembarnya terlalu besar")
            window = tail + chunk
            if not dimension_seen and (found := _DIMENSION.search(window)):
                dimension_seen = True
                _check_dimension(found, name)
            # Tags cut by the chunk edge are counted in the next window (the tail is kept only for that).
            cut = max(0, len(window) - 64)
            rows += len(_ROW.findall(window, 0, cut)) if cut else 0
            cells += len(_CELL.findall(window, 0, cut)) if cut else 0
            tail = window[cut:]
            if rows > MAX_ROWS:
                raise _refuse(name, f"memuat lebih dari {format_count(MAX_ROWS)} baris")
            if cells > MAX_CELLS:
                raise _refuse(name, f"memuat lebih dari {format_count(MAX_CELLS)} sel")
            if time.monotonic() - started > MAX_SECONDS:
                raise _refuse(name, "memeriksanya memakan waktu terlalu lama")


def _check_dimension(found: re.Match[bytes], name: str) -> None:
    end_column, end_row = (
        (found.group(3), found.group(4)) if found.group(3) else (found.group(1), found.group(2))
    )
    if not end_column or not end_row:
        return
    columns, rows = _column_number(end_column), int(end_row)
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        ref = (end_column + end_row).decode("ascii")
        raise _refuse(
            name,
            f"lembarnya mengaku memakai sel sampai {ref} ({format_count(rows)} baris, "
            f"{format_count(columns)} kolom)",
        )
