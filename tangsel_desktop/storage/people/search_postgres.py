"""Search as you type on PostgreSQL (the central office): words through the word table, NIK or No. KK
prefixes through pattern indexes; the same pages in the same order as storage/people/people_search.py.

Words match as prefixes of the words of a live person's name, address or NIK. The server keeps those words
in person_word (migration 0021: one row per distinct word of each live person, with the person's name),
and a typed word is a range of its B-tree (word, full_name, local_no): `word >= 'sit' AND word < 'siu'`,
the bounds computed here in byte order (the column's collation is "C"). A digits-only text walks the NIK
index, then the members of households whose No. KK starts with it (ix_person_nik_prefix,
ix_household_kk_prefix: LIKE '3674%' uses them in any collation).

Why a word table (measured at 1,400,000 demo people, the city's size, 3 December 2026): the demo gives one
first name to 17,000-58,000 people, whose names sort together. Through a GIN index over a stored tsvector
(migration 0020) the page needed every match's heap row before its top-N sort, and the count visited heap
rows too: p50 118 ms, p95 366 ms (445 ms with the count). In the word table a prefix's words are a few
runs, each already in name order: the page is the first rows of each run merged (LATERAL, one index-only
scan per word, LIMIT each), so it reads at most (words x page) index entries and no heap row of person
but the page's own.

Measured after (`python -m tests.bench.bench_postgres --search-people 1400000`, 200 and 400 typed texts:
first 3-6 letters of first names, rare words, NIK/KK prefixes; the machine shared, round trip p95 3-4 ms):
page p50 4-6 ms, p95 10-16 ms; page and count p95 24-32 ms (words alone 21-28 ms; NIK/KK prefixes,
whose No. KK half joins each family's members, 84-111 ms). Two names ("siti nur", "wahyu pratama",
"dewi lestari", "muhammad rizki"): page and count 17-40 ms each. A name with a very common word ("nur jl",
"wahyu p", a letter or "jl" past 100,000 entries): the page 20-30 ms, its count 90-270 ms.

Several words: each word's entries are counted up to DRIVER_COUNTED_AT_MOST. All under it: the people
having every word are one INTERSECT of the ranges (read from the index alone, hashed). Else the page is
driven by the word with the fewest entries, the others required by a lookup on (local_no, word) per entry.
A prefix that covers many distinct words (one or two letters) walks the name order instead, keeping the
people that match, and falls back to the range sorted when the walk leaves the page short. A person with
two words matching one prefix ("nur", "nurul") has two entries: pages are deduplicated in order, fetching
more when that leaves them short; counts count people, not entries.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Date, Row, TextClause, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.selectable import TextualSelect
from sqlalchemy.types import BigInteger, Text

# A prefix with more distinct words than this is a letter or two: its runs are too many to merge.
WORDS_AT_MOST = 64
# The walk of the name order for such a prefix (matches spread through the alphabet fill a page early).
WALK_AT_MOST = 10_000
# Entries read for a capped count before counting its people exactly (a person may have two entries).
COUNT_SCAN_FACTOR = 2
# Several words: each word's entries counted up to this (index-only, about 10 ms at the cap) to choose the
# one that drives, or to intersect them all when each is under it. At 1,400,000 people a common first name
# has 17,000-60,000 entries, a street name ("mawar") 88,000, "kp" 175,000 and "jl" nearly a million.
DRIVER_COUNTED_AT_MOST = 100_000

_RANGE = "pw.word >= :low0 AND pw.word < :high0"  # the driving word's entries
_KEYSET = "(pw.full_name, pw.local_no) > (:after_name, :after)"
_LISTED = (
    "SELECT {listing} FROM unnest(:page) WITH ORDINALITY AS page(local_no, position) "
    "JOIN person p ON p.local_no = page.local_no LEFT JOIN household h ON h.id = p.household_id "
    "ORDER BY page.position"
)
# The distinct words of a range, one index descent each (a loose scan), as many as asked.
_WORDS_IN_RANGE = (
    "WITH RECURSIVE found(word) AS ("
    f"(SELECT pw.word FROM person_word pw WHERE {_RANGE} ORDER BY pw.word LIMIT 1) "
    "UNION ALL SELECT (SELECT pw.word FROM person_word pw WHERE pw.word > found.word AND pw.word < :high0 "
    "ORDER BY pw.word LIMIT 1) FROM found WHERE found.word IS NOT NULL) "
    "SELECT word FROM found WHERE word IS NOT NULL LIMIT :most"
)
# Each word's run from the keyset on, in name order, its first :fetch rows; merged, the first :fetch.
_MERGED = (
    "SELECT x.full_name, x.local_no FROM unnest(:words) AS d(word) CROSS JOIN LATERAL ("
    "SELECT pw.full_name, pw.local_no FROM person_word pw WHERE pw.word = d.word AND "
    + _KEYSET
    + "{others} ORDER BY pw.full_name, pw.local_no LIMIT :fetch) AS x "
    "ORDER BY x.full_name, x.local_no LIMIT :fetch"
)
# The range's entries sorted: a many-word prefix whose walk left the page short.
_SORTED = (
    f"SELECT pw.full_name, pw.local_no FROM person_word pw WHERE {_RANGE} AND "
    + _KEYSET
    + "{others} ORDER BY pw.full_name, pw.local_no LIMIT :fetch"
)
# The next WALK_AT_MOST live people in name order, those of them that match: every match before the last one
# passed is among them, so a full page is the right page.
_WALKED = (
    "WITH passed AS MATERIALIZED (SELECT p.full_name, p.local_no FROM person p "
    "WHERE p.deleted_at IS NULL AND (p.full_name, p.local_no) > (:after_name, :after) "
    "ORDER BY p.full_name, p.local_no LIMIT :walk) "
    "SELECT p.full_name, p.local_no FROM passed p WHERE {all_words} "
    "ORDER BY p.full_name, p.local_no LIMIT :fetch"
)
_ENTRIES_CAPPED = f"SELECT count(*) FROM (SELECT 1 FROM person_word pw WHERE {_RANGE} LIMIT :cap) s"
_PEOPLE_CAPPED = (
    "SELECT count(*), count(DISTINCT local_no) FROM (SELECT pw.local_no FROM person_word pw "
    f"WHERE {_RANGE}" + "{others} LIMIT :scan) s"
)
_PEOPLE = f"SELECT count(DISTINCT pw.local_no) FROM person_word pw WHERE {_RANGE}" + "{others}"


# Every live person's words made anew (a copy that loaded person with its triggers off: server_copy).
REFILL = (
    "DELETE FROM person_word",
    "INSERT INTO person_word (word, full_name, local_no) SELECT w.word, p.full_name, p.local_no "
    "FROM person p, unnest(tsvector_to_array(to_tsvector('simple', p.full_name || ' ' || p.address || ' ' "
    "|| p.nik))) AS w(word) WHERE p.deleted_at IS NULL",
)


def _listing(statement: TextClause, listing: str) -> TextualSelect:
    return text(statement.text.format(listing=listing)).columns(birth_date=Date)


def _has_word(person: str, number: int) -> str:
    # OFFSET 0 keeps the EXISTS a lookup per person on (local_no, word): made a semi-join, the planner (its
    # estimate of a prefix's entries far too low) scanned the whole other range once per entry, 69 s for
    # "muhammad rizki" at 1,400,000 people.
    return (
        f"EXISTS (SELECT 1 FROM person_word o{number} WHERE o{number}.local_no = {person} "
        f"AND o{number}.word >= :low{number} AND o{number}.word < :high{number} OFFSET 0)"
    )


def _others(count: int) -> str:
    """The words after the first (the driver), each required of the entry's person."""
    return "".join(" AND " + _has_word("pw.local_no", number) for number in range(1, count))


