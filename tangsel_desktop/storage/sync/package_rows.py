"""What an office's package carries: each merged table's rows changed in a range of the journal, tombstones.

A row the journal names and the table still holds travels in its present state (a soft-deleted person
travels with its deleted_at set); a row the table no longer holds travels as a tombstone (its id alone).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.storage.sync.merge_order import MERGED, ORIGIN, MergedTable
from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class TableChanges:
    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    tombstones: list[str]


def _joined_key(table: MergedTable) -> str:
    # The journal names every row by text; integer keys are compared as integers so the table's key is used.
    return "CAST(j.row_id AS INTEGER)" if table.integer_key else "j.row_id"


def table_changes(tx: Transaction, table: MergedTable, after: int, upto: int) -> TableChanges:
    columns = table.columns
    selected = ", ".join(f't."{column}"' for column in columns)
    key = f't."{table.key}"'
    rows = tx.rows(
        f"SELECT {selected} FROM change_journal j JOIN {table.name} t ON {key} = {_joined_key(table)} "
        f"AND t.{ORIGIN} = '' WHERE j.table_name = ? AND j.seq > ? AND j.seq <= ? ORDER BY j.seq",
        (table.name, after, upto),
    )
    tombstones = tx.rows(
        f"SELECT j.row_id FROM change_journal j WHERE j.table_name = ? AND j.seq > ? AND j.seq <= ? "
        f"AND NOT EXISTS (SELECT 1 FROM {table.name} t WHERE {key} = {_joined_key(table)}) ORDER BY j.seq",
        (table.name, after, upto),
    )
    return TableChanges(table.name, columns, rows, [row[0] for row in tombstones])


def changes(
    tx: Transaction, after: int, upto: int, progress: Callable[[int, int], None] | None = None
) -> list[TableChanges]:
    """Every merged table's changes in (after, upto], in dependency order (tables without any left out);
    `progress(tables read, tables)` after each table."""
    found = []
    for done, table in enumerate(MERGED, start=1):
        changed = table_changes(tx, table, after, upto)
        if changed.rows or changed.tombstones:
            found.append(changed)
        if progress is not None:
            progress(done, len(MERGED))
    return found


def own_counts(tx: Transaction, origin: str = "") -> dict[str, int]:
    """Rows per merged table held for one origin ('' for this store's own): what a full cycle reconciles."""
    counts = {}
    for table in MERGED:
        counts[table.name] = int(
            tx.rows(f"SELECT count(*) FROM {table.name} WHERE {ORIGIN} = ?", (origin,))[0][0]
        )
    return counts
