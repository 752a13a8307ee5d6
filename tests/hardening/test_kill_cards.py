"""Issue 9, "Done when": kill -9 at random moments of printing cards leaves the register without gaps or
twins, and no PDF whose QR codes scan as valid unless their numbers were really issued (finding 2)."""

import json
import os
import random
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tangsel_desktop.services.documents.print_lock import LOCK_FOLDER
from tests.conftest import OFFICE_CODE, PASSWORD
from tests.forked_runs import ForkedRuns, wait_until
from tests.store_files import office_key, open_office, open_raw

KILLS = 20
pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal"),
    pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools (zbarimg) is not installed"),
]


def _words(data: Path, *words: str, user: str | None = "ani") -> list[str]:
    login = ["--user", user] if user else []
    return ["--data-dir", str(data), "--json", *login, *words]


def _run(forked: ForkedRuns, data: Path, *words: str, user: str | None = "ani") -> dict[str, object]:
    environment = {"TANGSEL_PASSWORD": PASSWORD, "TANGSEL_NEW_PASSWORD": PASSWORD}
    done = forked.run("tangsel_desktop", *_words(data, *words, user=user), env=environment)
    assert done.returncode == 0, done.errors()
    found: dict[str, object] = json.loads(done.output())
    return found


def _scanned_payloads(pdf: Path, work: Path) -> list[str]:
    """The QR payloads on the first page, as a phone or scanner would read them."""
    image = work / f"{pdf.stem}-scan"
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(image)],
        check=True,
        capture_output=True,
    )
    scan = subprocess.run(
        ["zbarimg", "-q", "--raw", f"{image}.png"], capture_output=True, check=False, text=True
    )
    return [line for line in scan.stdout.splitlines() if line.strip()]


def _print_job_under_way(data: Path) -> Callable[[], bool]:
    locks = data / LOCK_FOLDER
    return lambda: locks.is_dir() and any(locks.iterdir())


def test_kill_nine_while_printing_cards_leaves_no_valid_looking_card_and_no_gap(
    tmp_path: Path, forked: ForkedRuns
) -> None:
    data = tmp_path / "kantor"
    _run(forked, data, "init", "--office", OFFICE_CODE, "--admin", "ani", user=None)
    _run(forked, data, "demo", "--people", "40")
    environment = {"TANGSEL_PASSWORD": PASSWORD}
    randomness = random.Random(11)
    for kill in range(KILLS):
        target = tmp_path / f"kartu-{kill}.pdf"
        process = forked.start(
            "tangsel_desktop", *_words(data, "cards", str(target), "--all"), env=environment
        )
        # Killed at a random moment once the job is under way (its lock file exists): a fixed delay from
        # the start would miss the job altogether on a busy machine, where starting takes seconds.
        wait_until(_print_job_under_way(data), process)
        time.sleep(randomness.uniform(0.0, 1.5))
        process.kill()
    # The next start voids what the killed jobs had reserved ("terputus"); check runs that start.
    assert _run(forked, data, "check")["ok"] is True
    with open_raw(data / "tangsel.sqlite3", key=office_key(data)) as connection:
        rows = connection.execute(
            "SELECT seq, number, status FROM document_register WHERE is_copy = 0 ORDER BY seq"
        ).fetchall()
    sequence = [row[0] for row in rows]
    assert sequence == list(range(1, len(sequence) + 1)), "a number was skipped or taken twice"
    assert {row[2] for row in rows} <= {"printed", "void"}, "a reserved number outlived its job"
    status = {row[1]: row[2] for row in rows}
    pdfs = sorted(tmp_path.glob("kartu-*.pdf"))
    payloads = [payload for pdf in pdfs for payload in _scanned_payloads(pdf, tmp_path)]
    services = open_office(str(data))
    try:
        for payload in payloads:
            verdict = services.documents.verify(payload=payload)
            assert re.match(rf"KPM/{re.escape(OFFICE_CODE)}/\d{{4}}/\d{{6}}$", verdict.number)
            # Valid exactly when the register issued the number: a half-finished job's cards say so.
            issued = status.get(verdict.number) == "printed"
            assert (verdict.valid, verdict.register) == (issued, "issued" if issued else "void"), verdict
    finally:
        services.database.dispose()
    scanned = len(payloads)
    assert rows, "no card job got far enough to take a number: the delays are too short"
    assert scanned or not pdfs
