"""Enrol a worker: find the resident, name the occupation, see the eligibility rules they fail, propose."""

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus, eligibility_problems
from tangsel_desktop.domain.rupiah_input import parse_rupiah
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.people.person_form import (
    ERROR_STYLE,
    HINT_STYLE,
    WARNING_STYLE,
    plain_label,
    show_text,
)
from tangsel_desktop.ui.ui_context import UiContext

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20
DEFAULT_INCOME = "1.000.000"


class EnrolDialog(QDialog):
    """Propose a resident as a Jamsosnaker member; the service has the last word on every rule."""

    saved = Signal(str)  # member id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.person: PersonRow | None = None
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("Enrol a worker"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type the NIK or the name of the resident"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setFixedHeight(self.results.fontMetrics().height() * 7)
        self.chosen_label = plain_label(self, HINT_STYLE)
        self.occupation_combo = QComboBox(self)
        self.occupation_combo.setEditable(True)
        self.occupation_combo.addItems(ctx.services.jamsos_settings.occupations())
        self.occupation_combo.setCurrentIndex(-1)
        occupation_edit = self.occupation_combo.lineEdit()
        if occupation_edit is not None:
            occupation_edit.setPlaceholderText(self.tr("choose or type, e.g. pemulung"))
        self.location_edit = QLineEdit(self)
        self.location_edit.setMaxLength(200)
        self.location_edit.setPlaceholderText(self.tr("e.g. Pasar Ciputat"))
        self.income_edit = QLineEdit(DEFAULT_INCOME, self)
        self.income_edit.setToolTip(self.tr("Declared monthly income in whole rupiah; JKK is 1% of it"))
        self.problems_label = plain_label(self, WARNING_STYLE)
        self.override_edit = QPlainTextEdit(self)
        self.override_edit.setPlaceholderText(self.tr("Why this worker is enrolled despite the rules above"))
        self.override_edit.setFixedHeight(self.override_edit.fontMetrics().height() * 4)
        self.error_label = plain_label(self, ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Propose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self.search_edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.search)
        self.results.currentItemChanged.connect(self._person_chosen)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._show_eligibility()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Resident:"), self.search_edit)
        form.addRow("", self.results)
        form.addRow("", self.chosen_label)
        form.addRow(self.tr("Occupation:"), self.occupation_combo)
        form.addRow(self.tr("Work location:"), self.location_edit)
        form.addRow(self.tr("Declared income (Rp):"), self.income_edit)
        self.override_form = QFormLayout()
        self.override_form.addRow(self.tr("Exception reason:"), self.override_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addLayout(self.override_form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    # -- finding the resident ----------------------------------------------------------------

    def search(self) -> None:
        """Residents whose name, NIK or No. KK start with what was typed (twenty at most)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        self.results.clear()
        if not text:
            return
        try:
            people = self._ctx.services.people.search(actor=self._ctx.actor, text=text, limit=SEARCH_LIMIT)
        except UserError as error:
            show_text(self.error_label, error.message)
            return
        for person in people:
            item = QListWidgetItem(
                f"{person.full_name} — {person.nik} — {format_date(person.birth_date)} — "
                f"RW {person.rw or '-'} {person.kelurahan}"
            )
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        if len(people) == 1:
            self.results.setCurrentRow(0)
        elif not people:
            show_text(self.chosen_label, self.tr("Nobody found. Register the resident in Penduduk first."))

    def _person_chosen(self, item: QListWidgetItem | None) -> None:
        self.person = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        show_text(self.error_label, "")
        if self.person is None:
            show_text(self.chosen_label, "")
        else:
            show_text(
                self.chosen_label,
                self.tr("Chosen: {name} (NIK {nik})").format(name=self.person.full_name, nik=self.person.nik),
            )
        self._show_eligibility()

    def _show_eligibility(self) -> None:
        """Every rule the chosen resident fails, read as the service will read it when saving."""
        self.problems = []
        running = False
        if self.person is not None:
            try:
                self.problems, running = self._problems(self.person)
            except UserError as error:
                show_text(self.error_label, error.message)
        # A second running membership would be billed twice: the service refuses it even by exception.
        may_override = self._ctx.actor.role.rank >= Role.SUPERVISOR.rank and not running
        if self.problems:
            intro = self.tr("Not eligible:")
            if running:
                intro = self.tr("Not eligible (end the running membership first; no exception is possible):")
            elif not may_override:
                intro = self.tr("Not eligible (only a supervisor may enrol by exception):")
            show_text(self.problems_label, "\n".join([intro, *(f"• {problem}" for problem in self.problems)]))
        else:
            show_text(self.problems_label, "")
        self.override_form.setRowVisible(self.override_edit, bool(self.problems) and not running)
        self.override_edit.setEnabled(may_override)
        self.save_button.setEnabled(self.person is not None and (may_override or not self.problems))

    def _problems(self, person: PersonRow) -> tuple[list[str], bool]:
        """The rules the person fails, and whether they already have a running membership."""
        services, actor = self._ctx.services, self._ctx.actor
        detail = services.people.get(actor=actor, person_id=person.id)
        memberships = services.jamsos_listing.history(actor=actor, person_id=person.id)
        running = any(h.member.status is not MemberStatus.ENDED for h in memberships)
        problems = eligibility_problems(
            services.jamsos_settings.rules(),
            desil=detail.desil,
            birth_date=detail.birth_date,
            kelurahan_code=detail.kelurahan_code,
            office_kelurahan_code=self._ctx.office.kelurahan_code,
            already_member=running,
            on=self._today(),
        )
        return problems, running

    @staticmethod
    def _today() -> date:
        return date.today()

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self.person is None:
            show_text(self.error_label, self.tr("Choose the resident first."))
            return
        override = self.override_edit.toPlainText().strip() if self.problems else ""
        if self.problems and not override:
            show_text(self.error_label, self.tr("Write the reason for enrolling despite the rules."))
            self.override_edit.setFocus()
            return
        try:
            member, summary = self._ctx.services.jamsos.enroll(
                actor=self._ctx.actor,
                person_id=self.person.id,
                occupation=self.occupation_combo.currentText(),
                work_location=self.location_edit.text(),
                declared_income=parse_rupiah(self.income_edit.text(), "Penghasilan"),
                override_reason=override,
            )
        except UserError as error:
            show_text(self.error_label, error.message)
            return
        log.info("jamsos member %s proposed from the window", member.id)
        self._ctx.bus.publish(summary)
        self.saved.emit(member.id)
        self.accept()
