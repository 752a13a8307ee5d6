"""Reference data Dinas Sosial owns and sends in its answers: read at the centre, applied at an office.

Adding a kind of reference data is one line in REFERENCE_TABLES: the table, its natural key (ids differ
between stores, the key does not), the columns that travel, and which rows (a table partly the office's
own, like jamsos_setting, names the keys the centre owns).
"""

from dataclasses import dataclass
from typing import Any

from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class ReferenceTable:
    name: str
    key: str
    columns: tuple[str, ...]
    where: str = ""


REFERENCE_TABLES: tuple[ReferenceTable, ...] = (
    ReferenceTable("jamsos_rate", "effective_from", ("effective_from", "jkk", "jkm", "jht", "created_at")),
    ReferenceTable(
        "jamsos_setting",
        "key",
        ("key", "value", "updated_at"),
        "key IN ('rules', 'occupations', 'kpj_length')",
    ),
)
REFERENCE_BY_NAME = {table.name: table for table in REFERENCE_TABLES}


def _select(table: ReferenceTable) -> str:
    names = ", ".join(f'"{column}"' for column in table.columns)
    where = f" WHERE {table.where}" if table.where else ""
    return f'SELECT {names} FROM {table.name}{where} ORDER BY "{table.key}"'


def read_reference(tx: Transaction) -> dict[str, dict[str, Any]]:
    """Every reference table's rows as the centre holds them, ready for JSON."""
    return {
        table.name: {"columns": list(table.columns), "rows": [list(row) for row in tx.rows(_select(table))]}
        for table in REFERENCE_TABLES
    }


def apply_reference(tx: Transaction, table: ReferenceTable, rows: list[list[Any]]) -> int:
    """Insert or update the centre's rows by their natural key; returns how many differed (0: nothing new).
    Rows the office has and the centre does not are left alone (an office's own rate before sync began)."""
    held = {row[0]: list(row) for row in tx.rows(_select(table))}
    changed = [row for row in rows if held.get(row[0]) != list(row)]
    if not changed:
        return 0
    names = ", ".join(f'"{column}"' for column in table.columns)
    marks = ", ".join("?" * len(table.columns))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in table.columns if c != table.key)
    tx.raw().executemany(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks}) "
        f'ON CONFLICT ("{table.key}") DO UPDATE SET {updates}',
        changed,
    )
    return len(changed)
