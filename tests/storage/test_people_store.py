"""People queries: search kept right by triggers, FTS syntax never leaking, NIK/KK and name pages complete."""

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_service import PeopleService
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.people import people_search, people_store
from tangsel_desktop.storage.tables import Person
from tests.conftest import make_draft
from tests.store_files import open_raw

CLERK = Actor(user_id=new_id(), username="uji", full_name="Petugas Uji", role=Role.ADMIN)
KK = "3674041203150002"


def nik_for(serial: int, birth: date = date(1985, 8, 17), region: str = "367404") -> str:
    return f"{region}{birth.day + 40:02d}{birth:%m%y}{serial:04d}"


def search(database: Database, words: str, *, after: int = 0, limit: int = 100) -> list[str]:
    """Names of the people a search finds, in result order."""
    with database.query() as tx:
        return [row.full_name for row in people_search.search(tx, words, after_local_no=after, limit=limit)]


def search_everything(database: Database, words: str, limit: int) -> list[tuple[int, str]]:
    """(local_no, name) of every match, page after page as the window fetches them."""
    seen: list[tuple[int, str]] = []
    after = 0
    with database.query() as tx:
        while page := people_search.search(tx, words, after_local_no=after, limit=limit):
            assert len(page) <= limit
            seen.extend((row.local_no, row.full_name) for row in page)
            after = page[-1].local_no
            assert len(seen) < 10_000, "paging does not end"
    return seen


def fts_rows(database: Database) -> int:
    with open_raw(database.file) as connection:
        return int(connection.execute("SELECT count(*) FROM person_fts").fetchone()[0])


@pytest.fixture
def people(database: Database) -> PeopleService:
    return PeopleService(database)


# --- fts_query --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("siti", '"siti"*'),
        ("  Siti   Aminah ", '"Siti"* "Aminah"*'),
        ("36.74.04", '"367404"*'),
        ("3674 0457-0885", '"367404570885"*'),
        ("Jl. Mawar 5", '"Jl"* "Mawar"* "5"*'),
        ("a OR b", '"a"* "OR"* "b"*'),
        ("NEAR(", '"NEAR"*'),
        ('say "hi"', '"say"* "hi"*'),
    ],
)
def test_fts_query_quotes_every_word_as_a_prefix(typed: str, query: str) -> None:
    assert people_search.fts_query(typed) == query


