"""Spreadsheet files in and out: .xlsx/.csv rows by header, text-only cells, files replaced whole."""

import csv
import io
import itertools
import logging
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from tangsel_desktop.domain.errors import UserError

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
            "Simpan daftar penduduk sebagai .xlsx atau .csv lalu pilih berkas itu."
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
        log.info("unreadable workbook %s: %s", path, error)
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
        delimiter = _delimiter(text)
        # Counting first keeps memory flat: rows are then read one at a time.
        physical_rows = sum(1 for _ in csv.reader(io.StringIO(text), delimiter=delimiter))
    except (OSError, csv.Error) as error:
        raise UserError(
            f"Berkas {path.name!r} tidak dapat dibaca sebagai CSV ({error}). Simpan ulang dari Excel "
            "sebagai 'CSV UTF-8' atau sebagai .xlsx, lalu coba lagi."
        ) from None
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return _with_header(_guarded(enumerate(reader, start=1), path.name), physical_rows)


def _guarded(rows: Iterator[tuple[int, list[str]]], name: str) -> Iterator[Row]:
    try:
        yield from rows
    except csv.Error as error:
        raise UserError(
            f"Berkas {name!r} rusak di tengah ({error}). Simpan ulang dari Excel lalu coba lagi."
        ) from None


def text_cell(sheet: Any, value: object) -> WriteOnlyCell:
    """A cell that is text whatever it holds: '=HYPERLINK(..)' stays words, '3674...' stays digits."""
    text = "" if value is None else ILLEGAL_CHARACTERS_RE.sub("", str(value))
    cell = WriteOnlyCell(sheet, value=text)
    # openpyxl would otherwise write '=...' as a formula and '#N/A' as an error value.
    cell.data_type = "s"
    return cell


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


# A report can list 100,000 rows: openpyxl spends ~50 us per cell on them (5 s of a 100,000-row
# import), this writer ~1 us. It writes SpreadsheetML itself, where every string is an inline
# string cell: there is no code path by which a value becomes a formula or an error value.
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (
    f'{_XML_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Characters XML 1.0 cannot carry at all.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _column_letters(count: int) -> list[str]:
    return [get_column_letter(number) for number in range(1, count + 1)]


def _cell_xml(reference: str, value: object, style: str = "") -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<c r="{reference}"{style}><v>{value}</v></c>'
    text = _XML_ILLEGAL.sub("", str(value)).translate(_XML_ESCAPES)
    return f'<c r="{reference}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _sheet_xml(content: SheetContent) -> Iterator[str]:
    letters = _column_letters(max(len(content.header), 1))
    yield f'{_XML_HEAD}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
    yield '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    yield "</sheetView></sheetViews>"
    if content.widths:
        yield "<cols>"
        for number, width in enumerate(content.widths, start=1):
            yield f'<col min="{number}" max="{number}" width="{width}" customWidth="1"/>'
        yield "</cols>"
    header = "".join(
        _cell_xml(f"{letter}1", name, ' s="1"') for letter, name in zip(letters, content.header, strict=False)
    )
    yield f'<sheetData><row r="1">{header}</row>'
    for number, row in enumerate(content.rows, start=2):
        if len(row) > len(letters):
            letters = _column_letters(len(row))
        cells = "".join(
            _cell_xml(f"{letter}{number}", value) for letter, value in zip(letters, row, strict=False)
        )
        yield f'<row r="{number}">{cells}</row>'
    yield "</sheetData></worksheet>"


def _package_parts(sheets: Sequence[SheetContent]) -> dict[str, str]:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for n in range(1, len(sheets) + 1)
    )
    sheet_list = "".join(
        f'<sheet name="{escape(sheet.title[:31], {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, start=1)
    )
    relations = "".join(
        f'<Relationship Id="rId{n}" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, len(sheets) + 1)
    )
    styles_id = len(sheets) + 1
    return {
        "[Content_Types].xml": (
            f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'{_XML_HEAD}<Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'{_XML_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}">'
            f"<sheets>{sheet_list}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{_XML_HEAD}<Relationships xmlns="{_RELS}">{relations}'
            f'<Relationship Id="rId{styles_id}" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": _STYLES,
    }


def write_workbook(target: Path, sheets: Sequence[SheetContent]) -> None:
    """An .xlsx whose every string is a text cell, written beside the target and moved into place."""
    with temporary_beside(target) as temporary:
        try:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
                for name, text in _package_parts(sheets).items():
                    package.writestr(name, text)
                for number, content in enumerate(sheets, start=1):
                    with package.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                        for batch in _batches(_sheet_xml(content)):
                            part.write(batch.encode("utf-8"))
        except OSError as error:
            raise UserError(f"Laporan tidak dapat ditulis: {error.strerror}. Periksa ruang disk.") from None
        replace_into(temporary, target)


def _batches(pieces: Iterator[str], size: int = 2000) -> Iterator[str]:
    """Join pieces into larger strings: one zip write per 2,000 rows, not per row."""
    while batch := list(itertools.islice(pieces, size)):
        yield "".join(batch)
