"""No NIK, No. KK or password in the logs: the suite's own check fails a leaking test; the file's mask."""

import logging
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tangsel_desktop.log_setup import MASK, SixteenDigitMask, configure_logging
from tangsel_desktop.paths import DataPaths

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "log_probe" / "probe_logs.py"
NIK, KK = "3674045708850001", "3674041203150002"


def test_a_test_that_leaks_into_the_log_fails_and_only_that_one(tmp_path: Path) -> None:
    report = tmp_path / "probe.xml"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
            str(PROBE),
            f"--junitxml={report}",
        ],
        cwd=ROOT,
        capture_output=True,
        check=False,
        timeout=240,
    )
    outcomes = {}
    for case in ET.parse(report).getroot().iter("testcase"):  # noqa: S314 - the file pytest just wrote
        failed = case.find("error") if case.find("error") is not None else case.find("failure")
        outcomes[case.get("name")] = "" if failed is None else failed.get("message", "")
    assert set(outcomes) == {
        "test_logs_a_nik",
        "test_a_nik_in_an_exception_is_masked_in_the_file",
        "test_writes_a_password_to_its_log_file",
        "test_a_child_process_wrote_a_nik_to_its_log_file",
        "test_logs_ids_and_counts",
    }
    assert outcomes.pop("test_logs_ids_and_counts") == ""  # uuids and longer numbers are not NIKs
    assert outcomes.pop("test_a_nik_in_an_exception_is_masked_in_the_file") == ""  # the file's mask
    for name, message in outcomes.items():
        assert "personal data in the log" in message, name


def test_the_log_file_masks_every_sixteen_digit_run_as_a_last_line_of_defence(tmp_path: Path) -> None:
    # A logger of its own, not propagating: the suite's check must not see this deliberate leak.
    logger = logging.getLogger("tangsel_desktop.mask_probe")
    logger.propagate = False
    handler = logging.FileHandler(tmp_path / "masked.txt", encoding="utf-8")
    handler.addFilter(SixteenDigitMask())
    logger.addHandler(handler)
    try:
        logger.warning("person %s in family %s, job %s", NIK, KK, "12345678901234567")
        try:
            raise KeyError(f"NIK{NIK} missing")
        except KeyError:
            logger.exception("bug")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = (tmp_path / "masked.txt").read_text(encoding="utf-8")
    assert NIK not in text
    assert KK not in text
    assert text.count(MASK) == 3
    assert "12345678901234567" in text  # 17 digits: not a NIK, left as it was
    assert "Traceback" in text
    assert "KeyError" in text


def test_the_application_handlers_carry_the_mask(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    configure_logging(DataPaths(tmp_path / "data").ensure(), console=True)
    added = [handler for handler in root.handlers if handler not in before]
    try:
        assert len(added) == 2  # the file and the console
        assert all(any(isinstance(f, SixteenDigitMask) for f in handler.filters) for handler in added)
    finally:
        for handler in added:
            root.removeHandler(handler)
            handler.close()
