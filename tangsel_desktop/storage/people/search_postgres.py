"""Search as you type on PostgreSQL (the central office): words through full-text search, NIK or No. KK
prefixes through pattern indexes; the same pages in the same order as storage/people/people_search.py.

Words match as prefixes of the words of a live person's name, address or NIK (`'siti':* & 'ami':*` over the
expression index ix_person_search, migration 0001); a digits-only text walks the NIK index, then the
members of households whose No. KK starts with it (ix_person_nik_prefix, ix_household_kk_prefix: LIKE
'3674%' uses them in any collation). The server's planner chooses between the search index and the name
order itself, so there is one statement per kind, not SQLite's two.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Row, TextClause, text
from sqlalchemy.sql.selectable import TextualSelect

_TOKEN = re.compile(r"\w+", re.UNICODE)
# The same expression as the index (migration 0001): the planner uses the index only for this very text.
DOCUMENT = "to_tsvector('simple', p.full_name || ' ' || p.address || ' ' || p.nik)"
MATCH = f"{DOCUMENT} @@ to_tsquery('simple', :query)"


def _listing(statement: TextClause, listing: str) -> TextualSelect:
    return text(statement.text.format(listing=listing)).columns(birth_date=Date)


def tsquery(tokens: Sequence[str]) -> str:
    """Each word quoted as a lexeme (no operator can leak in) and marked as a prefix; all must match."""
    return " & ".join(
        "'" + token.lower().replace("'", "''").replace("\\", "\\\\") + "':*" for token in tokens
    )


def words(
    connection: Connection, listing: str, tokens: Sequence[str], after: tuple[str, int], limit: int
) -> Any:
    statement = text(
        "SELECT {listing} FROM person p LEFT JOIN household h ON h.id = p.household_id "
        f"WHERE {MATCH} AND p.deleted_at IS NULL AND (p.full_name, p.local_no) > (:after_name, :after) "
        "ORDER BY p.full_name, p.local_no LIMIT :limit"
    )
    parameters = {"query": tsquery(tokens), "after_name": after[0], "after": after[1], "limit": limit}
    return list(connection.execute(_listing(statement, listing), parameters).all())


def count_words(connection: Connection, tokens: Sequence[str]) -> int:
    found = connection.execute(
        text(f"SELECT count(*) FROM person p WHERE {MATCH} AND p.deleted_at IS NULL"),
        {"query": tsquery(tokens)},
    )
    return int(found.scalar_one())


def _prefix(digits: str) -> str:
    return digits + "%"  # digits only: nothing to escape


def count_digits(connection: Connection, digits: str, cap: int) -> int:
    bounds = {"prefix": _prefix(digits), "cap": cap}
    found = int(
        connection.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM person p WHERE p.nik LIKE :prefix "
                "AND p.deleted_at IS NULL LIMIT :cap) AS found"
            ),
            bounds,
        ).scalar_one()
    )
    if found < cap:
        found += int(
            connection.execute(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM household h JOIN person p ON p.household_id = h.id "
                    "WHERE h.kk_number LIKE :prefix AND h.deleted_at IS NULL AND p.deleted_at IS NULL "
                    "AND p.nik NOT LIKE :prefix LIMIT :cap) AS found"
                ),
                {**bounds, "cap": cap - found},
            ).scalar_one()
        )
    return found


def nik_page(connection: Connection, listing: str, digits: str, after_nik: str, limit: int) -> list[Row[Any]]:
    statement = text(
        "SELECT {listing} FROM person p LEFT JOIN household h ON h.id = p.household_id "
        "WHERE p.nik LIKE :prefix AND p.nik > :after_nik AND p.deleted_at IS NULL ORDER BY p.nik LIMIT :limit"
    )
    parameters = {"prefix": _prefix(digits), "after_nik": after_nik, "limit": limit}
    return list(connection.execute(_listing(statement, listing), parameters).all())


def kk_page(
    connection: Connection, listing: str, digits: str, after: tuple[str, str], limit: int
) -> list[Row[Any]]:
    statement = text(
        "SELECT {listing} FROM household h JOIN person p ON p.household_id = h.id "
        "WHERE h.kk_number LIKE :prefix AND h.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND p.nik NOT LIKE :prefix AND (h.kk_number, p.nik) > (:after_kk, :after_nik) "
        "ORDER BY h.kk_number, p.nik LIMIT :limit"
    )
    parameters = {"prefix": _prefix(digits), "after_kk": after[0], "after_nik": after[1], "limit": limit}
    return list(connection.execute(_listing(statement, listing), parameters).all())
