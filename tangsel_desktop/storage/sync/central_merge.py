"""The central merge's SQL: one office's rows upserted as its own, its tombstones deleted, no one else's.

What both engines share: the checks (columns known, no other office's rows), integer ids moved to the
office's slot, and the refusals. How the rows are written is each engine's own (merge_sqlite.py: owners
looked up, UPDATE + INSERT by executemany; merge_postgres.py: owners looked up, the new rows by COPY, the
held ones by a temporary table and one INSERT ... ON CONFLICT). A row another office holds refuses the
package as a whole (the caller's transaction rolls back).
"""

from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage.sync import merge_postgres, merge_sqlite
from tangsel_desktop.storage.sync.merge_order import MergedTable, central_id
from tangsel_desktop.storage.sync.merge_rows import ForeignRows, UnknownColumns
from tangsel_desktop.storage.transaction import Transaction

__all__ = ["ForeignRows", "UnknownColumns", "constraint_failure", "delete_rows", "upsert_rows"]


def _engine(tx: Transaction) -> Any:
    return merge_postgres if tx.connection.dialect.name == "postgresql" else merge_sqlite


def defer_foreign_keys(tx: Transaction) -> None:
    """Check foreign keys at commit, not per row: a package's deletions and inserts may cross."""
    _engine(tx).defer_foreign_keys(tx)


def _moved(table: MergedTable, columns: Sequence[str]) -> list[int]:
    """Positions of the integer ids to move to the office's slot."""
    moved = {table.key} if table.integer_key else set()
    moved |= set(table.integer_refs)
    return [index for index, column in enumerate(columns) if column in moved]


def _in_slot(rows: list[list[Any]], positions: list[int], slot: int) -> list[list[Any]]:
    """The rows with their integer ids in the office's slot: new lists, the package's own left as they
    were (a merge run again after a deadlock must move them once, not twice)."""
    if not positions:
        return rows
    moved = []
    for row in rows:
        copy = list(row)
        for index in positions:
            if copy[index] is not None:
                copy[index] = central_id(slot, int(copy[index]))
        moved.append(copy)
    return moved


def upsert_rows(
    tx: Transaction,
    table: MergedTable,
    *,
    office: str,
    slot: int,
    columns: Sequence[str],
    rows: list[list[Any]],
) -> int:
    """Insert or update one office's rows of one table; returns how many were new here. Raises ForeignRows
    when any row is another office's, UnknownColumns when the package has columns this store lacks."""
    unknown = [column for column in columns if column not in table.columns]
    if unknown or table.key not in columns:
        raise UnknownColumns(table.name, unknown or [table.key])
    if not rows:
        return 0
    moved = _in_slot(rows, _moved(table, columns), slot)
    return int(_engine(tx).upsert_rows(tx, table, office=office, columns=list(columns), rows=moved))


def delete_rows(tx: Transaction, table: MergedTable, *, office: str, slot: int, row_ids: list[str]) -> int:
    """Delete the office's own copies of rows it deleted; a row it never sent, or another office's, stays."""
    if not row_ids:
        return 0
    keys: list[Any] = [central_id(slot, int(r)) for r in row_ids] if table.integer_key else list(row_ids)
    return int(_engine(tx).delete_rows(tx, table, office=office, keys=keys))


def constraint_failure(error: BaseException) -> str | None:
    """The engine's words when a merge broke a constraint (a missing parent at commit, a NIK twice in one
    office), None for any other error: the caller turns it into a refusal of the whole package."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from tangsel_desktop.storage import sqlite_driver

    if isinstance(error, IntegrityError):
        return str(error.orig)
    if isinstance(error, sqlite3.IntegrityError | sqlite_driver.IntegrityError):
        return str(error)
    return merge_postgres.constraint_failure(error)
