"""The selected member beside the table: the person, the membership, and its status history."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tangsel_desktop.domain.formatting import format_rupiah
from tangsel_desktop.services.jamsos.member_listing import MemberRow, MembershipHistory
from tangsel_desktop.ui.jamsos.members_table_model import covered_months
from tangsel_desktop.ui.jamsos.membership_history import EventsTable, end_reason_label
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import HINT_STYLE


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    # Names and places are the clerk's data: never read as rich text (a name like <b>).
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MemberDetailPanel(QGroupBox):
    """Empty with a hint until a member is selected."""

    FIELDS = ("name", "nik", "area", "occupation", "location", "income", "status", "kpj", "months", "ended")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Member"), parent)
        self.hint = plain_label(self, HINT_STYLE)
        self.values = {field: _value_label(self) for field in self.FIELDS}
        titles = {
            "name": self.tr("Name:"),
            "nik": self.tr("NIK:"),
            "area": self.tr("Kelurahan / RW:"),
            "occupation": self.tr("Occupation:"),
            "location": self.tr("Work location:"),
            "income": self.tr("Declared income:"),
            "status": self.tr("Status:"),
            "kpj": self.tr("KPJ number:"),
            "months": self.tr("Covered months:"),
            "ended": self.tr("End reason:"),
        }
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        for field in self.FIELDS:
            form.addRow(titles[field], self.values[field])
        self.history_title = QLabel(self.tr("Status history"), self)
        self.events = EventsTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.history_title)
        layout.addWidget(self.events, 1)
        self.show_member(None, None)

    def show_member(self, row: MemberRow | None, history: MembershipHistory | None) -> None:
        shown = row is not None and history is not None
        for part in (self.form_widget, self.history_title, self.events):
            part.setVisible(shown)
        if row is None or history is None:
            show_text(self.hint, self.tr("Select a member in the table to see the details and history."))
            self.events.show_events(())
            return
        show_text(self.hint, "")
        member = history.member
        texts = {
            "name": member.full_name,
            "nik": member.nik,
            "area": f"{row.kelurahan} / {row.rw or '-'}",
            "occupation": member.occupation,
            "location": member.work_location or "-",
            "income": format_rupiah(member.declared_income),
            "status": member.status_label,
            "kpj": member.kpj_number or "-",
            "months": covered_months(member.first_month, member.last_month) or "-",
            "ended": end_reason_label(member.end_reason) or "-",
        }
        for field, text in texts.items():
            self.values[field].setText(text)
        self.events.show_events(history.events)

    def text_of(self, field: str) -> str:
        return self.values[field].text()
