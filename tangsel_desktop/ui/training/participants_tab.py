"""Participants of the batch: candidates from the registry with the rules' reasons, propose, select up to the
quota or put on the waiting list, withdraw with a reason; the quota and the counts always in view."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Disability
from tangsel_desktop.services.training.training_views import (
    BatchStatus,
    Candidate,
    ParticipantView,
    Withdrawal,
)
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.training.training_common import NAME_SAMPLE, NIK_SAMPLE, gate, is_supervisor
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BOLD_STYLE


def _disability(value: str) -> str:
    return "-" if value in ("", Disability.NONE.value) else value


class ParticipantsTab(TrainingTab):
    """One read brings the candidates, the participants and the batch's figures."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.counts = plain_label(self, BOLD_STYLE)
        self.candidates_model = RowsModel(
            [self.tr("Name"), self.tr("NIK"), self.tr("RW"), self.tr("Fits"), self.tr("Reasons"),
             self.tr("On the batch")], self,
        )  # fmt: skip
        self.participants_model = RowsModel(
            [self.tr("Name"), self.tr("NIK"), self.tr("RW"), self.tr("Disability"), self.tr("Status"),
             self.tr("Notes")], self,
        )  # fmt: skip
        self.candidates_view = QTableView(self)
        set_up_listing(
            self.candidates_view,
            self.candidates_model,
            samples={0: NAME_SAMPLE, 1: NIK_SAMPLE, 2: "RW 012", 3: "Memenuhi", 5: "daftar tunggu"},
            stretch=4,
        )
        self.participants_view = QTableView(self)
        set_up_listing(
            self.participants_view,
            self.participants_model,
            samples={0: NAME_SAMPLE, 1: NIK_SAMPLE, 2: "RW 012", 3: "rungu-wicara", 4: "mengundurkan diri"},
            stretch=5,
        )
        self.nik_field = QLineEdit(self)
        self.nik_field.setPlaceholderText(self.tr("NIK (or pick a row)"))
        self.nik_field.setMaxLength(16)
        self.nik_field.setMinimumWidth(self.nik_field.fontMetrics().horizontalAdvance(NIK_SAMPLE) + 24)
        self.reason_field = QLineEdit(self)
        self.reason_field.setPlaceholderText(self.tr("Reason for withdrawing"))
        self.enroll_button = QPushButton(self.tr("&Propose"), self)
        self.select_button = QPushButton(self.tr("&Select"), self)
        self.wait_button = QPushButton(self.tr("&Waiting list"), self)
        self.withdraw_button = QPushButton(self.tr("Wit&hdraw"), self)
        self.message = InlineMessage(self)
        supervisor = is_supervisor(ctx.actor)
        gate(self.select_button, supervisor, self.tr("Select up to the quota"))
        gate(self.wait_button, supervisor, self.tr("Put on the waiting list"))
        actions = QHBoxLayout()
        nik_label = QLabel(self.tr("&NIK:"), self)
        nik_label.setBuddy(self.nik_field)
        actions.addWidget(nik_label)
        actions.addWidget(self.nik_field)
        for button in (self.enroll_button, self.select_button, self.wait_button):
            actions.addWidget(button)
        actions.addWidget(self.reason_field, 1)
        actions.addWidget(self.withdraw_button)
        candidates_box = QGroupBox(self.tr("Candidates from the registry"), self)
        QVBoxLayout(candidates_box).addWidget(self.candidates_view)
        participants_box = QGroupBox(self.tr("On the batch"), self)
        QVBoxLayout(participants_box).addWidget(self.participants_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(participants_box, 1)
        layout.addWidget(candidates_box, 1)
        self.candidates_view.clicked.connect(lambda index: self._pick(self.candidates_model, index))
        self.participants_view.clicked.connect(lambda index: self._pick(self.participants_model, index))
        self.enroll_button.clicked.connect(lambda: self._step("enroll"))
        self.select_button.clicked.connect(lambda: self._step("select"))
        self.wait_button.clicked.connect(lambda: self._step("wait"))
        self.withdraw_button.clicked.connect(lambda: self._step("withdraw"))
        self.nik_field.returnPressed.connect(lambda: self._step("enroll"))

    def _pick(self, model: RowsModel, index: QModelIndex) -> None:
        self.nik_field.setText(model.text(index.row(), 1))

    def reload(self) -> None:
        view = self.batch
        if view is None:
            self._show(([], [], None))
            return
        services, actor = self._ctx.services, self._ctx.actor

        def work(_h: TaskHandle) -> tuple[list[Candidate], list[ParticipantView], BatchStatus]:
            return (
                services.training_participants.candidates(actor=actor, batch_id=view.id),
                services.training_participants.participants(actor=actor, batch_id=view.id),
                services.training_attendance.status(actor=actor, batch_id=view.id),
            )

        Operation(self._ctx, self, work).success(self._show).inline(self.message, clear=False).run()

    def _show(self, found: tuple[list[Candidate], list[ParticipantView], BatchStatus | None]) -> None:
        candidates, participants, status = found
        yes, no = self.tr("yes"), self.tr("no")
        self.candidates_model.set_rows(
            [(c.full_name, c.nik, c.rw, yes if c.fits else no, c.reasons, c.on_batch) for c in candidates],
            candidates,
        )
        self.participants_model.set_rows(
            [
                (
                    p.full_name,
                    p.nik,
                    p.rw,
                    _disability(p.disability),
                    p.status.label,
                    p.withdraw_reason or p.reasons,
                )
                for p in participants
            ],
            participants,
        )
        show_text(
            self.counts,
            ""
            if status is None
            else self.tr(
                "Quota {quota}: {selected} selected, {waiting} waiting, {proposed} proposed, "
                "{withdrawn} withdrawn"
            ).format(
                quota=status.quota,
                selected=status.selected,
                waiting=status.waiting,
                proposed=status.proposed,
                withdrawn=status.withdrawn,
            ),
        )

    def _step(self, action: str) -> None:
        view = self.batch
        if view is None:
            self.message.show_error(self.tr("Choose a batch first."))
            return
        people, actor = self._ctx.services.training_participants, self._ctx.actor
        nik, reason = self.nik_field.text().strip(), self.reason_field.text()
        steps: dict[str, Callable[[TaskHandle], object]] = {
            "enroll": lambda _h: people.enroll(actor=actor, batch_id=view.id, nik=nik),
            "select": lambda _h: people.select(actor=actor, batch_id=view.id, nik=nik),
            "wait": lambda _h: people.wait(actor=actor, batch_id=view.id, nik=nik),
            "withdraw": lambda _h: people.withdraw(actor=actor, batch_id=view.id, nik=nik, reason=reason),
        }

        def done(value: object) -> None:
            person = value.participant if isinstance(value, Withdrawal) else value
            assert isinstance(person, ParticipantView)
            text = self.tr("{name}: {status}.").format(name=person.full_name, status=person.status.label)
            after = getattr(value, "next_waiting", None)
            if after is not None:
                text += " " + self.tr("Next on the waiting list: {name}.").format(name=after.full_name)
            self.message.show_success(text)
            if action == "withdraw":
                self.reason_field.clear()

        Operation(self._ctx, self, steps[action]).changes().success(done).inline(
            self.message, clear=False
        ).run()
