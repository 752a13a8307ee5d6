"""The window's composition root: paths, logging, crash hook, Qt, the first dialog, then the store."""

import argparse
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tangsel_desktop import __version__
from tangsel_desktop.paths import DataPaths, demo_data_paths, resolve_data_paths
from tangsel_desktop.ui.crash_hook import NO_DIALOGS_VARIABLE, CrashHook
from tangsel_desktop.ui.form_widgets import app_icon
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.startup import StartupController
from tangsel_desktop.ui.task_runner import TaskRunner
from tangsel_desktop.ui.translations import install_translations

log = logging.getLogger(__name__)

EXIT_AFTER_FIRST_PAINT_VARIABLE = "TANGSEL_EXIT_AFTER_FIRST_PAINT"


class EarlyLog(logging.Handler):
    """Holds the start-up records until the log file is set up.

    bootstrap.configure_logging lives in a module that imports SQLModel and alembic (about half a
    second), so it runs on the worker thread after the first paint; nothing said before is lost."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self.released = False

    @classmethod
    def install(cls) -> "EarlyLog":
        early = cls()
        root = logging.getLogger()
        root.addHandler(early)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        return early

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def hand_over(self) -> None:
        """Hand the held records to the handlers configured since, and step aside."""
        root = logging.getLogger()
        self.acquire()
        try:
            root.removeHandler(self)
            self.released = True
            for record in self.records:
                for handler in root.handlers:
                    if record.levelno >= handler.level:
                        handler.handle(record)
            self.records.clear()
        finally:
            self.release()

    def hand_over_at_exit(self, paths: DataPaths) -> None:
        """When the store was never opened, warnings and errors still reach the log file."""
        if self.released:
            return
        if any(record.levelno >= logging.WARNING for record in self.records):
            from tangsel_desktop.bootstrap import configure_logging

            configure_logging(paths)
        self.hand_over()


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="tangsel-desktop", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--demo", action="store_true")
    return parser.parse_known_args(argv)


def choose_paths(data_dir: str | None, demo: bool) -> DataPaths:
    """--demo keeps its own folder (never TANGSEL_DATA_DIR, which names the real office's data),
    unless a --data-dir is given explicitly."""
    if demo and not data_dir:
        return demo_data_paths()
    return resolve_data_paths(data_dir)


def run_window(argv: list[str]) -> int:
    """Open the window; returns the exit code. argv: the command line without the program name."""
    started = time.perf_counter()
    options, qt_arguments = _parse(argv)
    early = EarlyLog.install()
    paths = choose_paths(options.data_dir, options.demo)
    log.info("Tangsel Desktop %s window starting; data folder %s", __version__, paths.root)
    if os.environ.get(NO_DIALOGS_VARIABLE) == "1":
        Messages.interactive = False

    hook = CrashHook(paths.log_file)
    hook.install()
    try:
        app = QApplication.instance() or QApplication([sys.argv[0], *qt_arguments])
        assert isinstance(app, QApplication)
        app.setApplicationName("Tangsel Desktop")
        app.setApplicationVersion(__version__)
        app.setOrganizationName("Dinas Sosial Kota Tangerang Selatan")
        app.setWindowIcon(app_icon())
        # The controller decides when the application ends (dialogs replace one another).
        app.setQuitOnLastWindowClosed(False)
        install_translations(app)

        runner = TaskRunner(report_bug=hook.report_bug)
        controller = StartupController(
            paths,
            runner,
            Messages(),
            demo=options.demo,
            exit_after_first_paint=os.environ.get(EXIT_AFTER_FIRST_PAINT_VARIABLE) == "1",
            after_logging=early.hand_over,
            started_at=started,
        )
        controller.start()
        code = app.exec()
        controller.shutdown()
        QCoreApplication.processEvents()
        return code
    finally:
        hook.uninstall()
        early.hand_over_at_exit(paths)
