"""The log: a rotating file in the data folder, set up first thing (it imports nothing heavy)."""

import logging
import logging.handlers
import sys

from tangsel_desktop.paths import DataPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def configure_logging(paths: DataPaths, *, console: bool = False) -> None:
    """A rotating log file in the data folder; a console handler only when asked and one exists."""
    root = logging.getLogger()
    if any(getattr(handler, "tangsel", False) for handler in root.handlers):
        return
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.tangsel = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    # A windowed (frozen) build has no sys.stderr at all.
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream.tangsel = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.INFO)
    # Alembic narrates every plugin it loads; the log keeps what matters.
    logging.getLogger("alembic").setLevel(logging.WARNING)
