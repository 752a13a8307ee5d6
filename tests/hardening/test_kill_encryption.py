"""Issue 13, reliability: kill -9 at random moments of the plain-to-encrypted conversion and of a password
change. Afterwards the store opens, plain (the conversion restarts) or encrypted (it finished), never
neither, with nothing lost; after a password change the old or the new password opens it."""

import os
import random
import shutil
import time
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
from tests.forked_runs import ForkedRuns
from tests.store_files import open_raw, store_key

KILLS = 20
WORKER = "tests.hardening.encryption_worker"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")
# Rows that signing in adds (its audit entry and the journal of the user row): every other table must
# hold exactly what the plain store held.
GROWS_AT_SIGN_IN = {"audit_log", "change_journal"}


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
    tmp_path: Path, forked: ForkedRuns
) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    _plain_office(paths)
    pristine = tmp_path / "plain.sqlite3"
    shutil.copyfile(paths.database, pristine)
    _, original = _state(paths)
    # How long one conversion takes on this machine: kills fall within half as much again, so that a
    # load that slows the later ones (a shared machine) still leaves kills on both sides of the rename.
    began = time.perf_counter()
    converted = forked.run(WORKER, "convert", str(paths.root), PASSWORD)
    assert converted.returncode == 0, converted.errors()
    span = (time.perf_counter() - began) * 1.5
    assert _state(paths)[0] == "encrypted"
    for leftover in paths.root.glob("tangsel.*"):
        leftover.unlink()
    shutil.copyfile(pristine, paths.database)
    randomness = random.Random(13)
    finished = restarted = 0
    for kill in range(KILLS):
        worker = forked.start(WORKER, "convert", str(paths.root), PASSWORD)
        time.sleep(randomness.uniform(0.0, span))
        worker.kill()
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
    tmp_path: Path, forked: ForkedRuns
) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    _plain_office(paths)
    unlock(paths, "ani", PASSWORD).services.database.dispose()  # converted: the store is encrypted now
    other = "sandi-kedua-2"
    randomness = random.Random(31)
    current = PASSWORD
    for kill in range(KILLS // 2):
        worker = forked.start(
            WORKER, "password", str(paths.root), current, other if current == PASSWORD else PASSWORD
        )
        time.sleep(randomness.uniform(0.3, 1.5))
        worker.kill()
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
