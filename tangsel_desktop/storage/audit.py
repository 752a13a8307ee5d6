"""The audit trail: who, when, what, before and after; HMAC-chained, written in the same transaction.

Each entry's hash covers its content and the previous entry's hash, keyed with the store's audit key
(audit_key.py): entries from before that key (migration 0006) keep their plain SHA-256. Every append also
moves the anchor (audit_anchor.py), and `check` (audit_verify.py) compares chain, anchor and backups.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from tangsel_desktop.storage import audit_anchor, audit_key, bare_connection
from tangsel_desktop.storage.audit_key import GENESIS_HASH, AuditKey
from tangsel_desktop.storage.columns import timestamp_text, utc_now

__all__ = ["GENESIS_HASH", "AuditCheck", "AuditEvent", "append", "chain_rows", "entry_hash", "verify_chain"]


@dataclass(frozen=True)
class AuditEvent:
    """One change to record; before/after are plain mappings (None for a create or a delete)."""

    action: str
    entity: str
    entity_id: str = ""
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return timestamp_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_json(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(
        {key: _plain(value) for key, value in values.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


CONTENT = "_content"  # a row's canonical text without its link, kept by chain_rows for re-chaining


def entry_content(row: Mapping[str, Any]) -> str:
    """The canonical JSON of an entry's content, without the previous hash (its closing bracket last)."""
    return json.dumps(
        [
            row["at"] if isinstance(row["at"], str) else timestamp_text(row["at"]),
            row["user_id"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["before_json"],
            row["after_json"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def link_hash(content: str, previous: str, key: AuditKey | None = None) -> str:
    """The hash of a content (entry_content) chained onto `previous`: the JSON array of the content's
    fields and the previous hash, MACed with the key, or plain SHA-256 without one (before 0006)."""
    canonical = f"{content[:-1]},{json.dumps(previous)}]"
    if key is not None:
        return key.mac(canonical)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def entry_hash(row: Mapping[str, Any], key: AuditKey | None = None) -> str:
    """The hash of one entry over its content and the previous entry's hash: HMAC-SHA256 under the
    store's key, or plain SHA-256 for the entries written before the store had one."""
    return link_hash(row.get(CONTENT) or entry_content(row), row["previous_hash"], key)


def last_hash(session: Session) -> str:
    """The hash the next entry chains onto (the anchor's head)."""
    return audit_anchor.head_for_append(session.connection()).head_hash


def chain_rows(
    events: Iterable[AuditEvent],
    *,
    user_id: str | None,
    username: str,
    previous: str,
    key: AuditKey | None = None,
) -> list[dict[str, Any]]:
    """Audit rows ready to insert, each chained to the one before; each keeps its content text under
    CONTENT, so the bulk path can chain them again with the key without encoding them twice."""
    at = utc_now()
    rows = []
    for event in events:
        row: dict[str, Any] = {
            "at": at,
            "user_id": user_id,
            "username": username,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "before_json": to_json(event.before),
            "after_json": to_json(event.after),
            "previous_hash": previous,
        }
        content = row[CONTENT] = entry_content(row)
        row["entry_hash"] = previous = link_hash(content, previous, key)
        rows.append(row)
    return rows


_COLUMNS = (
    "at", "user_id", "username", "action", "entity", "entity_id", "before_json", "after_json",
    "previous_hash", "entry_hash",
)  # fmt: skip
_INSERT = f"INSERT INTO audit_log ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def append(session: Session, events: Iterable[AuditEvent], *, user_id: str | None, username: str) -> int:
    """Write the events into the session's transaction, keyed and anchored; returns how many were written."""
    events = list(events)
    if not events:
        return 0
    # Plain SQL on the bare connection of this same transaction: every handover at the desk appends.
    connection = bare_connection.of_session(session)
    key = audit_key.require(connection)
    head = audit_anchor.head_for_append(connection)
    rows = chain_rows(events, user_id=user_id, username=username, previous=head.head_hash, key=key)
    connection.executemany(
        _INSERT, [(timestamp_text(row["at"]), *(row[name] for name in _COLUMNS[1:])) for row in rows]
    )
    last_id = int(connection.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0)
    moved = audit_anchor.Anchor(head.entries + len(rows), last_id, rows[-1]["entry_hash"], note=head.note)
    audit_anchor.write(connection, moved, key, at=timestamp_text(rows[-1]["at"]))
    return len(rows)


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    problems: list[str]


def verify_chain(session: Session) -> AuditCheck:
    """Recompute every hash in order and compare the anchor: an edited, removed, inserted or cut-off
    entry breaks the chain (see audit_verify.py)."""
    from tangsel_desktop.storage.audit_verify import verify_trail

    found = verify_trail(session.connection())
    return AuditCheck(entries=found.entries, problems=found.problems)
