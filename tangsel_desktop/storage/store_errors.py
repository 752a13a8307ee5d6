"""Low-level failures of the store and the disk (full, read-only, locked, not a database) as UserErrors.

The one translation of SQLite and OS errors into words a clerk can act on, used where the store is
opened (bootstrap), around writes, in the command line's top level and in the window's tasks.
"""

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage import sqlite_driver

# SQLite's primary result codes (Error.sqlite_errorcode & 0xFF).
# The store's driver (sqlcipher3) has exception classes of its own, not subclasses of stdlib sqlite3's; a
# stdlib one can still come from a library that opens a file itself, so both are known.
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite_driver.Error, sqlite3.Error)
SQLITE_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite_driver.DatabaseError, sqlite3.DatabaseError)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (SQLAlchemy's .orig) and what it was raised from or during."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None, current.__cause__, current.__context__]


def _full(folder: str) -> UserError:
    return UserError(
        f"Disk penuh: data tidak dapat disimpan di {folder}. Kosongkan ruang disk (hapus berkas yang "
        "tidak perlu atau pindahkan cadangan lama ke diska lain), lalu coba lagi. Data yang sudah ada aman."
    )


def _read_only(folder: str) -> UserError:
    return UserError(
        f"Folder data {folder} atau berkas basis datanya hanya-baca: tidak ada yang dapat disimpan. "
        "Periksa izin folder itu (atau pilih folder data lain dengan --data-dir), lalu coba lagi."
    )


def _locked() -> UserError:
    return UserError(
        "Data sedang dipakai oleh program atau jendela Tangsel lain dan belum dilepas. "
        "Tunggu sampai pekerjaan itu selesai (misalnya impor), lalu coba lagi."
    )


def not_a_database(store: Path) -> UserError:
    """The file is not a store at all (neither plain SQLite nor whole encrypted pages)."""
    return _not_a_database(str(store))


def _not_a_database(store: str) -> UserError:
    return UserError(
        f"Berkas {store} bukan basis data Tangsel Desktop atau sudah rusak. Jangan menimpanya; "
        "pulihkan dari cadangan terakhir di folder backups, atau hubungi petugas TI."
    )


def _sqlite(error: Any, folder: str, store: str) -> UserError | None:
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(error).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return _full(folder)
    if code == SQLITE_READONLY or "readonly database" in text:
        return _read_only(folder)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return _locked()
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT) or "not a database" in text or "malformed" in text:
        return _not_a_database(store)
    if code == SQLITE_CANTOPEN or "unable to open database" in text:
        return UserError(
            f"Basis data {store} tidak dapat dibuka: foldernya tidak ada, hanya-baca, atau tanpa izin. "
            "Periksa folder data (--data-dir) dan izinnya."
        )
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return UserError(
            f"Kesalahan baca/tulis disk pada {store}. Periksa disk (mungkin penuh, dicabut, atau rusak), "
            "lalu coba lagi."
        )
    return None


def _os(error: OSError, folder: str) -> UserError | None:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(str(Path(error.filename).parent) if error.filename else folder)
    if error.errno in (errno.ENOTDIR, errno.EEXIST) and error.filename:
        return UserError(
            f"{error.filename} tidak dapat dijadikan folder: di jalurnya sudah ada berkas, bukan folder. "
            "Periksa --data-dir (atau TANGSEL_DATA_DIR) dan pilih folder lain."
        )
    if error.errno == errno.ENOENT and error.filename:
        return UserError(f"{error.filename} tidak ada. Periksa nama folder dan berkasnya, lalu coba lagi.")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = str(error.filename) if error.filename else folder
        return UserError(
            f"{where} tidak boleh ditulisi (hanya-baca atau tanpa izin). Periksa izin folder itu, "
            "atau pilih folder lain, lalu coba lagi."
        )
    return None


def store_user_error(error: BaseException, store_file: Path | None = None) -> UserError | None:
    """The UserError for a known low-level failure anywhere in error's chain, or None for a real bug."""
    folder = str(store_file.parent) if store_file is not None else "folder data"
    store = str(store_file) if store_file is not None else "basis data"
    for link in _chain(error):
        if isinstance(link, UserError):
            return link
        found = None
        if isinstance(link, sqlite_driver.WrongKeyError):
            found = _not_a_database(store)
        elif isinstance(link, SQLITE_ERRORS):
            found = _sqlite(link, folder, store)
        elif isinstance(link, OSError):
            found = _os(link, folder)
        if found is not None:
            return found
    return None


def is_corruption(error: BaseException) -> bool:
    """Whether error's chain holds SQLite's own word that the file is damaged (not merely unwritable)."""
    return any(
        isinstance(link, SQLITE_DATABASE_ERRORS)
        and ((getattr(link, "sqlite_errorcode", None) or 0) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB))
        for link in _chain(error)
    )
