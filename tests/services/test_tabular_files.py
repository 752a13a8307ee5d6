"""Writing .xlsx with XlsxWriter: values read back as typed, a full sheet says so, failures leave nothing."""

import errno
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services import tabular_files
from tangsel_desktop.services.tabular_files import SheetContent, read_table, write_workbook

TRICKY = (
    "=1+1",
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+62812",
    "-buruh",
    "#N/A",
    "3674045708850001",
    "<r>Budi</r>",
    "<r><t>disisipkan</t></r>",
    "_x0041_",
    "a\x01b",
    " Ani & <Ade> ",
    "baris\nkedua",
    "TRUE",
)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, where XlsxWriter keeps its scratch files, made watchable."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_every_string_is_a_text_cell_that_reads_back_as_typed(tmp_path: Path, scratch: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    rows = [(number, value) for number, value in enumerate(TRICKY, start=2)]

    write_workbook(target, [SheetContent("Baris-baris yang dilaporkan dari impor", ("NO", "NILAI"), rows)])

    # The application's own reader gives back exactly what was written.
    table = read_table(target)
    assert table.header == ["NO", "NILAI"]
    assert [tuple(cells) for _, cells in table.rows] == [(float(n), value) for n, value in rows]
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "Baris-baris yang dilaporkan dar"  # Excel's 31 characters
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert all(cell.data_type == "s" for cell in sheet["B"])
    assert all(cell.data_type == "n" for cell in sheet["A"][1:])
    assert list(scratch.iterdir()) == []


def test_noncharacters_are_dropped_and_empty_values_leave_blank_cells(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"

    write_workbook(target, [SheetContent("Baris", ("A", "B", "C"), [("x\ufffey\uffff", "", None)])])

    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[2]] == ["xy", None, None]


def test_a_full_sheet_says_in_its_last_row_how_many_rows_did_not_fit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabular_files, "LAST_ROW", 4)
    exact, over = tmp_path / "pas.xlsx", tmp_path / "lebih.xlsx"

    write_workbook(exact, [SheetContent("Baris", ("NO",), [(n,) for n in range(1, 5)])])
    write_workbook(over, [SheetContent("Baris", ("NO",), [(n,) for n in range(1, 11)])])

    assert [row[0] for row in openpyxl.load_workbook(exact).active.iter_rows(values_only=True)] == [
        "NO",
        1,
        2,
        3,
        4,
    ]
    cells = [row[0] for row in openpyxl.load_workbook(over).active.iter_rows(values_only=True)]
    assert cells[:4] == ["NO", 1, 2, 3]
    assert cells[4] == "7 baris lagi tidak dicantumkan: satu lembar Excel memuat paling banyak 5 baris."
    assert len(cells) == 5


def failing_rows(count: int) -> Iterator[Sequence[object]]:
    for number in range(count):
        yield (number, "baris")
    raise RuntimeError("listrik padam")


def test_an_error_mid_write_leaves_the_old_file_and_no_scratch_files(tmp_path: Path, scratch: Path) -> None:
    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "laporan.xlsx"
    target.write_bytes(b"laporan kemarin")

    with pytest.raises(RuntimeError, match="listrik padam"):
        write_workbook(target, [SheetContent("Baris", ("NO", "HASIL"), failing_rows(5000))])

    assert target.read_bytes() == b"laporan kemarin"
    assert list(folder.iterdir()) == [target]
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("when", ["writing", "closing"])
def test_a_full_disk_is_a_user_error(
    tmp_path: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")

    def refuse(*_: object) -> None:
        raise full

    def refuse_close(*_: object) -> None:
        raise FileCreateError(full)  # how XlsxWriter's close() passes the OSError on

    if when == "writing":
        monkeypatch.setattr(xlsxwriter.worksheet.Worksheet, "write_string", refuse)
    else:
        monkeypatch.setattr(xlsxwriter.Workbook, "close", refuse_close)

    with pytest.raises(UserError, match=r"Laporan tidak dapat ditulis: No space left on device\. Periksa"):
        write_workbook(tmp_path / "laporan.xlsx", [SheetContent("Baris", ("NO",), [(1,)])])

    assert [path.name for path in tmp_path.iterdir()] == ["scratch"]
    assert list(scratch.iterdir()) == []
