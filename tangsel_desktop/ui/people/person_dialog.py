"""The person dialog: add a new person or open one, with duplicates, household, programs and delete."""

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_warnings, parse_nik
from tangsel_desktop.domain.person_rules import PersonDraft, check_person
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.erasure_service import ErasurePlan
from tangsel_desktop.services.people.pdp_report import SavedPdpReport
from tangsel_desktop.services.people.people_service import DuplicateNik
from tangsel_desktop.services.people.people_views import DuplicateCandidate, PersonDetail
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.people import pdp_actions
from tangsel_desktop.ui.people.duplicates_panel import DuplicatesPanel
from tangsel_desktop.ui.people.household_panel import HouseholdPanel, ProgramsPanel
from tangsel_desktop.ui.people.person_form import PersonForm
from tangsel_desktop.ui.people.photo_panel import PhotoPanel
from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)

# Long enough to let a clerk finish a burst of typing, short enough to feel live.
DUPLICATE_CHECK_DELAY_MS = 300


def ask_delete_reason(parent: QWidget, name: str) -> str | None:
    """The one place that asks why a person is deleted (tests replace it; it blocks)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("PersonDialog", "Delete person"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "PersonDialog", "Why is {name} deleted? (e.g. duplicate record, moved away)"
        ).format(name=name)
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(QCoreApplication.translate("PersonDialog", "Delete"))
    dialog.setCancelButtonText(QCoreApplication.translate("PersonDialog", "Cancel"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def sex_disagreement(draft: PersonDraft) -> list[str]:
    """The NIK's warning when the sex chosen is not the NIK's (women's birth day + 40), else nothing."""
    try:
        info = parse_nik(draft.nik)
        sex = Sex(draft.sex)
    except (UserError, ValueError):
        return []
    return nik_warnings(info, birth_date=None, sex=sex) if sex is not info.sex else []


class PersonDialog(QDialog):
    """One person's record. New: the form and possible duplicates. Existing: also the household."""

    saved = Signal(str)  # person id
    deleted = Signal(str)  # person id

    def __init__(self, ctx: UiContext, person_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: PersonDetail | None = None
        self._nik_holder_id: str | None = None
        # The red list under the title holds the form's own errors: it follows the fields as they are fixed.
        self._form_errors_shown = False
        self.error_label = plain_label(self, ERROR_STYLE)
        self.notice_label = plain_label(self, WARNING_STYLE)
        self.form = PersonForm(ctx.office.kelurahan_code, self)
        self.duplicates = DuplicatesPanel(self)
        self.photo = PhotoPanel(ctx, self)
        self.household = HouseholdPanel(ctx, self)
        self.programs = ProgramsPanel(self)
        # Each program's own section (app.py's registry), by program code; shown for its members only.
        self.program_sections: dict[str, PersonSection] = {
            parts.code: parts.person_section(ctx, self) for parts in ctx.programs if parts.person_section
        }
        self._with_content: set[str] = set()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setToolTip(self.tr("Supervisors and administrators can delete a person"))
        # UU PDP: the person's own data as a PDF (supervisors), and erasure at their request (administrators).
        self.report_button = QPushButton(self.tr("Personal data report…"), self)
        self.report_button.setAutoDefault(False)
        self.report_button.setToolTip(self.tr("Everything the office holds about this person, as a PDF"))
        self.erase_button = QPushButton(self.tr("Erase personal data…"), self)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setToolTip(
            self.tr("Administrators erase a person who asks, when no program runs for them")
        )
        self.save_button.setDefault(True)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._lay_out()
        self._connect()
        if person_id is None:
            self._show_new()
        else:
            self.load_person(person_id)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)
        body = QHBoxLayout()
        body.addWidget(self.form, 3)
        side = QVBoxLayout()
        side.addWidget(self.duplicates, 1)
        side.addWidget(self.photo)
        side.addWidget(self.household, 3)
        side.addWidget(self.programs)
        for section in self.program_sections.values():
            side.addWidget(section, 2)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1040, 700)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_person)
        self.report_button.clicked.connect(self.save_pdp_report)
        self.erase_button.clicked.connect(self.erase_person)
        self.form.identity_edited.connect(self._identity_edited)
        self.form.edited.connect(self._recheck_form_errors)
        self.form.open_nik_holder.connect(self._open_nik_holder)
        self._check_timer.timeout.connect(self.check_duplicates)
        self.duplicates.open_requested.connect(self._open_candidate)
        self.household.detail_changed.connect(self._household_changed)
        for name, section in self.program_sections.items():
            section.has_content.connect(lambda shown, name=name: self._section_answered(name, shown))

    # -- modes -------------------------------------------------------------------------

    @property
    def detail(self) -> PersonDetail | None:
        """The stored record being edited; None while a new person is typed."""
        return self._detail

    def _show_new(self) -> None:
        self._detail = None
        self.setWindowTitle(self.tr("Add a person"))
        self.form.clear()
        self.duplicates.set_candidates([])
        self.duplicates.show()
        self.photo.hide()
        self.household.hide()
        self.programs.hide()
        for section in self.program_sections.values():
            section.hide()
        self.delete_button.hide()
        self.report_button.hide()
        self.erase_button.hide()
        self.form.nik_edit.setFocus()

    def load_person(self, person_id: str, *, notice: str = "") -> None:
        """Show a stored person for editing (read off the GUI thread); a person who is gone is said so."""
        people, actor = self._ctx.services.people, self._ctx.actor
        Operation(self._ctx, self, lambda _h: people.get(actor=actor, person_id=person_id)).inline(
            self.error_label
        ).success(lambda detail: self._show_person(detail, notice)).run()

    def _show_person(self, detail: PersonDetail, notice: str) -> None:
        self._check_timer.stop()
        self._detail = detail
        self._nik_holder_id = None
        self.setWindowTitle(self.tr("Person: {name}").format(name=detail.full_name))
        # The form emits its edit signals while loading; the duplicate check is for new people only.
        self.form.load(detail)
        self._check_timer.stop()
        self._show_form_errors([])
        show_text(self.notice_label, notice)
        self.duplicates.hide()
        self.photo.show_person(detail.id)
        self.photo.show()
        self.household.show_detail(detail)
        self.household.show()
        # A program's member shows its section in place of "no program recorded".
        self._with_content.clear()
        for section in self.program_sections.values():
            section.hide()
            section.show_person(detail.id)
        self.programs.setVisible(True)
        self.delete_button.setVisible(True)
        self.delete_button.setEnabled(self._ctx.actor.role.rank >= Role.SUPERVISOR.rank)
        self.report_button.setVisible(True)
        self.report_button.setEnabled(self._ctx.actor.role.rank >= Role.SUPERVISOR.rank)
        self.erase_button.setVisible(True)
        self.erase_button.setEnabled(self._ctx.actor.role.rank >= Role.ADMIN.rank)
        self.form.name_edit.setFocus()

    def _section_answered(self, name: str, shown: bool) -> None:
        if shown:
            self._with_content.add(name)
        else:
            self._with_content.discard(name)
        self.program_sections[name].setVisible(shown)
        self.programs.setVisible(not self._with_content)

    # -- while typing a new person -----------------------------------------------------

    def _identity_edited(self) -> None:
        if self._detail is None or clean_digits(self.form.nik_edit.text()) != self._detail.nik:
            self._check_timer.start()

    def check_duplicates(self) -> None:
        """Who already holds the typed NIK, and (for a new person) who looks like them."""
        self._check_timer.stop()
        people, actor = self._ctx.services.people, self._ctx.actor
        nik, name, born = self.form.nik_edit.text(), self.form.name_edit.text(), self.form.birth_date()
        new_person = self._detail is None

        def work(_handle: object) -> tuple[PersonDetail | None, list[DuplicateCandidate] | None]:
            holder = None
            try:
                parse_nik(nik)
            except UserError:
                pass
            else:
                holder = people.find_by_nik(actor=actor, nik=nik)
            if not new_person:
                return holder, None
            return holder, people.possible_duplicates(actor=actor, nik=nik, full_name=name, birth_date=born)

        Operation(self._ctx, self, work).inline(self.error_label, clear=False).success(
            self._show_checked
        ).run()

    def _show_checked(self, found: tuple[PersonDetail | None, list[DuplicateCandidate] | None]) -> None:
        holder, candidates = found
        if holder is not None and self._detail is not None and holder.id == self._detail.id:
            holder = None
        self._nik_holder_id = None if holder is None else holder.id
        self.form.set_nik_holder(None if holder is None else holder.full_name)
        if self._detail is None and candidates is not None:
            self.duplicates.set_candidates(candidates)

    def _open_nik_holder(self) -> None:
        if self._nik_holder_id is not None:
            self._switch_to(self._nik_holder_id)

    def _open_candidate(self, person_id: str) -> None:
        self._switch_to(person_id)

    def _switch_to(self, person_id: str, *, notice: str = "") -> None:
        if self._detail is None and not notice:
            notice = self.tr(
                "This is the registered person's stored record. What you had "
                "typed for the new person was not saved."
            )
        self.load_person(person_id, notice=notice)

    # -- actions -----------------------------------------------------------------------

    def save(self) -> None:
        """Check the form, ask about a near-duplicate or a NIK that disagrees, then save through the service.

        The dialog closes on success. The look for similar people runs off the GUI thread."""
        draft = self.form.draft()
        check = check_person(draft)
        if check.errors:
            self._show_form_errors(check.errors)
            self.form.refresh_checks()
            return
        self._show_form_errors([])
        stored = self._detail
        born = self.form.birth_date()
        # An edit asks only about what it changes: a record kept as it was is not questioned each time.
        identity_changed = stored is None or (
            clean_digits(draft.nik),
            " ".join(draft.full_name.split()).lower(),
            born,
            draft.sex,
        ) != (stored.nik, " ".join(stored.full_name.split()).lower(), stored.birth_date, stored.sex.value)
        warnings = sex_disagreement(draft) if identity_changed else []
        if not identity_changed:
            self._save_now(draft)
            return
        people, actor, editing = (
            self._ctx.services.people,
            self._ctx.actor,
            None if stored is None else stored.id,
        )

        def look(_handle: object) -> list[DuplicateCandidate]:
            return people.possible_duplicates(
                actor=actor, nik=draft.nik, full_name=draft.full_name, birth_date=born
            )

        def answered(candidates: list[DuplicateCandidate]) -> None:
            # The same NIK is refused by the service itself (and shown); here, the look-alikes.
            similar = [c for c in candidates if c.id != editing and clean_digits(draft.nik) != c.nik]
            if self._may_save(similar, warnings):
                self._save_now(draft)

        Operation(self._ctx, self, look).inline(self.error_label, clear=False).success(answered).run()

    def _may_save(self, similar: list[DuplicateCandidate], warnings: list[str]) -> bool:
        """Ask first (Ya/Tidak) when the person looks registered already or the NIK disagrees."""
        if not similar and not warnings:
            return True
        points = [
            self.tr(
                "{name} (NIK {nik}, born {date}) is already registered with a similar name and the same "
                "date of birth: is this the same person?"
            ).format(name=candidate.full_name, nik=candidate.nik, date=format_date(candidate.birth_date))
            for candidate in similar
        ]
        points.extend(warnings)
        text = self.tr("Before saving, please check:\n\n{points}\n\nSave anyway?").format(
            points="\n".join(f"• {point}" for point in points)
        )
        if self._ctx.messages.confirm(
            self, self.tr("Save anyway?"), text, yes=self.tr("Yes"), no=self.tr("No")
        ):
            return True
        show_text(self.notice_label, self.tr("Not saved. Correct the form, or open the registered person."))
        if similar and self._detail is None:
            self.duplicates.set_candidates(similar)
        return False

    def _save_now(self, draft: PersonDraft) -> None:
        people, actor = self._ctx.services.people, self._ctx.actor
        editing = None if self._detail is None else self._detail.id

        def work(_handle: object) -> tuple[PersonDetail, ChangeSummary]:
            if editing is None:
                return people.register(actor=actor, draft=draft)
            return people.update(actor=actor, person_id=editing, draft=draft)

        Operation(self._ctx, self, work).changes().success(self._saved).failure(self._save_refused).run()

    def _show_form_errors(self, errors: list[str]) -> None:
        self._form_errors_shown = bool(errors)
        show_text(self.error_label, "\n".join(f"• {error}" for error in errors))

    def _recheck_form_errors(self) -> None:
        """After a refused save, the list shrinks as each field is fixed and goes once all are."""
        if self._form_errors_shown:
            self._show_form_errors(check_person(self.form.draft()).errors)

    def _save_refused(self, error: BaseException) -> None:
        self._form_errors_shown = False  # the service's refusal stays until the next save
        if isinstance(error, DuplicateNik):
            if self._detail is None:
                # Never a twin: show the person who already holds this NIK.
                self._switch_to(
                    error.existing_id,
                    notice=error.message
                    + "\n"
                    + self.tr("The form now shows that stored record; what you typed was not saved."),
                )
            else:
                self._nik_holder_id = error.existing_id
                show_text(self.error_label, error.message)
                self.check_duplicates()
        elif isinstance(error, UserError):
            show_text(self.error_label, error.message)

    def _saved(self, detail: PersonDetail) -> None:
        log.info("person %s saved from the form", detail.id)
        self.saved.emit(detail.id)
        self.accept()

    def delete_person(self) -> None:
        if self._detail is None:
            return
        reason = ask_delete_reason(self, self._detail.full_name)
        if reason is None:
            return
        people, actor, person_id = self._ctx.services.people, self._ctx.actor, self._detail.id
        Operation(
            self._ctx, self, lambda _h: people.delete(actor=actor, person_id=person_id, reason=reason)
        ).changes().inline(self.error_label).success(lambda _nothing: self._deleted(person_id)).run()

    def _deleted(self, person_id: str) -> None:
        log.info("person %s deleted from the form", person_id)
        self.deleted.emit(person_id)
        self.accept()

    def _household_changed(self, detail: PersonDetail) -> None:
        # The family's number changed under the form: saving later must not move them back.
        self._detail = detail
        self.form.set_kk_number(detail.kk_number)

    # -- UU PDP ------------------------------------------------------------------------

    def save_pdp_report(self) -> None:
        if self._detail is None:
            return
        suggested = self._ctx.services.paths.reports / f"laporan-data-pribadi-{date.today():%Y%m%d}.pdf"
        target = pdp_actions.choose_pdp_report_file(self, suggested)
        if target is None:
            return
        reports, actor, person_id = self._ctx.services.pdp_reports, self._ctx.actor, self._detail.id
        Operation(
            self._ctx, self, lambda _h: reports.save(actor=actor, person_id=person_id, target=target)
        ).changes().inline(self.error_label).success(self._report_saved).run()

    def _report_saved(self, saved: SavedPdpReport) -> None:
        # The file's name only: a long folder path without spaces would widen the dialog past the screen.
        text = self.tr("Personal data report saved: {path} ({pages} pages)")
        show_text(self.notice_label, text.format(path=saved.path.name, pages=saved.pages))
        self.notice_label.setToolTip(str(saved.path))

    def erase_person(self) -> None:
        """Ask the service what would go (or why not yet), confirm, then erase."""
        if self._detail is None:
            return
        erasure, actor, person_id = self._ctx.services.erasure, self._ctx.actor, self._detail.id
        Operation(self._ctx, self, lambda _h: erasure.plan(actor=actor, person_id=person_id)).inline(
            self.error_label
        ).success(self._confirm_erasure).run()

    def _confirm_erasure(self, plan: ErasurePlan) -> None:
        if not plan.allowed:
            show_text(self.error_label, plan.refusal())
            return
        reason = pdp_actions.confirm_erasure(self, plan)
        if reason is None:
            return
        erasure, actor, person_id = self._ctx.services.erasure, self._ctx.actor, plan.person_id
        Operation(
            self._ctx, self, lambda _h: erasure.erase(actor=actor, person_id=person_id, reason=reason)
        ).changes().inline(self.error_label).success(lambda _done: self._deleted(person_id)).run()
