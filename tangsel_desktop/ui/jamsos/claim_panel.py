"""A member's JKM death claim: what applies, the progress notes, a new note, the checklist again."""

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
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

from tangsel_desktop.domain.formatting import format_date, format_datetime, format_rupiah, format_short_date
from tangsel_desktop.domain.jamsos.claim_rules import ClaimStage
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.claim_views import ClaimView
from tangsel_desktop.ui.jamsos.claim_checklist import checklist_work, show_checklist
from tangsel_desktop.ui.operations import Progress, TaskHandle, failure_text
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import heading
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)
NOTE_MAX_LENGTH = 1000


class NotesTable(QTableWidget):
    """The claim's notes in one column, wrapped again whenever the panel's width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        # The header stretches its column after the resize event, on a later turn of the event loop.
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(0)
        self._rewrap.timeout.connect(self.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Row heights measured at another width (or while the tab was hidden) would leave gaps or cut lines.
        self._rewrap.start()


class ClaimPanel(QWidget):
    """Shows the claim of the member given to show_member; every read and write runs in the background."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: str | None = None
        self._loads = 0  # a later load wins over an earlier one still on its way
        self.claim: ClaimView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.title = heading(self.tr("JKM death claim"), self, size_delta=2)
        self.title.setWordWrap(True)
        self.summary_label = plain_label(self)
        self.empty_label = plain_label(self, HINT_STYLE)
        # One note per row, in one column: the date, stage and clerk on a line, the note under them across
        # the panel's whole width. Four columns left the note a word wide beside the member's table.
        self.notes_table = NotesTable(self)
        self.notes_table.setHorizontalHeaderLabels([self.tr("Progress notes")])
        self.notes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_table.verticalHeader().hide()
        self.notes_table.setWordWrap(True)
        self.notes_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stage_combo = QComboBox(self)
        # Sized to a short stage, not the longest: the panel shares the side with the member's details.
        self.stage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_combo.setMinimumContentsLength(12)
        for stage in ClaimStage:
            self.stage_combo.addItem(stage.label, stage.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("e.g. submitted at the BPJS branch, receipt no. …"))
        self.add_button = QPushButton(self.tr("&Add note"), self)
        self.checklist_button = QPushButton(self.tr("&Checklist…"), self)
        self.checklist_button.setToolTip(self.tr("Save the family's claim checklist again and show it"))
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        self._lay_out()
        self.add_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        self.checklist_button.clicked.connect(self.save_checklist)
        self.progress.over.connect(self._update)
        ctx.bus.changed.connect(self._changed)
        self.show_member(None)

    def _lay_out(self) -> None:
        stage_label = QLabel(self.tr("&Stage:"), self)
        stage_label.setBuddy(self.stage_combo)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        # Two lines: beside the stage and the button, the note would be left a few letters wide.
        adding = QGridLayout()
        # The button on a line of its own: the side panel stays narrow enough for the member table to show
        # every column up to the covered months on a 1280-pixel screen.
        adding.addWidget(stage_label, 0, 0)
        adding.addWidget(self.stage_combo, 0, 1)
        adding.addWidget(note_label, 1, 0)
        adding.addWidget(self.note_edit, 1, 1)
        adding.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        adding.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.checklist_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.notes_table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)

    def show_member(self, member_id: str | None) -> None:
        """Show this member's claim (None: nobody chosen); the read runs in the background."""
        if member_id is not None and member_id == self._member_id and self.claim is not None:
            # Shown already, and kept fresh by the change bus: re-reading would wipe the last message.
            return
        self._load(member_id)

    def _load(self, member_id: str | None) -> None:
        self._member_id = member_id
        self.claim = None
        show_text(self.message_label, "")
        self._show(None)
        if member_id is None:
            show_text(self.empty_label, self.tr("Choose a member to see their death claim."))
            return
        show_text(self.empty_label, self.tr("Loading…"))
        self._loads += 1
        load, claims, actor = self._loads, self._ctx.services.jamsos_claims, self._ctx.actor
        self._run(
            lambda _h, _r: claims.claim(actor=actor, member_id=member_id),
            lambda claim: self._loaded(load, claim),
        )

    def _loaded(self, load: int, claim: ClaimView | None) -> None:
        if load != self._loads:
            return  # a later member's read is under way and will show its own claim
        self.claim = claim
        self._show(claim)
        if claim is None:
            show_text(self.empty_label, self.tr("No death is recorded for this member."))
        else:
            show_text(self.empty_label, "")

    def _show(self, claim: ClaimView | None) -> None:
        self.notes_table.setRowCount(0)
        self.notes_table.setVisible(claim is not None)
        if claim is None:
            show_text(self.summary_label, "")
            self._update()
            return
        benefits = claim.benefits
        cause = self.tr("a work accident") if claim.work_accident else self.tr("not a work accident")
        lines = [
            self.tr("{name} died on {date} ({cause}); {months} months of contributions.").format(
                name=claim.member.full_name,
                date=format_date(claim.died_on),
                cause=cause,
                months=benefits.months,
            ),
            self.tr("JKM benefit {jkm}.").format(jkm=format_rupiah(benefits.jkm))
            + (
                " " + self.tr("Work accident (JKK): {jkk}.").format(jkk=format_rupiah(benefits.jkk))
                if claim.work_accident
                else ""
            )
            + " "
            + (
                self.tr("Scholarship for up to 2 children: applies.")
                if benefits.scholarship
                else self.tr("Scholarship: not yet (needs 36 months).")
            ),
            self.tr("Heir: {heir}. Stage: {stage}.").format(
                heir=", ".join(
                    part for part in (claim.heir_name, claim.heir_relation, claim.heir_phone) if part
                )
                or "-",
                stage=claim.stage.label,
            ),
        ]
        show_text(self.summary_label, "\n".join(lines))
        for note in claim.notes:
            row = self.notes_table.rowCount()
            self.notes_table.insertRow(row)
            heading = f"{format_short_date(note.at)} · {note.stage.label} · {note.by}"
            item = QTableWidgetItem(f"{heading}\n{note.note}" if note.note else heading)
            item.setToolTip(f"{format_datetime(note.at)} · {note.stage.label} · {note.by}")
            self.notes_table.setItem(row, 0, item)
        # Notes wrap in their column, so a long one is read whole rather than cut short.
        self.notes_table.resizeRowsToContents()
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(claim.stage.value))
        self._update()

    def _update(self) -> None:
        ready = self.claim is not None and not self.progress.running
        for widget in (self.stage_combo, self.note_edit, self.add_button, self.checklist_button):
            widget.setEnabled(ready)

    def _run(self, work: Any, finished: Any, *, changes: bool = False) -> None:
        # No cancel button: short reads and one-row writes.
        self.progress.run(
            self._ctx, work, finished=finished, failed=self._failed, cancellable=False, changes=changes
        )
        self._update()

    def _failed(self, error: BaseException) -> None:
        unexpected = self.tr("Something went wrong; the error was logged.")
        show_text(self.message_label, failure_text(error, unexpected), ERROR_STYLE)

    def _changed(self, summary: ChangeSummary) -> None:
        # A death recorded elsewhere (the dialog) shows here at once. Our own change arrives while
        # the progress row still runs it (the operation publishes before answering): no reload.
        if self.progress.running:
            return
        if self._member_id is not None and summary.touches(ChangeSummary.JAMSOS):
            self._load(self._member_id)

    def add_note(self) -> None:
        if self.claim is None or not self.add_button.isEnabled():
            return
        stage = ClaimStage(str(self.stage_combo.currentData()))
        note, member_id = self.note_edit.text(), self.claim.member.id
        claims, actor = self._ctx.services.jamsos_claims, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[ClaimView, ChangeSummary]:
            return claims.add_note(actor=actor, member_id=member_id, stage=stage, note=note)

        show_text(self.message_label, "")
        self._run(work, self._noted, changes=True)

    def _noted(self, claim: ClaimView) -> None:
        self.claim = claim
        self._show(claim)
        self.note_edit.clear()
        show_text(self.message_label, self.tr("Note added."), SUCCESS_STYLE)

    def save_checklist(self) -> None:
        if self.claim is None or not self.checklist_button.isEnabled():
            return
        self._run(checklist_work(self._ctx, self.claim.member.id), self._saved)

    def _saved(self, path: Path) -> None:
        self.preview = show_checklist(self, self.message_label, path, self.preview)
