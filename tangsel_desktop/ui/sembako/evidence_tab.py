"""Evidence: a person's letter per category (document, from, until), the remote RWs, and whose letter ends
this month (they need a new one before the next round)."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.person_rules import parse_date_text
from tangsel_desktop.domain.sembako.categories import Category
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import EvidenceView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.sembako.sembako_common import gate, is_supervisor
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, HINT_STYLE

Answer = tuple[list[EvidenceView], dict[str, str]]


def _optional_date(text: str) -> date | None:
    return parse_date_text(text.strip()) if text.strip() else None


def _read(services: Services, actor: Actor) -> Answer:
    evidence = services.sembako_evidence
    return evidence.ending(actor=actor), evidence.remote_rws()


class EvidenceTab(SembakoTab):
    """Operators record letters; supervisors decide which RWs count as remote."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.nik_field = QLineEdit(self)
        self.nik_field.setMaxLength(16)
        self.category_combo = QComboBox(self)
        for category in Category:
            if category.needs_letter:
                self.category_combo.addItem(category.label, category.value)
        self.document_field = QLineEdit(self)
        self.document_field.setPlaceholderText(self.tr("number and issuer, e.g. 440/123/Puskesmas Ciputat"))
        self.from_field = QLineEdit(self)
        self.from_field.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.until_field = QLineEdit(self)
        self.until_field.setPlaceholderText(self.tr("DD-MM-YYYY, empty: the category's usual term"))
        self.child_field = QLineEdit(self)
        self.child_field.setPlaceholderText(self.tr("stunting only"))
        self.child_birth_field = QLineEdit(self)
        self.child_birth_field.setPlaceholderText(self.tr("DD-MM-YYYY, stunting only"))
        self.record_button = QPushButton(self.tr("&Record the letter"), self, autoDefault=False)
        self.letter_message = InlineMessage(self)
        self.rw_field = QLineEdit(self)
        self.rw_field.setMaxLength(3)
        self.rw_field.setPlaceholderText(self.tr("e.g. 007"))
        self.note_field = QLineEdit(self)
        self.note_field.setPlaceholderText(self.tr("why: e.g. across the river, no road"))
        self.remote_button = QPushButton(self.tr("&Mark remote"), self, autoDefault=False)
        self.not_remote_button = QPushButton(self.tr("&No longer remote"), self, autoDefault=False)
        gate(self.remote_button, is_supervisor(ctx.actor))
        gate(self.not_remote_button, is_supervisor(ctx.actor))
        self.remote_label = plain_label(self, HINT_STYLE)
        self.remote_label.show()
        self.rw_message = InlineMessage(self)
        self.ending_title = plain_label(self, BOLD_STYLE)
        self.ending_title.show()
        self.ending_model = RowsModel(
            [self.tr("Ends on"), self.tr("Category"), self.tr("NIK"), self.tr("Name"), self.tr("RW"),
             self.tr("Letter")], self)  # fmt: skip
        self.ending_view = QTableView(self)
        set_up_listing(self.ending_view, self.ending_model, widths={0: 100, 1: 280, 2: 140, 3: 200, 4: 50})
        # The table shows this month's ending letters, or every letter of one NIK (to withdraw one).
        self.shown_nik = ""
        self.letters_button = QPushButton(self.tr("This NIK's le&tters"), self, autoDefault=False)
        self.ending_button = QPushButton(self.tr("&Ending this month"), self, autoDefault=False)
        self.revoke_reason_field = QLineEdit(self)
        self.revoke_reason_field.setPlaceholderText(self.tr("why: recorded by mistake, treatment stopped"))
        self.revoke_button = QPushButton(self.tr("Withdraw the &selected letter"), self, autoDefault=False)
        self.list_message = InlineMessage(self)
        self._lay_out()
        self.record_button.clicked.connect(self.record)
        self.remote_button.clicked.connect(lambda: self.set_remote(True))
        self.not_remote_button.clicked.connect(lambda: self.set_remote(False))
        self.letters_button.clicked.connect(self.show_letters)
        self.ending_button.clicked.connect(self.show_ending)
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_reason_field.returnPressed.connect(self.revoke)

    def _lay_out(self) -> None:
        letter = QGroupBox(self.tr("Record a letter (stunting, TBC)"), self)
        form = QFormLayout(letter)
        form.addRow(self.tr("NI&K:"), self.nik_field)
        form.addRow(self.tr("&Category:"), self.category_combo)
        form.addRow(self.tr("&Letter:"), self.document_field)
        form.addRow(self.tr("Valid &from:"), self.from_field)
        form.addRow(self.tr("Valid &until:"), self.until_field)
        form.addRow(self.tr("C&hild's name:"), self.child_field)
        form.addRow(self.tr("Child's &birth date:"), self.child_birth_field)
        form.addRow("", self.record_button)
        form.addRow(self.letter_message)
        remote = QGroupBox(self.tr("Remote RWs (supervisor)"), self)
        remote_form = QFormLayout(remote)
        remote_form.addRow(self.tr("R&W:"), self.rw_field)
        remote_form.addRow(self.tr("N&ote:"), self.note_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remote_button)
        buttons.addWidget(self.not_remote_button)
        buttons.addStretch(1)
        remote_form.addRow("", buttons)
        remote_form.addRow(self.remote_label)
        remote_form.addRow(self.rw_message)
        top = QHBoxLayout()
        top.addWidget(letter, 3)
        top.addWidget(remote, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        title_row = QHBoxLayout()
        title_row.addWidget(self.ending_title, 1)
        title_row.addWidget(self.letters_button)
        title_row.addWidget(self.ending_button)
        revoke_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Withdr&awal reason:"), self)
        reason_label.setBuddy(self.revoke_reason_field)
        revoke_row.addWidget(reason_label)
        revoke_row.addWidget(self.revoke_reason_field, 1)
        revoke_row.addWidget(self.revoke_button)
        layout.addLayout(title_row)
        layout.addWidget(self.ending_view, 1)
        layout.addLayout(revoke_row)
        layout.addWidget(self.list_message)

    def reload(self) -> None:
        services, actor = self._ctx.services, self._ctx.actor
        Operation(self._ctx, self, lambda _h: _read(services, actor)).success(self._show).inline(
            self.letter_message, clear=False
        ).run()
        if self.shown_nik:
            self._load_letters(self.shown_nik)

    def _rows(self, letters: list[EvidenceView]) -> None:
        self.ending_model.set_rows(
            [
                (
                    f"{e.valid_until:%d-%m-%Y}" if e.valid_until else "",
                    e.category.label + (self.tr(" (withdrawn)") if e.revoked else ""),
                    e.nik,
                    e.full_name,
                    e.rw,
                    e.document,
                )
                for e in letters
            ],
            letters,
        )

    def _show(self, answer: Answer) -> None:
        ending, remote = answer
        if not self.shown_nik:
            self.ending_title.setText(
                self.tr("Letters that end this month: {count} (ask the family for a new one)").format(
                    count=format_count(len(ending))
                )
            )
            self._rows(ending)
        shown = ", ".join(f"RW {rw}" + (f" ({note})" if note else "") for rw, note in sorted(remote.items()))
        self.remote_label.setText(self.tr("Remote now: {rws}").format(rws=shown or self.tr("none")))

    def record(self) -> None:
        nik, document = self.nik_field.text(), self.document_field.text()
        category = str(self.category_combo.currentData())
        texts = (self.from_field.text(), self.until_field.text(), self.child_birth_field.text())
        child = self.child_field.text()
        evidence, actor = self._ctx.services.sembako_evidence, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[EvidenceView, ChangeSummary]:
            if not texts[0].strip():
                raise UserError("Tulis tanggal mulai berlakunya surat (Berlaku dari).", field="from")
            return evidence.add(
                actor=actor,
                nik=nik,
                category=category,
                document=document,
                valid_from=parse_date_text(texts[0].strip()),
                valid_until=_optional_date(texts[1]),
                child_name=child,
                child_birth_date=_optional_date(texts[2]),
            )

        def recorded(view: EvidenceView) -> None:
            for field in (
                self.nik_field,
                self.document_field,
                self.from_field,
                self.until_field,
                self.child_field,
                self.child_birth_field,
            ):
                field.clear()
            until = f" – {view.valid_until:%d-%m-%Y}" if view.valid_until else ""
            self.letter_message.show_success(
                self.tr("Letter of {name} recorded: {category}, {start}{until}.").format(
                    name=view.full_name,
                    category=view.category.label,
                    start=f"{view.valid_from:%d-%m-%Y}",
                    until=until,
                )
            )
            self.nik_field.setFocus()

        Operation(self._ctx, self, work).changes().success(recorded).inline(
            self.letter_message, clear=False
        ).run()

    def show_letters(self) -> None:
        """Every letter of the NIK typed above (withdrawn ones marked), to find the one to withdraw."""
        self._load_letters(self.nik_field.text().strip())

    def _load_letters(self, nik: str) -> None:
        evidence, actor = self._ctx.services.sembako_evidence, self._ctx.actor

        def shown(letters: list[EvidenceView]) -> None:
            self.shown_nik = nik
            name = letters[0].full_name if letters else nik
            self.ending_title.setText(
                self.tr("Letters of {name}: {count}").format(name=name, count=format_count(len(letters)))
            )
            self._rows(letters)

        # clear=False: a reload after a withdrawal must not wipe the message that confirms it.
        Operation(self._ctx, self, lambda _h: evidence.of_nik(actor=actor, nik=nik)).success(shown).inline(
            self.list_message, clear=False
        ).run()

    def show_ending(self) -> None:
        self.shown_nik = ""
        self.reload()

    def revoke(self) -> None:
        rows = self.ending_view.selectionModel().selectedRows()
        letter = self.ending_model.value(rows[0].row()) if rows else None
        if not isinstance(letter, EvidenceView):
            self.list_message.show_error(self.tr("Select the letter to withdraw in the table first."))
            return
        if letter.revoked:
            self.list_message.show_error(self.tr("That letter is already withdrawn."))
            return
        reason = self.revoke_reason_field.text()
        evidence, actor = self._ctx.services.sembako_evidence, self._ctx.actor

        def revoked(view: EvidenceView) -> None:
            self.revoke_reason_field.clear()
            self.list_message.show_success(
                self.tr("The {category} letter of {name} is withdrawn.").format(
                    category=view.category.label, name=view.full_name
                )
            )

        Operation(
            self._ctx, self, lambda _h: evidence.revoke(actor=actor, evidence_id=letter.id, reason=reason)
        ).changes().success(revoked).inline(self.list_message, clear=False).run()

    def set_remote(self, remote: bool) -> None:
        rw, note = self.rw_field.text(), self.note_field.text()
        evidence, actor = self._ctx.services.sembako_evidence, self._ctx.actor

        def done(_value: None) -> None:
            self.rw_field.clear()
            self.note_field.clear()
            self.rw_message.show_success(self.tr("Saved."))

        Operation(
            self._ctx, self, lambda _h: evidence.set_remote_rw(actor=actor, rw=rw, note=note, remote=remote)
        ).changes().success(done).inline(self.rw_message, clear=False).run()
