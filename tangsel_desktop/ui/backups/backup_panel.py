"""Pengaturan's backups panel: the latest copies, backup now, the second folder, and restoring one."""

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_datetime
from tangsel_desktop.services.backup_service import BackupView, MirrorState
from tangsel_desktop.services.restore_service import (
    NO_UNLOCK,
    BackupNeedsUnlock,
    BackupUnlock,
    RestorePreview,
    RestoreResult,
)
from tangsel_desktop.ui.backups.backup_unlock_dialog import BackupUnlockDialog
from tangsel_desktop.ui.backups.restore_dialog import RestoreDialog
from tangsel_desktop.ui.operations import Operation, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import muted
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.style import HINT_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)
SHOWN = 10  # the latest copies listed; the folder holds the rest of the rotation


def _size(size_bytes: int) -> str:
    return f"{format_count(max(1, round(size_bytes / 1024)))} KB"


class BackupPanel(QGroupBox):
    """Backup now, where the copies are, the second folder (a USB stick), and a restore."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.backups: list[BackupView] = []
        self.dialog: RestoreDialog | None = None
        self.unlock_dialog: BackupUnlockDialog | None = None
        self._unlock = NO_UNLOCK  # what opened the backup being restored (another laptop's key), if anything
        self.setTitle(self.tr("Backups"))
        explanation = muted(
            self.tr(
                "A verified copy of the whole database is made every day at the first start, before every "
                "update and sync import, and when you press Back up now. The last 7 days, 4 weeks and 12 "
                "months are kept. Copies hold personal data: keep the USB stick somewhere safe."
            ),
            self,
        )
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("People"), self.tr("File")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(170)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        open_folder = QPushButton(self.tr("Open backups &folder"), self)
        open_folder.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button, open_folder):
            buttons.addWidget(button)
        buttons.addStretch(1)

        mirror_title = QLabel(self.tr("Second folder (USB stick):"), self)
        self.mirror_label = plain_label(self, HINT_STYLE)
        self.mirror_label.show()
        self.mirror_button = QPushButton(self.tr("&Choose folder…"), self)
        self.mirror_button.clicked.connect(self.choose_mirror_folder)
        self.no_mirror_button = QPushButton(self.tr("No second folder"), self)
        self.no_mirror_button.clicked.connect(lambda: self._set_mirror(""))
        mirror_row = QHBoxLayout()
        mirror_row.addWidget(mirror_title)
        mirror_row.addWidget(self.mirror_label, 1)
        mirror_row.addWidget(self.mirror_button)
        mirror_row.addWidget(self.no_mirror_button)
        self.message = InlineMessage(self)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(mirror_row)
        layout.addWidget(self.message)
        self.refresh()

    # Reading the folder and the setting.

    def refresh(self) -> None:
        backup, actor = self._ctx.services.backup, self._ctx.actor
        op = Operation(
            self._ctx,
            self,
            lambda _h: (backup.recent(actor=actor, limit=SHOWN), backup.mirror_state(actor=actor)),
        )
        op.success(self._show).inline(self.message, clear=False).run()

    def _show(self, found: tuple[list[BackupView], MirrorState]) -> None:
        self.backups, mirror = found
        self.table.setRowCount(len(self.backups))
        for row, view in enumerate(self.backups):
            people = view.counts.get("person")
            cells = (
                format_datetime(view.made_at.astimezone()),
                view.reason_label,
                _size(view.size_bytes),
                format_count(people) if people is not None else "",
                view.path.name,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._selection_changed()
        self._show_mirror(mirror)

    def _show_mirror(self, mirror: MirrorState) -> None:
        if mirror.folder is None:
            show_text(self.mirror_label, self.tr("none (copies stay on this laptop only)"), HINT_STYLE)
        elif mirror.reachable:
            show_text(self.mirror_label, str(mirror.folder), HINT_STYLE)
        else:
            show_text(
                self.mirror_label,
                self.tr("%1: not found (plug the USB stick in)").replace("%1", str(mirror.folder)),
                WARNING_STYLE,
            )
        self.mirror_label.show()
        self.no_mirror_button.setEnabled(mirror.folder is not None)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _selected(self) -> BackupView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    # Backing up.

    def back_up(self) -> None:
        self.message.clear_message()
        self.backup_button.setEnabled(False)
        backup, actor = self._ctx.services.backup, self._ctx.actor
        op = Operation(self._ctx, self, lambda _h: backup.backup_now(actor=actor))
        op.changes().success(self._backed_up).failure(self._failed).run()

    def _backed_up(self, view: BackupView) -> None:
        self.backup_button.setEnabled(True)
        text = (
            self.tr("Backup made: %1 (%2)")
            .replace("%1", str(view.path))
            .replace("%2", _size(view.size_bytes))
        )
        if view.warnings:
            show_text(self.message, "\n".join([text, *view.warnings]), WARNING_STYLE)
        else:
            self.message.show_success(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(error, UserError):
            self.message.show_error(error.message)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.services.paths.backups)))

    # The second folder.

    def ask_folder(self) -> str:
        """The folder dialog (tests replace this one method)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"))

    def choose_mirror_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self._set_mirror(chosen)

    def _set_mirror(self, folder: str) -> None:
        self.message.clear_message()
        backup, actor = self._ctx.services.backup, self._ctx.actor
        op = Operation(self._ctx, self, lambda _h: backup.set_mirror_folder(actor=actor, folder=folder))
        op.changes().success(self._mirror_set).inline(self.message).run()

    def _mirror_set(self, mirror: MirrorState) -> None:
        self._show_mirror(mirror)
        if mirror.folder is not None:
            self.message.show_success(
                self.tr("From now on every backup is also copied to %1.").replace("%1", str(mirror.folder))
            )

    # Restoring.

    def ask_file(self) -> str:
        """The file dialog (tests replace this one method)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(self._ctx.services.paths.backups),
            self.tr("Tangsel Desktop backups (tangsel-*.sqlite3)"),
        )
        return name

    def restore_selected(self) -> None:
        view = self._selected()
        if view is not None:
            self._preview(view.path)

    def restore_from_file(self) -> None:
        name = self.ask_file()
        if name:
            self._preview(Path(name))

    def _preview(self, file: Path, unlock: BackupUnlock = NO_UNLOCK) -> None:
        self.message.clear_message()
        restore, actor = self._ctx.services.restore, self._ctx.actor
        op = Operation(self._ctx, self, lambda _h: restore.preview(actor=actor, file=file, unlock=unlock))
        op.success(lambda preview: self._ask(preview, unlock))
        op.failure(lambda error: self._preview_failed(file, error)).run()

    def _preview_failed(self, file: Path, error: BaseException) -> None:
        asking = self.unlock_dialog
        if isinstance(error, BackupNeedsUnlock) and asking is None:
            # A backup from the office's old laptop: ask for what opens its own key-slot copy.
            asking = BackupUnlockDialog(self._ctx.actor.username, self)
            asking.given.connect(lambda unlock: self._preview(file, unlock))
            asking.finished.connect(self._unlock_dialog_closed)
            self.unlock_dialog = asking
            asking.open()
        elif asking is not None:
            asking.refused(failure_text(error, self.tr("The backup could not be read. See the log file.")))
        elif isinstance(error, UserError):
            self.message.show_error(error.message)

    def _unlock_dialog_closed(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _ask(self, preview: RestorePreview, unlock: BackupUnlock) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.accept()
        self._unlock = unlock
        dialog = RestoreDialog(preview, self)
        dialog.confirmed.connect(self._restore)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _restore(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        restore, actor, file, unlock = (
            self._ctx.services.restore,
            self._ctx.actor,
            dialog.preview.file,
            self._unlock,
        )
        op = Operation(self._ctx, dialog, lambda _h: restore.restore(actor=actor, file=file, unlock=unlock))
        op.success(self._restored).failure(self._restore_failed).run()

    def _restore_failed(self, error: BaseException) -> None:
        if self.dialog is None:
            return
        if isinstance(error, UserError):
            self.dialog.failed(error.message)
        else:  # a bug: the crash dialog has been told; the store is the old one or the restored one, whole
            self.dialog.failed(self.tr("The restore failed. The details are in the log file."))

    def _restored(self, result: tuple[RestoreResult, object]) -> None:
        restored, _summary = result
        log.info("restored %s; signing out", restored.preview.file.name)
        if self.dialog is not None:
            self.dialog.accept()
        self._ctx.messages.info(
            self,
            self.tr("Data restored"),
            self.tr(
                "The office's data was restored from %1. The data as it was before is kept in %2. "
                "Sign in again to go on."
            )
            .replace("%1", restored.preview.file.name)
            .replace("%2", restored.safety_copy.name),
        )
        # The store under the window was replaced: every page's view of it is stale. Sign in afresh.
        self._ctx.bus.sign_out_wanted.emit()
