"""The question before a restore: the backup's date and counts beside the current store's, then yes or no."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count, format_datetime
from tangsel_desktop.services.restore_service import RestorePreview
from tangsel_desktop.ui.widgets.form_widgets import heading
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.style import ALERT_STYLE, BOLD_STYLE


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RestoreDialog(QDialog):
    """Asks first: nothing is replaced until the administrator presses Restore (Cancel is the default)."""

    confirmed = Signal()

    def __init__(self, preview: RestorePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setModal(True)
        title = heading(self.tr("Replace the office's data with this backup?"), self, size_delta=3)
        about = plain_label(self, BOLD_STYLE)
        show_text(
            about,
            self.tr("Backup %1\nmade %2 (%3)")
            .replace("%1", preview.file.name)
            .replace("%2", format_datetime(preview.made_at.astimezone()))
            .replace("%3", preview.reason_label),
        )
        self.table = QTableWidget(len(preview.lines), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Now"), self.tr("In the backup")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, line in enumerate(preview.lines):
            self.table.setItem(row, 0, _cell(line.label))
            self.table.setItem(row, 1, _cell(format_count(line.current), number=True))
            self.table.setItem(row, 2, _cell(format_count(line.backup), number=True))
        self.table.setMinimumHeight(self.table.verticalHeader().length() + 40)
        warning = plain_label(self, ALERT_STYLE)
        show_text(
            warning,
            self.tr(
                "Everything in the office's data now is replaced by the backup: what was entered after "
                "%1 is no longer in it. A copy of the data as it is now is made first, in the backups "
                "folder. After the restore everyone is signed out; sign in again."
            ).replace("%1", format_datetime(preview.made_at.astimezone())),
        )
        self.erasures = plain_label(self, ALERT_STYLE)
        show_text(self.erasures, preview.erasure_warning)  # in Indonesian from the service; hidden when none
        self.message = InlineMessage(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        # Cancel is what Enter presses: replacing the office's data must be a deliberate click.
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.table)
        layout.addWidget(warning)
        layout.addWidget(self.erasures)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(580, 600)

    def _confirm(self) -> None:
        self.message.show_success(self.tr("Restoring… a copy of the current data is made first."))
        self.restore_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.confirmed.emit()

    def failed(self, text: str) -> None:
        """The restore was refused: the data is as it was; the administrator may cancel or try again."""
        self.message.show_error(text)
        self.restore_button.setEnabled(True)
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        if self.cancel_button.isEnabled():  # not while the restore runs
            super().reject()
