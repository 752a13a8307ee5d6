# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The lazy people model: pages on demand, inclusive insert ranges, never everyone at once."""

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.enums import Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.people.people_page import PeoplePage, name_order_query
from tangsel_desktop.ui.people.people_table_model import PageQuery, PeopleTableModel
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.people.conftest import fill_demo, open_page
from tests.ui.storage_guard import storage_allowed
from tests.ui.waiting import fetch_all, fetch_more

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def fake_rows(count: int) -> list[PersonRow]:
    return [
        PersonRow(
            id=f"id{number}",
            local_no=number,
            nik=f"3674041708{number % 100:02d}{number:04d}",
            full_name=f"Orang {number:04d}",
            sex=Sex.MALE,
            birth_date=date(1990, 1, 1),
            address="Jl. Mawar",
            rt="001",
            rw="002",
            kelurahan_code="36.74.04.1004",
            kk_number="",
        )
        for number in range(1, count + 1)
    ]


class RecordingSource:
    """A page function over a list, remembering what it was asked for."""

    def __init__(self, rows: list[PersonRow]) -> None:
        self.rows = rows
        self.calls: list[tuple[int, int]] = []

    def fetch(self, after: int | None, limit: int) -> list[PersonRow]:
        self.calls.append((after or 0, limit))
        return [row for row in self.rows if row.local_no > (after or 0)][:limit]

    def query(self) -> PageQuery:
        return PageQuery(fetch=self.fetch, key=lambda row: row.local_no)


@pytest.fixture
def page_runner() -> Iterator[TaskRunner]:
    """Runs the model's page reads; waited for after the test."""
    runner = TaskRunner()
    yield runner
    assert runner.wait_all(10_000)


def test_the_model_grows_a_page_at_a_time_with_inclusive_ranges(
    qtbot: QtBot, page_runner: TaskRunner
) -> None:
    source = RecordingSource(fake_rows(450))
    model = PeopleTableModel(page_size=200, runner=page_runner)
    model.set_query(source.query(), source.fetch(None, model.fetch_size))
    assert model.rowCount() == 200
    assert model.canFetchMore(model.index(-1, -1))

    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    fetch_more(qtbot, model)
    assert model.rowCount() == 400
    assert source.calls[-1] == (200, 201)  # keyset: after the last row shown
    fetch_more(qtbot, model)
    assert model.rowCount() == 450
    assert inserted == [(200, 399), (400, 449)]
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.data(model.index(449, PeopleTableModel.NAME)) == "Orang 0450"
    assert model.data(model.index(0, PeopleTableModel.BIRTH_DATE)) == "1 Januari 1990"
    assert model.data(model.index(0, PeopleTableModel.RT_RW)) == "001/002"


def test_a_failing_page_stops_the_growth_and_reports(qtbot: QtBot, page_runner: TaskRunner) -> None:
    model = PeopleTableModel(page_size=10, runner=page_runner)

    def fetch(after: object, limit: int) -> list[PersonRow]:
        raise UserError("Basis data sedang dipakai.")

    model.set_query(PageQuery(fetch=fetch, key=lambda row: row.local_no), fake_rows(11))
    with qtbot.waitSignal(model.fetch_failed) as blocker:
        model.fetchMore(model.index(-1, -1))
    assert blocker.args == ["Basis data sedang dipakai."]
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.rowCount() == 10


def test_a_page_is_read_off_the_gui_thread_and_one_at_a_time(qtbot: QtBot, page_runner: TaskRunner) -> None:
    source = RecordingSource(fake_rows(45))
    threads: list[str] = []

    def fetch(after: int | None, limit: int) -> list[PersonRow]:
        threads.append(threading.current_thread().name)
        return source.fetch(after, limit)

    model = PeopleTableModel(page_size=10, runner=page_runner)
    model.set_query(PageQuery(fetch=fetch, key=lambda row: row.local_no), source.fetch(None, 11))
    # A view scrolling fast asks again before the page has answered: one read, no repeated rows.
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.fetching
    assert model.rowCount() == 10  # nothing read on the GUI thread
    qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == 20
    assert threads == ["tangsel-task"]
    assert [model.row_at(row).local_no for row in range(20)] == list(range(1, 21))


def test_a_page_read_for_a_replaced_listing_is_dropped(qtbot: QtBot, page_runner: TaskRunner) -> None:
    everyone = RecordingSource(fake_rows(30))
    model = PeopleTableModel(page_size=10, runner=page_runner)
    model.set_query(everyone.query(), everyone.fetch(None, 11))
    model.fetchMore(model.index(-1, -1))  # answers only after control is back in the event loop
    # The clerk typed on: the new search's first page is shown before the old page answers.
    found = RecordingSource(fake_rows(30)[25:])
    model.set_query(found.query(), found.fetch(None, 11))
    qtbot.waitUntil(lambda: page_runner.running() == 0)
    assert [model.row_at(row).local_no for row in range(model.rowCount())] == [26, 27, 28, 29, 30]
    assert not model.fetching
    assert not model.canFetchMore(model.index(-1, -1))


def test_headers_are_indonesian(ctx: UiContext) -> None:
    model = PeopleTableModel(runner=ctx.runner)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(8)]
    assert headers == [
        "NIK",
        "Nama",
        "L/P",
        "Tanggal lahir",
        "Alamat",
        "RT/RW",
        "Kelurahan",
        "No. KK",
    ]


def test_a_thousand_people_arrive_in_pages_as_the_clerk_scrolls(
    qtbot: QtBot, services: Services, ctx: UiContext
) -> None:
    stored = fill_demo(services, ctx, 1000)
    assert stored >= 1000
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 200
    total = f"{stored:,}".replace(",", ".")  # Indonesian thousands: 1.000
    assert page.count_label.text() == f"200 dari {total} orang, gulir untuk lebih"

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    assert page.model.rowCount() < stored
    names = [page.model.row_at(row).full_name for row in range(page.model.rowCount())]
    assert names == sorted(names)  # keyset in name order, no gaps or repeats at the seams
    assert len({page.model.row_at(row).id for row in range(400)}) == 400

    fetch_all(qtbot, page.model)
    assert page.model.rowCount() == stored
    assert page.count_label.text() == f"{total} orang"


def test_the_name_order_query_pages_by_name_then_number(services: Services, ctx: UiContext) -> None:
    fill_demo(services, ctx, 300)
    query = name_order_query(ctx)
    with storage_allowed():  # the test reads through the page's query itself, as a worker would
        first = list(query.fetch(None, 100))
        second = list(query.fetch(query.key(first[-1]), 100))
    assert len(first) == len(second) == 100
    keys = [(row.full_name, row.local_no) for row in first + second]
    assert keys == sorted(keys)
    assert len(set(keys)) == 200


def test_the_page_never_reads_more_than_a_page_to_start(
    qtbot: QtBot, services: Services, ctx: UiContext
) -> None:
    fill_demo(services, ctx, 500)
    page: PeoplePage = open_page(qtbot, ctx)
    assert page.model.rowCount() == page.model.page_size == 200
