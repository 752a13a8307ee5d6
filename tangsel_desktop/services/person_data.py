"""What each program holds about one person, through the program seam: its part of the PDP report and erasure.

A program that keeps people's data (all of them do) implements HoldsPersonData beside Program
(services/<program>/program.py). The shared report and erasure (services/people/) ask every registered
program and never name one: `section` gives its part of the report, `erasure` says whether the person is
still in a running part of it (erasure refused) and what would go and stay, `erase` empties its copies.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from tangsel_desktop.domain.formatting import format_date, format_datetime, format_rupiah
from tangsel_desktop.storage.columns import parse_timestamp
from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class DataTable:
    """A titled table of the report: column headers and rows of text."""

    heading: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative; equal when empty


@dataclass(frozen=True)
class DataSection:
    """One area's part of the report: its title and its tables (none when the person is not in it)."""

    key: str
    title: str
    tables: tuple[DataTable, ...] = ()
    note: str = ""

    @property
    def empty(self) -> bool:
        return not any(table.rows for table in self.tables)


@dataclass(frozen=True)
class ProgramErasure:
    """A program's answer before an erasure: why it must wait (empty: it need not), what goes, what stays."""

    program: str
    running: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    # Keys of its audit entries' values that hold a person's data: redacted where the entry is about them.
    audit_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class ErasedCopies:
    """What a program emptied or removed, counted per kind of row (for the erasure's audit entry)."""

    program: str
    counts: dict[str, int] = field(default_factory=dict)


@runtime_checkable
class HoldsPersonData(Protocol):
    """A program that keeps personal data: its report section, its erasure check, its erasure."""

    @property
    def code(self) -> str: ...

    def section(self, tx: Transaction, person_id: str) -> DataSection:
        """Everything it holds about the person, as the report's tables."""
        ...

    def erasure(self, tx: Transaction, person_id: str) -> ProgramErasure:
        """Whether the person is in a running part of it, and what an erasure would remove and keep."""
        ...

    def erase(self, tx: Transaction, person_id: str) -> ErasedCopies:
        """Empty its copies of the person's data; what must stay for the office's accounts keeps its rows."""
        ...


def table(
    heading: str, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float] = ()
) -> DataTable:
    """A DataTable from any sequences, every cell as text (None and empty as '-')."""
    return DataTable(
        heading,
        tuple(headers),
        tuple(tuple("-" if cell is None or cell == "" else str(cell) for cell in row) for row in rows),
        tuple(widths),
    )


def shown_when(value: object) -> str:
    """A stored instant (UTC text), a date or its ISO text, as a clerk reads it; nothing as '-'."""
    if value is None or value == "":
        return "-"
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    text = str(value)
    if "T" in text:
        try:
            instant = parse_timestamp(text)
        except ValueError:
            return text
        return format_datetime(instant) if instant is not None else "-"
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def shown_money(value: object) -> str:
    return format_rupiah(int(value)) if isinstance(value, int) else "-"


def yes_no(value: object) -> str:
    return "ya" if value else "tidak"
