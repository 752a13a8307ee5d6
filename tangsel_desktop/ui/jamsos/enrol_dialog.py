"""Enrol a worker: find the resident, name the occupation, see the eligibility rules they fail, propose."""

import logging

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

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.rupiah_input import parse_rupiah
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.membership_views import EnrolmentCheck, MemberView
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20


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
        occupation_edit = self.occupation_combo.lineEdit()
        if occupation_edit is not None:
            occupation_edit.setPlaceholderText(self.tr("choose or type, e.g. pemulung"))
        self.location_edit = QLineEdit(self)
        self.location_edit.setMaxLength(200)
        self.location_edit.setPlaceholderText(self.tr("e.g. Pasar Ciputat"))
        # Empty until the clerk writes what the worker declares: a prefilled figure was saved unread.
        self.income_edit = QLineEdit(self)
        self.income_edit.setPlaceholderText(self.tr("as the worker declares it, e.g. 1.500.000"))
        self._offered_occupation = ""  # what the registry said, replaced when another person is chosen
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
        self._show_eligibility(None)
        Operation(ctx, self, lambda _h: ctx.services.jamsos_settings.occupations()).success(
            self._show_occupations
        ).inline(self.error_label).run()

    def _show_occupations(self, occupations: list[str]) -> None:
        typed = self.occupation_combo.currentText()
        self.occupation_combo.addItems(occupations)
        self.occupation_combo.setCurrentIndex(-1)
        self.occupation_combo.setEditText(typed)

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
        services, actor = self._ctx.services, self._ctx.actor
        Operation(
            self._ctx, self, lambda _h: services.people.search(actor=actor, text=text, limit=SEARCH_LIMIT)
        ).success(lambda people: self._show_found(text, people)).inline(self.error_label).run()

    def _show_found(self, text: str, people: list[PersonRow]) -> None:
        if text != self.search_edit.text().strip():
            return  # an older answer: the clerk typed on
        self.results.clear()
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
        self._show_eligibility(None)
        if self.person is None:
            show_text(self.chosen_label, "")
            return
        show_text(
            self.chosen_label,
            self.tr("Chosen: {name} (NIK {nik})").format(name=self.person.full_name, nik=self.person.nik),
        )
        services, actor, person_id = self._ctx.services, self._ctx.actor, self.person.id
        Operation(
            self._ctx, self, lambda _h: services.jamsos.enrolment_check(actor=actor, person_id=person_id)
        ).success(
            lambda check: (
                self._show_eligibility(check)
                if self.person is not None and self.person.id == person_id
                else None
            )
        ).inline(self.error_label).run()

    def _offer_occupation(self, occupation: str) -> None:
        """The registry's occupation for the chosen resident, unless the clerk has typed another."""
        typed = self.occupation_combo.currentText().strip()
        if occupation and typed in ("", self._offered_occupation):
            self.occupation_combo.setEditText(occupation)
            self._offered_occupation = occupation

    def _show_eligibility(self, check: EnrolmentCheck | None) -> None:
        """Every rule the chosen resident fails, as the service will read it when saving."""
        if check is not None:
            self._offer_occupation(check.occupation)
        self.problems = [] if check is None else list(check.problems)
        running = check is not None and check.running
        may_override = check is not None and check.may_override
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
        self.save_button.setEnabled(check is not None and (may_override or not self.problems))

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
        if not self.income_edit.text().strip():
            show_text(
                self.error_label,
                self.tr("Write the monthly income the worker declares, in rupiah (e.g. 1.500.000)."),
            )
            self.income_edit.setFocus()
            return
        try:
            income = parse_rupiah(self.income_edit.text(), "Penghasilan")
        except UserError as error:
            show_text(self.error_label, error.message)
            return
        services, actor, person_id = self._ctx.services, self._ctx.actor, self.person.id
        occupation, location = self.occupation_combo.currentText(), self.location_edit.text()

        def enrol(_handle: object) -> tuple[MemberView, ChangeSummary]:
            return services.jamsos.enroll(
                actor=actor,
                person_id=person_id,
                occupation=occupation,
                work_location=location,
                declared_income=income,
                override_reason=override,
            )

        Operation(self._ctx, self, enrol).changes().inline(self.error_label).success(self._enrolled).run()

    def _enrolled(self, member: MemberView) -> None:
        log.info("jamsos member %s proposed from the window", member.id)
        self.saved.emit(member.id)
        self.accept()