def after_prefix(prefix: str) -> str:
    """The first text after every text starting with `prefix`, in byte (code point) order."""
    chars = list(prefix)
    while chars:
        code = ord(chars[-1]) + 1
        if code == 0xD800:
            code = 0xE000  # surrogates are no characters: UTF-8 has none
        if code <= 0x10FFFF:
            chars[-1] = chr(code)
            return "".join(chars)
        chars.pop()
    return prefix + "\U0010ffff"  # a prefix of only the last code points: as near as text allows


def prefixes(tokens: Sequence[str]) -> list[str]:
    """The prefixes the stored words must start with: lower-cased as the server stores them, split where
    the server's parser splits (an underscore), each once, and none that another prefix implies ("si" when
    "siti" is typed: a word starting "siti" starts "si")."""
    parts = {part for token in tokens for part in token.lower().split("_") if part}
    return sorted(
        part for part in parts if not any(other != part and other.startswith(part) for other in parts)
    )


def _bounds(ordered: Sequence[str]) -> dict[str, str]:
    bounds: dict[str, str] = {}
    for number, prefix in enumerate(ordered):
        bounds[f"low{number}"] = prefix
        bounds[f"high{number}"] = after_prefix(prefix)
    return bounds


def _entries(connection: Connection, prefix: str, cap: int) -> int:
    bounds = _bounds([prefix])
    return int(connection.execute(text(_ENTRIES_CAPPED), {**bounds, "cap": cap}).scalar_one())


