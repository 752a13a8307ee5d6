"""The papers printed for one person (the document register), for their PDP report and their erasure."""

from typing import Any

from tangsel_desktop.storage.transaction import Transaction


def printed_for(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(number, kind, copy, status, reason, reserved at, printed by) of every register row naming the
    person, oldest first."""
    return tx.rows(
        "SELECT number, kind, is_copy, status, reason, reserved_at, printed_by_name FROM document_register "
        "WHERE person_id = ? ORDER BY reserved_at, id",
        (person_id,),
    )


def erase_copies(tx: Transaction, person_id: str) -> int:
    """The register keeps every number it issued (a gap would hide a paper); the name printed and the signed
    payload (which carries the NIK and name) are emptied. A paper of an erased person no longer verifies."""
    cursor = tx.raw().execute(
        "UPDATE document_register SET person_name = '', payload = NULL WHERE person_id = ?", (person_id,)
    )
    return int(cursor.rowcount)
