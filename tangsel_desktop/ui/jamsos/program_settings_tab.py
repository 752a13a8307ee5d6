"""The program's settings: eligibility rules, occupations, premium rates and where families claim."""

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_rupiah
from tangsel_desktop.domain.jamsos.membership_rules import (
    DEFAULT_KPJ_LENGTH,
    KPJ_LENGTHS,
    EligibilityRules,
    Rate,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.rupiah_input import parse_rupiah
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, SUCCESS_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgramSettings:
    """Everything the tab shows, read in one background task."""

    rules: EligibilityRules
    kpj_length: int
    four_eyes: bool
    occupations: list[str]
    rates: list[Rate]
    where_to_go: str


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ProgramSettingsTab(QWidget):
    """Administrators edit; everyone else reads the same values with the fields locked."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loaded = False
        self.can_edit = ctx.actor.role.rank >= Role.ADMIN.rank
        self.rules_box = self._make_rules()
        self.occupations_box = self._make_occupations()
        self.rates_box = self._make_rates()
        self.where_box = self._make_where()
        self.progress = ProgressRow(self)
        self.progress.over.connect(self._update)
        self.role_label = plain_label(self, WARNING_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        if not self.can_edit:
            show_text(self.role_label, self.tr("Only administrators change the program's settings."))
        grid = QGridLayout()
        grid.addWidget(self.rules_box, 0, 0)
        grid.addWidget(self.occupations_box, 0, 1)
        grid.addWidget(self.rates_box, 1, 0)
        grid.addWidget(self.where_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role_label)
        layout.addLayout(grid, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        self.reload()

    # Building --------------------------------------------------------------------------------------

    def _make_rules(self) -> QGroupBox:
        box = QGroupBox(self.tr("Eligibility rules"), self)
        self.max_desil_spin = QSpinBox(box)
        self.max_desil_spin.setRange(1, 10)
        self.min_age_spin = QSpinBox(box)
        self.min_age_spin.setRange(0, 120)
        self.max_age_spin = QSpinBox(box)
        self.max_age_spin.setRange(0, 120)
        for spin in (self.min_age_spin, self.max_age_spin):
            spin.setSuffix(self.tr(" years"))
        self.office_only_check = QCheckBox(self.tr("Only residents of this office's kelurahan"), box)
        self.kpj_length_spin = QSpinBox(box)
        self.kpj_length_spin.setRange(KPJ_LENGTHS.start, KPJ_LENGTHS.stop - 1)
        self.kpj_length_spin.setValue(DEFAULT_KPJ_LENGTH)
        self.kpj_length_spin.setSuffix(self.tr(" digits"))
        self.kpj_length_spin.setToolTip(self.tr("Digits only, this many (11 on current cards)."))
        self.four_eyes_check = QCheckBox(self.tr("Four eyes: proposer, verifier and submitter differ"), box)
        self.four_eyes_check.setToolTip(
            self.tr("Turn off only in a one-person office; each step one person then takes twice is audited.")
        )
        self.save_rules_button = QPushButton(self.tr("Save &rules"), box)
        self.save_rules_button.clicked.connect(self.save_rules)
        form = QFormLayout(box)
        form.addRow(self.tr("Highest DTSEN desil:"), self.max_desil_spin)
        form.addRow(self.tr("Youngest age:"), self.min_age_spin)
        form.addRow(self.tr("Oldest age:"), self.max_age_spin)
        form.addRow("", self.office_only_check)
        form.addRow(self.tr("KPJ number length:"), self.kpj_length_spin)
        form.addRow("", self.four_eyes_check)
        form.addRow("", self.save_rules_button)
        return box

    def _make_occupations(self) -> QGroupBox:
        box = QGroupBox(self.tr("Occupations"), self)
        self.occupation_list = QListWidget(box)
        self.occupation_edit = QLineEdit(box)
        self.occupation_edit.setMaxLength(100)
        self.occupation_edit.setPlaceholderText(self.tr("e.g. juru parkir"))
        self.add_occupation_button = QPushButton(self.tr("A&dd"), box)
        self.remove_occupation_button = QPushButton(self.tr("Re&move"), box)
        self.save_occupations_button = QPushButton(self.tr("Save &occupations"), box)
        self.add_occupation_button.clicked.connect(self.add_occupation)
        self.occupation_edit.returnPressed.connect(self.add_occupation)
        self.remove_occupation_button.clicked.connect(self.remove_occupation)
        self.save_occupations_button.clicked.connect(self.save_occupations)
        adding = QHBoxLayout()
        adding.addWidget(self.occupation_edit, 1)
        adding.addWidget(self.add_occupation_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_occupation_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_occupations_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.occupation_list, 1)
        layout.addLayout(adding)
        layout.addLayout(buttons)
        return box

    def _make_rates(self) -> QGroupBox:
        box = QGroupBox(self.tr("Monthly premium per member"), self)
        self.rates_table = QTableWidget(0, 5, box)
        self.rates_table.setHorizontalHeaderLabels(
            [self.tr("From"), "JKK", "JKM", "JHT", self.tr("Paid by the city")]
        )
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.verticalHeader().hide()
        self.rates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rate_month_edit = QLineEdit(box)
        self.rate_month_edit.setPlaceholderText(self.tr("YYYY-MM"))
        self.jkk_edit, self.jkm_edit, self.jht_edit = QLineEdit(box), QLineEdit(box), QLineEdit(box)
        self.jht_edit.setText("0")
        for edit, example in ((self.jkk_edit, "10000"), (self.jkm_edit, "6800"), (self.jht_edit, "0")):
            edit.setPlaceholderText(example)
        self.add_rate_button = QPushButton(self.tr("Add a rate from this &month"), box)
        self.add_rate_button.clicked.connect(self.add_rate)
        form = QFormLayout()
        form.addRow(self.tr("From month:"), self.rate_month_edit)
        form.addRow("JKK (Rp):", self.jkk_edit)
        form.addRow("JKM (Rp):", self.jkm_edit)
        form.addRow(self.tr("JHT (Rp, optional):"), self.jht_edit)
        form.addRow("", self.add_rate_button)
        note = QLabel(
            self.tr("A rate applies from its month on, never back. A month's rate cannot be changed."), box
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rates_table, 1)
        layout.addWidget(note)
        layout.addLayout(form)
        return box

    def _make_where(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where families take a death claim"), self)
        self.where_edit = QPlainTextEdit(box)
        self.where_edit.setTabChangesFocus(True)
        self.save_where_button = QPushButton(self.tr("Save &text"), box)
        self.save_where_button.clicked.connect(self.save_where)
        note = QLabel(self.tr("Printed on the family's claim checklist."), box)
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.where_edit, 1)
        layout.addWidget(self.save_where_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # Reading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        services = self._ctx.services

        def work(_handle: TaskHandle, _report: Progress) -> ProgramSettings:
            return ProgramSettings(
                rules=services.jamsos_settings.rules(),
                kpj_length=services.jamsos_settings.kpj_length(),
                four_eyes=services.jamsos_settings.four_eyes(),
                occupations=services.jamsos_settings.occupations(),
                rates=services.jamsos.rates(),
                where_to_go=services.jamsos_settings.where_to_go(),
            )

        self._run(work, self._show)

    def _show(self, settings: ProgramSettings) -> None:
        self._loaded = True
        rules = settings.rules
        self.max_desil_spin.setValue(rules.max_desil)
        self.min_age_spin.setValue(rules.min_age)
        self.max_age_spin.setValue(rules.max_age)
        self.office_only_check.setChecked(rules.require_office_kelurahan)
        self.kpj_length_spin.setValue(settings.kpj_length)
        self.four_eyes_check.setChecked(settings.four_eyes)
        self.occupation_list.clear()
        for name in settings.occupations:
            self._add_item(name)
        self.rates_table.setRowCount(0)
        for rate in settings.rates:
            row = self.rates_table.rowCount()
            self.rates_table.insertRow(row)
            self.rates_table.setItem(row, 0, QTableWidgetItem(rate.effective_from.label()))
            for column, amount in enumerate((rate.jkk, rate.jkm, rate.jht, rate.premium()), start=1):
                self.rates_table.setItem(row, column, _right(format_rupiah(amount)))
        self.where_edit.setPlainText(settings.where_to_go)
        self._update()

    def _add_item(self, name: str) -> None:
        item = QListWidgetItem(name, self.occupation_list)
        if self.can_edit:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

    def occupations(self) -> list[str]:
        return [self.occupation_list.item(row).text() for row in range(self.occupation_list.count())]

    # Running ---------------------------------------------------------------------------------------

    def _update(self) -> None:
        editable = self.can_edit and self._loaded and not self.progress.running
        for widget in (
            self.max_desil_spin,
            self.min_age_spin,
            self.max_age_spin,
            self.office_only_check,
            self.kpj_length_spin,
            self.four_eyes_check,
            self.save_rules_button,
            self.occupation_edit,
            self.add_occupation_button,
            self.remove_occupation_button,
            self.save_occupations_button,
            self.rate_month_edit,
            self.jkk_edit,
            self.jkm_edit,
            self.jht_edit,
            self.add_rate_button,
            self.save_where_button,
        ):
            widget.setEnabled(editable)
        self.where_edit.setReadOnly(not editable)

    def _run(self, work: Any, finished: Any, *, changes: bool = False) -> None:
        show_text(self.message_label, "")
        # No cancel button: small reads and one-row writes.
        self.progress.run(
            self._ctx, work, finished=finished, failed=self._failed, cancellable=False, changes=changes
        )
        self._update()

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("Something went wrong; the error was logged.")
        show_text(self.message_label, failure_text(error, unexpected), ERROR_STYLE)

    def _save(self, work: Any, done: str) -> None:
        def finished(_nothing: None) -> None:
            self.reload()
            show_text(self.message_label, done, SUCCESS_STYLE)

        self._run(lambda _h, _r: work(), finished, changes=True)

    def _error(self, error: UserError) -> None:
        show_text(self.message_label, error.message, ERROR_STYLE)

    # Editing ---------------------------------------------------------------------------------------

    def save_rules(self) -> None:
        try:
            rules = EligibilityRules(
                max_desil=self.max_desil_spin.value(),
                min_age=self.min_age_spin.value(),
                max_age=self.max_age_spin.value(),
                require_office_kelurahan=self.office_only_check.isChecked(),
            )
        except UserError as error:
            self._error(error)
            return
        settings, actor = self._ctx.services.jamsos_settings, self._ctx.actor
        length, four_eyes = self.kpj_length_spin.value(), self.four_eyes_check.isChecked()

        def work() -> ChangeSummary:
            return (
                settings.set_rules(actor=actor, rules=rules)
                | settings.set_kpj_length(actor=actor, length=length)
                | settings.set_four_eyes(actor=actor, on=four_eyes)
            )

        self._save(work, self.tr("Rules saved."))

    def add_occupation(self) -> None:
        name = " ".join(self.occupation_edit.text().split())
        if not name or not self.add_occupation_button.isEnabled():
            return
        self._add_item(name)
        self.occupation_list.setCurrentRow(self.occupation_list.count() - 1)
        self.occupation_edit.clear()
        show_text(
            self.message_label, self.tr("Added to the list; save the occupations to keep it."), WARNING_STYLE
        )

    def remove_occupation(self) -> None:
        row = self.occupation_list.currentRow()
        if row >= 0 and self.remove_occupation_button.isEnabled():
            self.occupation_list.takeItem(row)
            show_text(
                self.message_label,
                self.tr("Removed from the list; save the occupations to keep it. Members keep theirs."),
                WARNING_STYLE,
            )

    def save_occupations(self) -> None:
        names, settings, actor = self.occupations(), self._ctx.services.jamsos_settings, self._ctx.actor
        self._save(
            lambda: settings.set_occupations(actor=actor, occupations=names), self.tr("Occupations saved.")
        )

    def add_rate(self) -> None:
        try:
            month = YearMonth.parse(self.rate_month_edit.text())
            jkk = parse_rupiah(self.jkk_edit.text(), "JKK")
            jkm = parse_rupiah(self.jkm_edit.text(), "JKM")
            jht = parse_rupiah(self.jht_edit.text() or "0", "JHT")
        except UserError as error:
            self._error(error)
            return
        jamsos, actor = self._ctx.services.jamsos, self._ctx.actor

        def work() -> ChangeSummary:
            return jamsos.set_rate(actor=actor, effective_from=month, jkk=jkk, jkm=jkm, jht=jht)

        self._save(work, self.tr("Rate from {month} added.").format(month=month.label()))

    def save_where(self) -> None:
        text, settings, actor = (
            self.where_edit.toPlainText(),
            self._ctx.services.jamsos_settings,
            self._ctx.actor,
        )
        self._save(lambda: settings.set_where_to_go(actor=actor, text=text), self.tr("Text saved."))
