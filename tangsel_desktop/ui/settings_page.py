"""Pengaturan: users, backups and documents for administrators; for others, where data is and whom to ask."""

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading, muted

log = logging.getLogger(__name__)


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
            from tangsel_desktop.ui.backups.backup_panel import BackupPanel
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
