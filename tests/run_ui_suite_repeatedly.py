"""Run the UI test suite N times in a row (default 20) and stop at the first crash or failure.

Not collected by pytest (its name does not start with test_). Usage, from the repository root:
    .venv/bin/python tests/run_ui_suite_repeatedly.py [N] [extra pytest arguments...]
Each run is a fresh process under -X faulthandler, so a heap corruption shows its stack; a run
that dies by a signal (abort, segfault) is reported as a crash with the tail of its output.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv and argv[0].isdigit() else 20
    extra = argv[1:] if argv and argv[0].isdigit() else argv
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    command = [
        sys.executable,
        "-X",
        "faulthandler",
        "-m",
        "pytest",
        "tests/ui",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    for number in range(1, runs + 1):
        started = time.monotonic()
        done = subprocess.run([*command, *extra], cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.monotonic() - started
        tail = (done.stdout + done.stderr).strip().splitlines()[-1:] or [""]
        if done.returncode < 0 or done.returncode == 134 or "Fatal Python error" in done.stderr:
            code = -done.returncode if done.returncode < 0 else signal.SIGABRT
            print(f"run {number}/{runs}: CRASH ({signal.Signals(code).name}) after {seconds:.0f} s")
            print("\n".join((done.stdout + done.stderr).splitlines()[-80:]))
            return 1
        if done.returncode != 0:
            print(f"run {number}/{runs}: tests failed (exit {done.returncode}) after {seconds:.0f} s")
            print("\n".join((done.stdout + done.stderr).splitlines()[-60:]))
            return 1
        print(f"run {number}/{runs}: passed in {seconds:.0f} s ({tail[0]})", flush=True)
    print(f"{runs} runs in a row without a crash")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
