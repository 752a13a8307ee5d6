"""Spreadsheet files in and out: .xlsx/.csv rows by header, text-only cells, files replaced whole."""

import contextlib
import csv
import io
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import xlsxwriter
from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum
from xlsxwriter.exceptions import FileCreateError

from tangsel_desktop.documents.export_stamp import ExportStamp, current_stamp
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.scratch import scratch_dir
from tangsel_desktop.services.sheet_limits import check_xlsx_limits

log = logging.getLogger(__name__)

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv"})
# Indonesian Excel saves "CSV" with ';' (the comma is its decimal separator); others use ','.
CSV_DELIMITERS = (",", ";", "\t")
# OWASP CSV injection: a cell starting with one of these may run as a formula when opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = tuple[int, Sequence[object]]


@dataclass
class Table:
    """One sheet: its header, and its non-blank data rows with the row number the clerk sees."""

    header: list[str]
    header_row: int
    # Rows after the header, blank ones included: what progress counts.
    row_count: int
    rows: Iterator[Row]


def is_blank(cells: Sequence[object]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def read_table(path: Path) -> Table:
    """The first non-blank row is the header; UserError for a missing, unknown or unreadable file."""
    suffix = path.suffix.lower()
    if suffix not in XLSX_SUFFIXES | CSV_SUFFIXES:
        raise UserError(
            f"Berkas {path.name!r} bukan berkas Excel (.xlsx) atau CSV (.csv). "
            "Simpan daftarnya sebagai .xlsx atau .csv lalu pilih berkas itu."
        )
    if not path.is_file():
        raise UserError(f"Berkas {path.name!r} tidak ditemukan. Periksa folder dan nama berkasnya.")
    table = _read_xlsx(path) if suffix in XLSX_SUFFIXES else _read_csv(path)
    if table is None:
        raise UserError(
            f"Berkas {path.name!r} kosong: tidak ada baris judul kolom. "
            "Baris pertama yang terisi harus berisi judul kolom seperti NIK, NAMA, ALAMAT."
        )
    return table


def _with_header(numbered: Iterator[Row], physical_rows: int) -> Table | None:
    """Skip blank rows to the header; the rest are the data rows."""
    for number, cells in numbered:
        if not is_blank(cells):
            header = ["" if cell is None else str(cell).strip() for cell in cells]
            data = ((n, row) for n, row in numbered if not is_blank(row))
            return Table(header=header, header_row=number, row_count=physical_rows - number, rows=data)
    return None


def _read_xlsx(path: Path) -> Table | None:
    check_xlsx_limits(path)  # before calamine sizes anything from what the file claims
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            visible = [
                sheet.name
                for sheet in workbook.sheets_metadata
                if sheet.typ == SheetTypeEnum.WorkSheet and sheet.visible == SheetVisibleEnum.Visible
            ]
            sheet = workbook.get_sheet_by_name(visible[0] if visible else workbook.sheet_names[0])
        finally:
            # The sheet keeps its cells; an open file on Windows would stop the clerk saving it in Excel.
            workbook.close()
    except (CalamineError, OSError, IndexError, ValueError) as error:
        # The reader's words may quote a cell (a NIK, a name): the log keeps the kind of failure only.
        log.info("unreadable workbook %s: %s", path.name, type(error).__name__)
        raise UserError(
            f"Berkas {path.name!r} tidak dapat dibaca sebagai Excel (.xlsx). Buka berkas itu di Excel, "
            "simpan ulang sebagai 'Excel Workbook (.xlsx)', lalu coba lagi."
        ) from None
    if sheet.end is None:
        return None
    # iter_rows starts at the sheet's first row even when it is blank, so numbering from 1 gives
    # the row numbers Excel shows.
    return _with_header(enumerate(sheet.iter_rows(), start=1), physical_rows=sheet.end[0] + 1)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        # UTF-16 ("Unicode Text") or a binary file renamed to .csv.
        raise UserError(
            f"Berkas {name!r} bukan CSV biasa. Di Excel pilih Simpan Sebagai > 'CSV UTF-8 (Comma delimited)' "
            "atau simpan sebagai .xlsx."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Excel on Windows saves CSV in the ANSI code page.
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns (',' on a tie)."""
    for line in text.splitlines():
        if line.strip(" \t,;"):
            counts = {d: len(next(csv.reader([line], delimiter=d))) for d in CSV_DELIMITERS}
            return max(CSV_DELIMITERS, key=lambda d: counts[d])
    return ","


def _read_csv(path: Path) -> Table | None:
    try:
        text = _decode(path.read_bytes(), path.name)
    except OSError as error:
        raise UserError(
            f"Berkas {path.name!r} tidak dapat dibaca sebagai CSV ({error.strerror or error}). Simpan ulang "
            "dari Excel sebagai 'CSV UTF-8' atau sebagai .xlsx, lalu coba lagi."
        ) from None
    delimiter = _delimiter(text)
    # Counting first keeps memory flat: rows are then read one at a time.
    counting = csv.reader(io.StringIO(text), delimiter=delimiter)
    physical_rows = sum(1 for _ in _guarded(enumerate(counting, start=1), path.name, counting))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return _with_header(_guarded(enumerate(reader, start=1), path.name, reader), physical_rows)


def _guarded(rows: Iterator[tuple[int, list[str]]], name: str, reader: Any) -> Iterator[Row]:
    try:
        yield from rows
    except csv.Error as error:
        # The csv module names neither the row nor the fix; the clerk needs both.
        line = format_count(reader.line_num)
        if "field limit" in str(error):
            raise UserError(
                f"Berkas {name!r} memuat sel yang terlalu panjang di sekitar baris {line} (lebih dari "
                f"{format_count(csv.field_size_limit())} karakter), mungkin tanda kutip yang tidak ditutup. "
                "Perbaiki baris itu di Excel, simpan ulang, lalu coba lagi."
            ) from None
        raise UserError(
            f"Berkas {name!r} rusak di sekitar baris {line} ({error}). "
            "Simpan ulang dari Excel lalu coba lagi."
        ) from None


def csv_safe(value: str) -> str:
    """A leading ' stops spreadsheet programs from running a cell as a formula (OWASP).

    A value that already starts with ' before a formula character gets one more, so that
    csv_unescape gives back exactly what was written.
    """
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def csv_unescape(value: str) -> str:
    """Undo csv_safe: an exported file reads back as it was written."""
    return value[1:] if value[:1] == "'" and value.lstrip("'").startswith(FORMULA_STARTS) else value


@contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder, to be os.replace()d into place; removed if never moved.

    Same folder, so the final replace is one rename on one disk: a crash never leaves a half file.
    """
    try:
        handle, name = tempfile.mkstemp(prefix=f"~{target.stem}-", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise UserError(
            f"Tidak dapat menulis di folder {str(target.parent)!r}: {error.strerror}. "
            "Pilih folder lain atau periksa izinnya."
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        temporary.unlink(missing_ok=True)


def replace_into(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError:
        raise UserError(
            f"Berkas {target.name!r} sedang dibuka program lain (mungkin Excel). "
            "Tutup berkas itu lalu coba lagi."
        ) from None


@dataclass(frozen=True)
class SheetContent:
    """One sheet to write: a bold header row, then rows of text (str) and numbers (int)."""

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[object]]
    widths: Sequence[float] = ()


# The index of an Excel sheet's last row (row 1,048,576): XlsxWriter quietly skips any cell beyond it.
LAST_ROW = 1_048_575
# constant_memory: each row goes to a scratch file once the next begins, so a million rows never sit
# in memory. The strings_to_* guesses only apply to write(), which is never called; off all the same.
_WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}


def workbook_properties(stamp: ExportStamp) -> dict[str, object]:
    """The workbook's core properties: who exported it, for which office, and when (as Excel shows them)."""
    # XlsxWriter writes the time as given, with a Z: hand it UTC without its zone.
    created = stamp.at.astimezone(UTC).replace(tzinfo=None)
    return {
        "title": stamp.what,
        "author": stamp.author,
        "company": stamp.office_name,
        "comments": stamp.note,
        "created": created,
    }


@contextmanager
def open_xlsx(path: Path, failure: str) -> Iterator[Any]:
    """An XlsxWriter workbook saved to path at the end of the block, abandoned on an error.

    failure starts the UserError a refusing disk gives, e.g. "Laporan tidak dapat ditulis".
    """
    # XlsxWriter keeps rows in scratch files until close(); a directory of its own goes with all of them.
    # In the data folder's own scratch area (scratch.py): these files hold names and NIKs.
    with tempfile.TemporaryDirectory(
        prefix="tangsel-xlsx-", dir=scratch_dir(), ignore_cleanup_errors=True
    ) as scratch:
        workbook = xlsxwriter.Workbook(str(path), {**_WORKBOOK_OPTIONS, "tmpdir": scratch})
        stamp = current_stamp()
        if stamp is not None:
            workbook.set_properties(workbook_properties(stamp))
        try:
            yield workbook
            workbook.close()
        except BaseException as error:
            _abandon(workbook)
            # close() reports a refusing disk as FileCreateError around the OSError.
            reason = error.args[0] if isinstance(error, FileCreateError) and error.args else error
            if isinstance(reason, OSError):
                raise UserError(f"{failure}: {reason.strerror}. Periksa ruang disk.") from None
            raise


def _abandon(workbook: Any) -> None:
    """Close the sheets' scratch files without close(), which would first zip up the half-written rows."""
    if workbook.fileclosed:
        return
    for sheet in workbook.worksheets():
        # The step XlsxWriter's own close() ends with; there is no public way to discard a workbook.
        with contextlib.suppress(Exception):
            sheet._opt_close()


def add_sheet(workbook: Any, title: str, header: Sequence[str], widths: Sequence[float] = ()) -> Any:
    """A sheet whose bold header row stays in view; its data rows start at index 1."""
    sheet = workbook.add_worksheet(title[:31])  # Excel refuses longer sheet names
    sheet.freeze_panes(1, 0)
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    write_cells(sheet, 0, header, workbook.add_format({"bold": True}))
    return sheet


def write_cells(sheet: Any, row: int, values: Iterable[object], style: Any = None) -> None:
    """One row: an int is a number, anything else a text cell; None and "" leave the cell empty.

    Always write_string, never write(), which guesses: '=HYPERLINK(..)' stays words, a NIK stays digits.
    """
    for column, value in enumerate(values):
        if isinstance(value, str):
            if value:
                sheet.write_string(row, column, _cell_text(value), style)
        elif isinstance(value, int) and not isinstance(value, bool):
            sheet.write_number(row, column, value, style)
        elif value is not None:
            sheet.write_string(row, column, _cell_text(str(value)), style)


# XML 1.0 cannot carry these at all; XlsxWriter would pass them into a file Excel calls damaged.
_NONCHARACTERS = dict.fromkeys(map(ord, "\ufffe\uffff"))


def _cell_text(text: str) -> str:
    if "\ufffe" in text or "\uffff" in text:
        text = text.translate(_NONCHARACTERS)
    if text.startswith("<r>") and text.endswith("</r>"):
        # In constant_memory mode XlsxWriter copies such a string into the file unescaped, as rich
        # text: a value shaped like that goes in a rich-text run of its own, escaped, and reads as typed.
        return f'<r><t xml:space="preserve">{escape(text)}</t></r>'
    return text


def write_workbook(target: Path, sheets: Sequence[SheetContent]) -> None:
    """An .xlsx whose every string is a text cell, written beside the target and moved into place."""
    with temporary_beside(target) as temporary:
        with open_xlsx(temporary, "Laporan tidak dapat ditulis") as workbook:
            for content in sheets:
                sheet = add_sheet(workbook, content.title, content.header, content.widths)
                _write_rows(sheet, content.rows)
        replace_into(temporary, target)


def _write_rows(sheet: Any, rows: Iterable[Sequence[object]]) -> None:
    remaining = iter(rows)
    for row, values in enumerate(remaining, start=1):
        if row == LAST_ROW:
            left = 1 + sum(1 for _ in remaining)
            # A full sheet says in its last row how many rows did not fit, rather than drop them unsaid.
            note = (
                f"{format_count(left)} baris lagi tidak dicantumkan: satu lembar Excel memuat paling "
                f"banyak {format_count(LAST_ROW + 1)} baris."
            )
            write_cells(sheet, row, values if left == 1 else (note,))
            return
        write_cells(sheet, row, values)
