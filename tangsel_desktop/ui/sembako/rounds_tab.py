"""Rounds and their lists: create (supervisor), propose from the eligible, edit by hand with reasons,
approve and freeze (supervisor), close; the list beside who the rules left out and why."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_datetime, format_rupiah
from tangsel_desktop.domain.sembako.round_rules import RoundStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import LeftOut, Proposal, RecipientView, RoundView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.sembako.round_dialog import RoundDialog, parse_days
from tangsel_desktop.ui.sembako.sembako_common import (
    categories_text,
    gate,
    is_supervisor,
    items_text,
    supervisors_only,
)
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.dialog_slot import DialogSlot
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, HINT_STYLE

ListAnswer = tuple[list[RecipientView], list[LeftOut]]


def _read_list(services: Services, actor: Actor, view: RoundView) -> ListAnswer:
    rounds = services.sembako_rounds
    lines = rounds.recipients(actor=actor, round_id=view.id, include_removed=True)
    # Who the rules leave out matters while the list is being made; a frozen list is not redone.
    left = rounds.left_out(actor=actor, round_id=view.id) if view.status is RoundStatus.DRAFT else []
    return lines, left


class RoundsTab(SembakoTab):
    """The office's rounds on top; the chosen round's list and its left-out people below."""

    round_chosen = Signal(str)  # a round picked in the table: the page's chooser follows
    round_made = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._supervisor = is_supervisor(ctx.actor)
        self._dialogs = DialogSlot()
        self.rounds: list[RoundView] = []
        self.lines: list[RecipientView] = []
        self.rounds_model = RowsModel(
            [self.tr("Round"), self.tr("Month"), self.tr("Status"), self.tr("Categories"),
             self.tr("Unit"), self.tr("Package")], self)  # fmt: skip
        self.rounds_view = QTableView(self)
        set_up_listing(self.rounds_view, self.rounds_model, widths={0: 260, 1: 80, 2: 90, 3: 260, 4: 160})
        self.rounds_view.setMaximumHeight(150)
        self.new_button = QPushButton(self.tr("&New round…"), self, autoDefault=False)
        self.propose_button = QPushButton(self.tr("Pro&pose the list"), self, autoDefault=False)
        self.approve_button = QPushButton(self.tr("&Approve and freeze"), self, autoDefault=False)
        self.close_button = QPushButton(self.tr("Close the ro&und"), self, autoDefault=False)
        self.details = plain_label(self, HINT_STYLE)
        self.details.show()
        self.lines_model = RowsModel(
            [self.tr("Name"), self.tr("NIK"), self.tr("No. KK"), self.tr("RT/RW"), self.tr("Category"),
             self.tr("On the list"), self.tr("Collected")], self)  # fmt: skip
        self.lines_view = QTableView(self)
        set_up_listing(
            self.lines_view, self.lines_model, widths={0: 190, 1: 140, 2: 140, 3: 70, 4: 260, 5: 200}
        )
        self.left_model = RowsModel(
            [self.tr("Name"), self.tr("NIK"), self.tr("RW"), self.tr("Why not")], self
        )
        self.left_view = QTableView(self)
        set_up_listing(self.left_view, self.left_model, widths={0: 150, 1: 130, 2: 40})
        self.lines_title = plain_label(self, BOLD_STYLE)
        self.lines_title.show()
        self.left_title = plain_label(self, BOLD_STYLE)
        self.left_title.show()
        self.nik_field = QLineEdit(self)
        self.nik_field.setMaxLength(16)
        self.nik_field.setPlaceholderText(self.tr("16 digits"))
        self.reason_field = QLineEdit(self)
        self.reason_field.setPlaceholderText(self.tr("why the family is added or taken off"))
        self.add_button = QPushButton(self.tr("A&dd"), self, autoDefault=False)
        self.remove_button = QPushButton(self.tr("&Remove selected"), self, autoDefault=False)
        self.day_field = QLineEdit(self)
        self.day_field.setPlaceholderText(self.tr("10-12-2026: Balai RW 05"))
        self.day_field.setMinimumWidth(
            self.day_field.fontMetrics().horizontalAdvance("10-12-2026: Balai RW 05 ") + 24
        )
        self.day_button = QPushButton(self.tr("Add the da&y"), self, autoDefault=False)
        self.message = InlineMessage(self)
        self._lay_out()
        self.rounds_view.clicked.connect(self._round_clicked)
        self.rounds_view.activated.connect(self._round_clicked)
        self.new_button.clicked.connect(self.new_round)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)
        self.close_button.clicked.connect(self.close_round)
        self.add_button.clicked.connect(self.add_line)
        self.reason_field.returnPressed.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.day_button.clicked.connect(self.add_day)
        self.day_field.returnPressed.connect(self.add_day)
        self._update_buttons()

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.new_button, self.propose_button, self.approve_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.rounds_view, 1)
        top.addLayout(buttons)
        left_box = QWidget(self)
        left_layout = QVBoxLayout(left_box)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lines_title)
        left_layout.addWidget(self.lines_view, 1)
        right_box = QWidget(self)
        right_layout = QVBoxLayout(right_box)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.left_title)
        right_layout.addWidget(self.left_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        self.left_box = right_box
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        edit = QGroupBox(self.tr("Change the list by hand"), self)
        row = QHBoxLayout(edit)
        nik_label = QLabel(self.tr("NI&K:"), edit)
        nik_label.setBuddy(self.nik_field)
        reason_label = QLabel(self.tr("Reas&on:"), edit)
        reason_label.setBuddy(self.reason_field)
        row.addWidget(nik_label)
        row.addWidget(self.nik_field)
        row.addWidget(reason_label)
        row.addWidget(self.reason_field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("Anot&her handover day:"), self)
        day_label.setBuddy(self.day_field)
        day_row.addWidget(self.details, 1)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_field)
        day_row.addWidget(self.day_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(day_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(edit)
        layout.addWidget(self.message)

    # -- the rounds -----------------------------------------------------------------------------

    def show_rounds(self, rounds: list[RoundView]) -> None:
        self.rounds = list(rounds)
        self.rounds_model.set_rows(
            [
                (
                    v.name,
                    v.month,
                    v.status.label,
                    categories_text(v),
                    v.unit.label,
                    format_rupiah(v.package_value),
                )
                for v in self.rounds
            ],
            self.rounds,
        )
        self._select_current()

    def _select_current(self) -> None:
        ids = [view.id for view in self.rounds]
        if self.round is not None and self.round.id in ids:
            self.rounds_view.selectRow(ids.index(self.round.id))

    def _round_clicked(self, index: QModelIndex) -> None:
        view = self.rounds_model.value(index.row())
        if isinstance(view, RoundView):
            self.round_chosen.emit(view.id)

    def reload(self) -> None:
        self._update_buttons()
        self._select_current()
        view = self.round
        if view is None:
            self.details.setText(self.tr("No round chosen."))
            self._show_list(([], []))
            return
        approved = (
            self.tr("approved by {name} on {when}").format(
                name=view.approved_by_name, when=format_datetime(view.approved_at)
            )
            if view.approved_at
            else view.status.label
        )
        days = "; ".join(f"{d.day:%d-%m-%Y} {d.place}" for d in view.days) or "–"
        self.details.setText(
            self.tr("{unit}, package worth {value}: {items}. Handover days: {days}. List {approved}.").format(
                unit=view.unit.label,
                value=format_rupiah(view.package_value),
                items=items_text(view),
                days=days,
                approved=approved,
            )
        )
        services, actor = self._ctx.services, self._ctx.actor
        Operation(self._ctx, self, lambda _h: _read_list(services, actor, view)).success(
            self._show_list
        ).inline(self.message, clear=False).run()

    def _show_list(self, answer: ListAnswer) -> None:
        lines, left = answer
        # Who the rules leave out matters while the list is a draft; a frozen list takes the full width.
        self.left_box.setVisible(self.round is not None and self.round.status is RoundStatus.DRAFT)
        self.lines = lines
        self.lines_model.set_rows(
            [
                (
                    line.full_name,
                    line.nik,
                    line.kk_number,
                    f"{line.rt}/{line.rw}",
                    ", ".join(c.label for c in line.categories),
                    self._listed_text(line),
                    format_datetime(line.handed_at) if line.handed_at else "",
                )
                for line in lines
            ],
            lines,
        )
        self.left_model.set_rows([(e.full_name, e.nik, e.rw, e.reason) for e in left], left)
        listed = sum(1 for line in lines if line.listed)
        self.lines_title.setText(self.tr("On the list: {count}").format(count=format_count(listed)))
        self.left_title.setText(
            self.tr("Left out by the rules: {count}").format(count=format_count(len(left)))
        )

    def _listed_text(self, line: RecipientView) -> str:
        if not line.listed:
            return self.tr("taken off: {reason}").format(reason=line.removed_reason)
        if line.added_after_approval:
            return self.tr("added after approval: {reason}").format(reason=line.added_reason)
        if line.added_reason:
            return self.tr("added: {reason}").format(reason=line.added_reason)
        return self.tr("yes")

    # -- the actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        status = self.round.status if self.round else None
        gate(self.new_button, self._supervisor, self.tr("Create a round: name, month, categories, package"))
        self.propose_button.setEnabled(status is RoundStatus.DRAFT)
        self.propose_button.setToolTip(
            self.tr("Add every eligible family not yet listed; shows who was left out and why")
        )
        gate(self.approve_button, self._supervisor, self.tr("Approve the list: it is frozen from then on"))
        self.approve_button.setEnabled(self._supervisor and status is RoundStatus.DRAFT)
        gate(self.close_button, self._supervisor, self.tr("End the distribution: no more handovers"))
        self.close_button.setEnabled(self._supervisor and status is RoundStatus.APPROVED)
        # After approval the list changes only by a supervisor, with a reason.
        may_edit = status is RoundStatus.DRAFT or (status is RoundStatus.APPROVED and self._supervisor)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(may_edit)
            button.setToolTip(
                self.tr("After approval only supervisors and administrators change the list, with a reason")
                if status is RoundStatus.APPROVED and not self._supervisor
                else ""
            )
        # Days are logistics, not who receives: a supervisor adds one to a draft or a running round.
        open_round = status in (RoundStatus.DRAFT, RoundStatus.APPROVED)
        gate(self.day_button, self._supervisor, self.tr("Add a day and place of handing out to this round"))
        self.day_button.setEnabled(self._supervisor and open_round)
        self.day_field.setEnabled(self.day_button.isEnabled())
        if not self._supervisor:
            self.new_button.setToolTip(supervisors_only())

    def new_round(self) -> None:
        if not self._supervisor:
            return
        dialog = RoundDialog(self._ctx, self)
        dialog.created.connect(lambda view: self.round_made.emit(view.id))
        self._dialogs.open(dialog)

    @property
    def round_dialog(self) -> RoundDialog | None:
        current = self._dialogs.current
        return current if isinstance(current, RoundDialog) else None

    def _act(self, work: Callable[[TaskHandle], tuple[object, ChangeSummary]], done: str) -> None:
        def succeeded(_value: object) -> None:
            self.message.show_success(done)

        Operation(self._ctx, self, work).changes().success(succeeded).inline(self.message, clear=False).run()

    def add_day(self) -> None:
        view = self.round
        if view is None or not self.day_button.isEnabled():
            return
        text = self.day_field.text()
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor

        def work(_handle: TaskHandle) -> tuple[RoundView, ChangeSummary]:
            days = parse_days(text)
            if len(days) != 1:
                raise UserError("Tulis satu hari dan tempatnya, misalnya 10-12-2026: Balai RW 05.")
            return rounds.add_day(actor=actor, round_id=view.id, day=days[0])

        def added(changed: RoundView) -> None:
            self.day_field.clear()
            self.message.show_success(
                self.tr("Handover days of '{name}': {days}.").format(
                    name=changed.name, days="; ".join(f"{d.day:%d-%m-%Y} {d.place}" for d in changed.days)
                )
            )

        Operation(self._ctx, self, work).changes().success(added).inline(self.message, clear=False).run()

    def propose(self) -> None:
        view = self.round
        if view is None:
            return
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor

        def shown(proposal: Proposal) -> None:
            self.message.show_success(
                self.tr(
                    "{proposed} proposed, {listed} already on the list, {left} left out (see right)."
                ).format(
                    proposed=format_count(proposal.proposed),
                    listed=format_count(proposal.already_listed),
                    left=format_count(len(proposal.left_out)),
                )
            )

        Operation(
            self._ctx, self, lambda _h: rounds.propose(actor=actor, round_id=view.id)
        ).changes().success(shown).inline(self.message, clear=False).run()

    def approve(self) -> None:
        view = self.round
        if view is None or not self._supervisor:
            return
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor
        self._act(
            lambda _h: rounds.approve(actor=actor, round_id=view.id),
            self.tr("The list of '{name}' is approved and frozen.").format(name=view.name),
        )

    def close_round(self) -> None:
        view = self.round
        if view is None or not self._supervisor:
            return
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor
        self._act(
            lambda _h: rounds.close(actor=actor, round_id=view.id),
            self.tr("Round '{name}' is closed.").format(name=view.name),
        )

    def add_line(self) -> None:
        view = self.round
        if view is None or not self.add_button.isEnabled():
            return
        nik, reason = self.nik_field.text(), self.reason_field.text()
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor

        def added(line: RecipientView) -> None:
            self.nik_field.clear()
            self.reason_field.clear()
            self.message.show_success(self.tr("{name} is on the list.").format(name=line.full_name))

        Operation(
            self._ctx, self, lambda _h: rounds.add(actor=actor, round_id=view.id, nik=nik, reason=reason)
        ).changes().success(added).inline(self.message, clear=False).run()

    def remove_line(self) -> None:
        view = self.round
        rows = self.lines_view.selectionModel().selectedRows()
        if view is None or not self.remove_button.isEnabled():
            return
        if not rows:
            self.message.show_error(self.tr("Select the family to take off the list first."))
            return
        line = self.lines_model.value(rows[0].row())
        if not isinstance(line, RecipientView):
            return
        reason = self.reason_field.text()
        rounds, actor = self._ctx.services.sembako_rounds, self._ctx.actor

        def removed(gone: RecipientView) -> None:
            self.reason_field.clear()
            self.message.show_success(self.tr("{name} is taken off the list.").format(name=gone.full_name))

        Operation(
            self._ctx,
            self,
            lambda _h: rounds.remove(actor=actor, round_id=view.id, nik=line.nik, reason=reason),
        ).changes().success(removed).inline(self.message, clear=False).run()
