"""The audit entries that name one person, for their PDP report: by their id or their household's, or
holding their NIK in their values (a programme's rows about them: a membership, a handover)."""

from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage.transaction import Transaction

# A person's entries are few; the cap keeps a report of someone edited by a script on every import bounded.
MOST_ENTRIES = 2000


def entries_of(tx: Transaction, entity_ids: Sequence[str], texts: Sequence[str]) -> list[tuple[Any, ...]]:
    """(id, at, username, action, entity, entity id, before, after) oldest first: entries of the entities,
    or whose values hold one of the texts (their NIK, their id). The texts' search reads the trail's values
    once (instr over the table): a report is asked for rarely."""
    wanted = [value for value in entity_ids if value]
    needles = [value for value in texts if value]
    conditions = [f"entity_id IN ({', '.join('?' * len(wanted))})"] if wanted else []
    parameters: list[str] = list(wanted)
    for needle in needles:
        conditions.append("instr(before_json, ?) > 0 OR instr(after_json, ?) > 0")
        parameters += [needle, needle]
    if not conditions:
        return []
    return tx.rows(
        "SELECT id, at, username, action, entity, entity_id, before_json, after_json FROM audit_log "
        f"WHERE {' OR '.join(conditions)} ORDER BY id LIMIT {MOST_ENTRIES}",
        tuple(parameters),
    )
