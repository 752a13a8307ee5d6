"""Partial indexes declared once for SQLite and PostgreSQL: "unique among live rows" means the same on both.

An index declared only with `sqlite_where` becomes a plain (whole-table) unique index on PostgreSQL, which
would refuse a NIK that a deleted person once held: every partial index goes through `only_where`.
"""

from typing import Any

from sqlalchemy import text


def only_where(condition: str, *, postgresql: str | None = None) -> dict[str, Any]:
    """Index keyword arguments limiting an index to the rows matching `condition`; PostgreSQL gets its own
    spelling where SQLite's differs (booleans are 0/1 in SQLite, TRUE/FALSE in PostgreSQL)."""
    return {"sqlite_where": text(condition), "postgresql_where": text(postgresql or condition)}
