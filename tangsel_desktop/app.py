"""The window's composition root: paths, logging, crash hook, Qt, the first dialog, then the store."""

import argparse
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tangsel_desktop import __version__
from tangsel_desktop.log_setup import configure_logging
from tangsel_desktop.paths import DataPaths, demo_data_paths, resolve_data_paths
from tangsel_desktop.scratch import private_files
from tangsel_desktop.storage.store_errors import store_user_error
from tangsel_desktop.ui.crash_hook import NO_DIALOGS_VARIABLE, CrashHook
from tangsel_desktop.ui.gui_gc import GuiThreadCollector
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.program_parts import WindowPrograms
from tangsel_desktop.ui.startup import StartupController
from tangsel_desktop.ui.translations import install_translations
from tangsel_desktop.ui.widgets.form_widgets import app_icon

log = logging.getLogger(__name__)

EXIT_AFTER_FIRST_PAINT_VARIABLE = "TANGSEL_EXIT_AFTER_FIRST_PAINT"


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


def window_programs() -> WindowPrograms:
    """What each program adds to the window, in the order of services/service_set.py's registry.

    A new program is one more line here (and one in service_set.py); see docs/ARCHITECTURE.md.
    """
    # Imported at sign-in, when the main window is built, not before the first dialog is painted.
    from tangsel_desktop.ui.jamsos.program_parts import jamsos_parts
    from tangsel_desktop.ui.sembako.program_parts import sembako_parts
    from tangsel_desktop.ui.training.program_parts import training_parts

    return WindowPrograms.of([jamsos_parts(), sembako_parts(), training_parts()])


def run_window(argv: list[str]) -> int:
    """Open the window; returns the exit code. argv: the command line without the program name."""
    started = time.perf_counter()
    options, qt_arguments = _parse(argv)
    private_files()  # before the first folder or log file is made
    paths = choose_paths(options.data_dir, options.demo)
    configure_logging(paths)
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
        collector = GuiThreadCollector(app)
        collector.install()

        runner = TaskRunner(report_bug=hook.report_bug, known_failure=store_user_error)
        controller = StartupController(
            paths,
            runner,
            Messages(),
            demo=options.demo,
            exit_after_first_paint=os.environ.get(EXIT_AFTER_FIRST_PAINT_VARIABLE) == "1",
            started_at=started,
            programs=window_programs,
        )
        controller.start()
        code = app.exec()
        controller.shutdown()
        QCoreApplication.processEvents()
        collector.uninstall()
        return code
    finally:
        hook.uninstall()
