"""Bulk writes of families on the bare sqlite3 connection, for demo fills and benchmarks of a million rows."""

import sqlite3
from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage import audit_anchor, audit_key
from tangsel_desktop.storage.audit import entry_hash
from tangsel_desktop.storage.columns import timestamp_text

PERSON_COLUMNS = (
    "id, nik, household_id, full_name, sex, birth_place, birth_date, address, rt, rw, "
    "kelurahan_code, phone, occupation, disability, desil, notes, created_at, updated_at, updated_by"
)
AUDIT_COLUMNS = (
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
)


def insert_families(
    connection: sqlite3.Connection,
    households: Sequence[tuple[Any, ...]],
    history: Sequence[tuple[Any, ...]],
    people: Sequence[tuple[Any, ...]],
) -> None:
    connection.executemany(
        "INSERT INTO household (id, kk_number, head_person_id, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        households,
    )
    connection.executemany(
        "INSERT INTO household_kk_history (household_id, kk_number, valid_from, changed_by) "
        "VALUES (?, ?, ?, ?)",
        history,
    )
    placeholders = ", ".join("?" * len(PERSON_COLUMNS.split(",")))
    connection.executemany(
        f"INSERT INTO person ({PERSON_COLUMNS}) VALUES ({placeholders})",
        people,
    )


def live_niks_and_kks(connection: sqlite3.Connection) -> tuple[set[str], set[str]]:
    niks = {row[0] for row in connection.execute("SELECT nik FROM person WHERE deleted_at IS NULL")}
    kks = {row[0] for row in connection.execute("SELECT kk_number FROM household WHERE deleted_at IS NULL")}
    return niks, kks


def last_audit_hash(connection: sqlite3.Connection) -> str:
    """The hash the next entry chains onto: the anchor's head (audit_anchor.head_for_append)."""
    return audit_anchor.head_for_append(connection).head_hash


def insert_audit(connection: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Append audit rows made by audit.chain_rows, keyed and anchored like every other append.

    The rows are chained again here, in place, with the store's key from the anchor's head on: callers
    chain them without the key, and read the new head back from rows[-1]["entry_hash"] for the next batch.
    """
    if not rows:
        return
    key = audit_key.require(connection)
    head = audit_anchor.head_for_append(connection)
    previous = head.head_hash
    for row in rows:
        row["previous_hash"] = previous
        row["entry_hash"] = previous = entry_hash(row, key)
    connection.executemany(
        f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' * len(AUDIT_COLUMNS))})",
        [
            tuple(timestamp_text(row[column]) if column == "at" else row[column] for column in AUDIT_COLUMNS)
            for row in rows
        ],
    )
    last_id = int(connection.execute("SELECT max(id) FROM audit_log").fetchone()[0])
    moved = audit_anchor.Anchor(head.entries + len(rows), last_id, previous, note=head.note)
    audit_anchor.write(connection, moved, key, at=timestamp_text(rows[-1]["at"]))
