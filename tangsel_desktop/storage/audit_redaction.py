"""Redacting an erased person's values from the audit trail without breaking its chain (UU PDP erasure).

Each entry's hash covers its values, so emptying a value would read to `check` as tampering. A redacted
entry keeps its hash and its place in the chain (the next entry still links to that hash, and the backups'
anchors still name it); the application, which holds the audit key, first checks that the entry is genuine,
then writes a redaction seal: a MAC under the same key over the entry's id, its link, its hash and its new
content. `check` accepts a redacted entry whose seal matches; an entry edited outside the application has
no valid seal (whoever lacks the key cannot make one, the same bound that keeps the chain itself), and
removing a seal leaves the redacted values against the old hash, which `check` names. The erasure's own
audit entry counts the entries redacted, so the trail says it happened and why.
"""

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.storage import audit_key
from tangsel_desktop.storage.audit import entry_content, entry_hash
from tangsel_desktop.storage.audit_key import AnyConnection, AuditKey, run
from tangsel_desktop.storage.transaction import Transaction

REDACTED = "[dihapus]"
_COLUMNS = (
    "id", "at", "user_id", "username", "action", "entity", "entity_id", "before_json", "after_json",
    "previous_hash", "entry_hash", "redaction_seal",
)  # fmt: skip


def redaction_text(entry: Mapping[str, Any]) -> str:
    """What a redaction seal covers: the entry's place, its original hash and its content as it now reads."""
    return f"redacted|{entry['id']}|{entry['previous_hash']}|{entry['entry_hash']}|{entry_content(entry)}"


def redaction_genuine(entry: Mapping[str, Any], key: AuditKey | None) -> bool:
    return key is not None and bool(entry["redaction_seal"] == key.mac(redaction_text(entry)))


@dataclass(frozen=True)
class Subject:
    """Whom to take out of the trail: the entities that are theirs (every personal key redacted there),
    the texts that name them anywhere (a NIK, inside any value), and whole values that are theirs (the name,
    the phone number: only where a value is exactly that, so another person sharing a word keeps theirs)."""

    entity_ids: frozenset[str]
    contained: frozenset[str]
    whole: frozenset[str]
    personal_keys: frozenset[str]
    # Values that make a mapping about the subject without being personal themselves (their id in a
    # membership's or a handover's values): that mapping's personal keys go, the id stays.
    markers: frozenset[str] = frozenset()


def redact_subject(tx: Transaction, subject: Subject) -> int:
    """Redact every entry that names the subject; returns how many entries changed."""
    connection = tx.raw()
    key = audit_key.require(connection)
    changed = 0
    for entry in _candidates(connection, subject):
        if not _genuine(entry, key):
            # An entry already tampered with stays as it is: `check` keeps naming it, not laundered by us.
            continue
        before = _redacted_json(entry["before_json"], subject, own=entry["entity_id"] in subject.entity_ids)
        after = _redacted_json(entry["after_json"], subject, own=entry["entity_id"] in subject.entity_ids)
        if (before, after) == (entry["before_json"], entry["after_json"]):
            continue
        redacted = {**entry, "before_json": before, "after_json": after}
        seal = key.mac(redaction_text(redacted))
        connection.execute(
            "UPDATE audit_log SET before_json = ?, after_json = ?, redaction_seal = ? WHERE id = ?",
            (before, after, seal, entry["id"]),
        )
        changed += 1
    return changed


def _genuine(entry: Mapping[str, Any], key: AuditKey) -> bool:
    if entry["redaction_seal"] is not None:
        return redaction_genuine(entry, key)
    keyed = int(entry["id"]) >= key.keyed_from
    return bool(entry_hash(entry, key if keyed else None) == entry["entry_hash"])


def _candidates(connection: AnyConnection, subject: Subject) -> list[dict[str, Any]]:
    """Entries of the subject's entities, or whose values hold one of its texts (a scan of the trail's
    values: an erasure is rare, and only a scan finds a NIK copied into another entity's entry)."""
    needles = sorted(
        subject.contained
        | {json.dumps(value, ensure_ascii=False) for value in subject.whole | subject.markers}
    )
    ids = sorted(subject.entity_ids)
    conditions = [f"entity_id IN ({', '.join('?' * len(ids))})"] if ids else []
    parameters: list[Any] = list(ids)
    for needle in needles:
        conditions.append("instr(before_json, ?) > 0 OR instr(after_json, ?) > 0")
        parameters += [needle, needle]
    if not conditions:
        return []
    sql = f"SELECT {', '.join(_COLUMNS)} FROM audit_log WHERE {' OR '.join(conditions)} ORDER BY id"
    return [dict(zip(_COLUMNS, row, strict=True)) for row in run(connection, sql, tuple(parameters))]


def _redacted_json(text: str | None, subject: Subject, *, own: bool) -> str | None:
    if text is None:
        return None
    values = json.loads(text)
    redacted = _walk(values, subject, own=own)
    if redacted == values:
        return text
    # The same canonical form audit.to_json writes.
    return json.dumps(redacted, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _contains(value: object, subject: Subject) -> bool:
    return isinstance(value, str) and any(text in value for text in subject.contained)


def _names_subject(value: object, subject: Subject) -> bool:
    if not isinstance(value, str) or not value:
        return False
    if _contains(value, subject):
        return True
    folded = value.strip().casefold()
    return any(folded == whole.strip().casefold() for whole in subject.whole)


def _walk(value: Any, subject: Subject, *, own: bool) -> Any:
    if isinstance(value, dict):
        # A mapping holding the subject's NIK is about them: its personal keys go too. A whole value (a
        # name, a phone number a family may share) goes alone, so the others' values stay.
        about = own or any(_contains(item, subject) or item in subject.markers for item in value.values())
        return {
            name: REDACTED
            if (about and name in subject.personal_keys and item not in (None, ""))
            or _names_subject(item, subject)
            else _walk(item, subject, own=own)
            for name, item in value.items()
        }
    if isinstance(value, list):
        return [_walk(item, subject, own=own) for item in value]
    return REDACTED if _names_subject(value, subject) else value


def subject_values(values: Collection[str]) -> frozenset[str]:
    """The non-empty texts among these (an empty phone number names nobody)."""
    return frozenset(value for value in values if value and value.strip())
