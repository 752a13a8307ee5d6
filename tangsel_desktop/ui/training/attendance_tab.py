"""Attendance: the keyboard grid, the card QR or NIK typed at the door, a companion's name for a blind
participant, and the day's sheet to sign."""

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.training.participation import Mark
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.training.training_views import AttendanceGrid, MarkView
from tangsel_desktop.ui.operations import Operation, TaskHandle
from tangsel_desktop.ui.training.attendance_grid import AttendanceModel, AttendanceView
from tangsel_desktop.ui.training.training_tab import TrainingTab
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import InlineMessage, plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder
from tangsel_desktop.ui.widgets.style import HINT_STYLE


class AttendanceTab(TrainingTab):
    """One service read fills the grid; each mark is one Operation, the cell changed before it returns."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: PdfPreviewDialog | None = None
        self._own = 0  # marks saved here whose change the page need not read again
        self.pending = 0
        self.door_field = QLineEdit(self)
        self.door_field.setPlaceholderText(self.tr("Scan the card's QR code or type the NIK, then Enter"))
        self.day_combo = QComboBox(self)
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.companion_field = QLineEdit(self)
        self.companion_field.setPlaceholderText(self.tr("Companion's name (blind participant)"))
        self.relation_field = QLineEdit(self)
        self.relation_field.setPlaceholderText(self.tr("Relation, e.g. istri"))
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.sheet_button = QPushButton(self.tr("Print the day's &sheet"), self)
        self.message = InlineMessage(self)
        self.model = AttendanceModel(self)
        self.view = AttendanceView(self)
        self.view.setModel(self.model)
        self.legend = plain_label(self, HINT_STYLE)
        show_text(
            self.legend,
            self.tr(
                "Keys: H present, A absent, I excused; arrows move. JP and % are green when the minimum "
                "is met, red when not yet."
            ),
        )
        door = QHBoxLayout()
        door_label = QLabel(self.tr("At the &door:"), self)
        door_label.setBuddy(self.door_field)
        door.addWidget(door_label)
        door.addWidget(self.door_field, 2)
        day_label = QLabel(self.tr("Da&y:"), self)
        day_label.setBuddy(self.day_combo)
        door.addWidget(day_label)
        door.addWidget(self.day_combo)
        door.addWidget(self.large_print)
        door.addWidget(self.sheet_button)
        helper = QHBoxLayout()
        companion_label = QLabel(self.tr("&Companion:"), self)
        companion_label.setBuddy(self.companion_field)
        helper.addWidget(companion_label)
        helper.addWidget(self.companion_field, 2)
        helper.addWidget(self.relation_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(door)
        layout.addLayout(helper)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.view.marked.connect(self.mark_cell)
        self.door_field.returnPressed.connect(self.mark_at_door)
        self.sheet_button.clicked.connect(self.print_sheet)

    def take_own_change(self) -> bool:
        if self._own:
            self._own -= 1
            return True
        return False

    def reload(self) -> None:
        view = self.batch
        if view is None:
            self._show(None)
            return
        attendance, actor = self._ctx.services.training_attendance, self._ctx.actor
        Operation(self._ctx, self, lambda _h: attendance.grid(actor=actor, batch_id=view.id)).success(
            self._show
        ).inline(self.message, clear=False).run()

    def _show(self, grid: AttendanceGrid | None) -> None:
        chosen = self.day_combo.currentData()
        self.model.set_grid(grid)
        blocked = self.day_combo.blockSignals(True)
        self.day_combo.clear()
        if grid is not None:
            for session in grid.batch.sessions:
                self.day_combo.addItem(f"{session.day:%d-%m-%Y} ({session.jp} JP)", session.day)
            days = [s.day for s in grid.batch.sessions]
            wanted = chosen if chosen in days else (date.today() if date.today() in days else None)
            if wanted is not None:
                self.day_combo.setCurrentIndex(days.index(wanted))
        self.day_combo.blockSignals(blocked)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 240)
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, 64)
        if grid is not None and grid.rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 1))

    def _companion(self) -> tuple[str, str]:
        return self.companion_field.text(), self.relation_field.text()

    def mark_cell(self, row: int, session: int, mark: Mark) -> None:
        grid = self.model.grid
        if grid is None:
            return
        before = self.model.mark(row, session)
        self.model.set_mark(row, session, mark)
        person = self.model.row_of(row).participant
        day = grid.batch.sessions[session].day
        who, relation = self._companion()
        self._save(
            row, day, person.nik, "", mark, who, relation, lambda: self.model.set_mark(row, session, before)
        )

    def mark_at_door(self) -> None:
        grid = self.model.grid
        text = self.door_field.text().strip()
        day = self.day_combo.currentData()
        if grid is None or not text:
            return
        if day is None:
            self.message.show_error(self.tr("Choose the session day first."))
            return
        digits = text.isdigit()
        who, relation = self._companion()
        self._save(
            None, day, text if digits else "", "" if digits else text, Mark.PRESENT, who, relation, None
        )
        self.door_field.clear()

    def _save(self, row: int | None, day: date, nik: str, card: str, mark: Mark, who: str, relation: str,
              undo: Callable[[], None] | None) -> None:  # fmt: skip
        view = self.batch
        assert view is not None
        attendance, actor = self._ctx.services.training_attendance, self._ctx.actor
        self.pending += 1

        def work(_h: TaskHandle) -> tuple[MarkView, ChangeSummary]:
            return attendance.attend(
                actor=actor, batch_id=view.id, day=day, nik=nik, card=card, mark=mark,
                companion_name=who, companion_relation=relation,
            )  # fmt: skip

        def saved(result: MarkView) -> None:
            self.pending -= 1
            self._own += 1
            grid = self.model.grid
            index = row
            if index is None and grid is not None:
                niks = [r.participant.nik for r in grid.rows]
                index = niks.index(result.participant.nik) if result.participant.nik in niks else None
                position = [s.day for s in grid.batch.sessions].index(result.day)
                if index is not None:
                    self.model.set_mark(index, position, result.mark)
            if index is not None:
                self.model.saved(index, result)
            text = self.tr("{name}: {mark} on {day}; {jp} of {total} JP.").format(
                name=result.participant.full_name, mark=result.mark.value, day=f"{result.day:%d-%m-%Y}",
                jp=result.attended_jp, total=result.total_jp,
            )  # fmt: skip
            if result.companion_name:
                text += " " + self.tr("Companion: {name} ({relation}).").format(
                    name=result.companion_name, relation=result.companion_relation
                )
            self.message.show_success(text)

        def failed(error: BaseException) -> None:
            self.pending -= 1
            if undo is not None:
                undo()
            if isinstance(error, UserError):
                self.message.show_error(error.message)

        Operation(self._ctx, self, work).changes().success(saved).failure(failed).run()

    def print_sheet(self) -> None:
        view, day = self.batch, self.day_combo.currentData()
        if view is None or day is None:
            self.message.show_error(self.tr("Choose a batch and a session day first."))
            return
        target = dated_target(self._ctx.services.paths.root, "daftar-hadir-pelatihan")
        attendance, actor, large = (
            self._ctx.services.training_attendance,
            self._ctx.actor,
            self.large_print.isChecked(),
        )

        def work(_h: TaskHandle) -> tuple[int, ChangeSummary]:
            ensure_folder(target)
            return attendance.sheet(actor=actor, batch_id=view.id, day=day, target=target, large_print=large)

        def printed(pages: int) -> None:
            self.message.show_success(
                self.tr("Attendance sheet, {pages} page(s): {path}").format(
                    pages=format_count(pages), path=str(target)
                )
            )
            self.preview = pdf_preview_dialog.show_preview(self, target, duplex=False)

        Operation(self._ctx, self, work).changes().success(printed).inline(self.message, clear=False).run()
