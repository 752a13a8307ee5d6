"""The log: a rotating file in the data folder, set up first thing (it imports nothing heavy)."""

import logging
import logging.handlers
import re
import sys

from tangsel_desktop.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# Any run of exactly 16 digits: a NIK or a No. KK (both 16 digits), whatever put it there.
SIXTEEN_DIGITS = re.compile(r"(?<![0-9])[0-9]{16}(?![0-9])")
MASK = "<16 angka>"


def mask_sixteen_digits(text: str) -> str:
    return SIXTEEN_DIGITS.sub(MASK, text)


class SixteenDigitMask(logging.Filter):
    """The last line of defence, not the first: the code logs ids and counts, never a NIK, No. KK,
    name, phone, address or password (tests/conftest.py fails any test whose log holds one). This
    filter catches what slips through anyway, such as a NIK inside an exception's message or a
    traceback, by masking every 16-digit run before the record reaches the file. Names cannot be
    recognised this way; only the code's discipline keeps them out.

    It sits on the application's handlers (not on a logger), so it sees every record they write; it
    rewrites the record in place (Python 3.11 filters cannot hand a copy on), which is harmless: the
    masked form is what every later reader should see too."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_sixteen_digits(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_sixteen_digits(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_sixteen_digits(record.stack_info)
        return True


def configure_logging(paths: DataPaths, *, console: bool = False) -> None:
    """A rotating log file in the data folder; a console handler only when asked and one exists."""
    root = logging.getLogger()
    if any(getattr(handler, "tangsel", False) for handler in root.handlers):
        return
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.addFilter(SixteenDigitMask())
    file_handler.tangsel = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    # A windowed (frozen) build has no sys.stderr at all.
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream.addFilter(SixteenDigitMask())
        stream.tangsel = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.INFO)
    # Alembic narrates every plugin it loads; the log keeps what matters.
    logging.getLogger("alembic").setLevel(logging.WARNING)
