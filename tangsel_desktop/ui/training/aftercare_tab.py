"""After the course: the kit with its brand and logo (the logo shown on the participant's panel), the
internship, the follow-ups at 3 and 6 months, and the list of follow-ups due."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from tangsel_desktop.domain.training.participation import ParticipantStatus
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.training.person_trainings import TrainingOfPerson
from tangsel_desktop.services.training.training_views import Due, Internship, ParticipantView
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.training.training_common import (
    DATE_SAMPLE,
    NAME_SAMPLE,
    NIK_SAMPLE,
    gate,
    is_supervisor,
    typed_date,
)
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder, numbers_text
from tangsel_desktop.ui.widgets.rows_model import RowsModel
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, HINT_STYLE

LOGO_SIZE = 96


class AftercareTab(TrainingTab):
    """The selected participants on the left; the chosen one's panel and the three forms on the right."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.chosen: ParticipantView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.logo_path: Path | None = None
        self.people_model = RowsModel([self.tr("Name"), self.tr("NIK")], self)
        self.people_view = QTableView(self)
        set_up_listing(self.people_view, self.people_model, samples={1: NIK_SAMPLE}, stretch=0)
        self.due_model = RowsModel(
            [self.tr("Due"), self.tr("Month"), self.tr("Name"), self.tr("NIK"), self.tr("Batch")], self
        )
        self.due_view = QTableView(self)
        set_up_listing(
            self.due_view,
            self.due_model,
            samples={0: DATE_SAMPLE, 1: "Bulan", 2: NAME_SAMPLE, 3: NIK_SAMPLE},
            stretch=4,
        )
        self.message = InlineMessage(self)
        # The participant's panel.
        self.who = plain_label(self, BOLD_STYLE)
        self.story = plain_label(self, HINT_STYLE)
        self.logo = QLabel(self)
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setVisible(False)
        panel = QHBoxLayout()
        texts = QVBoxLayout()
        texts.addWidget(self.who)
        texts.addWidget(self.story)
        panel.addLayout(texts, 1)
        panel.addWidget(self.logo)
        supervisor = is_supervisor(ctx.actor)
        # Kit.
        self.items_field = QLineEdit(self)
        self.items_field.setPlaceholderText(self.tr("Oven listrik, Mixer, Stiker merek"))
        self.brand_field = QLineEdit(self)
        self.logo_button = QPushButton(self.tr("Choose &logo…"), self)
        self.kit_button = QPushButton(self.tr("Record &kit"), self)
        self.receipts_button = QPushButton(self.tr("Print kit &receipts"), self)
        gate(self.receipts_button, supervisor)
        gate(self.kit_button, supervisor)
        gate(self.logo_button, supervisor)
        kit_box = QGroupBox(self.tr("Kit and brand"), self)
        kit = QFormLayout(kit_box)
        kit.addRow(self.tr("Items:"), self.items_field)
        kit.addRow(self.tr("Brand:"), self.brand_field)
        kit_buttons = QHBoxLayout()
        kit_buttons.addWidget(self.logo_button)
        kit_buttons.addWidget(self.kit_button)
        kit_buttons.addWidget(self.receipts_button)
        kit.addRow(kit_buttons)
        # Internship.
        self.host_field = QLineEdit(self)
        self.intern_start = QLineEdit(self)
        self.intern_start.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.intern_end = QLineEdit(self)
        self.intern_end.setPlaceholderText(self.tr("DD-MM-YYYY (optional)"))
        self.mentor_field = QLineEdit(self)
        self.intern_done = QLineEdit(self)
        self.intern_done.setPlaceholderText(self.tr("DD-MM-YYYY, when the internship ended"))
        self.intern_button = QPushButton(self.tr("Record &internship"), self)
        gate(self.intern_button, supervisor)
        intern_box = QGroupBox(self.tr("Internship"), self)
        intern = QFormLayout(intern_box)
        intern.addRow(self.tr("Host business:"), self.host_field)
        intern.addRow(self.tr("Starts / ends:"), self._pair(self.intern_start, self.intern_end))
        intern.addRow(self.tr("Supervisor's name:"), self.mentor_field)
        intern.addRow(self.tr("Completed on:"), self.intern_done)
        intern.addRow(self.intern_button)
        # Follow-up.
        self.month_combo = QComboBox(self)
        self.month_combo.addItem(self.tr("Month 3"), 3)
        self.month_combo.addItem(self.tr("Month 6"), 6)
        self.working_box = QCheckBox(self.tr("&Working"), self)
        self.own_box = QCheckBox(self.tr("&Own business"), self)
        self.income_field = QLineEdit(self)
        self.income_field.setPlaceholderText(self.tr("e.g. 1-2 juta"))
        self.follow_button = QPushButton(self.tr("Record &follow-up"), self)
        follow_box = QGroupBox(self.tr("Follow-up"), self)
        follow = QFormLayout(follow_box)
        checks = QHBoxLayout()
        for widget in (self.month_combo, self.working_box, self.own_box):
            checks.addWidget(widget)
        follow.addRow(checks)
        follow.addRow(self.tr("Monthly income:"), self.income_field)
        follow.addRow(self.follow_button)
        people_box = QGroupBox(self.tr("Selected participants"), self)
        QVBoxLayout(people_box).addWidget(self.people_view)
        due_box = QGroupBox(self.tr("Follow-ups due"), self)
        QVBoxLayout(due_box).addWidget(self.due_view)
        left = QVBoxLayout()
        left.addWidget(people_box, 1)
        left.addWidget(due_box, 1)
        right = QVBoxLayout()
        right.addLayout(panel)
        right.addWidget(kit_box)
        right.addWidget(intern_box)
        right.addWidget(follow_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        self.people_view.clicked.connect(self._pick)
        self.logo_button.clicked.connect(self._choose_logo)
        self.kit_button.clicked.connect(self.record_kit)
        self.receipts_button.clicked.connect(self.print_receipts)
        self.intern_button.clicked.connect(self.record_internship)
        self.follow_button.clicked.connect(self.record_follow_up)
        self._show_panel([])

    def _pair(self, first: QWidget, second: QWidget) -> QHBoxLayout:
        pair = QHBoxLayout()
        pair.addWidget(first)
        pair.addWidget(second)
        return pair

    def reload(self) -> None:
        view = self.batch
        services, actor = self._ctx.services, self._ctx.actor

        def work(_h: TaskHandle) -> tuple[list[ParticipantView], list[Due]]:
            people = (
                []
                if view is None
                else services.training_participants.participants(
                    actor=actor, batch_id=view.id, status=ParticipantStatus.SELECTED
                )
            )
            return people, services.training_aftercare.follow_ups_due(actor=actor)

        Operation(self._ctx, self, work).success(self._show).inline(self.message, clear=False).run()

    def _show(self, found: tuple[list[ParticipantView], list[Due]]) -> None:
        people, due = found
        self.people_model.set_rows([(p.full_name, p.nik) for p in people], people)
        self.due_model.set_rows(
            [(f"{d.due_on:%d-%m-%Y}", str(d.month), d.full_name, d.nik, d.batch_name) for d in due]
        )
        if self.chosen is not None:
            again = [p for p in people if p.id == self.chosen.id]
            self.choose(again[0] if again else None)

    def _pick(self, index: QModelIndex) -> None:
        self.choose(self.people_model.value(index.row()))

    def choose(self, person: ParticipantView | None) -> None:
        """Show the participant's panel: their way through this batch, and their brand's logo."""
        self.chosen = person
        if person is None:
            self._show_panel([])
            return
        history, actor = self._ctx.services.training_history, self._ctx.actor
        aftercare, view = self._ctx.services.training_aftercare, self.batch
        Operation(
            self._ctx, self, lambda _h: history.of_person(actor=actor, person_id=person.person_id)
        ).success(self._show_panel).latest("panel").inline(self.message, clear=False).run()
        if view is not None:
            # The internship form shows what is recorded, so that completing it is one date, not retyping.
            Operation(
                self._ctx,
                self,
                lambda _h: aftercare.internship_of(actor=actor, batch_id=view.id, nik=person.nik),
            ).success(self._fill_internship).latest("internship").inline(self.message, clear=False).run()

    def _fill_internship(self, found: Internship | None) -> None:
        def day(value: date | None) -> str:
            return "" if value is None else f"{value:%d-%m-%Y}"

        self.host_field.setText(found.host if found else "")
        self.intern_start.setText(day(found.starts_on) if found else "")
        self.intern_end.setText(day(found.ends_on) if found else "")
        self.mentor_field.setText(found.supervisor_name if found else "")
        self.intern_done.setText(day(found.completed_on) if found else "")

    def _show_panel(self, trainings: list[TrainingOfPerson]) -> None:
        person, view = self.chosen, self.batch
        here = [t for t in trainings if view is not None and t.batch_id == view.id]
        if person is None or not here:
            show_text(self.who, self.tr("Choose a participant on the left."))
            show_text(self.story, "")
            self.logo.setVisible(False)
            return
        entry = here[0]
        show_text(self.who, f"{person.full_name} ({person.nik})")
        parts = [self.tr("{jp} of {total} JP").format(jp=entry.attended_jp, total=entry.total_jp)]
        if entry.kit_items:
            parts.append(self.tr("kit: {items}").format(items=", ".join(entry.kit_items)))
        if entry.brand_name:
            parts.append(self.tr("brand: {brand}").format(brand=entry.brand_name))
        if entry.internship:
            parts.append(self.tr("in internship"))
        if entry.working:
            parts.append(self.tr("working"))
        show_text(self.story, "; ".join(parts) + ".")
        picture = QPixmap()
        if entry.logo and picture.loadFromData(entry.logo):
            self.logo.setPixmap(
                picture.scaled(
                    LOGO_SIZE,
                    LOGO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.logo.setVisible(True)
        else:
            self.logo.clear()
            self.logo.setVisible(False)

    def _choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The brand's logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        self.logo_path = Path(name) if name else None
        self.logo_button.setText(
            self.tr("Logo: {name}").format(name=Path(name).name) if name else self.tr("Choose &logo…")
        )

    def _person(self) -> ParticipantView | None:
        if self.batch is None or self.chosen is None:
            self.message.show_error(self.tr("Choose a participant on the left first."))
            return None
        return self.chosen

    def record_kit(self) -> None:
        person, view = self._person(), self.batch
        if person is None or view is None:
            return
        aftercare, actor = self._ctx.services.training_aftercare, self._ctx.actor
        items = [item for item in self.items_field.text().split(",")]
        brand, logo = self.brand_field.text(), self.logo_path
        Operation(
            self._ctx,
            self,
            lambda _h: aftercare.hand_kit(
                actor=actor, batch_id=view.id, nik=person.nik, items=items, brand_name=brand, logo=logo
            ),
        ).changes().success(
            lambda kit: self.message.show_success(
                self.tr("Kit of {name} recorded; receipt {number}.").format(
                    name=kit.full_name, number=kit.receipt_number
                )
            )
        ).inline(self.message, clear=False).run()

    def print_receipts(self) -> None:
        """The batch's kit receipts in one PDF (a reprint is a SALINAN under the same number); the preview."""
        view = self.batch
        if view is None:
            self.message.show_error(self.tr("Choose a participant on the left first."))
            return
        target = dated_target(self._ctx.services.paths.root, "tanda-terima-paket")
        aftercare, actor = self._ctx.services.training_aftercare, self._ctx.actor

        def work(_h: TaskHandle) -> tuple[PrintResult, ChangeSummary]:
            ensure_folder(target)
            return aftercare.receipts(actor=actor, batch_id=view.id, target=target)

        def printed(result: PrintResult) -> None:
            self.message.show_success(
                self.tr("{count} receipt(s), numbers {numbers}: {path}").format(
                    count=result.documents, numbers=numbers_text(result.numbers), path=str(result.path)
                )
            )
            self.preview = pdf_preview_dialog.show_preview(self, result.path, duplex=False)

        Operation(self._ctx, self, work).changes().success(printed).inline(self.message, clear=False).run()

    def record_internship(self) -> None:
        person, view = self._person(), self.batch
        if person is None or view is None:
            return
        aftercare, actor = self._ctx.services.training_aftercare, self._ctx.actor
        host, start, end, mentor, done = (
            self.host_field.text(),
            self.intern_start.text(),
            self.intern_end.text().strip(),
            self.mentor_field.text(),
            self.intern_done.text().strip(),
        )

        def work(_h: TaskHandle) -> object:
            return aftercare.internship(
                actor=actor,
                batch_id=view.id,
                nik=person.nik,
                host=host,
                starts_on=typed_date(start, "Mulai magang"),
                ends_on=typed_date(end, "Akhir magang") if end else None,
                supervisor_name=mentor,
                completed_on=typed_date(done, "Magang selesai") if done else None,
            )

        def recorded(_shown: object) -> None:
            words = (
                self.tr("Internship of {name} at {host} completed on {day}.")
                if done
                else self.tr("Internship of {name} at {host} recorded.")
            )
            self.message.show_success(words.format(name=person.full_name, host=host, day=done))

        Operation(self._ctx, self, work).changes().success(recorded).inline(self.message, clear=False).run()

    def record_follow_up(self) -> None:
        person, view = self._person(), self.batch
        if person is None or view is None:
            return
        aftercare, actor = self._ctx.services.training_aftercare, self._ctx.actor
        month = int(self.month_combo.currentData())
        working, own, band = self.working_box.isChecked(), self.own_box.isChecked(), self.income_field.text()
        Operation(
            self._ctx,
            self,
            lambda _h: aftercare.follow_up(
                actor=actor,
                batch_id=view.id,
                nik=person.nik,
                month=month,
                working=working,
                own_business=own,
                income_band=band,
            ),
        ).changes().success(
            lambda _shown: self.message.show_success(
                self.tr("Follow-up of {name}, month {month}, recorded.").format(
                    name=person.full_name, month=month
                )
            )
        ).inline(self.message, clear=False).run()