@pytest.mark.parametrize("typed", ["", "   ", "*", '"', '""', "-", ". - .", "()", "^", ":"])
def test_fts_query_without_a_word_is_none(typed: str) -> None:
    assert people_search.fts_query(typed) is None


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A read-only store of a few people, shared by the property tests of this module."""
    root = tmp_path_factory.mktemp("search")
    database = Database(root / "tangsel.sqlite3")
    migrate(database, root / "backups")
    service = PeopleService(database)
    for serial, (name, address) in enumerate(
        [
            ("Andi Budi", "Jl. Mawar No. 5"),
            ("Cici Dodo", "Gg. Kelapa"),
            ("Siti Aminah", "Jl. Melati"),
            ("Nur'aini", "Kp. Sawah"),
            ("José Purnama", "Jl. H. Saleh"),
        ],
        start=1,
    ):
        service.register(actor=CLERK, draft=make_draft(nik=nik_for(serial), full_name=name, address=address))
    yield database
    database.dispose()


@settings(max_examples=60, deadline=None)
@given(typed=st.text(max_size=30))
def test_fts_query_of_any_text_never_breaks_the_search(searchable: Database, typed: str) -> None:
    search(searchable, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "a OR b",
        "NEAR(",
        "NEAR(a b)",
        "*",
        '"',
        'a"b',
        "a AND",
        "NOT x",
        "name:siti",
        "-x",
        "^a",
        "{a b}",
        "a + b",
    ],
)
def test_fts_syntax_typed_by_a_clerk_never_raises(searchable: Database, typed: str) -> None:
    search(searchable, typed)


def test_or_is_a_word_to_find_not_an_operator(searchable: Database) -> None:
    assert sorted(search(searchable, "Andi")) == ["Andi Budi"]
    assert search(searchable, "Andi OR Dodo") == []
    assert search(searchable, "Andi NOT Budi") == []


def test_search_ignores_diacritics_and_apostrophes(searchable: Database) -> None:
    assert search(searchable, "jose") == ["José Purnama"]
    assert search(searchable, "nur") == ["Nur'aini"]


# --- triggers keep the index right -----------------------------------------------------------------


def test_insert_makes_a_person_findable_by_name_nik_kk_and_address(
    database: Database, people: PeopleService
) -> None:
    people.register(actor=CLERK, draft=make_draft())
    for words in ("siti", "Siti Ami", "3674045708", "36.74.04.57", KK, "mawar", "Jl Mawar"):
        assert search(database, words) == ["Siti Aminah"], words
    assert search(database, "melati") == []
    assert fts_rows(database) == 1


def test_name_change_updates_the_index(database: Database, people: PeopleService) -> None:
    detail, _ = people.register(actor=CLERK, draft=make_draft())
    people.update(
        actor=CLERK, person_id=detail.id, draft=make_draft(full_name="Siti Rahayu", address="Gg. Damai")
    )
    assert search(database, "aminah") == []
    assert search(database, "mawar") == []
    assert search(database, "rahayu") == ["Siti Rahayu"]
    assert search(database, "damai") == ["Siti Rahayu"]
    assert fts_rows(database) == 1


def test_household_kk_change_updates_every_member_in_the_index(
    database: Database, people: PeopleService
) -> None:
    head, _ = people.register(actor=CLERK, draft=make_draft())
    people.register(
        actor=CLERK,
        draft=make_draft(nik=nik_for(2, date(2010, 1, 5)), full_name="Anak", birth_date="2010-01-05"),
    )
    people.register(
        actor=CLERK, draft=make_draft(nik=nik_for(3), full_name="Tetangga", kk_number="3674041203150009")
    )
    assert sorted(search(database, KK)) == ["Anak", "Siti Aminah"]

    people.change_household_kk(actor=CLERK, person_id=head.id, new_kk="3674040101240007")

    assert search(database, KK) == []
    assert sorted(search(database, "3674040101240007")) == ["Anak", "Siti Aminah"]
    assert search(database, "3674041203150009") == ["Tetangga"]


def test_moving_to_another_kk_updates_the_index(database: Database, people: PeopleService) -> None:
    detail, _ = people.register(actor=CLERK, draft=make_draft())
    people.update(actor=CLERK, person_id=detail.id, draft=make_draft(kk_number="3674040101240007"))
    assert search(database, KK) == []
    assert search(database, "3674040101240007") == ["Siti Aminah"]


def test_soft_delete_removes_from_search_and_pages(database: Database, people: PeopleService) -> None:
    detail, _ = people.register(actor=CLERK, draft=make_draft())
    people.register(actor=CLERK, draft=make_draft(nik=nik_for(2), full_name="Siti Rahma"))
    people.delete(actor=CLERK, person_id=detail.id, reason="data ganda")
    assert search(database, "siti") == ["Siti Rahma"]
    assert search(database, "3674045708850001") == []
    with database.read() as tx:
        assert [row.full_name for row in people_store.page_by_name(tx, after=None, limit=10)] == [
            "Siti Rahma"
        ]
    assert fts_rows(database) == 1


def test_rows_written_directly_are_indexed_too(database: Database) -> None:
    # Bulk paths write with plain SQL: the index must follow without the service's help.
    now = utc_now()
    with database.write(None) as tx:
        tx.session.add(
            Person(
                nik=nik_for(7),
                full_name="Tanpa Layanan",
                sex="P",
                birth_date=date(1985, 8, 17),
                address="Jl. Swadaya",
                kelurahan_code="36.74.04.1004",
                created_at=now,
            )
        )
    assert search(database, "swadaya") == ["Tanpa Layanan"]
    with database.write(None) as tx:
        tx.session.execute(text("UPDATE person SET deleted_at = '2025-09-23T00:00:00.000000Z'"))
    assert search(database, "swadaya") == []
    with database.write(None) as tx:
        tx.session.execute(text("UPDATE person SET deleted_at = NULL"))
    assert search(database, "swadaya") == ["Tanpa Layanan"]


def test_word_search_pages_by_local_number(database: Database, people: PeopleService) -> None:
    for serial in range(1, 8):
        people.register(actor=CLERK, draft=make_draft(nik=nik_for(serial), full_name=f"Siti {serial}"))
    people.register(actor=CLERK, draft=make_draft(nik=nik_for(8), full_name="Budi"))
    for limit in (1, 3, 7, 50):
        found = search_everything(database, "siti", limit)
        assert sorted(name for _, name in found) == [f"Siti {serial}" for serial in range(1, 8)]
        assert [number for number, _ in found] == sorted({number for number, _ in found})


# --- digit searches: NIK and No. KK prefixes ----------------------------------------------------------

# (NIK region, KK or "" for none, deleted): who is in the store for the digit searches below.
DIGIT_PEOPLE = (
    [("367404", "3674041203150002", False)] * 4
    + [("317101", "3674041203150002", False)] * 2  # NIK from Jakarta, family KK from Ciputat
    + [("367404", "", False)] * 3
    + [("320118", "3201180101200003", False)] * 3
    + [("367404", "3674050505190004", False)] * 2
    + [("317101", "3674050505190004", False)]
    + [("367404", "3674041203150002", True), ("317101", "3674050505190004", True)]
    + [("367401", "3171010101200005", False)] * 2  # a Serpong NIK in a Jakarta family
)


@pytest.fixture(scope="module")
def digit_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    root = tmp_path_factory.mktemp("digits")
    database = Database(root / "tangsel.sqlite3")
    migrate(database, root / "backups")
    service = PeopleService(database)
    for serial, (region, kk, deleted) in enumerate(DIGIT_PEOPLE, start=1):
        detail, _ = service.register(
            actor=CLERK,
            draft=make_draft(
                nik=nik_for(serial, region=region), kk_number=kk, full_name=f"Orang {serial:02d}"
            ),
        )
        if deleted:
            service.delete(actor=CLERK, person_id=detail.id, reason="uji")
    yield database
    database.dispose()


def expected_digit_matches(database: Database, digits: str) -> set[tuple[int, str]]:
    with open_raw(database.file) as connection:
        rows = connection.execute(
            "SELECT p.local_no, p.full_name FROM person p LEFT JOIN household h ON h.id = p.household_id "
            "WHERE p.deleted_at IS NULL AND (p.nik LIKE ? OR coalesce(h.kk_number, '') LIKE ?)",
            (digits + "%", digits + "%"),
        )
        return {(row[0], row[1]) for row in rows}


DIGIT_SEARCHES = [
    "3",
    "36",
    "3674",
    "367404",
    "36.74.04",
    "3674 04",
    "3171",
    "317101",
    "3674050505190004",
    "9",
]


@pytest.mark.parametrize("typed", DIGIT_SEARCHES)
@pytest.mark.parametrize("limit", [1, 2, 5, 100])
def test_digit_search_finds_nik_and_kk_prefixes_once_across_pages(
    digit_store: Database, typed: str, limit: int
) -> None:
    digits = typed.replace(".", "").replace(" ", "")
    found = search_everything(digit_store, typed, limit)
    assert len(found) == len(set(found)), "a person shown twice"
    assert set(found) == expected_digit_matches(digit_store, digits)


def test_digit_search_sanity_of_the_expected_sets(digit_store: Database) -> None:
    # Guards the test data itself: the interesting cases are really there.
    assert len(expected_digit_matches(digit_store, "367404")) == 4 + 2 + 3 + 2
    assert len(expected_digit_matches(digit_store, "3674")) == 4 + 2 + 3 + 2 + 1 + 2
    assert len(expected_digit_matches(digit_store, "3171")) == 2 + 1 + 2
    assert expected_digit_matches(digit_store, "9") == set()


@settings(max_examples=20, deadline=None)
@given(
    typed=st.sampled_from(DIGIT_SEARCHES),
    limit=st.integers(min_value=1, max_value=25),
)
def test_digit_search_pages_of_any_size(digit_store: Database, typed: str, limit: int) -> None:
    found = search_everything(digit_store, typed, limit)
    assert len(found) == len(set(found))
    assert set(found) == expected_digit_matches(digit_store, typed.replace(".", "").replace(" ", ""))


def test_nik_search_through_the_service_with_dots(digit_store: Database) -> None:
    rows = PeopleService(digit_store).search(actor=CLERK, text="36.74.04", limit=100)
    assert {row.nik[:6] for row in rows} >= {"367404", "317101"}
    assert all(row.nik.startswith("367404") or row.kk_number.startswith("367404") for row in rows)


# --- keyset pages -----------------------------------------------------------------------------------


def fill_for_paging(database: Database, names: list[str], deleted: set[int]) -> list[tuple[str, int]]:
    """Insert people with these names (some soft-deleted); return live (name, local_no) in name order."""
    now = utc_now()
    with database.write(None) as tx:
        for serial, name in enumerate(names, start=1):
            tx.session.add(
                Person(
                    nik=nik_for(serial),
                    full_name=name,
                    sex="P",
                    birth_date=date(1985, 8, 17) + timedelta(days=serial % 3),
                    address="Jl. Mawar",
                    kelurahan_code="36.74.04.1004",
                    created_at=now,
                    deleted_at=now if serial in deleted else None,
                )
            )
    with open_raw(database.file) as connection:
        return [
            (row[0], row[1])
            for row in connection.execute(
                "SELECT full_name, local_no FROM person WHERE deleted_at IS NULL ORDER BY full_name, local_no"
            )
        ]


def all_pages(database: Database, limit: int) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    after: tuple[str, int] | None = None
    with database.read() as tx:
        while page := people_store.page_by_name(tx, after=after, limit=limit):
            assert len(page) <= limit
            seen.extend((row.full_name, row.local_no) for row in page)
            after = (page[-1].full_name, page[-1].local_no)
    return seen


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 7, 100])
def test_pages_return_every_live_person_once_in_name_order(database: Database, limit: int) -> None:
    names = ["Siti", "Budi", "Siti", "Agus", "Budi", "Siti", "Ani", "Budi", "Siti", "Zahra", "Agus", "Siti"]
    expected = fill_for_paging(database, names, deleted={3, 8})
    assert len(expected) == 10
    pages = all_pages(database, limit)
    assert pages == expected
    assert len(set(pages)) == len(pages)
    assert [name for name, _ in pages] == sorted(name for name, _ in pages)


@pytest.fixture(scope="module")
def paging_store(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, list[tuple[str, int]]]]:
    root = tmp_path_factory.mktemp("paging")
    database = Database(root / "tangsel.sqlite3")
    migrate(database, root / "backups")
    names = [f"{given} {family}" for given in ("Siti", "Sri", "Budi") for family in ("A", "B")] * 9
    expected = fill_for_paging(database, names, deleted=set(range(1, len(names) + 1, 5)))
    yield database, expected
    database.dispose()


@settings(max_examples=25, deadline=None)
@given(limit=st.integers(min_value=1, max_value=60))
def test_any_page_size_covers_everyone_exactly_once(
    paging_store: tuple[Database, list[tuple[str, int]]], limit: int
) -> None:
    database, expected = paging_store
    assert all_pages(database, limit) == expected


def test_counts_by_column_and_totals(database: Database) -> None:
    fill_for_paging(database, ["A", "B", "C"], deleted={2})
    with database.read() as tx:
        assert people_store.count_people(tx) == 2
        assert people_store.people_counts_by(tx, "sex") == [("P", 2)]
        assert people_store.count_households(tx) == 0