def _driver_first(connection: Connection, found: list[str]) -> list[tuple[str, int]]:
    """The prefixes with their entries (counted up to DRIVER_COUNTED_AT_MOST), the fewest first (it drives;
    the others are checked per entry); among those past the cap, the longest (the most particular)."""
    if len(found) < 2:
        return [(prefix, DRIVER_COUNTED_AT_MOST) for prefix in found]
    counted = [(prefix, _entries(connection, prefix, DRIVER_COUNTED_AT_MOST)) for prefix in found]
    return sorted(counted, key=lambda pair: (pair[1], -len(pair[0]), pair[0]))


def _intersected(ordered: list[tuple[str, int]]) -> str | None:
    """Several words, each with fewer than DRIVER_COUNTED_AT_MOST entries: the people having them all as one
    INTERSECT of their ranges (each read from the index alone, hashed; a person once, however many of their
    words match). Checking each of 17,000-45,000 entries by a lookup took 85-250 ms ("siti nur", "wahyu
    pratama" at 1,400,000 people); the INTERSECT 20-40 ms. None when a word is past the cap ("jl"): its
    range is too long to read whole, and the page is found sooner by checking the others' entries."""
    if len(ordered) < 2 or ordered[-1][1] >= DRIVER_COUNTED_AT_MOST:
        return None
    return " INTERSECT ".join(
        f"SELECT pw.full_name, pw.local_no FROM person_word pw WHERE pw.word >= :low{number} "
        f"AND pw.word < :high{number} AND {_KEYSET}"
        for number in range(len(ordered))
    )


def count_capped(connection: Connection, tokens: Sequence[str], cap: int) -> int:
    """How many live people match every word, exact below cap, else cap."""
    found = prefixes(tokens)
    if not found:
        return 0
    ordered = _driver_first(connection, found)
    parameters: dict[str, Any] = {**_bounds([prefix for prefix, _ in ordered]), "after_name": "", "after": 0}
    intersected = _intersected(ordered)
    if intersected is not None:
        statement = f"SELECT count(*) FROM (SELECT 1 FROM ({intersected}) AS matched LIMIT :cap) AS found"
        return int(connection.execute(text(statement), {**parameters, "cap": cap}).scalar_one())
    parameters["scan"] = cap * COUNT_SCAN_FACTOR
    others = _others(len(ordered))
    entries, people = connection.execute(text(_PEOPLE_CAPPED.format(others=others)), parameters).one()
    if entries == parameters["scan"] and people < cap:
        # Many people with several matching words each: every entry counted (rare).
        people = connection.execute(text(_PEOPLE.format(others=others)), parameters).scalar_one()
    return min(int(people), cap)


