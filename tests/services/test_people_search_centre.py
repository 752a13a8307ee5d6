"""Name search at the central office on both engines: the two ways to a page (sort the few matches, or walk
the name order for many) give the same pages in name order, and a bulk load leaves the server's planner
with statistics of what it loaded."""

import psycopg
import pytest

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import database as database_module
from tangsel_desktop.storage.people import people_search, search_postgres
from tests.services.test_people_search_order import all_pages

pytestmark = pytest.mark.both_engines
PEOPLE = 1500


@pytest.fixture
def filled(centre: tuple[Services, Actor], monkeypatch: pytest.MonkeyPatch) -> tuple[Services, Actor]:
    services, admin = centre
    monkeypatch.setattr(database_module, "BULK_ROWS", PEOPLE)  # this fill counts as a bulk load
    result, _ = DemoService(services.database, services.office).fill(actor=admin, people=PEOPLE)
    assert result.people == PEOPLE
    return services, admin


# Each engine's ways to a page, forced by its thresholds. SQLite: sort the few matches, or walk the name
# order. The server: merge each word's run of the word table (several words: intersect their ranges),
# walk the name order (a prefix with many words), or, where a short walk leaves the page short, sort the
# prefix's entries; with DRIVER_COUNTED_AT_MOST 0 several words are checked per entry of the first.
WAYS = {
    "sort": {"SORT_AT_MOST": 10**9, "WORDS_AT_MOST": 10**9},
    "walk": {"SORT_AT_MOST": 0, "WORDS_AT_MOST": 0, "WALK_AT_MOST": 10**9, "DRIVER_COUNTED_AT_MOST": 0},
    "walk, else sort": {
        "SORT_AT_MOST": 10**9,
        "WORDS_AT_MOST": 0,
        "WALK_AT_MOST": 40,
        "DRIVER_COUNTED_AT_MOST": 0,
    },
}


def _set_way(monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    for name, value in WAYS[way].items():
        for module in (people_search, search_postgres):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, value)


@pytest.mark.parametrize("typed", ["siti", "a", "nur", "jl mawar", "zzzz"])
def test_every_way_gives_the_same_pages_in_name_order(
    filled: tuple[Services, Actor], typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, admin = filled
    total = services.people.count(actor=admin, text=typed)
    limit = max(3, total // 5)  # five pages or so: four seams to cross
    listings = []
    for way in WAYS:
        _set_way(monkeypatch, way)
        rows = all_pages(services, admin, typed, limit)
        keys = [(row.full_name, row.local_no) for row in rows]
        assert keys == sorted(keys)
        assert len({row.id for row in rows}) == len(rows) == total
        listings.append(keys)
    assert listings[0] == listings[1] == listings[2]
    assert total > 2 * limit if typed != "zzzz" else total == 0


def test_a_bulk_load_leaves_the_server_with_statistics_of_it(
    filled: tuple[Services, Actor], store_engine: str
) -> None:
    services, _admin = filled
    if store_engine == "sqlite":
        assert not services.database.refresh_statistics(("person",), rows=10**6)  # nothing to do on a file
        return
    url = services.database.location.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        analysed: dict[str, bool] = dict(
            connection.execute(
                "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname IN ('person', 'household', 'jamsos_member', 'person_word')"
            ).fetchall()
        )
        believed = connection.execute("SELECT reltuples FROM pg_class WHERE relname = 'person'").fetchone()
    assert analysed == {"person": True, "household": True, "jamsos_member": True, "person_word": True}
    assert believed is not None
    assert believed[0] == PEOPLE


def test_the_journal_is_written_once_per_statement_on_the_server(
    centre: tuple[Services, Actor], store_engine: str
) -> None:
    """Row triggers made a PL/pgSQL call per row, most of a package's merge (migration 0022)."""
    services, _admin = centre
    if store_engine == "sqlite":
        return
    url = services.database.location.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        triggers = connection.execute(
            "SELECT t.tgname, t.tgtype & 1 = 1, t.tgoldtable IS NOT NULL OR t.tgnewtable IS NOT NULL "
            "FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE left(p.proname, 8) = 'journal_' AND NOT t.tgisinternal"
        ).fetchall()
    assert len(triggers) > 90
    assert all(not per_row and transition for _name, per_row, transition in triggers)


def test_a_number_prefix_lists_niks_then_families_in_byte_order(filled: tuple[Services, Actor]) -> None:
    services, admin = filled
    nik = services.people.page(actor=admin, limit=1)[0].nik
    prefix = nik[:7]
    total = services.people.count(actor=admin, text=prefix)
    rows = all_pages(services, admin, prefix, max(3, total // 5))
    assert len(rows) == len({row.id for row in rows}) == total > 10
    by_nik = [row for row in rows if row.nik.startswith(prefix)]
    assert rows[: len(by_nik)] == by_nik  # the NIK range first, then the families' other members
    assert [row.nik for row in by_nik] == sorted(row.nik for row in by_nik)
    by_kk = [(row.kk_number, row.nik) for row in rows[len(by_nik) :]]
    assert by_kk == sorted(by_kk)
    assert all(kk.startswith(prefix) for kk, _nik in by_kk)


def test_a_common_word_is_counted_as_far_as_the_window_shows_on_the_server(
    filled: tuple[Services, Actor], store_engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, admin = filled
    exact = len(all_pages(services, admin, "a", 500))
    monkeypatch.setattr(people_search, "DIGITS_COUNTED_AT_MOST", 100)
    counted = services.people.count(actor=admin, text="a")
    assert exact > 101
    # SQLite's search index counts its matches at once; the server stops where "more than" begins.
    assert counted == (101 if store_engine == "postgresql" else exact)
    assert services.people.count(actor=admin, text="zzzz") == 0
