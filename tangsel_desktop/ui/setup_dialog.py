"""First run: choose the office (one of the 54 kelurahan, or Dinas Sosial) and its first administrator."""

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.wilayah import DINSOS_CODE, wilayah
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.store_loader import LoadedStore
from tangsel_desktop.ui.widgets.form_widgets import StartupDialog, app_icon, heading, muted, password_field
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


class SetupDialog(StartupDialog):
    """Usable before the store is open: Save waits for it."""

    office_set_up = Signal(object, str)  # OfficeView, the administrator's username

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
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
        admin_form = QFormLayout(admin_box)
        for text, field in (
            (self.tr("&Username"), self.username),
            (self.tr("&Full name"), self.full_name),
            (self.tr("&Password"), self.password),
            (self.tr("&Repeat password"), self.repeat),
        ):
            label = QLabel(text, admin_box)
            label.setBuddy(field)
            admin_form.addRow(label, field)

        self.error = InlineMessage(self)
        self.status = muted("", self)
        self.status.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("&Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welcome to Tangsel Desktop"), self))
        layout.addWidget(
            muted(
                self.tr(
                    "This computer has no office data yet. Choose the office it serves and create "
                    "the first administrator account; the administrator can add other users later."
                ),
                self,
            )
        )
        layout.addWidget(office_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
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
        if self._store is None:
            self._waiting = True
            self._set_busy(True)
            self._set_status(self.tr("Preparing data…"))
            return
        self._set_busy(True)
        self._set_status(self.tr("Saving…"))
        office = self._store.services.office
        values = {
            "office_code": code,
            "admin_username": self.username.text(),
            "admin_full_name": self.full_name.text(),
            "admin_password": self.password.text(),
        }
        handle = self._runner.start(lambda _h: office.set_up(**values)[0])
        handle.signals.finished.connect(self._done)
        handle.signals.failed.connect(self._failed)

    def _done(self, office: object) -> None:
        self._set_busy(False)
        log.info("first set-up finished")
        self.office_set_up.emit(office, self.username.text().strip().lower())
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
