"""Unexpected errors (GUI thread, Python threads, background tasks): logged, then one crash dialog."""

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.ui.messages import Messages

log = logging.getLogger(__name__)

NO_DIALOGS_VARIABLE = "TANGSEL_NO_DIALOGS"


def dialogs_enabled() -> bool:
    """The switch for tests and smoke runs: Messages.interactive, or TANGSEL_NO_DIALOGS=1."""
    return Messages.interactive and os.environ.get(NO_DIALOGS_VARIABLE) != "1"


def describe(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class CrashHook(QObject):
    """Installed as sys.excepthook and threading.excepthook by the composition root."""

    # Emitted from any thread; the queued connection brings it to the GUI thread.
    _reported = Signal(str, object)  # traceback text, UserError or None

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.reports: list[str] = []  # every bug seen this session, for the dialog and tests
        self._dialog: QWidget | None = None
        self._previous: tuple[Any, Any] | None = None
        self._reported.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle_exception
        threading.excepthook = self.handle_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def handle_exception(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        error.__traceback__ = tb
        self._handle(error, logged=False)

    def handle_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        args.exc_value.__traceback__ = args.exc_traceback
        thread = args.thread.name if args.thread else "?"
        log.error("unexpected error in thread %s", thread)
        self._handle(args.exc_value, logged=False)

    def report_bug(self, error: BaseException) -> None:
        """For TaskRunner: the runner has logged the traceback already; show the dialog."""
        self._handle(error, logged=True)

    def _handle(self, error: BaseException, *, logged: bool) -> None:
        if isinstance(error, UserError):
            # A UserError nobody caught is still the clerk's to read, not a crash.
            # Its words may quote a NIK or a name: the log names only the kind of refusal.
            log.warning("uncaught user error: %s", type(error).__name__)
            self._reported.emit(error.message, error)
            return
        text = describe(error)
        if not logged:
            log.critical("unexpected error\n%s", text.rstrip())
        for handler in logging.getLogger().handlers:
            handler.flush()
        self._reported.emit(text, None)

    def _present(self, text: str, user_error: UserError | None) -> None:
        if QApplication.instance() is None or not dialogs_enabled():
            if user_error is None:
                self.reports.append(text)
            return
        if user_error is not None:
            try:
                Messages().user_error(QApplication.activeWindow(), user_error)
            except RuntimeError:
                log.warning("user error not shown: dialogs are off")
            return
        self.reports.append(text)
        from tangsel_desktop.ui.crash_dialog import CrashDialog
        from tangsel_desktop.ui.widgets.form_widgets import bring_to_front

        if isinstance(self._dialog, CrashDialog) and self._dialog.isVisible():
            # ONE dialog: later errors are added to it, not stacked on the screen.
            self._dialog.add_report(text)
            return
        dialog = CrashDialog(self.log_file, text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.destroyed.connect(self._forget_dialog)
        # show(), not exec(): no nested event loop inside an exception handler.
        dialog.show()
        bring_to_front(dialog)

    def _forget_dialog(self) -> None:
        self._dialog = None

    @property
    def dialog(self) -> QWidget | None:
        return self._dialog
