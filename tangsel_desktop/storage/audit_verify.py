"""`check`'s reading of the audit trail: every hash recomputed, the anchor compared, the backups' anchors too.

What it finds: an entry edited (its hash no longer matches, and without the key it cannot be recomputed), an
entry removed or inserted (the chain breaks), the last entries or all of them deleted (the anchor still
counts them), the anchor itself edited (its MAC) or deleted, and a chain cut back behind a point a backup
recorded (the backup's sidecar). What a person holding the key can still do is in the README.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.storage import audit_anchor, audit_key
from tangsel_desktop.storage.audit import entry_hash
from tangsel_desktop.storage.audit_key import GENESIS_HASH, AnyConnection, run
from tangsel_desktop.storage.audit_redaction import redaction_genuine
from tangsel_desktop.storage.transaction import Transaction

COLUMNS = (
    "id",
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "before_json",
    "after_json",
    "previous_hash",
    "entry_hash",
    "redaction_seal",
)
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class TrailCheck:
    entries: int
    problems: list[str]


def verify_trail(connection: AnyConnection, backups_dir: Path | None = None) -> TrailCheck:
    """Recompute the chain in id order, then hold it against the anchor and the backups' anchors."""
    key = audit_key.load(connection)
    problems: list[str] = []
    previous, count, last_id = GENESIS_HASH, 0, 0
    result = run(connection, f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id")
    for values in result:
        entry = dict(zip(COLUMNS, values, strict=True))
        count += 1
        last_id = int(entry["id"])
        keyed = key is not None and last_id >= key.keyed_from
        if len(problems) < MAX_PROBLEMS:
            if entry["previous_hash"] != previous:
                problems.append(
                    f"entri audit #{last_id}: rantai terputus (ada entri yang dihapus atau disisipkan)"
                )
            elif entry["redaction_seal"] is not None:
                # Personal values redacted by an erasure (audit_redaction.py): the seal vouches for them.
                if not redaction_genuine(entry, key):
                    problems.append(f"entri audit #{last_id}: isinya telah diubah")
            elif entry_hash(entry, key if keyed else None) != entry["entry_hash"]:
                problems.append(f"entri audit #{last_id}: isinya telah diubah")
        previous = entry["entry_hash"]
    if key is None:
        problems.append(
            "kunci jejak audit tidak ada di data: keaslian jejak audit tidak dapat dipastikan "
            "(kunci dihapus di luar aplikasi)"
        )
    problems.extend(_against_anchor(connection, key, count, last_id, previous))
    if backups_dir is not None:
        problems.extend(_against_backups(connection, backups_dir, count))
    return TrailCheck(entries=count, problems=problems)


def _against_anchor(
    connection: AnyConnection, key: audit_key.AuditKey | None, count: int, last_id: int, head: str
) -> list[str]:
    anchor = audit_anchor.read(connection)
    if anchor is None:
        return ["jangkar jejak audit hilang: entri terakhir jejak audit mungkin telah dihapus"]
    problems: list[str] = []
    if not anchor.genuine(key):
        problems.append("jangkar jejak audit telah diubah di luar aplikasi")
    if anchor.note:
        problems.append(anchor.note)
    if count == 0 and anchor.entries > 0:
        problems.append(f"jejak audit dikosongkan: {anchor.entries} entri tercatat, tidak satu pun tersisa")
    elif count < anchor.entries:
        problems.append(
            f"{anchor.entries - count} entri audit hilang: tercatat {anchor.entries}, tersisa {count}"
        )
    elif count > anchor.entries:
        problems.append(f"{count - anchor.entries} entri audit ditambahkan di luar aplikasi")
    if count and (last_id, head) != (anchor.last_id, anchor.head_hash):
        problems.append(
            f"ujung jejak audit berbeda dari jangkarnya (entri terakhir #{last_id}, jangkar "
            f"#{anchor.last_id}): entri terakhir telah dihapus atau ditulis ulang"
        )
    return problems


def anchors_off_chain(tx: Transaction, backups_dir: Path) -> list[str]:
    """Names of the backups whose anchor the chain no longer holds (the point they recorded is gone or
    different). A restore lists them in its own audit entry: the chain went on from an older point."""
    connection = tx.connection
    count = int(run(connection, "SELECT count(*) FROM audit_log").fetchone()[0])
    off: list[str] = []
    for name, anchor in audit_anchor.sidecars(backups_dir):
        if anchor.last_id == 0:
            continue
        row = run(connection, "SELECT entry_hash FROM audit_log WHERE id = ?", (anchor.last_id,)).fetchone()
        if row is None or row[0] != anchor.head_hash or count < anchor.entries:
            off.append(name)
    return off


def _superseded_by_restores(connection: AnyConnection) -> set[str]:
    """Backups a restore recorded as left on another branch of the trail (the entry is in the keyed chain,
    so only the key's holder could forge one, and that holder can rewrite the trail anyway)."""
    names: set[str] = set()
    rows = run(
        connection, "SELECT after_json FROM audit_log WHERE action = 'restore' AND entity = 'database'"
    ).fetchall()
    for (after,) in rows:
        try:
            names.update(str(name) for name in json.loads(after or "{}").get("superseded", []))
        except (ValueError, AttributeError, TypeError):
            continue
    return names


def _against_backups(connection: AnyConnection, backups_dir: Path, count: int) -> list[str]:
    problems: list[str] = []
    superseded = _superseded_by_restores(connection)
    for name, anchor in audit_anchor.sidecars(backups_dir):
        if anchor.last_id == 0 or name in superseded:
            continue
        row = run(connection, "SELECT entry_hash FROM audit_log WHERE id = ?", (anchor.last_id,)).fetchone()
        if row is None or row[0] != anchor.head_hash or count < anchor.entries:
            problems.append(
                f"cadangan {name} mencatat {anchor.entries} entri audit sampai #{anchor.last_id}, yang kini "
                "tidak ada atau berbeda: jejak audit dipotong atau ditulis ulang sesudah cadangan itu"
            )
        if len(problems) >= 3:
            break
    return problems
