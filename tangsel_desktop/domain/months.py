"""Calendar months (YearMonth) as the unit the premium is paid and counted in."""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import MONTHS

# Year first (2025-09, 2025/9) as stored, or month first (09-2025, 9/2025) as clerks write it.
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$")
_ACCEPTED = "Tulis bulan sebagai TTTT-BB (contoh 2025-09) atau BB-TTTT (contoh 09-2025)."
MIN_YEAR = 1
MAX_YEAR = 9999


@dataclass(frozen=True, order=True)
class YearMonth:
    """One calendar month; ordered by year, then month."""

    year: int
    month: int

    def __post_init__(self) -> None:
        # bool is an int subclass; True as a month is a programming slip, not a month.
        for value in (self.year, self.month):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"YearMonth needs whole numbers, got {value!r}")
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year {self.year} is outside {MIN_YEAR}-{MAX_YEAR}")

    @classmethod
    def parse(cls, text: str) -> "YearMonth":
        cleaned = text.strip()
        year_first = _YEAR_FIRST.match(cleaned)
        month_first = _MONTH_FIRST.match(cleaned)
        if year_first:
            year, month = int(year_first.group(1)), int(year_first.group(2))
        elif month_first:
            month, year = int(month_first.group(1)), int(month_first.group(2))
        else:
            raise UserError(f"Bulan '{cleaned}' tidak dikenali. {_ACCEPTED}", field="bulan")
        if not 1 <= month <= 12:
            raise UserError(f"Bulan {month} tidak ada (harus 1-12). {_ACCEPTED}", field="bulan")
        if year < MIN_YEAR:
            raise UserError(f"Tahun {year} tidak masuk akal. {_ACCEPTED}", field="bulan")
        return cls(year, month)

    @classmethod
    def of(cls, day: date) -> "YearMonth":
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.year}"

    def short_label(self) -> str:
        """'Agu 2025': the first three letters of the Indonesian month, for narrow table columns."""
        return f"{MONTHS[self.month - 1][:3]} {self.year}"

    def index(self) -> int:
        """Months since the start of year 0: the difference of two indexes is a distance in months."""
        return self.year * 12 + (self.month - 1)

    @classmethod
    def from_index(cls, index: int) -> "YearMonth":
        year, zero_based_month = divmod(index, 12)
        return cls(year, zero_based_month + 1)

    def plus(self, months: int) -> "YearMonth":
        return YearMonth.from_index(self.index() + months)

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])


def month_range(first: YearMonth, last: YearMonth) -> list[YearMonth]:
    """Every month from first to last, both included; empty if last comes before first."""
    return [YearMonth.from_index(i) for i in range(first.index(), last.index() + 1)]


def months_between(first: YearMonth, last: YearMonth) -> int:
    """How many months month_range(first, last) holds, without building it."""
    return max(0, last.index() - first.index() + 1)
