"""Search as you type on PostgreSQL (the central office): words through full-text search, NIK or No. KK
prefixes through pattern indexes; the same pages in the same order as storage/people/people_search.py.

Words match as prefixes of the words of a live person's name, address or NIK (`'siti':* & 'ami':*` over
person.search_document, the words stored by the server on every write, and its index ix_person_search:
migrations 0001 and 0020); a digits-only text walks the NIK index, then the members of households whose
No. KK starts with it (ix_person_nik_prefix, ix_household_kk_prefix: LIKE '3674%' uses them in any
collation).

Words take one of two ways to the same page, chosen by measure rather than by the planner's guess of a
prefix's matches (right after a load it has no statistics at all, and a wrong guess costs seconds at the
city's size). The matches are counted first, stopping at SORT_AT_MOST + 1 (the search index alone answers
this once the table is vacuumed: Database.refresh_statistics). Few: fetched through the search index and
sorted. Many: the name order is walked for at most WALK_AT_MOST rows, keeping those that match, which fills
a page when the matches are spread through the alphabet (an address word, a common syllable); matches
bunched in one stretch of it (everyone called "Siti ...", whose names sort together) leave the page short,
and are then fetched and sorted like few (measured at 1,400,000 people: a walk to the S's passed a million
rows, 5.8 s; sorting the 17,000 Siti's takes 50-90 ms).
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Row, TextClause, text
from sqlalchemy.sql.selectable import TextualSelect

_TOKEN = re.compile(r"\w+", re.UNICODE)
# The stored words (migration 0020): the index is over this column, and a row passed in name order is
# only compared, not parsed again.
DOCUMENT = "p.search_document"
QUERY = "to_tsquery('simple', :query)"
MATCH = f"{DOCUMENT} @@ {QUERY}"
# Measured at 1,400,000 demo people, where a first name's prefix matches 17,000-60,000 people bunched in
# one stretch of the name order: a walk there fails (40-55 ms wasted) before the sort; an address word
# or a syllable matching more than this is spread, and a walk of WALK_AT_MOST rows fills its page.
SORT_AT_MOST = 20_000
WALK_AT_MOST = 10_000
_COUNT_CAPPED = (
    "SELECT count(*) FROM (SELECT 1 FROM person p WHERE {match} AND p.deleted_at IS NULL LIMIT :cap) AS found"
)
_KEYSET = "(p.full_name, p.local_no) > (:after_name, :after)"
_LISTED = (
    "SELECT {listing} FROM page JOIN person p ON p.local_no = page.local_no "
    "LEFT JOIN household h ON h.id = p.household_id ORDER BY p.full_name, p.local_no"
)
# Sorted: the page's numbers from the matches the search index finds, then only its rows listed. Ordered by
# full_name || '' (the same order) so that the planner cannot walk the name index instead.
_SORTED = (
    "WITH page AS MATERIALIZED (SELECT p.local_no FROM person p WHERE {match} AND p.deleted_at IS NULL "
    f"AND {_KEYSET} ORDER BY p.full_name || '', p.local_no LIMIT :limit) " + _LISTED
)
# Walked: the next WALK_AT_MOST live people in name order, those of them that match; every match before the
# last one passed is among them, so a full page is the right page.
_WALKED = (
    "WITH passed AS MATERIALIZED (SELECT p.local_no, p.full_name, p.search_document FROM person p "
    f"WHERE p.deleted_at IS NULL AND {_KEYSET} ORDER BY p.full_name, p.local_no LIMIT :walk), "
    "page AS (SELECT p.local_no FROM passed p WHERE {match} ORDER BY p.full_name, p.local_no LIMIT :limit) "
    + _LISTED
)


def _listing(statement: TextClause, listing: str) -> TextualSelect:
    return text(statement.text.format(listing=listing, match=MATCH)).columns(birth_date=Date)


def tsquery(tokens: Sequence[str]) -> str:
    """Each word quoted as a lexeme (no operator can leak in) and marked as a prefix; all must match."""
    return " & ".join(
        "'" + token.lower().replace("'", "''").replace("\\", "\\\\") + "':*" for token in tokens
    )


def count_capped(connection: Connection, tokens: Sequence[str], cap: int) -> int:
    """How many live people match, counted up to cap."""
    found = connection.execute(
        text(_COUNT_CAPPED.format(match=MATCH)), {"query": tsquery(tokens), "cap": cap}
    ).scalar_one()
    return int(found)


def words(
    connection: Connection, listing: str, tokens: Sequence[str], after: tuple[str, int], limit: int
) -> Any:
    parameters = {"query": tsquery(tokens), "after_name": after[0], "after": after[1], "limit": limit}
    if count_capped(connection, tokens, SORT_AT_MOST + 1) > SORT_AT_MOST:
        walked = {**parameters, "walk": WALK_AT_MOST}
        rows = list(connection.execute(_listing(text(_WALKED), listing), walked).all())
        if len(rows) == limit:
            return rows
    return list(connection.execute(_listing(text(_SORTED), listing), parameters).all())


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
        "WHERE p.nik LIKE :prefix AND p.nik ~>~ :after_nik AND p.deleted_at IS NULL "
        "ORDER BY p.nik USING ~<~ LIMIT :limit"
    )
    parameters = {"prefix": _prefix(digits), "after_nik": after_nik, "limit": limit}
    return list(connection.execute(_listing(statement, listing), parameters).all())


def kk_page(
    connection: Connection, listing: str, digits: str, after: tuple[str, str], limit: int
) -> list[Row[Any]]:
    statement = text(
        "SELECT {listing} FROM household h JOIN person p ON p.household_id = h.id "
        "WHERE h.kk_number LIKE :prefix AND h.deleted_at IS NULL AND p.deleted_at IS NULL "
        "AND p.nik NOT LIKE :prefix "
        "AND (h.kk_number ~>~ :after_kk OR (h.kk_number = :after_kk AND p.nik ~>~ :after_nik)) "
        "ORDER BY h.kk_number USING ~<~, p.nik USING ~<~ LIMIT :limit"
    )
    parameters = {"prefix": _prefix(digits), "after_kk": after[0], "after_nik": after[1], "limit": limit}
    return list(connection.execute(_listing(statement, listing), parameters).all())
