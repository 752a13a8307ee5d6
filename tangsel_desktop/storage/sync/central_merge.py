"""The central merge's SQL: one office's rows upserted as its own, its tombstones deleted, no one else's.

Plain SQL both engines speak: the rows' owners looked up by key, then an UPDATE of those the office holds
and an INSERT of the new ones. A row another office holds refuses the package as a whole (the caller's
transaction rolls back). Integer ids are moved to the office's slot.
"""

from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage.sync.merge_order import ORIGIN, MergedTable, central_id
from tangsel_desktop.storage.transaction import Transaction

CHUNK = 500


class ForeignRows(Exception):
    """A package named rows another office holds at the centre (a forged or mixed-up package)."""

    def __init__(self, table: str, row_ids: list[str]) -> None:
        super().__init__(table, row_ids)
        self.table = table
        self.row_ids = row_ids


class UnknownColumns(Exception):
    """A package carries columns this centre's tables do not have (written by a newer application)."""

    def __init__(self, table: str, columns: list[str]) -> None:
        super().__init__(table, columns)
        self.table = table
        self.columns = columns


def defer_foreign_keys(tx: Transaction) -> None:
    """Check foreign keys at commit, not per row: a package's deletions and inserts may cross (SQLite; on
    PostgreSQL the same, its foreign keys made deferrable by migration 0017_postgres)."""
    tx.raw().execute("SET CONSTRAINTS ALL DEFERRED" if tx.is_server else "PRAGMA defer_foreign_keys = ON")


def _moved(table: MergedTable, columns: Sequence[str], slot: int) -> list[int]:
    """Positions of the integer ids to move to the office's slot."""
    moved = {table.key} if table.integer_key else set()
    moved |= set(table.integer_refs)
    return [index for index, column in enumerate(columns) if column in moved]


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
    when any row is another office's.

    An UPDATE of the rows held and an INSERT of the rest, rather than INSERT ... ON CONFLICT DO UPDATE: an
    upsert's conflict policy overrides the INSERT OR REPLACE of the change journal's triggers on SQLite, so
    the centre's journal entry of a row changed again would refuse the whole package.
    """
    unknown = [column for column in columns if column not in table.columns]
    if unknown or table.key not in columns:
        raise UnknownColumns(table.name, unknown or [table.key])
    if not rows:
        return 0
    positions = _moved(table, columns, slot)
    if positions:
        for row in rows:
            for index in positions:
                if row[index] is not None:
                    row[index] = central_id(slot, int(row[index]))
    key_at = list(columns).index(table.key)
    owners = _owners(tx, table, [row[key_at] for row in rows])
    foreign = [str(row[key_at]) for row in rows if owners.get(row[key_at], office) != office]
    if foreign:
        raise ForeignRows(table.name, foreign)
    held = [row for row in rows if row[key_at] in owners]
    new = [row for row in rows if row[key_at] not in owners]
    connection = tx.raw()
    if held:
        others = [index for index in range(len(columns)) if index != key_at]
        updates = ", ".join(f'"{columns[index]}" = ?' for index in others)
        connection.executemany(
            f'UPDATE {table.name} SET {updates} WHERE "{table.key}" = ? AND {ORIGIN} = ?',
            ([*(row[index] for index in others), row[key_at], office] for row in held),
        )
    if new:
        names = ", ".join(f'"{column}"' for column in (ORIGIN, *columns))
        marks = ", ".join("?" * (len(columns) + 1))
        connection.executemany(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks})", ([office, *row] for row in new)
        )
    return len(new)


def _owners(tx: Transaction, table: MergedTable, keys: list[Any]) -> dict[Any, str]:
    """Which office holds each of these rows at the centre (rows not held are absent from the answer)."""
    found: dict[Any, str] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(
            (row[0], row[1])
            for row in tx.rows(
                f'SELECT "{table.key}", {ORIGIN} FROM {table.name} WHERE "{table.key}" IN ({marks})', chunk
            )
        )
    return found


def delete_rows(tx: Transaction, table: MergedTable, *, office: str, slot: int, row_ids: list[str]) -> int:
    """Delete the office's own copies of rows it deleted; a row it never sent, or another office's, stays."""
    if not row_ids:
        return 0
    keys: list[Any] = [central_id(slot, int(r)) for r in row_ids] if table.integer_key else list(row_ids)
    cursor = tx.raw().executemany(
        f'DELETE FROM {table.name} WHERE "{table.key}" = ? AND {ORIGIN} = ?', ([key, office] for key in keys)
    )
    return int(cursor.rowcount)


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
    if str(getattr(error, "sqlstate", "") or "").startswith("23"):  # PostgreSQL's integrity class, raw
        return str(error)
    return None
