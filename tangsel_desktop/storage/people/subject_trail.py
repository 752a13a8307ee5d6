"""The audit entries that name one person (by their id or their household's), for their PDP report."""

from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage.transaction import Transaction

# A person's entries are few; the cap keeps a report of someone edited by a script on every import bounded.
MOST_ENTRIES = 2000


def entries_of(tx: Transaction, entity_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(id, at, username, action, entity, entity id, before, after) oldest first."""
    wanted = [value for value in entity_ids if value]
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    return tx.rows(
        "SELECT id, at, username, action, entity, entity_id, before_json, after_json FROM audit_log "
        f"WHERE entity_id IN ({marks}) ORDER BY id LIMIT {MOST_ENTRIES}",
        tuple(wanted),
    )
