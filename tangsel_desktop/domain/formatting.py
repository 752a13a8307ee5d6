"""Dates and money in Indonesian form: "Selasa, 23 September 2025", "Rp16.800"."""

from datetime import date, datetime

MONTHS = (
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
)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date(value: date) -> str:
    """23 September 2025."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_short_date(value: date) -> str:
    """23-09-2025: for narrow table columns; datetimes give their local calendar day."""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def format_long_date(value: date) -> str:
    """Selasa, 23 September 2025."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def format_datetime(value: datetime) -> str:
    """23 September 2025 14.05 (local time, with the dot Indonesian uses between hours and minutes)."""
    local = value.astimezone()
    return f"{format_date(local.date())} {local:%H.%M}"


def format_rupiah(amount: int) -> str:
    """Rp16.800; whole rupiah only, money never travels as a float."""
    if isinstance(amount, float):
        raise TypeError("money is whole rupiah as int, never float")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")


def format_count(value: int) -> str:
    """25.000 (the thousands separator Indonesian uses)."""
    return f"{value:,}".replace(",", ".")
