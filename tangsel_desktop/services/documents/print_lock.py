"""A lock file per print job, held while it runs: how a later start tells a crashed job from a running one.

Reserved register rows are either being printed right now (by this process, another thread, or the
command line beside the window) or were cut off by a crash. The operating system releases a file lock
when its process dies, so a job whose lock can be taken has no one left to finish it. Locks are per open
file (flock on POSIX, msvcrt on Windows), so threads of one process exclude each other as well.
"""

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

LOCK_FOLDER = "print-jobs"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)  # msvcrt locks from the current position; every holder locks byte 0
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class JobLock:
    """The lock of one print job, beside the database it prints from."""

    def __init__(self, database_file: Path, job: str) -> None:
        self.job = job
        self.path = database_file.parent / LOCK_FOLDER / f"{job}.lock"
        self.where = str(self.path.parent)  # what a refusal names
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False while a live job holds it."""
        self.path.parent.mkdir(exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        # Closing the file releases the lock on every platform.
        self._handle.close()
        self._handle = None
        # On Windows another process may have the file open this instant; an old lock file is harmless.
        with contextlib.suppress(OSError):
            os.remove(self.path)
