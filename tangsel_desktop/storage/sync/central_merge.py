"""The central merge's SQL: one office's rows upserted as its own, its tombstones deleted, no one else's.

Plain SQL both engines speak (INSERT ... ON CONFLICT ... DO UPDATE ... WHERE): an upsert whose conflicting row
belongs to another office changes nothing, and the count of rows changed tells so; the package is then
refused as a whole by the caller (the transaction rolls back). Integer ids are moved to the office's slot.
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
    """Check foreign keys at commit, not per row: a package's deletions and inserts may cross (SQLite)."""
    tx.raw().execute("PRAGMA defer_foreign_keys = ON")


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
    """Insert or update one office's rows of one table; raises ForeignRows when any is another office's."""
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
    names = ", ".join(f'"{column}"' for column in (ORIGIN, *columns))
    marks = ", ".join("?" * (len(columns) + 1))
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in columns if column != table.key)
    statement = (
        f"INSERT INTO {table.name} ({names}) VALUES ({marks}) "
        f'ON CONFLICT ("{table.key}") DO UPDATE SET {updates} '
        f"WHERE {table.name}.{ORIGIN} = excluded.{ORIGIN}"
    )
    cursor = tx.raw().executemany(statement, ([office, *row] for row in rows))
    if cursor.rowcount != len(rows):
        key_at = list(columns).index(table.key)
        raise ForeignRows(table.name, _foreign(tx, table, office, [row[key_at] for row in rows]))
    return len(rows)


def _foreign(tx: Transaction, table: MergedTable, office: str, keys: list[Any]) -> list[str]:
    found: list[str] = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found += [
            str(row[0])
            for row in tx.rows(
                f'SELECT "{table.key}" FROM {table.name} WHERE "{table.key}" IN ({marks}) AND {ORIGIN} != ?',
                (*chunk, office),
            )
        ]
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
    return None
