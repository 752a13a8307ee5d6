"""The real start-up in a child process: the first dialog is painted before anything heavy is imported."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "argon2", "reportlab", "xlsxwriter")


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        TANGSEL_EXIT_AFTER_FIRST_PAINT="1",
        TANGSEL_NO_DIALOGS="1",
        PYTHONPATH=str(ROOT),
    )
    environment.pop("TANGSEL_DATA_DIR", None)
    return environment


def test_the_window_starts_and_quits_after_its_first_paint(tmp_path: Path) -> None:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tangsel_desktop", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    for trouble in ("Traceback", "Fatal Python error", "QThread: Destroyed", "still running"):
        assert trouble not in result.stderr
    assert (tmp_path / "data" / "logs").is_dir()
    assert elapsed < 30


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    script = (
        "import json, sys, threading\n"
        "from tangsel_desktop.app import run_window\n"
        f"code = run_window(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        f"heavy = sorted(name for name in {HEAVY!r} if name in sys.modules)\n"
        "threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]\n"
        "print(json.dumps({'code': code, 'heavy': heavy, 'threads': threads}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"code": 0, "heavy": [], "threads": []}


def test_the_module_entry_parses_its_arguments_without_heavy_imports(tmp_path: Path) -> None:
    """`python -m tangsel_desktop` parses the command line before choosing the window: the argument
    modules must not pull in the services (they cost seconds, ten times a bare window's start)."""
    script = (
        "import json, sys\n"
        "from tangsel_desktop.__main__ import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        f"heavy = sorted(name for name in {HEAVY!r} if name in sys.modules)\n"
        "print(json.dumps({'code': code, 'heavy': heavy}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"code": 0, "heavy": []}


def test_a_whole_session_signs_in_logs_and_exits_cleanly(tmp_path: Path) -> None:
    """run_window itself: first dialog, sign-in, the store opened (converted: an office made before
    encryption) with the password, main window, exit."""
    data = tmp_path / "data"
    script = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tangsel_desktop.app import run_window
from tangsel_desktop.bootstrap import open_services
from pathlib import Path
from tangsel_desktop.paths import DataPaths

services = open_services(DataPaths(Path({str(data)!r})).ensure())
services.office.set_up(
    office_code="36.74.07.1002", admin_username="admin", admin_full_name="Admin Setu",
    admin_password="sandi-setu-1",
)
services.database.dispose()

submitted = []

def step():
    app = QApplication.instance()
    for widget in app.topLevelWidgets():
        name = type(widget).__name__
        if name == "LoginDialog" and widget.isVisible() and not submitted:
            submitted.append(True)
            widget.username.setText("admin")
            widget.password.setText("sandi-setu-1")
            widget.submit()
        if name == "MainWindow" and widget.isVisible():
            widget.close()
            return
    QTimer.singleShot(50, step)

QTimer.singleShot(0, step)
sys.exit(run_window(["--data-dir", {str(data)!r}]))
"""
    environment = _environment()
    environment.pop("TANGSEL_EXIT_AFTER_FIRST_PAINT")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Fatal Python error" not in result.stderr
    log = (data / "logs" / "tangsel.log").read_text(encoding="utf-8")
    # The log file is set up first thing, so the whole session is in it.
    assert "window starting; data folder" in log
    assert "first window painted" in log
    assert "store open" in log
    assert "login ok for admin" in log
    assert log.rstrip().endswith("window closed")
