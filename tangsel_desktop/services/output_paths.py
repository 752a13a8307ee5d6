"""The one check every export and print runs on its target before anything is written or numbered.

Rules (README, "Where files may be written"): the file's extension must be one the kind of
output uses; the folder must exist and be writable; and nothing inside the office's data folder may be
written except in its reports/ and cetak/ folders. The store itself, its -wal/-shm/-journal files,
backups/, logs/ and tmp/ belong to the application: an export written there could destroy its data.
"""

import os
from collections.abc import Iterable
from pathlib import Path

from tangsel_desktop.domain.errors import UserError

# The only folders inside the data folder an output may go to: the import and reconciliation reports,
# and cetak/, where the window files every printed batch (ui/printing/print_files.PRINT_FOLDER).
OPEN_DATA_FOLDERS = ("reports", "cetak")
STORE_COMPANIONS = ("", "-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"

PDF = (".pdf",)
XLSX = (".xlsx",)
XLSX_OR_CSV = (".xlsx", ".csv")
PDF_OR_XLSX = (".pdf", ".xlsx")
KEY_FILE = (".txt", ".key", ".pub")
SYNC_KEY_FILE = (".json",)
SYNC_PACKAGE = (".tsync",)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def _is_database(path: Path, store: Path) -> bool:
    """A plain SQLite file, or a copy of the encrypted store: its first 16 bytes are the store's own
    random salt (SQLCipher), which no other file shares."""
    head = _head(path)
    if head == SQLITE_HEADER:
        return True
    own = _head(store)
    return len(head) == len(SQLITE_HEADER) and own != SQLITE_HEADER and head == own


def _not_the_store(target: Path, resolved: Path, store: Path) -> None:
    """Refuse the store's file, its companions and the data folder's private parts."""
    data_root = store.parent
    if any(resolved == Path(f"{store}{tail}") for tail in STORE_COMPANIONS) or _same_file(resolved, store):
        raise UserError(
            f"{str(target)!r} adalah basis data kantor. Menulis ke sana akan menghapus seluruh data. "
            "Pilih nama berkas lain di folder lain, misalnya Dokumen."
        )
    if _inside(resolved, data_root) and not any(
        _inside(resolved, data_root / folder) for folder in OPEN_DATA_FOLDERS
    ):
        raise UserError(
            f"{str(target)!r} ada di dalam folder data aplikasi ({data_root}), yang hanya boleh diisi "
            f"aplikasi sendiri. Simpan di folder lain (misalnya Dokumen) atau di {data_root / 'cetak'}."
        )


def check_output_path(target: Path, suffixes: Iterable[str], *, store_file: Path | None, what: str) -> Path:
    """The resolved target, or UserError saying why it may not be written; what names the output.
    `store_file` None: the store is on a database server (no file of it to protect here).

    Called before any document number is taken, so a refused path costs the register nothing.
    """
    allowed = list(suffixes)
    target = Path(target).expanduser()
    resolved = target.resolve()
    store = None if store_file is None else store_file.resolve()
    if store is not None:
        _not_the_store(target, resolved, store)
    if target.suffix.lower() not in allowed:
        listed = " atau ".join(allowed)
        raise UserError(
            f"{what} hanya disimpan sebagai berkas {listed}, bukan {target.name!r}. "
            f"Ganti akhiran nama berkasnya, misalnya {what.lower().replace(' ', '-')}{allowed[0]}."
        )
    parent = resolved.parent
    if not parent.is_dir():
        raise UserError(f"Folder {str(target.parent)!r} tidak ada. Pilih folder yang ada.")
    if resolved.is_dir():
        raise UserError(f"{str(target)!r} adalah folder, bukan berkas. Tulis nama berkas tujuannya.")
    if resolved.exists() and store is not None and _is_database(resolved, store):
        raise UserError(
            f"{str(target)!r} berisi basis data (mungkin cadangan), bukan {what.lower()}. "
            "Pilih nama berkas lain."
        )
    if not os.access(parent, os.W_OK):
        raise UserError(
            f"Folder {str(parent)!r} hanya-baca (tidak boleh ditulisi). "
            "Pilih folder lain atau periksa izinnya."
        )
    return resolved
