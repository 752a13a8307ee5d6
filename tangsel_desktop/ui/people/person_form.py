"""The fields of a person's record, with the NIK checked live as the clerk types."""

import itertools
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import COMMON_OCCUPATIONS, Disability, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.identity_numbers import nik_warnings, parse_nik
from tangsel_desktop.domain.person_rules import PersonDraft, parse_date_text
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, WARNING_STYLE

_EIGHT_DIGITS = re.compile(r"^\d{8}$")


def birth_date_text(raw: str) -> str:
    """Clerks often type 17081985 without dashes: read eight digits as DD-MM-YYYY."""
    text = raw.strip()
    if _EIGHT_DIGITS.match(text):
        return f"{text[:2]}-{text[2:4]}-{text[4:]}"
    return text


class PersonForm(QWidget):
    """The person's fields in one column, in the order of the KTP, keyboard first."""

    edited = Signal()
    # Something that the duplicate check looks at changed (NIK, name or birth date).
    identity_edited = Signal()
    open_nik_holder = Signal()

    def __init__(self, default_kelurahan: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_kelurahan = default_kelurahan
        self.nik_edit = QLineEdit(self)
        self.nik_edit.setMaxLength(24)
        self.nik_edit.setPlaceholderText(self.tr("16 digits, as on the KTP"))
        self.nik_status = plain_label(self)
        self.nik_holder_button = QPushButton(self.tr("Open the registered person"), self)
        self.nik_holder_button.setAutoDefault(False)
        self.nik_holder_button.hide()
        self.kk_edit = QLineEdit(self)
        self.kk_edit.setMaxLength(24)
        self.kk_edit.setPlaceholderText(self.tr("16 digits, as on the family card (may be empty)"))
        self.relation_combo = QComboBox(self)
        self.relation_combo.addItem(self.tr("(not recorded)"), None)
        for relation in FamilyRelation:
            # The KK's own words (SHDK), printed the same on every Kartu Keluarga: not translated.
            self.relation_combo.addItem(relation.label, relation.value)
        self.relation_combo.setToolTip(
            self.tr("The relationship to the head of family, as the Kartu Keluarga writes it.")
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(150)
        self.sex_combo = QComboBox(self)
        self.sex_combo.addItem(self.tr("— choose —"), "")
        self.sex_combo.addItem(self.tr("L — Male"), Sex.MALE.value)
        self.sex_combo.addItem(self.tr("P — Female"), Sex.FEMALE.value)
        self.birth_place_edit = QLineEdit(self)
        self.birth_date_edit = QLineEdit(self)
        self.birth_date_edit.setMaxLength(10)
        self.birth_date_edit.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.birth_date_hint = plain_label(self, HINT_STYLE)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("Street, alley or kampung, house number"))
        self.rt_edit = QLineEdit(self)
        self.rt_edit.setMaxLength(3)
        self.rt_edit.setPlaceholderText(self.tr("RT"))
        self.rw_edit = QLineEdit(self)
        self.rw_edit.setMaxLength(3)
        self.rw_edit.setPlaceholderText(self.tr("RW"))
        self.kelurahan_combo = QComboBox(self)
        # Typed, not scrolled: many names share a first word (Pondok ..., Lengkong ...), and a
        # plain combo opens its list on the space bar. Any part of the name finds it; older
        # spellings and Kemendagri codes typed in full are understood when saving.
        self.kelurahan_combo.setEditable(True)
        self.kelurahan_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for kelurahan in sorted(wilayah().kelurahan, key=lambda k: k.name):
            self.kelurahan_combo.addItem(kelurahan.label, kelurahan.code)
        completer = self.kelurahan_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        kelurahan_edit = self.kelurahan_combo.lineEdit()
        if kelurahan_edit is not None:
            kelurahan_edit.setPlaceholderText(self.tr("Type part of the kelurahan's name"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 081234567890"))
        self.occupation_combo = QComboBox(self)
        self.occupation_combo.setEditable(True)
        self.occupation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.occupation_combo.addItems(list(COMMON_OCCUPATIONS))
        self.disability_combo = QComboBox(self)
        for kind in Disability:
            self.disability_combo.addItem(kind.label, kind.value)
        self.desil_combo = QComboBox(self)
        self.desil_combo.addItem(self.tr("(not recorded)"), None)
        for desil in range(1, 11):
            self.desil_combo.addItem(str(desil), desil)
        self.notes_edit = QPlainTextEdit(self)
        # Tab must move on to the buttons, not type a tab character into the notes.
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._lay_out()
        self._connect()
        self.clear()

    def _lay_out(self) -> None:
        form = self.fields = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        nik_box = QVBoxLayout()
        nik_box.setSpacing(2)
        nik_box.addWidget(self.nik_edit)
        nik_box.addWidget(self.nik_status)
        nik_box.addWidget(self.nik_holder_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("NIK"), nik_box)
        form.addRow(self.tr("No. KK"), self.kk_edit)
        form.addRow(self.tr("Relationship in the family"), self.relation_combo)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Sex"), self.sex_combo)
        form.addRow(self.tr("Place of birth"), self.birth_place_edit)
        date_box = QHBoxLayout()
        date_box.addWidget(self.birth_date_edit)
        date_box.addWidget(self.birth_date_hint, 1)
        self.birth_date_edit.setFixedWidth(
            self.birth_date_edit.fontMetrics().horizontalAdvance("00-00-00000") + 16
        )
        form.addRow(self.tr("Date of birth"), date_box)
        form.addRow(self.tr("Address"), self.address_edit)
        rt_rw = QHBoxLayout()
        for edit in (self.rt_edit, self.rw_edit):
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000") + 24)
        rt_rw.addWidget(self.rt_edit)
        rt_rw.addWidget(QLabel("/", self))
        rt_rw.addWidget(self.rw_edit)
        rt_rw.addStretch(1)
        form.addRow(self.tr("RT/RW"), rt_rw)
        form.addRow(self.tr("Kelurahan"), self.kelurahan_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Occupation"), self.occupation_combo)
        form.addRow(self.tr("Disability"), self.disability_combo)
        form.addRow(self.tr("DTSEN decile"), self.desil_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        # Spare height goes below the last field, not between the rows.
        outer.addStretch(1)
        # The order a KTP is read in; the duplicate button sits between NIK and KK.
        order = [
            self.nik_edit,
            self.nik_holder_button,
            self.kk_edit,
            self.relation_combo,
            self.name_edit,
            self.sex_combo,
            self.birth_place_edit,
            self.birth_date_edit,
            self.address_edit,
            self.rt_edit,
            self.rw_edit,
            self.kelurahan_combo,
            self.phone_edit,
            self.occupation_combo,
            self.disability_combo,
            self.desil_combo,
            self.notes_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for edit in (
            self.kk_edit,
            self.birth_place_edit,
            self.address_edit,
            self.rt_edit,
            self.rw_edit,
            self.phone_edit,
        ):
            edit.textEdited.connect(self.edited)
        for combo in (self.relation_combo, self.disability_combo, self.desil_combo):
            combo.currentIndexChanged.connect(self.edited)
        self.kelurahan_combo.editTextChanged.connect(self.edited)
        self.occupation_combo.editTextChanged.connect(self.edited)
        self.notes_edit.textChanged.connect(self.edited)
        for edit in (self.nik_edit, self.name_edit, self.birth_date_edit):
            edit.textChanged.connect(self._identity_changed)
        self.sex_combo.currentIndexChanged.connect(self._identity_changed)
        self.nik_holder_button.clicked.connect(self.open_nik_holder)

    def _identity_changed(self) -> None:
        self.refresh_checks()
        self.edited.emit()
        self.identity_edited.emit()

    # -- values in and out ---------------------------------------------------------------

    def clear(self) -> None:
        """An empty form for a new person, in this office's kelurahan."""
        for edit in (
            self.nik_edit,
            self.kk_edit,
            self.name_edit,
            self.birth_place_edit,
            self.birth_date_edit,
            self.address_edit,
            self.rt_edit,
            self.rw_edit,
            self.phone_edit,
        ):
            edit.clear()
        self.notes_edit.clear()
        self.sex_combo.setCurrentIndex(0)
        if not self._select(self.kelurahan_combo, self._default_kelurahan):
            # The central office serves every kelurahan: no silent default, the clerk types one.
            self.kelurahan_combo.setCurrentIndex(-1)
            self.kelurahan_combo.setEditText("")
        self.occupation_combo.setCurrentIndex(-1)
        self.occupation_combo.setEditText("")
        self.disability_combo.setCurrentIndex(0)
        self.desil_combo.setCurrentIndex(0)
        self.relation_combo.setCurrentIndex(0)
        self.set_nik_holder(None)
        self.refresh_checks()

    def load(self, person: PersonDetail) -> None:
        self.nik_edit.setText(person.nik)
        self.kk_edit.setText(person.kk_number)
        self.name_edit.setText(person.full_name)
        self._select(self.sex_combo, person.sex.value)
        self.birth_place_edit.setText(person.birth_place)
        self.birth_date_edit.setText(f"{person.birth_date:%d-%m-%Y}")
        self.address_edit.setText(person.address)
        self.rt_edit.setText(person.rt)
        self.rw_edit.setText(person.rw)
        if not self._select(self.kelurahan_combo, person.kelurahan_code):
            # A code outside the reference list still shows, so saving does not silently move them.
            self.kelurahan_combo.addItem(person.kelurahan_code, person.kelurahan_code)
            self._select(self.kelurahan_combo, person.kelurahan_code)
        self.phone_edit.setText(person.phone)
        self.occupation_combo.setEditText(person.occupation)
        self._select(self.disability_combo, person.disability.value)
        self._select(self.desil_combo, person.desil)
        relation = person.family_relation
        self.relation_combo.setCurrentIndex(
            0 if relation is None else max(0, self.relation_combo.findData(relation.value))
        )
        self.notes_edit.setPlainText(person.notes)
        self.set_nik_holder(None)
        self.refresh_checks()

    def set_kk_number(self, kk_number: str) -> None:
        self.kk_edit.setText(kk_number)

    def draft(self) -> PersonDraft:
        desil = self.desil_combo.currentData()
        return PersonDraft(
            nik=self.nik_edit.text(),
            kk_number=self.kk_edit.text(),
            full_name=self.name_edit.text(),
            sex=self.sex_combo.currentData() or "",
            birth_place=self.birth_place_edit.text(),
            birth_date=birth_date_text(self.birth_date_edit.text()),
            address=self.address_edit.text(),
            rt=self.rt_edit.text(),
            rw=self.rw_edit.text(),
            kelurahan=self.kelurahan_value(),
            phone=self.phone_edit.text(),
            occupation=self.occupation_combo.currentText(),
            disability=self.disability_combo.currentData() or "",
            desil=desil if isinstance(desil, int) else None,
            family_relation=self.relation_combo.currentData() or "",
            notes=self.notes_edit.toPlainText(),
        )

    def kelurahan_value(self) -> str:
        """The chosen kelurahan's code, or the text as typed (a name, an alias or a code)."""
        text = self.kelurahan_combo.currentText().strip()
        position = self.kelurahan_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.kelurahan_combo.itemData(position)) if position >= 0 else text

    def birth_date(self) -> date | None:
        try:
            return parse_date_text(birth_date_text(self.birth_date_edit.text()))
        except UserError:
            return None

    @staticmethod
    def _select(combo: QComboBox, value: object) -> bool:
        position = combo.findData(value)
        if position >= 0:
            combo.setCurrentIndex(position)
        return position >= 0

    # -- live checks -------------------------------------------------------------------

    def set_nik_holder(self, name: str | None) -> None:
        """Someone already holds the typed NIK: say who, and offer to open them."""
        self._nik_holder = name
        if name is None:
            self.nik_holder_button.hide()
        else:
            self.nik_holder_button.setText(self.tr("Open {name}'s record").format(name=name))
            self.nik_holder_button.show()
        self.refresh_checks()

    def refresh_checks(self) -> None:
        """The NIK line: its structure error in red, or what disagrees with the record in amber."""
        self._refresh_birth_date_hint()
        raw = self.nik_edit.text()
        if not raw.strip():
            show_text(self.nik_status, "")
            return
        try:
            info = parse_nik(raw)
        except UserError as error:
            show_text(self.nik_status, error.message, ERROR_STYLE)
            return
        if getattr(self, "_nik_holder", None):
            show_text(
                self.nik_status,
                self.tr(
                    "This NIK is already registered to {name}. Open that record instead of "
                    "registering the person twice."
                ).format(name=self._nik_holder),
                ERROR_STYLE,
            )
            return
        sex_value = self.sex_combo.currentData()
        warnings = nik_warnings(info, birth_date=self.birth_date(), sex=Sex(sex_value) if sex_value else None)
        if warnings:
            show_text(self.nik_status, "\n".join(warnings), WARNING_STYLE)
        elif info.birth_date is not None:
            show_text(
                self.nik_status,
                self.tr("By the NIK: {sex}, born {date}.").format(
                    sex=info.sex.label.lower(), date=format_date(info.birth_date)
                ),
                HINT_STYLE,
            )
        else:
            show_text(self.nik_status, "")

    def _refresh_birth_date_hint(self) -> None:
        raw = self.birth_date_edit.text().strip()
        if not raw:
            show_text(self.birth_date_hint, "")
            return
        try:
            parsed = parse_date_text(birth_date_text(raw))
        except UserError as error:
            # Half-typed dates are normal: only complain once it looks finished.
            finished = len(raw) >= 8 and not self.birth_date_edit.hasFocus()
            message = error.message if finished or len(raw) >= 10 else ""
            show_text(self.birth_date_hint, message, ERROR_STYLE)
            return
        show_text(self.birth_date_hint, format_date(parsed), HINT_STYLE)
