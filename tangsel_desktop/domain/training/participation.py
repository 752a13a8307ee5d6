"""A participant's way through a batch: statuses, attendance marks, the BNSP result and its validity."""

from datetime import date, timedelta
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import tidy_text

VALIDITY_YEARS = 3  # a BNSP competency certificate
EXPIRY_WARNING_MONTHS = 3
FOLLOW_UP_MONTHS = (3, 6)
MAX_COMPANION = 150
MAX_RELATION = 50


class ParticipantStatus(StrEnum):
    PROPOSED = "proposed"
    SELECTED = "selected"
    WAITING = "waiting"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            ParticipantStatus.PROPOSED: "diusulkan",
            ParticipantStatus.SELECTED: "terpilih",
            ParticipantStatus.WAITING: "daftar tunggu",
            ParticipantStatus.WITHDRAWN: "mengundurkan diri",
        }[self]


class Mark(StrEnum):
    """An attendance mark on one session: present, absent, excused."""

    PRESENT = "hadir"
    ABSENT = "absen"
    EXCUSED = "izin"

    @classmethod
    def parse(cls, text: str) -> "Mark":
        cleaned = text.strip().lower()
        for mark in cls:
            if cleaned == mark.value:
                return mark
        raise UserError(
            f"Status kehadiran '{text}' tidak dikenal. Pilihan: hadir, absen, izin.", field="status"
        )


class Result(StrEnum):
    """A BNSP competency assessment's outcome."""

    COMPETENT = "kompeten"
    NOT_YET = "belum-kompeten"

    @property
    def label(self) -> str:
        return "Kompeten" if self is Result.COMPETENT else "Belum Kompeten"

    @classmethod
    def parse(cls, text: str) -> "Result":
        cleaned = "-".join(text.strip().lower().replace("_", " ").split())
        for result in cls:
            if cleaned == result.value:
                return result
        raise UserError(
            f"Hasil uji kompetensi '{text}' tidak dikenal. Pilihan: kompeten atau belum-kompeten.",
            field="result",
        )


def add_years(day: date, years: int) -> date:
    """The same day years later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same day months later, or the month's last day when it has no such day (31 May + 3 -> 31 Aug)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def valid_until(certified_on: date) -> date:
    """The last day a BNSP certificate holds: three years after it was issued, the day before."""
    return add_years(certified_on, VALIDITY_YEARS) - timedelta(days=1)


def companion(name: str | None, relation: str | None) -> tuple[str, str]:
    """Who recorded attendance for a blind participant: a name, and how they are related (both, or none)."""
    who, how = tidy_text(name or ""), tidy_text(relation or "")
    if how and not who:
        raise UserError("Tulis nama pendamping bila hubungannya diisi.", field="companion")
    if len(who) > MAX_COMPANION or len(how) > MAX_RELATION:
        raise UserError(
            f"Nama pendamping paling panjang {MAX_COMPANION} huruf, hubungannya {MAX_RELATION} huruf.",
            field="companion",
        )
    return who, how


def companion_text(name: str, relation: str) -> str:
    """A companion as shown: 'Siti (ibu)', 'Siti' without a relation, '' without a companion."""
    if not name:
        return ""
    return f"{name} ({relation})" if relation else name


def follow_up_month(month: int) -> int:
    if month not in FOLLOW_UP_MONTHS:
        raise UserError("Pemantauan dilakukan pada bulan ke-3 atau ke-6 sesudah pelatihan (--month 3|6).")
    return month
