"""Each of these leaks (or not) on purpose; tests/test_log_privacy.py runs them and reads the outcomes.

Not collected by the suite (no test_ prefix): run alone, each leaking test must fail at teardown."""

import logging
from pathlib import Path

from tangsel_desktop.log_setup import configure_logging
from tangsel_desktop.paths import DataPaths
from tests.conftest import PASSWORD

log = logging.getLogger("tangsel_desktop.probe")
NIK = "3674045708850001"


def test_logs_a_nik() -> None:
    log.info("person %s saved", NIK)


def test_a_nik_in_an_exception_is_masked_in_the_file(tmp_path: Path) -> None:
    configure_logging(DataPaths(tmp_path / "data").ensure())
    try:
        raise ValueError(f"cannot store {NIK}")
    except ValueError:
        log.exception("bug")


def test_writes_a_password_to_its_log_file(tmp_path: Path) -> None:
    configure_logging(DataPaths(tmp_path / "data").ensure())
    log.info("signing in with %s", PASSWORD)


def test_a_child_process_wrote_a_nik_to_its_log_file(tmp_path: Path) -> None:
    logs = DataPaths(tmp_path / "data").ensure().logs
    (logs / "tangsel.log.1").write_text(f"2026-12-03 INFO x [MainThread] import of {NIK}\n", encoding="utf-8")


def test_logs_ids_and_counts(tmp_path: Path) -> None:
    configure_logging(DataPaths(tmp_path / "data").ensure())
    log.info("person 3f2a9c0e11d04b5c8e6f7a8b9c0d1e2f saved; 16 people, job 1234567890123456789")
