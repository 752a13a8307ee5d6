"""A kill -9 during the centre's import leaves its package wholly applied or not at all; a retry works.

The kills fall at random moments of an import's length, measured first on this machine (real processes,
forked from one that imported the application: tests/forked_runs.py): before the backup, during it, during
the merge, and after the commit.
"""

import os
import random
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.forked_runs import ForkedRun, ForkedRuns
from tests.store_files import office_key, open_raw
from tests.sync.conftest import Site

KILLS = 6
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")


def _state(store: Path, office: str, key: bytes | None) -> tuple[int, int]:
    """(the sequence applied for the office, its people held here), through the store's own driver."""
    with open_raw(store, key=key) as connection:
        assert [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
        applied = connection.execute("SELECT applied_to FROM sync_peer WHERE code = ?", (office,)).fetchone()
        people = connection.execute(
            "SELECT count(*) FROM person WHERE origin_office = ?", (office,)
        ).fetchone()
    return (0 if applied is None else int(applied[0])), int(people[0])


def _run(forked: ForkedRuns, folder: Path, *arguments: str) -> ForkedRun:
    words = ["--data-dir", str(folder), "--json", "--user", "admin", *arguments]
    return forked.start("tangsel_desktop", *words, env={"TANGSEL_PASSWORD": PASSWORD})


def _finished(run: ForkedRun) -> None:
    assert run.wait() == 0, run.output() + run.errors()


def test_kill_nine_during_an_import_applies_all_or_nothing(
    sawah: Site, centre: Site, tmp_path: Path, forked: ForkedRuns
) -> None:
    sawah.fill(3000, seed=11)
    package = sawah.export("p1.tsync")
    to_sequence = sawah.services.sync.status()["last_sequence_sent"]
    people = sawah.services.sync.status()["counts"]["person"]
    centre.services.database.dispose()
    pristine = tmp_path / "pusat-awal"
    shutil.copytree(centre.folder, pristine)
    # The first sign-in encrypts a plain store: done once here, so that the kills fall on the import.
    _finished(_run(forked, pristine, "sync", "status"))
    key = office_key(pristine, "admin", PASSWORD)
    assert key is not None
    # How long one import takes on this machine now (it varies with the load): the kills fall within it.
    timed = tmp_path / "pusat-ukur"
    shutil.copytree(pristine, timed)
    began = time.perf_counter()
    _finished(_run(forked, timed, "sync", "import", str(package)))
    span = (time.perf_counter() - began) * 1.1
    randomness = random.Random(12)
    for kill in range(KILLS):
        folder = tmp_path / f"pusat-{kill}"
        shutil.copytree(pristine, folder)
        process = _run(forked, folder, "sync", "import", str(package))
        time.sleep(randomness.uniform(0.0, span))
        process.kill()
        state = _state(folder / "tangsel.sqlite3", sawah.code, key)
        assert state in {(0, 0), (to_sequence, people)}, f"kill {kill} left half a package: {state}"
        _finished(_run(forked, folder, "sync", "import", str(package)))
        assert _state(folder / "tangsel.sqlite3", sawah.code, key) == (
            to_sequence,
            people,
        )
