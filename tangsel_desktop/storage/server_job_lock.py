"""A print job's lock on the central office's server: held by the job's own connection for as long as it runs.

Several computers print from one central database, so a lock file on one of them says nothing to the
others: a print starting on computer B would take computer A's running job for a crashed one and void its
numbers. A session advisory lock is the server's counterpart of the file lock: it belongs to one
connection, and the server drops it when that connection ends, also when its process is killed.
"""

import logging
import zlib

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

PRINT_JOBS = 7404  # the advisory lock space of print jobs (storage/central_locks.py has 7401-7403)


def _key(job: str) -> int:
    # crc32 as a signed 32-bit key: the same in every process (hash() is salted per process). Two job ids
    # sharing a key only make a dead job look alive until the other ends; the next start voids it then.
    return zlib.crc32(job.encode()) - 2**31


class ServerJobLock:
    """The lock of one print job on the server; the same calls as services/documents/print_lock.JobLock."""

    def __init__(self, engine: Engine, job: str) -> None:
        self.job = job
        self.where = str(engine.url.render_as_string(hide_password=True))
        self._engine = engine
        self._connection: Connection | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False while a live job's connection holds it."""
        # Autocommit: the connection sits idle for the whole drawing, and must not hold a transaction open.
        connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        taken = connection.execute(
            text("SELECT pg_try_advisory_lock(:space, :key)"), {"space": PRINT_JOBS, "key": _key(self.job)}
        ).scalar_one()
        if not taken:
            connection.close()
            return False
        self._connection = connection
        return True

    def release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.execute(
                text("SELECT pg_advisory_unlock(:space, :key)"), {"space": PRINT_JOBS, "key": _key(self.job)}
            )
            connection.close()
        except Exception:
            # A connection that cannot unlock is thrown away, never handed back to the pool still locked:
            # the server ends its session, and with it the lock.
            log.warning("print job lock not released cleanly; its connection is discarded", exc_info=True)
            connection.invalidate()
