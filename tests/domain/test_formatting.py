"""Dates and money in Indonesian form: weekday and month names, Rp with dots, never a float."""

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_long_date,
    format_rupiah,
    format_short_date,
)


def test_long_date_of_the_design_example() -> None:
    assert format_long_date(date(2025, 9, 23)) == "Selasa, 23 September 2025"


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        (22, "Senin"),
        (23, "Selasa"),
        (24, "Rabu"),
        (25, "Kamis"),
        (26, "Jumat"),
        (27, "Sabtu"),
        (28, "Minggu"),
    ],
)
def test_every_weekday_name(day: int, weekday: str) -> None:
    assert format_long_date(date(2025, 9, day)) == f"{weekday}, {day} September 2025"


@pytest.mark.parametrize(
    ("month", "name"),
    list(
        enumerate(
            [
                "Januari",
                "Februari",
                "Maret",
                "April",
                "Mei",
                "Juni",
                "Juli",
                "Agustus",
                "September",
                "Oktober",
                "November",
                "Desember",
            ],
            start=1,
        )
    ),
)
def test_every_month_name(month: int, name: str) -> None:
    assert format_date(date(2024, month, 1)) == f"1 {name} 2024"


def test_day_has_no_leading_zero() -> None:
    assert format_date(date(1945, 8, 17)) == "17 Agustus 1945"
    assert format_date(date(2025, 1, 5)) == "5 Januari 2025"


@given(st.dates())
def test_long_date_always_ends_with_the_plain_date(value: date) -> None:
    assert format_long_date(value).endswith(", " + format_date(value))


@pytest.fixture
def jakarta_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("jakarta_time")
def test_datetime_is_local_time_with_a_dot_between_hours_and_minutes() -> None:
    assert format_datetime(datetime(2025, 9, 23, 7, 5, tzinfo=UTC)) == "23 September 2025 14.05"
    # Late evening UTC is already the next day in Jakarta (WIB, UTC+7).
    assert format_datetime(datetime(2025, 12, 31, 20, 0, tzinfo=UTC)) == "1 Januari 2026 03.00"


def test_rupiah_of_the_premium_the_city_pays() -> None:
    assert format_rupiah(16800) == "Rp16.800"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "Rp0"),
        (999, "Rp999"),
        (1000, "Rp1.000"),
        (6800, "Rp6.800"),
        (1_000_000, "Rp1.000.000"),
        (42_000_000, "Rp42.000.000"),
        (-16800, "-Rp16.800"),
    ],
)
def test_rupiah_uses_dots_between_thousands(amount: int, text: str) -> None:
    assert format_rupiah(amount) == text


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_rupiah_reads_back_to_the_same_whole_amount(amount: int) -> None:
    text = format_rupiah(amount)
    assert "," not in text
    assert int(text.replace("Rp", "").replace(".", "")) == amount
    groups = text.lstrip("-").removeprefix("Rp").split(".")
    assert all(len(group) == 3 for group in groups[1:])
    assert 1 <= len(groups[0]) <= 3


@pytest.mark.parametrize("amount", [16800.0, 0.5, float("nan")])
def test_rupiah_refuses_floats(amount: float) -> None:
    with pytest.raises(TypeError):
        format_rupiah(amount)  # type: ignore[arg-type]


def test_count_uses_dots_between_thousands() -> None:
    assert format_count(25000) == "25.000"
    assert format_count(999) == "999"
    assert format_count(1_234_567) == "1.234.567"


def test_long_date_of_today_names_a_weekday() -> None:
    today = date.today()
    weekdays = {format_long_date(today + timedelta(days=offset)).split(",")[0] for offset in range(7)}
    assert weekdays == {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}


def test_short_dates_are_day_month_year_with_two_digit_day_and_month() -> None:
    assert format_short_date(date(2025, 9, 3)) == "03-09-2025"
    # A moment is shown on the laptop's calendar day, like every other time in the window.
    moment = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    local = moment.astimezone().date()
    assert format_short_date(moment) == f"{local.day:02d}-{local.month:02d}-{local.year}"
