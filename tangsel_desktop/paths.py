"""Where the application keeps its data, logs and backups, and where its bundled resources live."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from tangsel_desktop.domain.errors import UserError

APP_NAME = "TangselDesktop"
APP_AUTHOR = "DinsosTangsel"
DATA_DIR_VARIABLE = "TANGSEL_DATA_DIR"


def resources_dir() -> Path:
    """The resources/ folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class DataPaths:
    """The folders of one office's data: the database, its backups, logs and reports."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "tangsel.sqlite3"

    @property
    def settings(self) -> Path:
        """The office's settings file: at the central office, where its PostgreSQL database is
        ([database] url = ...; TANGSEL_DATABASE_URL wins over it)."""
        return self.root / "tangsel.ini"

    @property
    def keys(self) -> Path:
        """The key-slot file beside the store: the store's key, wrapped per user (storage/key_slots.py)."""
        return self.root / "tangsel.keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "tangsel.log"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def tmp(self) -> Path:
        """Scratch files of running exports and imports; leftovers are removed at the next start."""
        return self.root / "tmp"

    @property
    def names_a_server(self) -> bool:
        """Whether this folder's office keeps its store on a database server (the central office):
        TANGSEL_DATABASE_URL or a settings file; cheap, for the window's first screen (the URL itself is
        read and checked when the store opens: storage/store_location.py)."""
        return bool(os.environ.get("TANGSEL_DATABASE_URL", "").strip()) or self.settings.is_file()

    @property
    def store_exists(self) -> bool:
        """A store to sign in to: the SQLite file, or the server the settings name (its office is asked
        once it opens; the set-up of a server store is `init --office DINSOS`)."""
        return self.names_a_server or self.database.exists()

    def ensure(self) -> "DataPaths":
        for folder in (self.root, self.backups, self.logs, self.reports, self.tmp):
            # Owner-only: the folder holds every NIK of the office (ignored where there are no modes).
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self


def default_data_root() -> Path:
    """The per-user data folder (%LOCALAPPDATA% on Windows, ~/.local/share on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def locate_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """--data-dir wins, then TANGSEL_DATA_DIR, then the per-user folder; nothing is created."""
    chosen = data_dir or os.environ.get(DATA_DIR_VARIABLE) or default_data_root()
    return DataPaths(Path(chosen).expanduser().resolve())


def resolve_data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """The chosen data folder (see locate_data_paths), its folders created."""
    return locate_data_paths(data_dir).ensure()


def require_office_folder(paths: DataPaths) -> None:
    """UserError naming the folder when it holds no office's store (a mistyped --data-dir, a 0-byte file).

    Only `init` and the window's first-run set-up may start a new office; anything else would quietly
    work on a new, empty office that `check` calls healthy.
    """
    from tangsel_desktop.storage.store_location import configured

    if configured(paths.settings) is not None:
        return  # the central office's database server: whether it holds an office is asked once it opens
    store = paths.database
    if not store.is_file() or store.stat().st_size == 0:
        raise UserError(no_office_message(paths))


def no_office_message(paths: DataPaths) -> str:
    return (
        f"Folder {paths.root} belum berisi data kantor (kantor belum diatur di sana). Periksa --data-dir "
        f"atau {DATA_DIR_VARIABLE}; untuk kantor baru jalankan: init --office KODE --admin NAMA."
    )


def demo_data_paths() -> DataPaths:
    """The demo office lives in its own folder so it never mixes with a real office's data."""
    return DataPaths(default_data_root() / "demo").ensure()
