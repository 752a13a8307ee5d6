"""A kill -9 during the centre's import leaves its package wholly applied or not at all; a retry works.

The kills fall between 0.3 and 5 s: before the backup, during it, during the merge, and after the commit
(an import of this package takes about 2.5 s with the process start on the shared 2-core machine).
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
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


def _command(folder: Path, *arguments: str) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "tangsel_desktop",
        "--data-dir",
        str(folder),
        "--json",
        "--user",
        "admin",
    ]
    return subprocess.Popen(
        [*command, *arguments],
        env={**os.environ, "TANGSEL_PASSWORD": PASSWORD},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_kill_nine_during_an_import_applies_all_or_nothing(sawah: Site, centre: Site, tmp_path: Path) -> None:
    sawah.fill(3000, seed=11)
    package = sawah.export("p1.tsync")
    to_sequence = sawah.services.sync.status()["last_sequence_sent"]
    people = sawah.services.sync.status()["counts"]["person"]
    centre.services.database.dispose()
    pristine = tmp_path / "pusat-awal"
    shutil.copytree(centre.folder, pristine)
    # The first sign-in encrypts a plain store: done once here, so that the kills fall on the import.
    converted = _command(pristine, "sync", "status")
    out, err = converted.communicate(timeout=120)
    assert converted.returncode == 0, (out, err)
    key = office_key(pristine, "admin", PASSWORD)
    assert key is not None
    randomness = random.Random(12)
    for kill in range(KILLS):
        folder = tmp_path / f"pusat-{kill}"
        shutil.copytree(pristine, folder)
        process = _command(folder, "sync", "import", str(package))
        time.sleep(randomness.uniform(0.3, 5.0))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        state = _state(folder / "tangsel.sqlite3", sawah.code, key)
        assert state in {(0, 0), (to_sequence, people)}, f"kill {kill} left half a package: {state}"
        finished = _command(folder, "sync", "import", str(package))
        out, err = finished.communicate(timeout=120)
        assert finished.returncode == 0, (out, err)
        assert _state(folder / "tangsel.sqlite3", sawah.code, key) == (
            to_sequence,
            people,
        )
