"""Issue 13, reliability: kill -9 at random moments of the plain-to-encrypted conversion and of a password
change. Afterwards the store opens, plain (the conversion restarts) or encrypted (it finished), never
neither, with nothing lost; after a password change the old or the new password opens it."""

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.store_unlock import unlock
from tangsel_desktop.storage import key_slots, sqlite_driver
from tangsel_desktop.storage.store_encryption import table_counts
from tests.conftest import OFFICE_CODE, PASSWORD, make_draft
from tests.store_files import open_raw, store_key

KILLS = 20
WORKER = Path(__file__).with_name("encryption_worker.py")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")
# Rows that signing in adds (its audit entry and the journal of the user row): every other table must
# hold exactly what the plain store held.
GROWS_AT_SIGN_IN = {"audit_log", "change_journal"}


class Workers:
    """The forking parent (encryption_worker.py): one start-up for all the kills of a test."""

    def __init__(self) -> None:
        root = Path(__file__).resolve().parents[2]
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def _send(self, line: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self._line()

    def start(self, *words: str) -> int:
        return int(self._send(" ".join(words)))

    def wait(self, pid: int) -> None:
        """Until the child has finished by itself."""
        assert self._send(f"reap {pid}") == "reaped"

    def kill(self, pid: int) -> None:
        with contextlib.suppress(ProcessLookupError):  # it may have finished already
            os.kill(pid, signal.SIGKILL)
        assert self._send(f"reap {pid}") == "reaped"

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture
def workers() -> Iterator[Workers]:
    started = Workers()
    yield started
    started.close()


def _lasting(counts: dict[str, int]) -> dict[str, int]:
    return {name: count for name, count in counts.items() if name not in GROWS_AT_SIGN_IN}


_KEYS: dict[bytes, bytes] = {}


def _key(paths: DataPaths) -> bytes:
    """ani's key from the key file (unwrapped once per key file: argon2 is slow on purpose)."""
    content = paths.keys.read_bytes()
    if content not in _KEYS:
        _KEYS[content] = store_key(paths.root, "ani", PASSWORD)
    return _KEYS[content]


def _state(paths: DataPaths) -> tuple[str, dict[str, int]]:
    """'plain' or 'encrypted', and the store's counts, checked whole; fails when it opens neither way."""
    key = None if sqlite_driver.is_plain_sqlite(paths.database) else _key(paths)
    with open_raw(paths.database, key=key) as connection:
        assert [row[0] for row in connection.execute("PRAGMA quick_check")] == ["ok"]
        return ("plain" if key is None else "encrypted"), table_counts(connection)


def _plain_office(paths: DataPaths) -> None:
    services = open_services(paths)
    services.office.set_up(
        office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    for serial in range(40):
        services.people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=f"36740457088501{serial:02}"))
    services.database.dispose()


def test_kill_nine_during_the_conversion_leaves_the_plain_or_the_encrypted_store(
    tmp_path: Path, workers: Workers
) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    _plain_office(paths)
    pristine = tmp_path / "plain.sqlite3"
    shutil.copyfile(paths.database, pristine)
    _, original = _state(paths)
    # How long one conversion takes on this machine (it varies with the load): kills fall within it.
    began = time.perf_counter()
    workers.wait(workers.start("convert", str(paths.root), PASSWORD))
    span = (time.perf_counter() - began) * 1.1
    assert _state(paths)[0] == "encrypted"
    for leftover in paths.root.glob("tangsel.*"):
        leftover.unlink()
    shutil.copyfile(pristine, paths.database)
    randomness = random.Random(13)
    finished = restarted = 0
    for kill in range(KILLS):
        pid = workers.start("convert", str(paths.root), PASSWORD)
        time.sleep(randomness.uniform(0.0, span))
        workers.kill(pid)
        form, counts = _state(paths)
        assert _lasting(counts) == _lasting(original), f"kill {kill}: rows changed ({form})"
        if form == "encrypted":
            finished += 1
            # Start over from a plain store for the next kill (as if the update were installed again).
            for leftover in paths.root.glob("tangsel.*"):
                leftover.unlink()
            shutil.copyfile(pristine, paths.database)
        else:
            restarted += 1  # the next worker meets what this one left (temporary files, a key file)
    # From whatever the last kill left, the next sign-in finishes the job.
    opened = unlock(paths, "ani", PASSWORD)
    opened.services.database.dispose()
    form, counts = _state(paths)
    assert form == "encrypted"
    assert _lasting(counts) == _lasting(original)
    assert not list(paths.root.glob("*.encrypting*"))
    assert not [p for p in paths.backups.glob("*.sqlite3") if sqlite_driver.is_plain_sqlite(p)]
    # The kills fell on both sides of the rename.
    assert finished, (finished, restarted)
    assert restarted, (finished, restarted)


def test_kill_nine_during_a_password_change_leaves_the_old_or_the_new_password(
    tmp_path: Path, workers: Workers
) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    _plain_office(paths)
    unlock(paths, "ani", PASSWORD).services.database.dispose()  # converted: the store is encrypted now
    other = "sandi-kedua-2"
    randomness = random.Random(31)
    current = PASSWORD
    for kill in range(KILLS // 2):
        pid = workers.start("password", str(paths.root), current, other if current == PASSWORD else PASSWORD)
        time.sleep(randomness.uniform(0.3, 1.5))
        workers.kill(pid)
        opened_with = None
        for password in (current, PASSWORD if current != PASSWORD else other):
            try:
                opened = unlock(paths, "ani", password)
            except UserError:
                continue
            opened.services.database.dispose()
            opened_with = password
            break
        assert opened_with is not None, f"kill {kill}: neither password opens the store"
        current = opened_with
        # Whatever was left, the signed-in user has exactly one slot again (stale ones dropped).
        assert len(key_slots.read(paths.keys).for_username("ani")) == 1
