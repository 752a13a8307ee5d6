"""YearMonth: parsing the forms clerks type, month arithmetic, ranges and ordering."""

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth, month_range, months_between

year_months = st.builds(YearMonth, st.integers(1900, 2200), st.integers(1, 12))


@pytest.mark.parametrize(
    "text", ["2025-09", "2025-9", "09-2025", "9-2025", "9/2025", "09/2025", "2025/09", " 2025-09 "]
)
def test_parse_accepts_the_written_forms(text: str) -> None:
    assert YearMonth.parse(text) == YearMonth(2025, 9)


@pytest.mark.parametrize(
    "text", ["", "2025", "2025-13", "13/2025", "0/2025", "Sept 2025", "2025-09-01", "25-9"]
)
def test_parse_refuses_with_the_accepted_form_named(text: str) -> None:
    with pytest.raises(UserError) as caught:
        YearMonth.parse(text)
    assert "TTTT-BB" in caught.value.message
    assert "2025-09" in caught.value.message


def test_str_and_label() -> None:
    assert str(YearMonth(2025, 9)) == "2025-09"
    assert YearMonth(2025, 9).label() == "September 2025"
    assert YearMonth(2026, 1).label() == "Januari 2026"
    assert YearMonth(2023, 12).label() == "Desember 2023"


@pytest.mark.parametrize("month", [0, 13, -1])
def test_constructor_refuses_impossible_months(month: int) -> None:
    with pytest.raises(ValueError, match="1-12"):
        YearMonth(2025, month)


def test_constructor_refuses_non_integers() -> None:
    with pytest.raises(TypeError):
        YearMonth(2025, 9.0)  # type: ignore[arg-type]


def test_of_a_date_and_its_bounds() -> None:
    month = YearMonth.of(date(2024, 2, 17))
    assert month == YearMonth(2024, 2)
    assert month.first_day() == date(2024, 2, 1)
    assert month.last_day() == date(2024, 2, 29)  # leap year
    assert YearMonth(2025, 2).last_day() == date(2025, 2, 28)
    assert YearMonth(2025, 12).last_day() == date(2025, 12, 31)


def test_plus_crosses_years_both_ways() -> None:
    assert YearMonth(2025, 11).plus(3) == YearMonth(2026, 2)
    assert YearMonth(2025, 1).plus(-1) == YearMonth(2024, 12)
    assert YearMonth(2025, 1).plus(-13) == YearMonth(2023, 12)
    assert YearMonth(2025, 6).plus(0) == YearMonth(2025, 6)


def test_month_range_examples() -> None:
    assert month_range(YearMonth(2025, 11), YearMonth(2026, 2)) == [
        YearMonth(2025, 11),
        YearMonth(2025, 12),
        YearMonth(2026, 1),
        YearMonth(2026, 2),
    ]
    assert month_range(YearMonth(2025, 3), YearMonth(2025, 3)) == [YearMonth(2025, 3)]
    assert month_range(YearMonth(2025, 3), YearMonth(2025, 2)) == []
    assert months_between(YearMonth(2025, 1), YearMonth(2025, 12)) == 12
    assert months_between(YearMonth(2025, 3), YearMonth(2025, 2)) == 0


@given(year_months)
def test_parse_round_trips_str(month: YearMonth) -> None:
    assert YearMonth.parse(str(month)) == month


@given(year_months)
def test_parse_round_trips_month_first(month: YearMonth) -> None:
    assert YearMonth.parse(f"{month.month}/{month.year}") == month


@given(year_months, st.integers(-2400, 2400))
def test_plus_and_minus_are_inverse(month: YearMonth, shift: int) -> None:
    assert month.plus(shift).plus(-shift) == month


@given(year_months, st.integers(-600, 600), st.integers(-600, 600))
def test_plus_adds_up(month: YearMonth, a: int, b: int) -> None:
    assert month.plus(a).plus(b) == month.plus(a + b)


@given(year_months)
def test_plus_one_is_the_month_after_the_last_day(month: YearMonth) -> None:
    assert month.plus(1) == YearMonth.of(month.last_day() + timedelta(days=1))
    assert month.plus(-1) == YearMonth.of(month.first_day() - timedelta(days=1))


@given(year_months, year_months)
def test_month_range_length_is_months_between(first: YearMonth, last: YearMonth) -> None:
    months = month_range(first, last)
    assert len(months) == months_between(first, last)
    if months:
        assert months[0] == first
        assert months[-1] == last
        assert all(a.plus(1) == b for a, b in itertools.pairwise(months))


@given(year_months, year_months)
def test_ordering_follows_the_calendar(a: YearMonth, b: YearMonth) -> None:
    assert (a < b) == (a.first_day() < b.first_day())
    assert (a == b) == (a.first_day() == b.first_day())
    assert (a < b) == (str(a) < str(b))  # the stored text sorts like the months


@given(year_months, st.integers(1, 600))
def test_plus_moves_forward_in_order(month: YearMonth, shift: int) -> None:
    assert month < month.plus(shift)
    assert month.plus(-shift) < month
