"""The audit trail: who, when, what, before and after; hash-chained, written in the same transaction."""

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from tangsel_desktop.storage.columns import timestamp_text, utc_now
from tangsel_desktop.storage.tables import AuditEntry

GENESIS_HASH = "0" * 64


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


def entry_hash(row: Mapping[str, Any]) -> str:
    """The hash of one entry over its content and the previous entry's hash."""
    canonical = json.dumps(
        [
            row["at"] if isinstance(row["at"], str) else timestamp_text(row["at"]),
            row["user_id"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["before_json"],
            row["after_json"],
            row["previous_hash"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    found = session.execute(
        select(col(AuditEntry.entry_hash)).order_by(col(AuditEntry.id).desc()).limit(1)
    ).scalar()
    return found or GENESIS_HASH


def chain_rows(
    events: Iterable[AuditEvent], *, user_id: str | None, username: str, previous: str
) -> list[dict[str, Any]]:
    """Audit rows ready to insert, each chained to the one before."""
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
        row["entry_hash"] = previous = entry_hash(row)
        rows.append(row)
    return rows


def append(session: Session, events: Iterable[AuditEvent], *, user_id: str | None, username: str) -> int:
    """Write the events into the session's transaction; returns how many were written."""
    rows = chain_rows(events, user_id=user_id, username=username, previous=last_hash(session))
    if rows:
        session.execute(insert(AuditEntry), rows)
    return len(rows)


@dataclass(frozen=True)
class AuditCheck:
    entries: int
    problems: list[str]


def verify_chain(session: Session) -> AuditCheck:
    """Recompute every hash in order; an edited, removed or inserted entry breaks the chain."""
    problems: list[str] = []
    previous = GENESIS_HASH
    count = 0
    result = session.execute(select(AuditEntry).order_by(AuditEntry.id))  # type: ignore[arg-type]
    for entry in result.scalars():
        count += 1
        row = entry.model_dump()
        if entry.previous_hash != previous:
            problems.append(f"entri audit #{entry.id}: rantai terputus (ada entri yang dihapus)")
        elif entry_hash(row) != entry.entry_hash:
            problems.append(f"entri audit #{entry.id}: isinya telah diubah")
        previous = entry.entry_hash
        if len(problems) >= 20:
            break
    return AuditCheck(entries=count, problems=problems)
