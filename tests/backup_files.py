"""Helpers of the backup tests: every table of a store row by row, a keyed copy of a store, fake backups."""

import json
from pathlib import Path
from typing import Any

from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.backup import table_counts
from tangsel_desktop.storage.backup_manifest import BackupManifest, manifest_path


def dump(store: Path, key: bytes | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (in a stable order), read in one snapshot: what a restore must give back."""
    connection = sqlite_driver.connect(f"file:{store}?mode=ro", key, uri=True, isolation_level=None)
    try:
        connection.execute("BEGIN")
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in table_counts(connection)
        }
    finally:
        connection.close()


def keyed_copy(plain: Path, keyed: Path, key: bytes) -> None:
    """An encrypted copy of a plain store under `key` (sqlcipher_export), in WAL like the store."""
    connection = sqlite_driver.connect(plain, isolation_level=None)
    try:
        connection.execute(f"ATTACH DATABASE '{keyed}' AS encrypted KEY \"x'{key.hex()}'\"")
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    check = sqlite_driver.connect(keyed, key)
    try:
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()


def fake_backup(folder: Path, name: str, *, content: bytes = b"copy") -> Path:
    """A file under a backup's name with a manifest naming its size: what the rotation sees as finished."""
    path = folder / name
    path.write_bytes(content)
    manifest = BackupManifest(
        office_code="36.74.04.1004",
        made_at="2026-01-01T00:00:00+00:00",
        reason=name.split("-", 4)[-1].removesuffix(".sqlite3"),
        schema_revision="0011",
        counts={},
        sha256="0" * 64,
        bytes=len(content),
        encrypted=False,
        app_version="0.1.0",
    )
    manifest_path(path).write_text(json.dumps(manifest.as_json()), encoding="ascii")
    return path
