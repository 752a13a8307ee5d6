"""Consistent copies of the live database through SQLite's online backup, safe while it is in use."""

import sqlite3
from datetime import datetime
from pathlib import Path

from tangsel_desktop.storage import audit_anchor


def backup_database(database_file: Path, backups_dir: Path, *, reason: str) -> Path:
    """Copy the database to backups/ under a dated name; WAL content included."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"tangsel-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(database_file)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    # The audit chain's head and length as this copy holds them, outside the store (audit_anchor.py).
    audit_anchor.write_sidecar(target)
    return target
