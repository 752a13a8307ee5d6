"""A lock file per print job, held while it runs: how a later start tells a crashed job from a running one.

Reserved register rows are either being printed right now (by this process, another thread, or the
command line beside the window) or were cut off by a crash. A job whose lock can be taken has no one left
to finish it (storage/held_lock.py says why that holds across processes and threads).
"""

from pathlib import Path

from tangsel_desktop.storage.held_lock import HeldLock

LOCK_FOLDER = "print-jobs"


class JobLock(HeldLock):
    """The lock of one print job, beside the database it prints from."""

    def __init__(self, database_file: Path, job: str) -> None:
        super().__init__(database_file.parent / LOCK_FOLDER / f"{job}.lock")
        self.job = job
        self.where = str(self.path.parent)  # what a refusal names
