"""First run: choose the office (one of the 54 kelurahan, or Dinas Sosial) and its first administrator.

Saving makes the encrypted store, its key file and the recovery code (services/store_setup.py) on a worker
thread; the dialog then shows the code once, with its PDF to print for the office's safe.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE, wilayah
from tangsel_desktop.ui.operations import TaskHandle, TaskRunner
from tangsel_desktop.ui.recovery_code_view import RecoveryCodePanel
from tangsel_desktop.ui.store_loader import LoadedStore
from tangsel_desktop.ui.widgets.form_widgets import (
    StartupDialog,
    app_icon,
    heading,
    labelled_rows,
    muted,
    password_field,
    primary_and_cancel,
)
from tangsel_desktop.ui.widgets.labels import InlineMessage

log = logging.getLogger(__name__)


class OfficeCombo(QComboBox):
    """Dinas Sosial first, then the kelurahan grouped by kecamatan; typing any part of a name,
    kecamatan or code filters the list."""

    def __init__(self, dinsos_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.addItem(dinsos_label, DINSOS_CODE)
        kecamatan = None
        for kelurahan in wilayah().kelurahan:
            if kelurahan.kecamatan_code != kecamatan:
                kecamatan = kelurahan.kecamatan_code
                self.insertSeparator(self.count())
            self.addItem(
                f"{kelurahan.name} — Kec. {kelurahan.kecamatan_name} ({kelurahan.code})",
                kelurahan.code,
            )
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def office_code(self) -> str | None:
        """The chosen office's code; a typed name or older spelling (Sawah Lama) is accepted too."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        try:
            return wilayah().find(text).code
        except UserError:
            return None


# The set-up's values and the task's handle -> the opened store (Unlocked, with its recovery sheet).
SetUp = Callable[[dict[str, str], TaskHandle], Any]


class SetupDialog(StartupDialog):
    """Usable at once: nothing is opened before Save."""

    office_set_up = Signal(object, str)  # the Unlocked store, the administrator's username

    def __init__(self, runner: TaskRunner, set_up: SetUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._set_up = set_up
        self._unlocked: Any = None
        self.code_panel: RecoveryCodePanel | None = None
        self._store: LoadedStore | None = None
        self._waiting = False
        self._busy = False
        self.setWindowTitle(self.tr("First set-up — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        self.office = OfficeCombo(self.tr("Dinas Sosial (central office)"), self)
        line = self.office.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type the kelurahan name…"))
        office_box = QGroupBox(self.tr("Office"), self)
        office_form = QFormLayout(office_box)
        office_label = QLabel(self.tr("&Office where this computer is used"), office_box)
        office_label.setBuddy(self.office)
        office_form.addRow(office_label)
        office_form.addRow(self.office)

        self.username = QLineEdit(self)
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("for example: admin.sawah"))
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(120)
        self.password = password_field(self)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.repeat = password_field(self)
        admin_box = QGroupBox(self.tr("First administrator"), self)
        labelled_rows(
            QFormLayout(admin_box),
            (
                (self.tr("&Username"), self.username),
                (self.tr("&Full name"), self.full_name),
                (self.tr("&Password"), self.password),
                (self.tr("&Repeat password"), self.repeat),
            ),
        )

        self.error = InlineMessage(self)
        self.status = muted("", self)
        self.status.setVisible(False)
        buttons, self.save_button, cancel = primary_and_cancel(
            self, self.tr("&Save"), self.submit, self.tr("&Cancel"), self.reject
        )

        layout = QVBoxLayout(self)
        self._layout = layout
        self._form_parts: list[QWidget] = [office_box, admin_box]
        layout.addWidget(heading(self.tr("Welcome to Tangsel Desktop"), self))
        intro = muted(
            self.tr(
                "This computer has no office data yet. Choose the office it serves and create "
                "the first administrator account; the administrator can add other users later."
            ),
            self,
        )
        self._form_parts.append(intro)
        layout.addWidget(intro)
        layout.addWidget(office_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._buttons = [self.save_button, cancel]
        self.office.setFocus()

    def set_store(self, store: LoadedStore) -> None:
        self._store = store
        if self._waiting:
            self._waiting = False
            self._set_busy(False)
            self.submit()
        else:
            self._set_status("")

    def set_load_error(self, message: str) -> None:
        self._waiting = False
        self._set_busy(False)
        self.save_button.setEnabled(False)
        self._set_status("")
        self._show_error(message)

    def submit(self) -> None:
        if self._busy:
            return
        self.error.clear_message()
        code = self.office.office_code()
        if code is None:
            self._refuse(self.tr("Choose the office from the list."), self.office)
            return
        if not self.username.text().strip():
            self._refuse(self.tr("Type the administrator's username."), self.username)
            return
        if self.password.text() != self.repeat.text():
            self._refuse(self.tr("The two passwords are not the same."), self.repeat)
            return
        self._set_busy(True)
        self._set_status(self.tr("Saving and encrypting the office data…"))
        values = {
            "office_code": code,
            "admin_username": self.username.text(),
            "admin_full_name": self.full_name.text(),
            "admin_password": self.password.text(),
        }
        set_up = self._set_up
        handle = self._runner.start(lambda h: set_up(values, h))
        handle.signals.finished.connect(self._done)
        handle.signals.failed.connect(self._failed)

    def _done(self, unlocked: Any) -> None:
        """Saved: the form gives way to the recovery code, shown this once."""
        self._set_busy(False)
        self._set_status("")
        log.info("first set-up finished")
        self._unlocked = unlocked
        for part in (*self._form_parts, *self._buttons):
            part.setVisible(False)
        sheet = unlocked.recovery
        self.code_panel = RecoveryCodePanel(sheet.code, sheet.pdf, self)
        self.code_panel.done.connect(self._continue)
        self._layout.addWidget(self.code_panel)
        self.code_panel.done_button.setFocus()
        self._fit()

    def _continue(self) -> None:
        self.office_set_up.emit(self._unlocked, self.username.text().strip().lower())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._set_status("")
        if isinstance(error, UserError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Saving failed because of an error; see the log file."))

    def _refuse(self, message: str, field: QWidget) -> None:
        self._show_error(message)
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
