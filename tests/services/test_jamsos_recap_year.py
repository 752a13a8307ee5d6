"""The year so far in one statement equals the sum of the month-by-month recaps, whatever the spans and
rate changes (property test on a real store)."""

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tangsel_desktop.domain.months import YearMonth, month_range
from tangsel_desktop.services.service_set import Services
from tests.services.jamsos_recap_fixtures import Worker, insert_workers, kelurahan_codes
from tests.services.prepared_office import actor

FIRST = YearMonth(2023, 10).index()
LAST = YearMonth(2026, 3).index()
RATE_MONTHS = [YearMonth.from_index(i) for i in range(YearMonth(2024, 1).index(), LAST + 1)]


@st.composite
def workers(draw: st.DrawFn) -> Worker:
    status = draw(st.sampled_from(["active", "active", "ended", "ended", "submitted"]))
    code = draw(st.sampled_from(kelurahan_codes()[:3]))
    rw = draw(st.sampled_from(["001", "002"]))
    occupation = draw(st.sampled_from(["pemulung", "nelayan"]))
    if status == "submitted":
        return Worker(code, rw, occupation, None, None, status)
    first = draw(st.integers(FIRST, LAST))
    last = draw(st.integers(first, LAST)) if status == "ended" else None
    return Worker(
        code,
        rw,
        occupation,
        str(YearMonth.from_index(first)),
        None if last is None else str(YearMonth.from_index(last)),
        status,
    )


rates = st.dictionaries(
    st.sampled_from(RATE_MONTHS),
    st.tuples(st.integers(0, 20_000), st.integers(0, 10_000), st.sampled_from([0, 0, 3_700])),
    max_size=4,
)


@pytest.fixture
def store(prepared_office: Callable[[str], Services]) -> Services:
    return prepared_office("DINSOS")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    members=st.lists(workers(), max_size=12),
    changes=rates,
    month=st.sampled_from(month_range(YearMonth(2024, 1), YearMonth(2026, 3))),
)
def test_the_year_so_far_is_the_sum_of_its_months(
    store: Services, members: list[Worker], changes: dict[YearMonth, tuple[int, int, int]], month: YearMonth
) -> None:
    with store.database.write(None) as tx:
        tx.session.execute(text("DELETE FROM jamsos_member"))
        tx.session.execute(text("DELETE FROM jamsos_rate WHERE effective_from <> '2023-01'"))
        for start, (jkk, jkm, jht) in changes.items():
            tx.session.execute(
                text(
                    "INSERT INTO jamsos_rate (effective_from, jkk, jkm, jht, created_at) "
                    "VALUES (:month, :jkk, :jkm, :jht, '2025-01-01T00:00:00.000000Z')"
                ),
                {"month": str(start), "jkk": jkk, "jkm": jkm, "jht": jht},
            )
    with store.database.read() as tx:
        first_number = int(tx.session.execute(text("SELECT count(*) FROM person")).scalar_one()) + 1
    insert_workers(store.database.file, members, first_number=first_number)

    operator = actor(store, "ops")
    recap = store.jamsos.recap(actor=operator, month=month)
    months = month_range(YearMonth(month.year, 1), month)
    assert recap.year_to_date == sum(store.jamsos.recap(actor=operator, month=m).amount for m in months)

    # And by brute force: every covered member-month at the rate in force that month.
    schedule = {YearMonth(2023, 1): 16_800} | {m: sum(parts) for m, parts in changes.items()}
    expected = 0
    for worker in members:
        if worker.first_month is None:
            continue
        first, last = YearMonth.parse(worker.first_month), worker.last_month
        for covered in months:
            if first <= covered and (last is None or covered <= YearMonth.parse(last)):
                expected += schedule[max(m for m in schedule if m <= covered)]
    assert recap.year_to_date == expected
    assert recap.members == sum(
        1
        for w in members
        if w.first_month is not None
        and YearMonth.parse(w.first_month) <= month
        and (w.last_month is None or month <= YearMonth.parse(w.last_month))
    )
    assert recap.premium == schedule[max(m for m in schedule if m <= month)]
    assert recap.projection == recap.members * recap.premium * 12