def _unique(rows: Sequence[Row[Any]], limit: int) -> list[int]:
    numbers: list[int] = []
    for row in rows:
        number = int(row.local_no)
        if not numbers or numbers[-1] != number:  # a person's entries are adjacent: same name and number
            numbers.append(number)
    return numbers[:limit]


def _fetched(
    connection: Connection, statement: TextClause, parameters: dict[str, Any], limit: int
) -> list[int]:
    """The page's people from a statement listing entries in name order, fetching more when a person's
    several entries leave it short."""
    fetch = limit + limit // 4 + 1
    while True:
        rows = connection.execute(statement, {**parameters, "fetch": fetch}).all()
        numbers = _unique(rows, limit)
        if len(numbers) == limit or len(rows) < fetch:
            return numbers
        fetch *= 4


def _page_numbers(
    connection: Connection, tokens: Sequence[str], after: tuple[str, int], limit: int
) -> list[int]:
    found = prefixes(tokens)
    if not found:
        return []
    ordered = _driver_first(connection, found)
    parameters: dict[str, Any] = {
        **_bounds([prefix for prefix, _ in ordered]),
        "after_name": after[0],
        "after": after[1],
    }
    intersected = _intersected(ordered)
    if intersected is not None:
        statement = f"SELECT * FROM ({intersected}) AS matched ORDER BY full_name, local_no LIMIT :limit"
        rows = connection.execute(text(statement), {**parameters, "limit": limit}).all()
        return [int(row.local_no) for row in rows]
    others = _others(len(ordered))
    words = [
        row[0]
        for row in connection.execute(text(_WORDS_IN_RANGE), {**parameters, "most": WORDS_AT_MOST + 1}).all()
    ]
    if not words:
        return []
    if len(words) <= WORDS_AT_MOST:
        merged = text(_MERGED.format(others=others)).bindparams(bindparam("words", type_=ARRAY(Text())))
        return _fetched(connection, merged, {**parameters, "words": words}, limit)
    all_words = " AND ".join(_has_word("p.local_no", number) for number in range(len(ordered)))
    walked = connection.execute(
        text(_WALKED.format(all_words=all_words)), {**parameters, "walk": WALK_AT_MOST, "fetch": limit}
    ).all()
    if len(walked) == limit:
        return [int(row.local_no) for row in walked]
    return _fetched(connection, text(_SORTED.format(others=others)), parameters, limit)


def words(
    connection: Connection, listing: str, tokens: Sequence[str], after: tuple[str, int], limit: int
) -> list[Row[Any]]:
    """One page of the live people matching every word, in name order after the keyset `after`."""
    numbers = _page_numbers(connection, tokens, after, limit)
    if not numbers:
        return []
    statement = text(_LISTED.format(listing=listing)).bindparams(bindparam("page", type_=ARRAY(BigInteger())))
    return list(connection.execute(statement.columns(birth_date=Date), {"page": numbers}).all())


def words_condition(tokens: Sequence[str], person: str, name: str) -> tuple[str, dict[str, str]]:
    """SQL requiring of `person`'s row (its local_no column) every word, and its parameters, named after
    `name` (for a condition inside a larger query: the Jamsosnaker listing)."""
    found = prefixes(tokens)
    if not found:
        return "false", {}
    clauses, parameters = [], {}
    for number, prefix in enumerate(found):
        word = f"{name}_w{number}"
        clauses.append(
            f"EXISTS (SELECT 1 FROM person_word {word} WHERE {word}.local_no = {person} "
            f"AND {word}.word >= :{word}_low AND {word}.word < :{word}_high OFFSET 0)"
        )
        parameters[f"{word}_low"], parameters[f"{word}_high"] = prefix, after_prefix(prefix)
    return " AND ".join(clauses), parameters


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
