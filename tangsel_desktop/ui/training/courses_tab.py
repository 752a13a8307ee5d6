"""Trainings and their batches: the lists, and a supervisor's forms to add a training and a batch."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.training.training_rules import Eligibility, Session, parse_disabilities
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.training.training_views import BatchView, TrainingView
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.training.training_common import gate, is_supervisor, typed_date, typed_number
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import InlineMessage
from tangsel_desktop.ui.widgets.rows_model import RowsModel


def _optional_number(text: str, what: str) -> int | None:
    return None if not text.strip() else typed_number(text, what)


def parse_sessions(text: str) -> list[Session]:
    """Sessions typed as `DD-MM-YYYY:JP`, separated by commas or new lines; empty: one a day."""
    found = []
    for part in text.replace("\n", ",").split(","):
        cleaned = part.strip()
        if not cleaned:
            continue
        day, separator, jp = cleaned.rpartition(":")
        if not separator:
            raise UserError(f"Sesi '{cleaned}' tidak terbaca: tulis HH-BB-TTTT:JP, misalnya 02-11-2026:8.")
        found.append(Session(typed_date(day, "Sesi"), typed_number(jp, "JP sesi")))
    return found


class CoursesTab(TrainingTab):
    """Lists read when shown; the forms write through an Operation and the page's chooser follows."""

    batch_made = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.trainings: list[TrainingView] = []
        self.trainings_model = RowsModel(
            [self.tr("Training"), self.tr("Kind"), self.tr("JP"), self.tr("Min. %"), self.tr("Rules")], self
        )
        self.batches_model = RowsModel(
            [self.tr("Batch"), self.tr("Dates"), self.tr("Sessions"), self.tr("Place"), self.tr("Quota")],
            self,
        )
        self.trainings_table = QTableView(self)
        set_up_listing(
            self.trainings_table,
            self.trainings_model,
            samples={
                0: "Pelatihan Pijat Tunanetra Bersertifikat",
                1: "Bersertifikat BNSP",
                2: "JP 99",
                3: "Min. 100%",
            },
            stretch=4,
        )
        self.batches_table = QTableView(self)
        set_up_listing(
            self.batches_table,
            self.batches_model,
            samples={1: "02-11-2026 s.d. 04-11-2026", 2: "10 (40 JP)", 3: "Aula Kelurahan Sawah", 4: "Kuota"},
            stretch=0,
        )
        lists = QVBoxLayout()
        trainings_box = QGroupBox(self.tr("Trainings"), self)
        QVBoxLayout(trainings_box).addWidget(self.trainings_table)
        batches_box = QGroupBox(self.tr("Batches"), self)
        QVBoxLayout(batches_box).addWidget(self.batches_table)
        lists.addWidget(trainings_box, 1)
        lists.addWidget(batches_box, 1)
        forms = QWidget(self)
        form_layout = QVBoxLayout(forms)
        form_layout.addWidget(self._training_form(forms))
        form_layout.addWidget(self._batch_form(forms))
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(forms)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(430)
        layout = QHBoxLayout(self)
        layout.addLayout(lists, 3)
        layout.addWidget(scroll, 2)
        allowed = is_supervisor(ctx.actor)
        gate(self.add_training_button, allowed)
        gate(self.add_batch_button, allowed)

    def _training_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Add a training"), parent)
        self.name_field = QLineEdit(box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.addItem(self.tr("General (umum)"), "umum")
        self.kind_combo.addItem(self.tr("BNSP certified"), "bnsp")
        self.lsp_field = QLineEdit(box)
        self.scheme_field = QLineEdit(box)
        self.jp_field = QLineEdit(box)
        self.min_field = QLineEdit("80", box)
        self.desil_field = QLineEdit(box)
        self.desil_field.setPlaceholderText(self.tr("e.g. 4 (empty: any)"))
        self.min_age_field = QLineEdit(box)
        self.max_age_field = QLineEdit(box)
        self.disability_field = QLineEdit(box)
        self.disability_field.setPlaceholderText(self.tr("e.g. netra (empty: anyone)"))
        self.add_training_button = QPushButton(self.tr("Add &training"), box)
        self.training_message = InlineMessage(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Name:"), self.name_field)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("LSP (BNSP):"), self.lsp_field)
        form.addRow(self.tr("Scheme (BNSP):"), self.scheme_field)
        form.addRow(self.tr("Total JP:"), self.jp_field)
        form.addRow(self.tr("Minimum attendance %:"), self.min_field)
        form.addRow(self.tr("Highest desil:"), self.desil_field)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age_field)
        ages.addWidget(self.max_age_field)
        form.addRow(self.tr("Age from / to:"), ages)
        form.addRow(self.tr("Disability kinds:"), self.disability_field)
        form.addRow(self.add_training_button)
        form.addRow(self.training_message)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.add_training_button.clicked.connect(self.add_training)
        return box

    def _batch_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Add a batch"), parent)
        self.training_combo = QComboBox(box)
        self.start_field = QLineEdit(box)
        self.start_field.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.end_field = QLineEdit(box)
        self.end_field.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.sessions_field = QLineEdit(box)
        self.sessions_field.setPlaceholderText(self.tr("02-11-2026:8, 03-11-2026:8 (empty: one a day)"))
        self.place_field = QLineEdit(box)
        self.quota_field = QLineEdit(box)
        self.organiser_field = QLineEdit(box)
        self.trainers_field = QLineEdit(box)
        self.signatory_field = QLineEdit(box)
        self.position_field = QLineEdit(box)
        self.nip_field = QLineEdit(box)
        self.add_batch_button = QPushButton(self.tr("Add &batch"), box)
        self.batch_message = InlineMessage(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Training:"), self.training_combo)
        form.addRow(self.tr("Starts:"), self.start_field)
        form.addRow(self.tr("Ends:"), self.end_field)
        form.addRow(self.tr("Sessions (date:JP):"), self.sessions_field)
        form.addRow(self.tr("Place:"), self.place_field)
        form.addRow(self.tr("Quota:"), self.quota_field)
        form.addRow(self.tr("Organiser:"), self.organiser_field)
        form.addRow(self.tr("Trainers:"), self.trainers_field)
        form.addRow(self.tr("Certificate signatory:"), self.signatory_field)
        form.addRow(self.tr("Position:"), self.position_field)
        form.addRow(self.tr("NIP:"), self.nip_field)
        form.addRow(self.add_batch_button)
        form.addRow(self.batch_message)
        self.add_batch_button.clicked.connect(self.add_batch)
        return box

    def _kind_changed(self) -> None:
        bnsp = self.kind_combo.currentData() == "bnsp"
        self.lsp_field.setEnabled(bnsp)
        self.scheme_field.setEnabled(bnsp)

    def reload(self) -> None:
        courses, actor = self._ctx.services.training_courses, self._ctx.actor
        Operation(
            self._ctx, self, lambda _h: (courses.trainings(actor=actor), courses.batches(actor=actor))
        ).success(self._show).run()

    def _show(self, found: tuple[list[TrainingView], list[BatchView]]) -> None:
        trainings, batches = found
        self.trainings = list(trainings)
        self.trainings_model.set_rows(
            [
                (t.name, t.kind.label, str(t.total_jp), f"{t.min_attendance}%", t.rules or "-")
                for t in trainings
            ],
            trainings,
        )
        self.batches_model.set_rows(
            [
                (
                    b.name,
                    f"{b.starts_on:%d-%m-%Y} s.d. {b.ends_on:%d-%m-%Y}",
                    f"{len(b.sessions)} ({b.total_jp} JP)",
                    b.place,
                    str(b.quota),
                )
                for b in batches
            ],
            batches,
        )
        chosen = self.training_combo.currentData()
        self.training_combo.clear()
        for training in trainings:
            self.training_combo.addItem(training.name, training.id)
        found_index = self.training_combo.findData(chosen)
        if found_index >= 0:
            self.training_combo.setCurrentIndex(found_index)

    def add_training(self) -> None:
        courses, actor = self._ctx.services.training_courses, self._ctx.actor
        bnsp = self.kind_combo.currentData() == "bnsp"
        values = (
            self.name_field.text(),
            str(self.kind_combo.currentData()),
            self.jp_field.text(),
            self.min_field.text(),
            self.lsp_field.text() if bnsp else "",
            self.scheme_field.text() if bnsp else "",
            self.desil_field.text(),
            self.min_age_field.text(),
            self.max_age_field.text(),
            self.disability_field.text(),
        )

        def work(_h: TaskHandle) -> tuple[TrainingView, ChangeSummary]:
            name, kind, jp, minimum, lsp, scheme, desil, min_age, max_age, kinds = values
            rules = Eligibility(
                _optional_number(desil, "Desil"),
                _optional_number(min_age, "Umur terendah"),
                _optional_number(max_age, "Umur tertinggi"),
                parse_disabilities(kinds),
            )
            return courses.add_training(
                actor=actor,
                name=name,
                kind=kind,
                total_jp=typed_number(jp, "Jumlah JP"),
                min_attendance=typed_number(minimum, "Kehadiran minimal"),
                lsp=lsp,
                scheme=scheme,
                eligibility=rules,
            )

        def added(view: TrainingView) -> None:
            self.training_message.show_success(self.tr("Training '{name}' added.").format(name=view.name))
            self.name_field.clear()

        Operation(self._ctx, self, work).changes().success(added).inline(
            self.training_message, clear=False
        ).run()

    def add_batch(self) -> None:
        courses, actor = self._ctx.services.training_courses, self._ctx.actor
        training_id = self.training_combo.currentData()
        texts = [
            f.text()
            for f in (
                self.start_field,
                self.end_field,
                self.sessions_field,
                self.quota_field,
                self.place_field,
                self.organiser_field,
                self.trainers_field,
                self.signatory_field,
                self.position_field,
                self.nip_field,
            )
        ]

        def work(_h: TaskHandle) -> tuple[BatchView, ChangeSummary]:
            if not training_id:
                raise UserError("Pilih pelatihannya dulu (tambahkan pelatihan bila belum ada).")
            start, end, sessions, quota, place, organiser, trainers, signatory, position, nip = texts
            return courses.add_batch(
                actor=actor,
                training_id=str(training_id),
                starts_on=typed_date(start, "Tanggal mulai"),
                ends_on=typed_date(end, "Tanggal selesai"),
                quota=typed_number(quota, "Kuota"),
                place=place,
                sessions=parse_sessions(sessions),
                organiser=organiser,
                trainers=trainers,
                signatory_name=signatory,
                signatory_position=position,
                signatory_nip=nip,
            )

        def added(view: BatchView) -> None:
            self.batch_message.show_success(
                self.tr("'{name}' added: {sessions} session(s), {jp} JP.").format(
                    name=view.name, sessions=len(view.sessions), jp=view.total_jp
                )
            )
            self.batch_made.emit(view.id)

        Operation(self._ctx, self, work).changes().success(added).inline(
            self.batch_message, clear=False
        ).run()
