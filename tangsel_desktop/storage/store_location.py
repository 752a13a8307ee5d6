"""Where the office's store lives, as one setting (a database URL), and which dialect module opens it.

A kelurahan office's store is a SQLite file in its data folder; the central office's PostgreSQL database is
another URL (`postgresql://...`), opened through storage/postgres_dialect.py. Nothing outside storage/
looks at the URL.
"""

import configparser
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import make_url

from tangsel_desktop.domain.errors import UserError

SUPPORTED = ("sqlite", "postgresql")
URL_VARIABLE = "TANGSEL_DATABASE_URL"  # wins over the settings file
# The only PostgreSQL driver this build carries (and bundles in the installer): psycopg 3.
POSTGRES_DRIVER = "psycopg"


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: its dialect and, for a file store, the file."""

    url: str
    # Where a server store anchors what stays on this computer (print-job locks, the data folder that output
    # checks keep clear): the data folder's store path, which holds no file.
    home: Path | None = None

    @classmethod
    def sqlite_file(cls, file: Path) -> "StoreLocation":
        return cls(f"sqlite:///{file}")

    @classmethod
    def parse(cls, url: str) -> "StoreLocation":
        """A URL from a setting, refused in Indonesian when this build cannot open it."""
        try:
            parsed = make_url(url)
        except Exception as error:  # SQLAlchemy raises ArgumentError for any malformed URL
            raise UserError(f"Alamat basis data {url!r} tidak dapat dibaca.") from error
        if parsed.get_backend_name() not in SUPPORTED:
            raise UserError(
                f"Jenis basis data {parsed.get_backend_name()!r} belum dapat dibuka oleh versi ini; "
                "kantor kelurahan memakai berkas SQLite di folder datanya."
            )
        if parsed.get_backend_name() == "postgresql":
            if parsed.get_driver_name() not in (POSTGRES_DRIVER, "psycopg2"):
                raise UserError(
                    f"Penghubung PostgreSQL {parsed.get_driver_name()!r} tidak tersedia; tulis alamatnya "
                    "sebagai postgresql://pengguna:sandi@server:5432/nama_basis_data."
                )
            if not parsed.database:
                raise UserError(
                    "Alamat basis data PostgreSQL harus menyebut nama basis datanya, misalnya "
                    "postgresql://tangsel@server:5432/tangsel_dinsos."
                )
            # Whatever driver was written, psycopg 3 opens it.
            return cls(parsed.set(drivername=f"postgresql+{POSTGRES_DRIVER}").render_as_string(False))
        if not parsed.database:
            raise UserError(
                "Alamat basis data SQLite harus menyebut berkasnya, misalnya sqlite:///tangsel.sqlite3."
            )
        return cls(url)

    @property
    def dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    @property
    def is_server(self) -> bool:
        """A database server (the central office's PostgreSQL), not a file in the data folder."""
        return self.dialect != "sqlite"

    @property
    def file(self) -> Path:
        """The store's file (a SQLite store is one file, with its -wal and -shm beside it); for a server
        store, the path in the data folder where the file would be (no file is ever there)."""
        if self.is_server:
            assert self.home is not None, "a server store opened by the application names its data folder"
            return self.home
        database = make_url(self.url).database
        assert database, "a SQLite location names its file"
        return Path(database)

    def shown(self) -> str:
        """The store as a message names it: the file, or the server and database without the password."""
        if not self.is_server:
            return str(self.file)
        parsed = make_url(self.url)
        return f"{parsed.database} di {parsed.host or 'localhost'}:{parsed.port or 5432}"


def configured(settings_file: Path, environ: Mapping[str, str] = os.environ) -> StoreLocation | None:
    """The store named by TANGSEL_DATABASE_URL, else by the `url` of the [database] section of the office's
    settings file (tangsel.ini in its data folder); None where neither names one (the SQLite file then)."""
    url = environ.get(URL_VARIABLE, "").strip()
    if not url and settings_file.is_file():
        settings = configparser.ConfigParser(interpolation=None)
        try:
            settings.read(settings_file, encoding="utf-8")
        except configparser.Error as error:
            raise UserError(
                f"Berkas pengaturan {settings_file} tidak dapat dibaca ({error.message}). Perbaiki isinya: "
                "[database] lalu url = postgresql://pengguna@server:5432/nama_basis_data."
            ) from None
        url = settings.get("database", "url", fallback="").strip()
    return replace(StoreLocation.parse(url), home=settings_file.parent / "tangsel.sqlite3") if url else None
