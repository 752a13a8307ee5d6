"""Pengaturan: users, backups and documents for administrators; for others, where data is and whom to ask."""

import logging

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.services.backup_service import BackupView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading, muted
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)


def _size(size_bytes: int) -> str:
    return f"{format_count(max(1, round(size_bytes / 1024)))} KB"


class BackupPanel(QGroupBox):
    """Backup now, and where the copy went."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setTitle(self.tr("Backup"))
        explanation = muted(
            self.tr(
                "A copy of the whole database is written to the backups folder. Copy that folder "
                "to a USB stick regularly, and keep the stick somewhere safe: it holds personal data."
            ),
            self,
        )
        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.backup_button.clicked.connect(self.back_up)
        open_folder = QPushButton(self.tr("Open backups &folder"), self)
        open_folder.clicked.connect(self.open_folder)
        self.message = InlineMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(open_folder)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def back_up(self) -> None:
        self.message.clear_message()
        self.backup_button.setEnabled(False)
        backup, actor = self._ctx.services.backup, self._ctx.actor
        op = Operation(self._ctx, self, lambda _h: backup.backup_now(actor=actor))
        op.changes().success(self._done).failure(self._failed).run()

    def _done(self, view: BackupView) -> None:
        self.backup_button.setEnabled(True)
        self.message.show_success(
            self.tr("Backup made: %1 (%2)")
            .replace("%1", str(view.path))
            .replace("%2", _size(view.size_bytes))
        )

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(error, UserError):
            self.message.show_error(error.message)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._ctx.services.paths.backups)))


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.is_admin = ctx.actor.role is Role.ADMIN
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Settings"), content, size_delta=6))

        info = QLabel(content)
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.setText(
            self.tr("Office: %1\nData folder: %2\nSigned in as: %3 (%4)")
            .replace("%1", ctx.office.name)
            .replace("%2", str(ctx.services.paths.root))
            .replace("%3", ctx.actor.full_name)
            .replace("%4", ctx.actor.role.label)
        )
        self.info = info
        layout.addWidget(info)

        self.users_panel = None
        self.backup_panel = None
        self.documents_panel = None
        if self.is_admin:
            # Imported here: other roles never build (or see) the administrators' tools.
            from tangsel_desktop.ui.document_settings_panel import DocumentSettingsPanel
            from tangsel_desktop.ui.screen_lock_panel import ScreenLockPanel
            from tangsel_desktop.ui.users_panel import UsersPanel

            self.users_panel = UsersPanel(ctx, content)
            self.backup_panel = BackupPanel(ctx, content)
            self.documents_panel = DocumentSettingsPanel(ctx, content)
            layout.addWidget(self.users_panel, 1)
            layout.addWidget(self.backup_panel)
            layout.addWidget(self.documents_panel)
            self.screen_lock_panel = ScreenLockPanel(ctx, content)
            layout.addWidget(self.screen_lock_panel)
        else:
            self.note = muted(
                self.tr(
                    "Users and backups are managed by an administrator. Ask your office's "
                    "administrator to add a user, reset a password or make a backup."
                ),
                content,
            )
            layout.addWidget(self.note)
            layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
