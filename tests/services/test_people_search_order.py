"""Name search in name order (both ways the store reads it), pages without seams, and the listing's total."""

import pytest

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.people.people_service import SEARCH_COUNTED_AT_MOST
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.people import people_search

PEOPLE = 1500


@pytest.fixture
def filled(services: Services, admin: Actor) -> int:
    result, _summary = DemoService(services.database, services.office).fill(actor=admin, people=PEOPLE)
    return result.people


def all_pages(services: Services, actor: Actor, text: str, limit: int) -> list[PersonRow]:
    rows: list[PersonRow] = []
    after = 0
    while page := services.people.search(actor=actor, text=text, limit=limit, after_local_no=after):
        rows.extend(page)
        after = page[-1].local_no
    return rows


@pytest.mark.parametrize("sort_at_most", [people_search.SORT_AT_MOST, 0])
@pytest.mark.parametrize("typed", ["siti", "a", "s", "nur"])
def test_a_name_search_comes_back_in_name_order_page_after_page(
    services: Services,
    admin: Actor,
    filled: int,
    typed: str,
    sort_at_most: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 0: every search walks the name index, as one matching thousands of people does.
    monkeypatch.setattr(people_search, "SORT_AT_MOST", sort_at_most)
    total = services.people.count(actor=admin, text=typed)
    limit = max(3, total // 5)  # five pages or so: four seams to cross
    rows = all_pages(services, admin, typed, limit)
    assert len(rows) > 2 * limit
    keys = [(row.full_name, row.local_no) for row in rows]
    assert keys == sorted(keys)
    assert len({row.id for row in rows}) == len(rows)
    assert len(rows) == total


def test_the_totals_of_everyone_a_word_and_a_number(services: Services, admin: Actor, filled: int) -> None:
    assert services.people.count(actor=admin) == filled
    assert services.people.count(actor=admin, text="   ") == filled
    assert services.people.count(actor=admin, text="zzzz") == 0
    nik = services.people.page(actor=admin, limit=1)[0].nik
    assert services.people.count(actor=admin, text=nik) == 1
    prefix = nik[:10]
    assert services.people.count(actor=admin, text=prefix) == len(all_pages(services, admin, prefix, 200))


def test_a_short_number_prefix_is_counted_up_to_a_limit(
    services: Services, admin: Actor, filled: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_search, "DIGITS_COUNTED_AT_MOST", 100)
    assert services.people.count(actor=admin, text="3674") == 101
    assert SEARCH_COUNTED_AT_MOST == 10_000
