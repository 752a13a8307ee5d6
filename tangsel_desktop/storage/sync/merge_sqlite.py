"""The central merge on SQLite: the rows' owners looked up by key, an UPDATE of those the office holds and an
INSERT of the new ones, each by executemany on the bare connection; foreign keys deferred to the commit.
"""

from typing import Any

from tangsel_desktop.storage.sync.merge_order import ORIGIN, MergedTable
from tangsel_desktop.storage.sync.merge_rows import ForeignRows
from tangsel_desktop.storage.transaction import Transaction

CHUNK = 500


def defer_foreign_keys(tx: Transaction) -> None:
    tx.raw().execute("PRAGMA defer_foreign_keys = ON")


def upsert_rows(
    tx: Transaction, table: MergedTable, *, office: str, columns: list[str], rows: list[list[Any]]
) -> int:
    """An UPDATE of the rows held and an INSERT of the rest, rather than INSERT ... ON CONFLICT DO UPDATE: an
    upsert's conflict policy overrides the INSERT OR REPLACE of the change journal's triggers on SQLite, so
    the centre's journal entry of a row changed again would refuse the whole package."""
    key_at = columns.index(table.key)
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


def delete_rows(tx: Transaction, table: MergedTable, *, office: str, keys: list[Any]) -> int:
    cursor = tx.raw().executemany(
        f'DELETE FROM {table.name} WHERE "{table.key}" = ? AND {ORIGIN} = ?', ([key, office] for key in keys)
    )
    return int(cursor.rowcount)
