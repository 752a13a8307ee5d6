"""Records a member's death (date, work accident, heir), then saves and shows the family's claim checklist."""

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_rupiah
from tangsel_desktop.domain.identity_numbers import mask_nik
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.claim_views import ClaimView
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.ui.jamsos.claim_checklist import checklist_work, show_checklist
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import labelled_rows
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, SUCCESS_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)

# Offered, not imposed: a family says "keponakan" too, and the heirs' order is printed on the checklist.
RELATIONS = ("istri", "suami", "anak", "ayah", "ibu", "saudara kandung", "mertua")


class DeathDialog(QDialog):
    """One death per dialog: once recorded, the form locks and the checklist can be saved and shown."""

    recorded = Signal(object)  # ClaimView

    def __init__(self, ctx: UiContext, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member = member
        self.claim: ClaimView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Record a death"))
        self.summary_label = plain_label(self)
        first = YearMonth.parse(member.first_month).label() if member.first_month else "-"
        show_text(
            self.summary_label,
            self.tr("{name}, NIK {nik}, KPJ {kpj}, covered since {first}.").format(
                name=member.full_name, nik=mask_nik(member.nik), kpj=member.kpj_number or "-", first=first
            ),
        )
        self.died_on_edit = QDateEdit(self)
        self.died_on_edit.setCalendarPopup(True)
        self.died_on_edit.setDisplayFormat("dd-MM-yyyy")
        self.died_on_edit.setMaximumDate(QDate.currentDate())
        self.died_on_edit.setDate(QDate.currentDate())
        self.last_month_edit = QLineEdit(self)
        self.last_month_edit.setPlaceholderText(self.tr("YYYY-MM; blank: the month of death"))
        self.work_accident_check = QCheckBox(self.tr("Died from a &work accident"), self)
        self.heir_name_edit = QLineEdit(self)
        self.heir_name_edit.setMaxLength(150)
        self.heir_relation_combo = QComboBox(self)
        self.heir_relation_combo.setEditable(True)
        self.heir_relation_combo.addItems(["", *RELATIONS])
        self.heir_phone_edit = QLineEdit(self)
        self.heir_phone_edit.setMaxLength(30)
        self.heir_phone_edit.setPlaceholderText("081234567890")
        # Only needed when the death reaches back into a month whose recap was already signed.
        self.correction_edit = QLineEdit(self)
        self.correction_edit.setMaxLength(500)
        self.correction_edit.setPlaceholderText(self.tr("only if a signed recap's month changes"))
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.record_button = QPushButton(self.tr("&Record the death"), self)
        self.record_button.setDefault(True)
        self.checklist_button = QPushButton(self.tr("&Save and show the checklist…"), self)
        self.checklist_button.setAutoDefault(False)
        self.checklist_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAutoDefault(False)
        self._lay_out()
        self.record_button.clicked.connect(self.record)
        self.checklist_button.clicked.connect(self.save_checklist)
        self.close_button.clicked.connect(self.reject)
        self.progress.over.connect(self._update)
        self._allowed = ctx.actor.role.rank >= Role.SUPERVISOR.rank
        if not self._allowed:
            show_text(
                self.message_label,
                self.tr("Only supervisors and administrators may record a death."),
                WARNING_STYLE,
            )
        self._update()
        self.setMinimumWidth(520)

    def _lay_out(self) -> None:
        form = labelled_rows(
            QFormLayout(),
            (
                (self.tr("&Date of death:"), self.died_on_edit),
                (self.tr("&Last covered month:"), self.last_month_edit),
                (self.tr("&Heir's name:"), self.heir_name_edit),
                (self.tr("Heir's r&elation:"), self.heir_relation_combo),
                (self.tr("Heir's &phone:"), self.heir_phone_edit),
                (self.tr("C&orrection reason:"), self.correction_edit),
            ),
        )
        form.addRow("", self.work_accident_check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.record_button, self.checklist_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

    @property
    def running(self) -> bool:
        return self.progress.running

    def _update(self) -> None:
        editable = self._allowed and self.claim is None and not self.running
        for field in (
            self.died_on_edit,
            self.last_month_edit,
            self.work_accident_check,
            self.heir_name_edit,
            self.heir_relation_combo,
            self.heir_phone_edit,
            self.correction_edit,
        ):
            field.setEnabled(editable)
        self.record_button.setEnabled(editable)
        self.checklist_button.setEnabled(self.claim is not None and not self.running)

    def _start(self, work: Any, finished: Any, *, changes: bool = False) -> None:
        show_text(self.message_label, "")
        # No cancel button: one short transaction, nothing to stop half-way.
        self.progress.run(
            self._ctx, work, finished=finished, failed=self._failed, cancellable=False, changes=changes
        )
        self._update()

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("Something went wrong; the error was logged.")
        show_text(self.message_label, failure_text(error, unexpected), ERROR_STYLE)

    def record(self) -> None:
        if not self.record_button.isEnabled():
            return
        picked = self.died_on_edit.date()
        died_on = date(picked.year(), picked.month(), picked.day())
        month_text = self.last_month_edit.text().strip()
        try:
            last_month = YearMonth.parse(month_text) if month_text else None
        except UserError as error:
            show_text(self.message_label, error.message, ERROR_STYLE)
            self.last_month_edit.setFocus()
            return
        claims, actor, member_id = self._ctx.services.jamsos_claims, self._ctx.actor, self._member.id
        accident = self.work_accident_check.isChecked()
        heir = (
            self.heir_name_edit.text(),
            self.heir_relation_combo.currentText(),
            self.heir_phone_edit.text(),
        )
        correction = self.correction_edit.text()

        def work(_handle: TaskHandle, _report: Progress) -> tuple[ClaimView, ChangeSummary]:
            return claims.record_death(
                actor=actor,
                member_id=member_id,
                died_on=died_on,
                last_month=last_month,
                work_accident=accident,
                heir_name=heir[0],
                heir_relation=heir[1],
                heir_phone=heir[2],
                correction_reason=correction,
            )

        self._start(work, self._recorded, changes=True)

    def _recorded(self, claim: ClaimView) -> None:
        self.claim = claim
        self._update()
        self.recorded.emit(claim)
        benefits = claim.benefits
        text = self.tr(
            "Recorded. The membership ended with {month}. JKM benefit {jkm}; "
            "{months} months of contributions."
        ).format(
            month=YearMonth.parse(claim.member.last_month or "").label(),
            jkm=format_rupiah(benefits.jkm),
            months=benefits.months,
        )
        show_text(self.message_label, text, SUCCESS_STYLE)
        self.checklist_button.setDefault(True)
        self.checklist_button.setFocus()

    def save_checklist(self) -> None:
        if self.claim is None or self.running:
            return
        self._start(checklist_work(self._ctx, self.claim.member.id), self._saved)

    def _saved(self, path: Path) -> None:
        self.preview = show_checklist(self, self.message_label, path, self.preview)
