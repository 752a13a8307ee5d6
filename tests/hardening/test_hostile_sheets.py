"""Issue 9, finding 4: a hostile .xlsx is refused with a clear message before the reader allocates."""

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.tabular_files import read_table

READ_IN_A_CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from tangsel_desktop.domain.errors import UserError\n"
    "from tangsel_desktop.services.tabular_files import read_table\n"
    "try:\n"
    "    read_table(Path(sys.argv[1]))\n"
    "except UserError as error:\n"
    "    print(error.message)\n"
    "    sys.exit(1)\n"
)


def _one_cell_at(path: Path, row: int, column: int) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_string(0, 0, "NIK")
    sheet.write_string(row, column, "x")  # the sheet's <dimension> becomes A1:<that cell>
    workbook.close()
    return path


def test_a_sheet_claiming_cell_xfd1048576_is_refused_without_crashing(tmp_path: Path) -> None:
    """Finding 4: a 7,954-byte .xlsx with one cell at XFD1048576 made the reader allocate 550 GB and
    abort the process (exit 134). Read in a child process so that, before the fix, only the child dies."""
    hostile = _one_cell_at(tmp_path / "daftar.xlsx", 1_048_575, 16_383)
    assert hostile.stat().st_size < 10_000
    result = subprocess.run(
        [sys.executable, "-c", READ_IN_A_CHILD, str(hostile)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, (result.returncode, result.stderr[-500:])
    assert "XFD1048576" in result.stdout
    assert "ditolak" in result.stdout


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Rewrite the central directory's uncompressed size of member, as a crafted zip bomb would claim it."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length] == name:
            struct.pack_into("<I", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at += 4
    raise AssertionError(f"{member} not in {path}")


def test_a_member_claiming_gigabytes_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    """Finding 4: a 10.5 MB file expanding to 2.6 GB of XML took minutes and GBs; the directory tells."""
    path = _one_cell_at(tmp_path / "bom.xlsx", 3, 3)
    _patch_declared_size(path, "xl/worksheets/sheet1.xml", 0xFFFF_FFF0)
    with pytest.raises(UserError, match="MB"):
        read_table(path)


def test_a_member_compressed_beyond_any_real_sheet_is_refused(tmp_path: Path) -> None:
    """Finding 4: a compression ratio no real sheet has (20 MB of one byte) is refused before inflating it."""
    path = _one_cell_at(tmp_path / "bom.xlsx", 3, 3)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * 20_000_000)
    with pytest.raises(UserError, match="tidak wajar"):
        read_table(path)


def test_an_ordinary_sheet_still_reads(tmp_path: Path) -> None:
    """Finding 4: the limits leave real lists alone."""
    path = tmp_path / "daftar.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    for row in range(2000):
        sheet.write_row(
            row, 0, ["NIK", "NAMA", "ALAMAT"] if row == 0 else [f"36740457088{row:05}", "Siti", "Jl"]
        )
    workbook.close()
    table = read_table(path)
    assert table.header == ["NIK", "NAMA", "ALAMAT"]
    assert sum(1 for _ in table.rows) == 1999
