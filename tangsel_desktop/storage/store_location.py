"""Where the office's store lives, as one setting (a database URL), and which dialect module opens it.

A kelurahan office's store is a SQLite file in its data folder; the encrypted file and the central
office's PostgreSQL database (later issues) are other URLs that open through their own dialect module
beside storage/sqlite_dialect.py. Nothing outside storage/ looks at the URL.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from tangsel_desktop.domain.errors import UserError

SUPPORTED = ("sqlite",)


@dataclass(frozen=True)
class StoreLocation:
    """A store's address: its dialect and, for a file store, the file."""

    url: str

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
        if not parsed.database:
            raise UserError(
                "Alamat basis data SQLite harus menyebut berkasnya, misalnya sqlite:///tangsel.sqlite3."
            )
        return cls(url)

    @property
    def dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    @property
    def file(self) -> Path:
        """The store's file (a SQLite store is one file, with its -wal and -shm beside it)."""
        database = make_url(self.url).database
        assert database, "a SQLite location names its file"
        return Path(database)
