"""Search as you type: words through FTS5 in name order, NIK or No. KK prefixes through B-tree ranges.

A NIK prefix such as 3674* matches hundreds of thousands of distinct FTS terms, which FTS5 must merge
(300 ms over a million people); the same prefix is a plain range on the NIK index (under 1 ms). So
digit-only searches walk two ranges instead: people whose NIK starts with the digits (in NIK order),
then members of households whose No. KK starts with them (in KK order). Both are keysets: the next page
continues after the last row shown.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Row, TextClause, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.selectable import TextualSelect

from tangsel_desktop.domain.text_normal import normal_form
from tangsel_desktop.storage.people import search_postgres
from tangsel_desktop.storage.transaction import Transaction

_TOKEN = re.compile(r"\w+", re.UNICODE)
_NUMBER_WITH_SEPARATORS = re.compile(r"^[\d\s.\-]+$")

# The columns PersonRow.from_row reads, by name.
LISTING = (
    "p.local_no, p.id, p.nik, p.full_name, p.sex, p.birth_date, p.address, p.rt, p.rw, "
    "p.kelurahan_code, h.kk_number"
)


def _listing(statement: TextClause) -> TextualSelect:
    # Typed, so the birth date comes back as a date, as it does through the ORM.
    return statement.columns(birth_date=Date)


# Words: the matches in name order, a keyset on (full_name, local_no) continuing after the last row shown.
# Two ways to the same rows, chosen by how many people match (the FTS index holds live people only, so
# counting its matches costs 0.1-2 ms). Few matches: their rowids from the FTS index, sorted by name
# (4 ms for 1,200 matches in 100,000 people). Many matches (an address word, a single letter): sorting them
# all grows with their number (80 ms for 69,000), so walk the name index instead and keep the rows
# that match, which soon fills a page (10 ms). Measured on the demo fill; tests/bench/bench_registry.py
# times the search at a million people.
SORT_AT_MOST = 3_000
_WORDS_FROM = f"SELECT {LISTING} FROM person p"
_WORDS_WHERE = (
    " LEFT JOIN household h ON h.id = p.household_id "
    "WHERE p.local_no IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :query) "
    "AND p.deleted_at IS NULL AND (p.full_name, p.local_no) > (:after_name, :after) "
    "ORDER BY p.full_name, p.local_no LIMIT :limit"
)
WORDS_SQL = _listing(text(_WORDS_FROM + _WORDS_WHERE))
WORDS_BY_NAME_INDEX_SQL = _listing(text(_WORDS_FROM + " INDEXED BY ix_person_name_order" + _WORDS_WHERE))
NAME_OF_SQL = text("SELECT full_name FROM person WHERE local_no = :local_no")
# The FTS index holds live people only (its triggers in migration 0001): its matches are the count.
WORDS_COUNT_SQL = text("SELECT count(*) FROM person_fts WHERE person_fts MATCH :query")
# A short NIK prefix ("3674") matches nearly everyone, and counting the KK half joins every family's
# members (235 ms at 100,000 people): digit counts stop at DIGITS_COUNTED_AT_MOST (a few ms).
DIGITS_COUNTED_AT_MOST = 10_000
NIK_RANGE_COUNT_SQL = text(
    "SELECT count(*) FROM (SELECT 1 FROM person p WHERE p.nik >= :low AND p.nik < :high "
    "AND p.deleted_at IS NULL LIMIT :cap)"
)
KK_RANGE_COUNT_SQL = text(
    "SELECT count(*) FROM (SELECT 1 FROM household h JOIN person p ON p.household_id = h.id "
    "WHERE h.kk_number >= :low AND h.kk_number < :high AND h.deleted_at IS NULL "
    "AND p.deleted_at IS NULL AND NOT (p.nik >= :low AND p.nik < :high) LIMIT :cap)"
)
NIK_RANGE_SQL = _listing(
    text(
        f"SELECT {LISTING} FROM person p LEFT JOIN household h ON h.id = p.household_id "
        "WHERE p.nik >= :low AND p.nik < :high AND p.nik > :after_nik AND p.deleted_at IS NULL "
        "ORDER BY p.nik LIMIT :limit"
    )
)
KK_RANGE_SQL = _listing(
    text(
        f"SELECT {LISTING} FROM household h JOIN person p ON p.household_id = h.id "
        "WHERE h.kk_number >= :low AND h.kk_number < :high AND h.deleted_at IS NULL "
        "AND p.deleted_at IS NULL AND NOT (p.nik >= :low AND p.nik < :high) "
        "AND (h.kk_number, p.nik) > (:after_kk, :after_nik) ORDER BY h.kk_number, p.nik LIMIT :limit"
    )
)
CURSOR_SQL = text(
    "SELECT p.nik, coalesce(h.kk_number, '') FROM person p "
    "LEFT JOIN household h ON h.id = p.household_id WHERE p.local_no = :local_no"
)


def digits_query(search_text: str) -> str | None:
    """The digits of a NIK or KK typed with or without dots ("36.74.04"), else None."""
    search_text = normal_form(search_text)
    stripped = search_text.strip()
    if _NUMBER_WITH_SEPARATORS.match(stripped) and any(ch.isdigit() for ch in stripped):
        return "".join(ch for ch in stripped if ch.isdigit())
    return None


def search_tokens(search_text: str) -> list[str]:
    """The words (or the one run of digits) a search looks for."""
    search_text = normal_form(search_text)
    digits = digits_query(search_text)
    return [digits] if digits else _TOKEN.findall(search_text)


def fts_query(search_text: str) -> str | None:
    """An FTS5 query: every word must prefix-match name, NIK, No. KK or address; None if no word."""
    tokens = search_tokens(search_text)
    if not tokens:
        return None
    # Each token quoted (FTS5 syntax cannot leak in), then marked as a prefix.
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def search(
    source: Transaction | Connection, search_text: str, *, after_local_no: int, limit: int
) -> Sequence[Row[Any]]:
    """One page of matches; pass the last row's local_no to get the next page.

    `source` is the action's Transaction (a bare Connection only until services/documents takes it).
    """
    connection = source.connection if isinstance(source, Transaction) else source
    digits = digits_query(search_text)
    if digits is not None:
        return _search_digits(connection, digits, after_local_no=after_local_no, limit=limit)
    query = fts_query(search_text)
    if query is None:
        return []
    # The last row's name, for the keyset: pages stay in name order without an offset.
    after_name = ""
    if after_local_no:
        after_name = connection.execute(NAME_OF_SQL, {"local_no": after_local_no}).scalar_one_or_none() or ""
    if _on_server(connection):
        tokens = search_tokens(search_text)
        return list(search_postgres.words(connection, LISTING, tokens, (after_name, after_local_no), limit))
    matches = int(connection.execute(WORDS_COUNT_SQL, {"query": query}).scalar_one())
    statement = WORDS_SQL if matches <= SORT_AT_MOST else WORDS_BY_NAME_INDEX_SQL
    return connection.execute(
        statement, {"query": query, "after_name": after_name, "after": after_local_no, "limit": limit}
    ).all()


def count(source: Transaction | Connection, search_text: str) -> int:
    """How many live people search() would list for this text, over all its pages.

    A NIK or KK prefix (and on the central office's server, words too) is counted up to
    DIGITS_COUNTED_AT_MOST; more is answered as that number plus one."""
    connection = source.connection if isinstance(source, Transaction) else source
    digits = digits_query(search_text)
    if digits is not None:
        cap = DIGITS_COUNTED_AT_MOST + 1
        if _on_server(connection):
            return search_postgres.count_digits(connection, digits, cap)
        bounds = {"low": digits, "high": digits + ":", "cap": cap}
        found = int(connection.execute(NIK_RANGE_COUNT_SQL, bounds).scalar_one())
        if found < cap:
            found += int(connection.execute(KK_RANGE_COUNT_SQL, {**bounds, "cap": cap - found}).scalar_one())
        return found
    query = fts_query(search_text)
    if query is None:
        return 0
    if _on_server(connection):
        # The server counts from its word table's index alone: "nur" at 1,400,000 people is 58,000
        # people. Counted, like a number, only as far as the window shows ("more than").
        return search_postgres.count_capped(
            connection, search_tokens(search_text), DIGITS_COUNTED_AT_MOST + 1
        )
    return int(connection.execute(WORDS_COUNT_SQL, {"query": query}).scalar_one())


def _search_digits(
    connection: Connection, digits: str, *, after_local_no: int, limit: int
) -> Sequence[Row[Any]]:
    # ':' sorts right after '9': every string starting with the digits is in [digits, digits + ':').
    bounds = {"low": digits, "high": digits + ":"}
    after_nik, after_kk, in_kk_phase = "", "", False
    if after_local_no:
        cursor = connection.execute(CURSOR_SQL, {"local_no": after_local_no}).first()
        if cursor is not None:
            after_nik, after_kk = cursor[0], cursor[1]
            in_kk_phase = not after_nik.startswith(digits)
    if _on_server(connection):
        return _server_digits(connection, digits, (after_nik, after_kk), in_kk_phase, limit)
    rows: list[Row[Any]] = []
    if not in_kk_phase:
        rows = list(
            connection.execute(NIK_RANGE_SQL, {**bounds, "after_nik": after_nik, "limit": limit}).all()
        )
        after_nik, after_kk = "", ""
    if len(rows) < limit:
        rows.extend(
            connection.execute(
                KK_RANGE_SQL,
                {**bounds, "after_kk": after_kk, "after_nik": after_nik, "limit": limit - len(rows)},
            ).all()
        )
    return rows


def _on_server(connection: Connection) -> bool:
    return connection.dialect.name != "sqlite"


def _server_digits(
    connection: Connection, digits: str, after: tuple[str, str], in_kk_phase: bool, limit: int
) -> list[Row[Any]]:
    after_nik, after_kk = after
    rows: list[Row[Any]] = []
    if not in_kk_phase:
        rows = search_postgres.nik_page(connection, LISTING, digits, after_nik, limit)
        after_nik, after_kk = "", ""
    if len(rows) < limit:
        rows.extend(
            search_postgres.kk_page(connection, LISTING, digits, (after_kk, after_nik), limit - len(rows))
        )
    return rows


class WordsMatch(ColumnElement[bool]):
    """`person` (the table, unaliased) matches every word: a condition for a Core query (the Jamsosnaker
    listing), spelled per engine when it is compiled (FTS5, or the server's full-text index)."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = tuple(tokens)


@compiles(WordsMatch, "sqlite")
def _words_on_sqlite(element: WordsMatch, compiler: SQLCompiler, **kw: Any) -> str:
    query = " ".join('"' + token.replace('"', '""') + '"*' for token in element.tokens)
    clause = text("person.local_no IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :fts)")
    return compiler.process(clause.bindparams(fts=query), **kw)


@compiles(WordsMatch, "postgresql")
def _words_on_server(element: WordsMatch, compiler: SQLCompiler, **kw: Any) -> str:
    condition, parameters = search_postgres.words_condition(element.tokens, "person.local_no", "words_match")
    clause = text(f"person.deleted_at IS NULL AND {condition}")
    return compiler.process(clause.bindparams(**parameters), **kw)
