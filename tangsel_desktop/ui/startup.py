"""From the first dialog to the main window: modules load while the clerk types, the store opens after.

The store is encrypted: its key is known only once a password (or the recovery code) unwraps it, so the
first dialog paints at once, the heavy modules are imported in the background, and the store is opened
and migrated right after the password, with progress in the login dialog.
"""

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.ui.login_dialog import LoginDialog
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.program_parts import WindowPrograms
from tangsel_desktop.ui.recovery_code_view import RecoveryCodeDialog
from tangsel_desktop.ui.setup_dialog import SetupDialog
from tangsel_desktop.ui.store_loader import (
    DEMO_PEOPLE,
    LoadedStore,
    loaded,
    open_demo_store,
    preload,
    unlock_store,
)
from tangsel_desktop.ui.widgets.form_widgets import bring_to_front

log = logging.getLogger(__name__)


class StartupController(QObject):
    """Owns the window sequence: set-up (first run) -> sign-in -> main window -> sign-out -> sign-in.

    Nothing heavy is imported before the first dialog is painted; right after that first paint the
    store's modules are imported on a worker thread (the demo office is opened then, its password being
    public); a real office's store opens when a password unwraps its key."""

    def __init__(
        self,
        paths: DataPaths,
        runner: TaskRunner,
        messages: Messages,
        *,
        demo: bool = False,
        demo_people: int = DEMO_PEOPLE,
        exit_after_first_paint: bool = False,
        started_at: float | None = None,
        programs: Callable[[], WindowPrograms] = WindowPrograms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._programs = programs
        self._runner = runner
        self._messages = messages
        self._demo = demo
        self._demo_people = demo_people
        self._exit_after_first_paint = exit_after_first_paint
        self._started_at = started_at if started_at is not None else time.perf_counter()
        self._dialog: LoginDialog | SetupDialog | None = None
        self._first: QWidget | None = None
        self._store: LoadedStore | None = None
        self._load_error: str | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None
        self.loading = False
        self.window: QWidget | None = None  # the MainWindow while someone is signed in
        self._daily_backup_started = False
        self.quitting = False

    @property
    def dialog(self) -> LoginDialog | SetupDialog | None:
        return self._dialog

    @property
    def store(self) -> LoadedStore | None:
        return self._store

    def start(self) -> None:
        # No database file yet means a first run; the rare store without an office (set-up
        # abandoned) is noticed once the store is open and the set-up dialog replaces the login.
        first_run = not self._demo and not self._paths.store_exists
        dialog = self._make_setup() if first_run else self._make_login()
        self._first = dialog
        dialog.installEventFilter(self)
        self._replace_dialog(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._first and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._first = None
            # After this event returns, the frame has reached the screen.
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        log.info("first window painted %.3f s after start", time.perf_counter() - self._started_at)
        if self._exit_after_first_paint:
            log.info("TANGSEL_EXIT_AFTER_FIRST_PAINT: quitting before the store is opened")
            self.quit()
            return
        self.start_loading()

    def start_loading(self) -> None:
        if self.loading or self._store is not None:
            return
        self.loading = True
        paths, people = self._paths, self._demo_people
        if self._demo:
            handle = self._runner.start(lambda h: open_demo_store(paths, h, demo_people=people))
            handle.signals.progress.connect(self._progress)
            handle.signals.finished.connect(self._loaded)
        else:
            handle = self._runner.start(lambda _h: preload(paths))
            handle.signals.finished.connect(self._preloaded)
        handle.signals.failed.connect(self._load_failed)

    def _preloaded(self, needs_setup: bool) -> None:
        self.loading = False
        if not self.quitting and needs_setup and isinstance(self._dialog, LoginDialog):
            self._replace_dialog(self._make_setup())

    def _unlock(self, username: str, password: str, handle: object) -> object:
        """On a worker thread: the password unwraps the key, the store opens (services/store_unlock.py)."""
        return unlock_store(self._paths, username, password, handle)  # type: ignore[arg-type]

    def _recover(self, code: str, username: str, password: str, _handle: object) -> object:
        from tangsel_desktop.services.store_unlock import unlock_with_code

        return unlock_with_code(self._paths, code, username, password)

    def _set_up(self, values: dict[str, str], _handle: object) -> object:
        from tangsel_desktop.services.store_setup import set_up_new_office

        return set_up_new_office(self._paths, **values)

    def _unlocked(self, unlocked: object) -> None:
        """A sign-in opened the store: it stays open for the next sign-ins of this session."""
        self._store = loaded(unlocked)  # type: ignore[arg-type]
        log.info("store open %.3f s after start", time.perf_counter() - self._started_at)
        sheet = unlocked.recovery  # type: ignore[attr-defined]
        if sheet is not None:  # a plain store was converted just now: its new recovery code
            self.recovery_dialog = RecoveryCodeDialog(sheet.code, sheet.pdf)

    def _progress(self, done: int, total: int) -> None:
        if isinstance(self._dialog, LoginDialog):
            self._dialog.set_progress(done, total)

    def _loaded(self, store: LoadedStore) -> None:
        self.loading = False
        self._store = store
        log.info("store open %.3f s after start", time.perf_counter() - self._started_at)
        if self.quitting:
            return
        if store.office is None and isinstance(self._dialog, LoginDialog):
            self._replace_dialog(self._make_setup())
        elif store.office is not None and isinstance(self._dialog, SetupDialog):
            self._replace_dialog(self._make_login())
        elif self._dialog is not None:
            self._dialog.set_store(store)

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        if isinstance(error, UserError):
            self._load_error = error.message
        else:
            # The runner has logged the traceback and shown the crash dialog.
            self._load_error = self.tr(
                "The office data could not be opened. The details are in the log file: %1"
            ).replace("%1", str(self._paths.log_file))
        if self._dialog is not None:
            self._dialog.set_load_error(self._load_error)

    def _make_login(self, username: str = "") -> LoginDialog:
        closed = self._store is None and not self._demo
        dialog = LoginDialog(
            self._runner,
            username=username,
            unlock=self._unlock if closed else None,
            recover=self._recover if closed else None,
        )
        dialog.unlocked.connect(self._unlocked)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self.quit)
        self._hand_over(dialog)
        return dialog

    def _make_setup(self) -> SetupDialog:
        dialog = SetupDialog(self._runner, self._set_up)
        dialog.office_set_up.connect(self._office_set_up)
        dialog.rejected.connect(self.quit)
        self._hand_over(dialog)
        return dialog

    def _hand_over(self, dialog: LoginDialog | SetupDialog) -> None:
        if self._store is not None:
            dialog.set_store(self._store)
        elif self._load_error is not None:
            dialog.set_load_error(self._load_error)

    def _replace_dialog(self, new: LoginDialog | SetupDialog | None) -> None:
        old, self._dialog = self._dialog, new
        if new is not None:
            new.show()
            bring_to_front(new)
        if old is not None:
            old.blockSignals(True)  # its closing is not the clerk quitting
            old.hide()
            old.deleteLater()

    def _office_set_up(self, unlocked: object, username: str) -> None:
        self._store = loaded(unlocked)  # type: ignore[arg-type]
        self._replace_dialog(self._make_login(username))

    def _signed_in(self, actor: object) -> None:
        # Imported only now: the main window pulls in every page's module and the services.
        from tangsel_desktop.ui.change_bus import ChangeBus
        from tangsel_desktop.ui.main_window import MainWindow
        from tangsel_desktop.ui.ui_context import UiContext

        store = self._store
        assert store is not None
        assert store.office is not None
        ctx = UiContext(
            services=store.services,
            actor=actor,  # type: ignore[arg-type]
            office=store.office,
            runner=self._runner,
            bus=ChangeBus(),
            messages=self._messages,
            programs=self._programs(),
        )
        window = MainWindow(ctx)
        window.signed_out.connect(self._signed_out)
        window.user_switched.connect(self._user_switched)
        window.closed.connect(self.quit)
        self.window = window
        window.show_on_screen()
        self._replace_dialog(None)
        # The login had the keyboard; hand it to the window, or Ctrl+number goes nowhere.
        bring_to_front(window)
        self._start_daily_backup(store)
        if self.recovery_dialog is not None and not self.recovery_dialog.isVisible():
            self.recovery_dialog.show()
            bring_to_front(self.recovery_dialog)

    def _start_daily_backup(self, store: LoadedStore) -> None:
        """The day's automatic copy, once per start, in the background after the first sign-in: the store
        is open (and unlocked) by then, and nobody waits for the copy (SQLite's online backup)."""
        if self._daily_backup_started:
            return
        self._daily_backup_started = True
        services = store.services

        def work(_handle: object) -> None:
            from tangsel_desktop.bootstrap import take_daily_backup

            take_daily_backup(services)

        self._runner.start(work)

    def _user_switched(self, actor: object) -> None:
        """Another user signed in at the locked window, which has closed its work: the new user's opens."""
        window, self.window = self.window, None
        if window is not None:
            window.blockSignals(True)  # its closing is neither a sign-out nor the clerk quitting
            window.close()
            window.deleteLater()
        self._signed_in(actor)

    def _signed_out(self) -> None:
        from tangsel_desktop.ui.main_window import MainWindow

        window, self.window = self.window, None
        username = window.ctx.actor.username if isinstance(window, MainWindow) else ""
        self._replace_dialog(self._make_login(username))
        if window is not None:
            window.deleteLater()

    def quit(self) -> None:
        self.quitting = True
        QCoreApplication.quit()

    def shutdown(self) -> None:
        """After the event loop: close what is open, wait for every worker, release the store."""
        self.quitting = True
        if self.window is not None:
            self.window.blockSignals(True)
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._replace_dialog(None)
        if self.recovery_dialog is not None:
            self.recovery_dialog.close()
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None
        if not self._runner.wait_all(-1):
            log.warning("background work still running at exit")
        # A store that finished opening after the loop ended is still handed over, to be closed.
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        if self._store is not None:
            self._store.services.database.dispose()
        log.info("window closed")
