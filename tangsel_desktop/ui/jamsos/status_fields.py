"""The fields a status step may need: KPJ and first covered month (active), last month and reason (ended)."""

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import show_text

log = logging.getLogger(__name__)

# A death is recorded through the death dialog, which also prints the family's JKM claim checklist.
END_REASONS = tuple(reason for reason in EndReason if reason is not EndReason.DIED)


@dataclass(frozen=True)
class StepValues:
    kpj: str | None
    month: YearMonth | None
    end_reason: EndReason | None


class StatusFields(QWidget):
    """Shows only what the target status asks for; values() checks the month as it reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: MemberStatus | None = None
        self.kpj_edit = QLineEdit(self)
        self.kpj_edit.setMaxLength(30)
        self.kpj_edit.setPlaceholderText(self.tr("from BPJS Ketenagakerjaan, e.g. 25012345678"))
        self.month_edit = QLineEdit(self)
        self.month_edit.setPlaceholderText(self.tr("YYYY-MM, e.g. 2025-09"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.addItem(self.tr("Choose a reason…"), "")
        for reason in END_REASONS:
            self.reason_combo.addItem(reason.label, reason.value)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("KPJ number:"), self.kpj_edit)
        self.form.addRow(self.tr("First covered month:"), self.month_edit)
        self.form.addRow(self.tr("End reason:"), self.reason_combo)

    def set_target(self, target: MemberStatus | None) -> None:
        self._target = target
        active, ended = target is MemberStatus.ACTIVE, target is MemberStatus.ENDED
        self.form.setRowVisible(self.kpj_edit, active)
        self.form.setRowVisible(self.month_edit, active or ended)
        self.form.setRowVisible(self.reason_combo, ended)
        label = self.form.labelForField(self.month_edit)
        if isinstance(label, QLabel):
            label.setText(self.tr("Last covered month:") if ended else self.tr("First covered month:"))
        self.setVisible(active or ended)

    def values(self) -> StepValues:
        """What the target needs, as typed; a missing KPJ or month is left to the service to name."""
        if self._target is MemberStatus.ACTIVE:
            return StepValues(self.kpj_edit.text().strip() or None, self._month(), None)
        if self._target is MemberStatus.ENDED:
            reason = self.reason_combo.currentData()
            return StepValues(None, self._month(), EndReason(reason) if reason else None)
        return StepValues(None, None, None)

    def _month(self) -> YearMonth | None:
        text = self.month_edit.text().strip()
        if not text:
            return None
        try:
            return YearMonth.parse(text)
        except UserError:
            self.month_edit.setFocus()
            raise


class StatusDialog(Protocol):
    """What save_status needs of a status dialog."""

    saved: Any  # Signal(str): the member id
    error_label: QLabel
    fields: StatusFields

    def accept(self) -> None: ...


def save_status(
    dialog: "StatusDialog", ctx: UiContext, member: MemberView, to: MemberStatus, reason: str, how: str
) -> None:
    """Set the member's status as an Operation; the dialog closes on success, or shows the refusal."""
    try:
        values = dialog.fields.values()
    except UserError as error:
        show_text(dialog.error_label, error.message)
        return
    jamsos, actor = ctx.services.jamsos, ctx.actor

    def work(_handle: object) -> tuple[MemberView, ChangeSummary]:
        return jamsos.set_status(
            actor=actor,
            member_id=member.id,
            to=to,
            kpj=values.kpj,
            month=values.month,
            end_reason=values.end_reason,
            reason=reason,
        )

    def done(saved: MemberView) -> None:
        log.info("jamsos member %s set to %s %s", saved.id, saved.status.value, how)
        dialog.saved.emit(saved.id)
        dialog.accept()

    assert isinstance(dialog, QObject)
    Operation(ctx, dialog, work).changes().inline(dialog.error_label).success(done).run()
