"""A lock file held open while its work runs: a later start tells a killed worker's leftovers from live work.

The operating system releases a file lock when its process dies, so work whose lock can be taken has no one
left to finish it. Locks are per open file (flock on POSIX, msvcrt on Windows), so threads of one process
exclude each other as well. Used for print jobs (services/documents/print_lock.py) and for backups being
written (storage/backup.py): their leftovers are cleared only when nobody holds them.
"""

import contextlib
import os
import sys
from pathlib import Path
from typing import IO


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


def _still_named(handle: IO[bytes], path: Path) -> bool:
    """Whether the open file is still the one at path (POSIX lets a sweep unlink it while it is open)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


class HeldLock:
    """One lock file; acquire() without waiting, release() closes and removes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False while a live holder has it."""
        self.path.parent.mkdir(exist_ok=True)
        for _attempt in range(3):
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock
            if not _try_lock(handle):
                handle.close()
                return False
            if _still_named(handle, self.path):
                self._handle = handle
                return True
            # Between our open and our lock, a sweep took the lock, found it free and removed the file:
            # a lock on a nameless file is seen by nobody. Open the name again.
            handle.close()
        return False

    def release(self) -> None:
        if self._handle is None:
            return
        # Closing the file releases the lock on every platform.
        self._handle.close()
        self._handle = None
        # On Windows another process may have the file open this instant; an old lock file is harmless.
        with contextlib.suppress(OSError):
            os.remove(self.path)
