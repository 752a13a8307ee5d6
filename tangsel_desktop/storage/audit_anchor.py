"""The audit chain's head and length, kept where deleting the chain's last entries cannot reach them silently.

Every commit that appends to the chain updates one row of `audit_anchor` (entries ever written, the last id,
the head hash, a MAC under the audit key); `check` compares it with the chain, so a tail cut, an emptied log
or a deleted anchor made with a database tool shows. Inside the same file the anchor is only as safe as the
key: whoever reads the key can rewrite both. So the anchor is also written outside the store, into a small
sidecar file beside every backup (`<backup>.anchor`): a chain shorter than a backup's anchor, or whose entry
at that point differs, is a cut that the store's own contents cannot hide.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.audit_key import GENESIS_HASH, AnyConnection, AuditKey, run

SIDECAR_SUFFIX = ".anchor"


@dataclass(frozen=True)
class Anchor:
    entries: int  # entries ever appended (the app never deletes one)
    last_id: int
    head_hash: str
    mac: str = ""
    note: str = ""

    def text(self) -> str:
        return f"anchor|{self.entries}|{self.last_id}|{self.head_hash}"

    def sealed(self, key: AuditKey) -> "Anchor":
        return Anchor(self.entries, self.last_id, self.head_hash, key.mac(self.text()), self.note)

    def genuine(self, key: AuditKey | None) -> bool:
        return key is not None and self.mac == key.mac(self.text())


def read(connection: AnyConnection) -> Anchor | None:
    row = run(
        connection, "SELECT entries, last_id, head_hash, mac, note FROM audit_anchor WHERE id = 1"
    ).fetchone()
    return (
        None if row is None else Anchor(int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4] or ""))
    )


def head_for_append(connection: AnyConnection) -> Anchor:
    """Where the next entry chains on: the anchor's head, not the table's last row, so entries appended
    after a tail cut still point at the cut-off head and the break stays visible to `check`."""
    found = read(connection)
    if found is not None:
        return found
    # No anchor: it was deleted. Start one from the table, noting it, so `check` keeps saying so.
    row = run(connection, "SELECT count(*), max(id) FROM audit_log").fetchone()
    last_id = int(row[1] or 0)
    head = run(connection, "SELECT entry_hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()
    return Anchor(
        int(row[0]),
        last_id,
        head[0] if head else GENESIS_HASH,
        note=f"jangkar audit hilang dan dibuat ulang setelah entri #{last_id}",
    )


def write(connection: AnyConnection, anchor: Anchor, key: AuditKey, *, at: str) -> None:
    sealed = anchor.sealed(key)
    run(
        connection,
        # The one row replaced, in the spelling both engines know.
        "INSERT INTO audit_anchor (id, entries, last_id, head_hash, updated_at, mac, note) "
        "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, "
        "last_id = excluded.last_id, head_hash = excluded.head_hash, updated_at = excluded.updated_at, "
        "mac = excluded.mac, note = excluded.note",
        (sealed.entries, sealed.last_id, sealed.head_hash, at, sealed.mac, sealed.note),
    )


# Outside the store: a sidecar beside each backup.


def write_sidecar(backup_file: Path, key: bytes | None = None) -> Path | None:
    """Copy the backup's own anchor into `<backup>.anchor` (JSON); None for a store without one. The
    sidecar holds no secret: counts and a hash, never the audit key (that stays inside the store)."""
    connection = sqlite_driver.connect(backup_file, key)
    try:
        try:
            anchor = read(connection)
        except sqlite_driver.OperationalError:  # a store from before migration 0006
            return None
    finally:
        connection.close()
    if anchor is None:
        return None
    sidecar = backup_file.with_name(backup_file.name + SIDECAR_SUFFIX)
    sidecar.write_text(
        json.dumps(
            {"entries": anchor.entries, "last_id": anchor.last_id, "head_hash": anchor.head_hash},
            sort_keys=True,
        ),
        encoding="ascii",
    )
    return sidecar


def sidecars(backups_dir: Path) -> list[tuple[str, Anchor]]:
    """(backup name, its anchor) of every readable sidecar in the folder, newest name first."""
    found: list[tuple[str, Anchor]] = []
    if not backups_dir.is_dir():
        return found
    for path in sorted(backups_dir.glob(f"*{SIDECAR_SUFFIX}"), reverse=True):
        try:
            data = json.loads(path.read_text(encoding="ascii"))
            anchor = Anchor(int(data["entries"]), int(data["last_id"]), str(data["head_hash"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        found.append((path.name.removesuffix(SIDECAR_SUFFIX), anchor))
    return found


def sidecar_json(anchor: Anchor) -> str:
    """The text of `<backup>.anchor` for an anchor the caller read from the copy (an encrypted one too)."""
    return json.dumps(
        {"entries": anchor.entries, "last_id": anchor.last_id, "head_hash": anchor.head_hash}, sort_keys=True
    )
