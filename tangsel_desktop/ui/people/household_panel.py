"""A person's household (members, the head marked) with its two actions, and the programs section."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.people_views import MemberView, PersonDetail
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import FAINT_COLOR, HINT_STYLE


class HouseholdPanel(QGroupBox):
    """The family on the person's Kartu Keluarga; each action calls one service and reloads."""

    # The person's record after a household action (the dialog refreshes its No. KK field).
    detail_changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Household"), parent)
        self._ctx = ctx
        self._detail: PersonDetail | None = None
        self.kk_label = plain_label(self)
        self.members = QTableWidget(0, 3, self)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Date of birth"), self.tr("Role")])
        self.members.verticalHeader().hide()
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.head_button = QPushButton(self.tr("Make head of household"), self)
        self.change_kk_button = QPushButton(self.tr("Change the family's KK number…"), self)
        self.new_kk_edit = QLineEdit(self)
        self.new_kk_edit.setMaxLength(24)
        self.new_kk_edit.setPlaceholderText(self.tr("New KK number (16 digits)"))
        self.new_kk_edit.installEventFilter(self)
        self.apply_kk_button = QPushButton(self.tr("Save new KK number"), self)
        self.cancel_kk_button = QPushButton(self.tr("Cancel"), self)
        self.message = plain_label(self)
        for button in (
            self.head_button,
            self.change_kk_button,
            self.apply_kk_button,
            self.cancel_kk_button,
        ):
            # Enter in the person form must save the person, not press one of these.
            button.setAutoDefault(False)
        self._lay_out()
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.head_button.clicked.connect(self.make_head)
        self.change_kk_button.clicked.connect(self._show_kk_editor)
        self.apply_kk_button.clicked.connect(self.change_kk)
        self.cancel_kk_button.clicked.connect(self._hide_kk_editor)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.kk_label)
        layout.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.head_button)
        buttons.addWidget(self.change_kk_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._kk_row = QWidget(self)
        kk_row = QHBoxLayout(self._kk_row)
        kk_row.setContentsMargins(0, 0, 0, 0)
        kk_row.addWidget(self.new_kk_edit, 1)
        kk_row.addWidget(self.apply_kk_button)
        kk_row.addWidget(self.cancel_kk_button)
        self._kk_row.hide()
        layout.addWidget(self._kk_row)
        layout.addWidget(self.message)

    def show_detail(self, detail: PersonDetail) -> None:
        self._detail = detail
        if detail.kk_number:
            show_text(
                self.kk_label,
                self.tr("KK number {kk} · {count} members").format(
                    kk=detail.kk_number, count=len(detail.household)
                ),
                "",
            )
        else:
            show_text(
                self.kk_label,
                self.tr("No KK number recorded yet: fill in the KK number in the form and save."),
                HINT_STYLE,
            )
        self.members.setRowCount(len(detail.household))
        for row, member in enumerate(detail.household):
            # Table items are plain text: names with < & > show exactly as typed.
            name = QTableWidgetItem(member.full_name)
            name.setData(Qt.ItemDataRole.UserRole, member.id)
            name.setToolTip(self.tr("NIK {nik}").format(nik=member.nik))
            if member.id == detail.id:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.members.setItem(row, 0, name)
            self.members.setItem(row, 1, QTableWidgetItem(format_date(member.birth_date)))
            self.members.setItem(row, 2, self._role_item(member))
            if member.id == detail.id:
                self.members.selectRow(row)
        self.change_kk_button.setEnabled(bool(detail.kk_number))
        self._update_buttons()

    def _role_item(self, member: MemberView) -> QTableWidgetItem:
        """Kedudukan: the relation the KK records; the office's head marked when it is not the KK's."""
        relation = member.family_relation
        if relation is FamilyRelation.HEAD:
            return QTableWidgetItem(relation.label)
        if relation is not None:
            text = relation.label
            if member.is_head:
                text = self.tr("{relation}, head of household").format(relation=relation.label)
            return QTableWidgetItem(text)
        if member.is_head:
            return QTableWidgetItem(self.tr("Head of household"))
        item = QTableWidgetItem(self.tr("not recorded"))
        item.setForeground(QColor(FAINT_COLOR))
        item.setToolTip(self.tr("Open this member and choose their relationship as the KK writes it."))
        return item

    def selected_member_id(self) -> str | None:
        rows = self.members.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.members.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        detail = self._detail
        chosen = self.selected_member_id()
        heads = {m.id for m in detail.household if m.is_head} if detail else set()
        self.head_button.setEnabled(chosen is not None and chosen not in heads)

    # -- actions -----------------------------------------------------------------------

    def make_head(self) -> None:
        chosen = self.selected_member_id()
        if self._detail is None or chosen is None:
            return
        people, actor, shown = self._ctx.services.people, self._ctx.actor, self._detail.id

        def work(_handle: object) -> tuple[PersonDetail, ChangeSummary]:
            _member, summary = people.set_head(actor=actor, person_id=chosen)
            return people.get(actor=actor, person_id=shown), summary

        Operation(self._ctx, self, work).changes().inline(self.message).success(self._head_changed).run()

    def _head_changed(self, detail: PersonDetail) -> None:
        show_text(self.message, self.tr("Head of household changed."), HINT_STYLE)
        self.show_detail(detail)
        self.detail_changed.emit(detail)

    def _show_kk_editor(self) -> None:
        self._kk_row.show()
        self.new_kk_edit.clear()
        self.new_kk_edit.setFocus()

    def _hide_kk_editor(self) -> None:
        self._kk_row.hide()
        self.change_kk_button.setFocus()

    def change_kk(self) -> None:
        if self._detail is None:
            return
        people, actor, shown, new_kk = (
            self._ctx.services.people,
            self._ctx.actor,
            self._detail.id,
            self.new_kk_edit.text(),
        )
        Operation(
            self._ctx,
            self,
            lambda _h: people.change_household_kk(actor=actor, person_id=shown, new_kk=new_kk),
        ).changes().inline(self.message).success(self._kk_changed).run()

    def _kk_changed(self, detail: PersonDetail) -> None:
        self._kk_row.hide()
        show_text(
            self.message,
            self.tr("The whole family now has KK number {kk}.").format(kk=detail.kk_number),
            HINT_STYLE,
        )
        self.show_detail(detail)
        self.detail_changed.emit(detail)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the new-KK field applies the new number; without this the dialog's
        # default button would save the person form instead.
        if (
            watched is self.new_kk_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.change_kk()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._hide_kk_editor()
                return True
        return super().eventFilter(watched, event)


class ProgramsPanel(QGroupBox):
    """The programs a person takes part in; none are recorded until the program features land."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Programs"), parent)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("No program is recorded for this person yet."), self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.message)
