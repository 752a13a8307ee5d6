"""Who exported a file and when, written into the file's own properties (PDF info, xlsx core properties).

The service that exports a file knows its actor; the drawing code several calls below does not, and
should not have to carry a user through every render function. So the service sets the stamp for the
duration of the export (`with stamped(...)`) and the two writers read it: PrintCanvas when it saves a
PDF, tabular_files.open_xlsx when it closes a workbook. A ContextVar is per thread: an export runs on
one worker thread from start to end, and a stamp never leaks into another thread's files.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from tangsel_desktop import __version__
from tangsel_desktop.domain.formatting import format_datetime

APPLICATION = f"Tangsel Desktop {__version__}"


@dataclass(frozen=True)
class ExportStamp:
    """The exporting user (full name and username), the office, what is exported, and the moment."""

    full_name: str
    username: str
    office_name: str
    what: str
    at: datetime

    @classmethod
    def now(cls, *, full_name: str, username: str, office_name: str, what: str) -> "ExportStamp":
        return cls(full_name, username, office_name, what, datetime.now(UTC))

    @property
    def author(self) -> str:
        return f"{self.full_name} ({self.username})"

    @property
    def note(self) -> str:
        """One line for the PDF's subject and the workbook's comments (Indonesian, as printed)."""
        return (
            f"{self.what}. Diekspor dari {APPLICATION} oleh {self.author}, {self.office_name}, "
            f"pada {format_datetime(self.at)}."
        )


_current: ContextVar[ExportStamp | None] = ContextVar("export_stamp", default=None)


@contextmanager
def stamped(stamp: ExportStamp) -> Iterator[ExportStamp]:
    """Every PDF and workbook written on this thread inside the block carries `stamp`."""
    token = _current.set(stamp)
    try:
        yield stamp
    finally:
        _current.reset(token)


def current_stamp() -> ExportStamp | None:
    return _current.get()
