"""Private files and the data folder's own scratch area (<data>/tmp), emptied of dead processes' leftovers.

Scratch files hold names and NIKs (an Excel file being written, a report on its way): they stay in the
office's data folder, readable by its user only, never in the shared system temporary folder.
"""

import contextlib
import os
import shutil
import time
from pathlib import Path

from tangsel_desktop.paths import DataPaths

# A leftover beside a report older than this belongs to no running export.
STALE_SECONDS = 3600
_scratch_root: Path | None = None


def private_files() -> None:
    """Files and folders made from now on are the user's alone (0600/0700); Windows has no umask."""
    if os.name == "posix":
        os.umask(0o077)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap test: left to the age rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    except OSError:
        return False


def clean_leftovers(paths: DataPaths) -> None:
    """Remove scratch of processes that are gone, half-written reports and .partial backups."""
    if paths.tmp.is_dir():
        for entry in paths.tmp.iterdir():
            owner = entry.name[1:] if entry.name.startswith("p") else ""
            if (owner.isdigit() and not _alive(int(owner))) or (not owner.isdigit() and _stale(entry)):
                shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
    if paths.reports.is_dir():
        for pattern in ("~*.tmp", ".*.tmp"):
            for leftover in paths.reports.glob(pattern):
                if _stale(leftover):
                    with contextlib.suppress(OSError):
                        leftover.unlink()


def use_scratch(paths: DataPaths) -> Path:
    """This process's scratch folder, <data>/tmp/p<pid>, used by scratch_dir() from now on."""
    global _scratch_root
    folder = paths.tmp / f"p{os.getpid()}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _scratch_root = folder
    return folder


def scratch_dir() -> Path | None:
    """Where scratch files go: the data folder's own area once set, else the system's (tests, tools)."""
    if _scratch_root is not None and _scratch_root.is_dir():
        return _scratch_root
    return None
