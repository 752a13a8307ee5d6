"""The main window: navigation on the left, one lazily built page per area, menus and a status bar."""

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop import __version__
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.areas import Area, shell_areas
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.screen_lock import ScreenLock, open_dialogs
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import app_icon, heading
from tangsel_desktop.ui.widgets.style import ACCENT_TEXT_STYLE, NAVIGATION_STYLE, SIDE_STYLE, STATUS_BAR_STYLE
from tangsel_desktop.ui.window_placement import WindowPlacement

if TYPE_CHECKING:
    from tangsel_desktop.ui.guide_window import GuideWindow

log = logging.getLogger(__name__)

# How long a user switch waits for the previous user's running operations (asked to stop) to end.
SWITCH_WAIT_MS = 60_000


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class MainWindow(QMainWindow):
    signed_out = Signal()
    closed = Signal()
    user_switched = Signal(object)  # another user signed in at the lock: their Actor

    def __init__(
        self, ctx: UiContext, areas: list[Area] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._areas = areas if areas is not None else shell_areas()
        self._pages: dict[int, QWidget] = {}
        self._signing_out = False
        self.guide: GuideWindow | None = None  # the Panduan window, made when first asked for
        self.setWindowTitle(self.tr("Tangsel Desktop — %1").replace("%1", ctx.office.name))
        self.setWindowIcon(app_icon())
        # Where this laptop last left the window (maximized the first time); see show_on_screen.
        self.placement = WindowPlacement(ctx.services.paths.root / "window.ini")
        self.resize(1280, 700)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.navigation.setFixedWidth(200)
        self.navigation.setAccessibleName(self.tr("Areas"))
        for number, area in enumerate(self._areas, start=1):
            item = QListWidgetItem(area.title, self.navigation)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", area.title).replace("%2", str(number)))
            item.setSizeHint(QSize(180, 40))
        self.stack = QStackedWidget(self)
        side = QWidget(self)
        side.setObjectName("side")
        side.setStyleSheet(SIDE_STYLE)
        side.setFixedWidth(self.navigation.width())
        logo = QLabel(side)
        logo.setPixmap(app_icon().pixmap(28, 28))
        name = heading("Tangsel Desktop", side, size_delta=2)
        name.setStyleSheet(ACCENT_TEXT_STYLE)
        brand = QHBoxLayout()
        brand.setContentsMargins(14, 14, 8, 12)
        brand.setSpacing(8)
        brand.addWidget(logo)
        brand.addWidget(name, 1)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addLayout(brand)
        side_layout.addWidget(self.navigation, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.screen_lock = ScreenLock(self, ctx)
        self.screen_lock.switched.connect(self._switch_user)
        self.screen_lock.watch.lock_keys.connect(self.screen_lock.lock)
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self.show_area)
        self.navigation.setCurrentRow(0)
        ctx.bus.settings_wanted.connect(self.show_settings)
        ctx.bus.changed.connect(self._settings_changed)
        self.screen_lock.watch.start()  # the default idle time until the office's own is read
        self._read_idle_minutes()
        ctx.bus.sign_out_wanted.connect(self.sign_out)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        self.lock_action = QAction(self.tr("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # In a dialog open over the window the action's shortcut is blocked; the idle watch sees the keys.
        self.lock_action.triggered.connect(self.screen_lock.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._area_actions: list[QAction] = []
        group = QActionGroup(self)
        for index, area in enumerate(self._areas):
            action = QAction(area.title, self)
            action.setCheckable(True)
            if index < 9:
                # Ctrl+1..Ctrl+9, from anywhere in the window.
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(partial(self.show_area, index))
            group.addAction(action)
            go_menu.addAction(action)
            self._area_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Tangsel Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        open_logs = QAction(self.tr("Open &log folder"), self)
        open_logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(open_logs)

    def _build_status_bar(self) -> None:
        ctx = self._ctx
        self.office_status = QLabel(ctx.office.name, self)
        self.user_status = QLabel(
            self.tr("User: %1 (%2)").replace("%1", ctx.actor.full_name).replace("%2", ctx.actor.role.label),
            self,
        )
        folder = str(ctx.services.paths.root)
        location = ctx.services.database.location
        # At Dinas Sosial the data live on the server; the folder then holds only settings, logs and files.
        where = location.shown() if location.is_server else folder
        self.folder_status = QLabel(self.tr("Data: %1").replace("%1", where), self)
        self.folder_status.setToolTip(
            self.tr("Database server: %1\nFolder: %2").replace("%1", where).replace("%2", folder)
            if location.is_server
            else folder
        )
        bar = self.statusBar()
        bar.setStyleSheet(STATUS_BAR_STYLE)
        bar.addWidget(self.office_status)
        bar.addWidget(_separator(self))
        bar.addWidget(self.user_status)
        bar.addPermanentWidget(self.folder_status)

    @property
    def ctx(self) -> UiContext:
        return self._ctx

    @property
    def areas(self) -> list[Area]:
        return self._areas

    def current_area(self) -> Area:
        return self._areas[self.navigation.currentRow()]

    def page(self, index: int) -> QWidget | None:
        """The page of an area if it has been shown, else None (pages are built when first shown)."""
        return self._pages.get(index)

    def show_area(self, index: int) -> None:
        if not 0 <= index < len(self._areas):
            return
        page = self._pages.get(index)
        if page is None:
            area = self._areas[index]
            log.info("building page %s", area.key)
            page = area.make_page(self._ctx, self.stack)
            self._pages[index] = page
            self.stack.addWidget(page)
            self._connect_page(area.key, page)
        self.stack.setCurrentWidget(page)
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)
        self._area_actions[index].setChecked(True)

    def _connect_page(self, key: str, page: QWidget) -> None:
        # Pages never reach into one another: the window carries what one hands to another.
        if key == "people":
            page.print_cards_requested.connect(self.print_cards_for)  # type: ignore[attr-defined]

    def print_cards_for(self, people: list[object]) -> None:
        """Open Cetak with these people (from the Penduduk page) on its card list."""
        index = next(i for i, area in enumerate(self._areas) if area.key == "print")
        self.show_area(index)
        self._pages[index].add_people(people)  # type: ignore[attr-defined]

    def show_settings(self) -> None:
        """Open Pengaturan (asked for by a page that refused to print for empty office details)."""
        found = [i for i, area in enumerate(self._areas) if area.key == "settings"]
        if found:
            self.show_area(found[0])

    def _read_idle_minutes(self) -> None:
        lock_settings = self._ctx.services.screen_lock
        op = Operation(self._ctx, self, lambda _h: lock_settings.idle_minutes())
        op.success(self.screen_lock.set_idle_minutes).failure(lambda _error: None).run()

    def _settings_changed(self, summary: ChangeSummary) -> None:
        if summary.touches(ChangeSummary.OFFICE_SETTING):
            self._read_idle_minutes()

    def _switch_user(self, actor: object) -> None:
        """Another user signed in at the lock: close this user's work, then hand the laptop over.

        Open dialogs are closed without saving (the sign-out was audited with their number); running
        operations are asked to stop where stopping is safe and waited for, so none answers a window
        that is gone or writes on after its user has left."""
        log.info("%s's work closed: another user signed in at the lock", self._ctx.actor.username)
        for dialog in open_dialogs(self, but=self.screen_lock.dialog):
            if isinstance(dialog, QDialog):
                dialog.reject()
            dialog.close()
        runner = self._ctx.runner
        if runner.cancel_all() and not runner.wait_all(SWITCH_WAIT_MS):
            log.warning("background work of the previous user still running at the user switch")
        self.user_switched.emit(actor)

    def sign_out(self) -> None:
        log.info("%s signed out", self._ctx.actor.username)
        self._signing_out = True
        self.close()

    def show_guide(self) -> None:
        """Open (or bring forward) the Panduan window; it stays open beside the main window."""
        from tangsel_desktop.ui.guide_window import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow()
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_about(self) -> None:
        ctx = self._ctx
        self._ctx.messages.info(
            self,
            self.tr("About Tangsel Desktop"),
            self.tr(
                "Tangsel Desktop %1\n\nOffline office application for the social protection "
                "programs of Dinas Sosial Kota Tangerang Selatan.\n\nOffice: %2\nData folder: %3"
            )
            .replace("%1", __version__)
            .replace("%2", ctx.office.name)
            .replace("%3", str(ctx.services.paths.root)),
        )

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.services.paths.logs)))

    def show_on_screen(self) -> None:
        """Show the window as this laptop last left it (maximized the first time), inside the screen."""
        self.placement.show(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            self.placement.save(self)
        super().closeEvent(event)
        if self.guide is not None:
            # A window of its own (no parent): it goes with the main window, not after it.
            self.guide.close()
            self.guide.deleteLater()
            self.guide = None
        if self._signing_out:
            self.signed_out.emit()
        else:
            self.closed.emit()
