"""The Recap tab: a month's Jamsosnaker members and premium, the year so far, and the signed PDF or Excel."""

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_rupiah
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.membership_views import JamsosRecap
from tangsel_desktop.services.jamsos.recap_content import rate_text, signed_rupiah
from tangsel_desktop.services.jamsos.recap_files import RecapFile
from tangsel_desktop.ui.jamsos.month_picker import MonthPicker
from tangsel_desktop.ui.jamsos.recap_table_model import (
    RecapTableModel,
    correction_rows,
    corrections_model,
    kelurahan_model,
    kelurahan_rows,
    line_rows,
    lines_model,
)
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import BIG_BOLD_STYLE as TOTAL_STYLE
from tangsel_desktop.ui.widgets.style import BOLD_STYLE as FIGURE_STYLE
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)

JAMSOS_ENTITY = ChangeSummary.JAMSOS
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def choose_recap_file(parent: QWidget, suggested: Path, kind: str) -> Path | None:
    """The one place that asks where to save the recap (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecapTab", "Save the recap as"),
        str(suggested),
        FILTERS[kind],
    )
    if not chosen:
        return None
    path = Path(chosen)
    # The clerk may type a name without its ending: the button pressed says which file it is.
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


def _figure(parent: QWidget, style: str = "") -> QLabel:
    """A figure's label: plain text (an occupation may read '<b>'), shown even before the first answer."""
    label = plain_label(parent, style)
    label.setText("–")
    label.show()
    return label


class RecapTab(QWidget):
    """Anyone signed in sees the figures; a supervisor signs and saves them (PDF or Excel)."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._may_sign = ctx.actor.role.rank >= Role.SUPERVISOR.rank
        self._generation = 0
        self._shown_generation = 0
        self.recap: JamsosRecap | None = None
        self.preview: PdfPreviewDialog | None = None
        self.month_picker = MonthPicker(YearMonth.of(today()), self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAutoDefault(False)
        self.members_value = _figure(self, TOTAL_STYLE)
        self.amount_value = _figure(self, TOTAL_STYLE)
        self.words_value = _figure(self, FIGURE_STYLE)
        self.rate_value = _figure(self)
        self.year_to_date_label = _figure(self, HINT_STYLE)
        self.year_to_date_label.setWordWrap(False)  # a caption: the column widens to hold it
        self.year_to_date_value = _figure(self, FIGURE_STYLE)
        self.projection_value = _figure(self, FIGURE_STYLE)
        self.lines_model: RecapTableModel = lines_model(self)
        self.kelurahan_model: RecapTableModel = kelurahan_model(self)
        self.lines_view = self._table(self.lines_model, (220, 60, 220, 90, 130), stretch=2)
        self.kelurahan_view = self._table(self.kelurahan_model, (220, 90, 130), stretch=0)
        # Corrections of signed months reported in this month: listed apart, the signed months untouched.
        self.corrections_model: RecapTableModel = corrections_model(self)
        self.corrections_view = self._table(self.corrections_model, (280, 340, 220, 70, 120), stretch=2)
        self.corrections_view.setMaximumHeight(self.corrections_view.fontMetrics().height() * 8)
        self.corrections_total = _figure(self, FIGURE_STYLE)
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Save &Excel…"), self)
        for button, tip in (
            (self.save_pdf_button, self.tr("Save the recap signed by you as a PDF for BPJS and the city")),
            (self.save_xlsx_button, self.tr("Save the recap as an Excel workbook")),
        ):
            button.setAutoDefault(False)
            button.setToolTip(
                tip if self._may_sign else self.tr("Only supervisors and administrators may sign and save")
            )
        self.progress = ProgressRow(self)
        self.progress.over.connect(self._update_buttons)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self._lay_out()
        self.month_picker.month_changed.connect(lambda _month: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.save_pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        ctx.bus.changed.connect(self._on_change)
        self._update_buttons()
        self.refresh()

    def _table(self, model: RecapTableModel, widths: tuple[int, ...], *, stretch: int) -> QTableView:
        table = QTableView(self)
        # The names take what room there is; the figures keep the width their largest value needs.
        set_up_listing(table, model, widths=dict(enumerate(widths)), stretch=stretch, multiple=True)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        return table

    def _lay_out(self) -> None:
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_picker.month_combo)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month_picker)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.save_pdf_button)
        top.addWidget(self.save_xlsx_button)

        figures = QGroupBox(self.tr("The month at a glance"), self)
        grid = QGridLayout(figures)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self._caption(self.tr("Members covered:")), 0, 0)
        grid.addWidget(self.members_value, 0, 1)
        grid.addWidget(self._caption(self.tr("Premium this month:")), 0, 2)
        grid.addWidget(self.amount_value, 0, 3)
        grid.addWidget(self._caption(self.tr("In words:")), 1, 0)
        grid.addWidget(self.words_value, 1, 1, 1, 3)
        grid.addWidget(self._caption(self.tr("Rate in force:")), 2, 0)
        grid.addWidget(self.rate_value, 2, 1, 1, 3)
        grid.addWidget(self.year_to_date_label, 3, 0)
        grid.addWidget(self.year_to_date_value, 3, 1)
        grid.addWidget(self._caption(self.tr("Projection for a year:")), 3, 2)
        grid.addWidget(self.projection_value, 3, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._titled(self.tr("By kelurahan, RW and occupation"), self.lines_view))
        splitter.addWidget(self._titled(self.tr("Per kelurahan"), self.kelurahan_view))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.corrections_box = QGroupBox(self.tr("Koreksi bulan lalu (corrections of signed months)"), self)
        corrections = QVBoxLayout(self.corrections_box)
        corrections.addWidget(self.corrections_total)
        corrections.addWidget(self.corrections_view)
        self.corrections_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(figures)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.corrections_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet(HINT_STYLE)
        return label

    def _titled(self, title: str, table: QTableView) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title, box)
        heading.setStyleSheet(FIGURE_STYLE)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        return box

    # -- the figures --------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def refresh(self) -> None:
        """Compute the chosen month's recap off the GUI thread; a newer request wins over an older one."""
        self._generation += 1
        generation = self._generation
        month = self.month_picker.month()
        jamsos, actor = self._ctx.services.jamsos, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[int, JamsosRecap]:
            return generation, jamsos.recap(actor=actor, month=month)

        show_text(self.message_label, "")
        # No cancel button, here and for saving: one SQL statement and one file, nothing to stop half-way.
        self.progress.run(
            self._ctx.runner, work, finished=self._arrived, failed=self._recap_failed, cancellable=False
        )
        self._update_buttons()

    def _arrived(self, answer: tuple[int, JamsosRecap]) -> None:
        generation, recap = answer
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.recap = recap
        self._show(recap)
        self._update_buttons()

    def _recap_failed(self, error: BaseException) -> None:
        self._shown_generation = self._generation
        self.recap = None
        self._show(None)
        self._update_buttons()
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(self.message_label, self.tr("The recap could not be computed; see the log file."))

    def _show(self, recap: JamsosRecap | None) -> None:
        if recap is None:
            for label in (
                self.members_value,
                self.amount_value,
                self.words_value,
                self.rate_value,
                self.year_to_date_value,
                self.projection_value,
            ):
                label.setText("–")
            self.lines_model.set_rows([])
            self.kelurahan_model.set_rows([])
            self.corrections_model.set_rows([])
            self.corrections_box.setVisible(False)
            return
        month = YearMonth.parse(recap.month)
        self.members_value.setText(self.tr("{count} people").format(count=format_count(recap.members)))
        self.amount_value.setText(format_rupiah(recap.amount))
        self.words_value.setText(recap.amount_words.capitalize())
        self.rate_value.setText(rate_text(recap))
        self.year_to_date_label.setText(
            self.tr("January to {month}:").format(month=month.label())
            if month.month > 1
            else self.tr("{month}, the year so far:").format(month=month.label())
        )
        self.year_to_date_value.setText(format_rupiah(recap.year_to_date))
        self.projection_value.setText(format_rupiah(recap.projection))
        self.projection_value.setToolTip(self.tr("Members this month × the rate × 12 months"))
        self.lines_model.set_rows(line_rows(recap.lines))
        self.kelurahan_model.set_rows(kelurahan_rows(recap.by_kelurahan))
        self.corrections_model.set_rows(correction_rows(recap.corrections))
        self.corrections_box.setVisible(bool(recap.corrections))
        self.corrections_total.setText(
            self.tr("{amount} billed with this month; with the corrections: {total}").format(
                amount=signed_rupiah(recap.correction_amount),
                total=format_rupiah(recap.amount + recap.correction_amount),
            )
        )
        if not recap.lines:
            show_text(
                self.message_label,
                self.tr("No member is covered in {month}.").format(month=month.label()),
                HINT_STYLE,
            )

    def _on_change(self, summary: ChangeSummary) -> None:
        if summary.touches(JAMSOS_ENTITY):
            self.refresh()

    # -- saving -------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self._may_sign and not self.progress.running and not self.loading and self.recap is not None
        self.save_pdf_button.setEnabled(ready)
        self.save_xlsx_button.setEnabled(ready)

    def save(self, kind: str) -> TaskHandle | None:
        """Ask where, then write the month's recap signed by the signed-in supervisor."""
        if not self._may_sign or self.progress.running or self.recap is None:
            return None
        month = YearMonth.parse(self.recap.month)
        suggested = Path.home() / f"rekap-jamsosnaker-{month}.{kind}"
        target = choose_recap_file(self, suggested, kind)
        if target is None:
            return None
        files, actor = self._ctx.services.jamsos_recap_files, self._ctx.actor

        def work(_handle: TaskHandle, report: Progress) -> tuple[RecapFile, ChangeSummary]:
            saved = files.save_recap(actor=actor, month=month, target=target, progress=report)
            return saved, saved.changed

        log.info("saving the jamsos recap of %s as %s", month, kind)
        show_text(self.message_label, "")
        handle = self.progress.run(
            self._ctx, work, finished=self._saved, failed=self._save_failed, cancellable=False, changes=True
        )
        self._update_buttons()
        return handle

    def _saved(self, saved: RecapFile) -> None:
        show_text(
            self.message_label,
            self.tr("Recap of {month} saved: {path}").format(
                month=YearMonth.parse(saved.recap.month).label(), path=str(saved.path)
            ),
            SUCCESS_STYLE,
        )
        if saved.kind == "pdf":
            self.preview = pdf_preview_dialog.show_preview(self, saved.path, duplex=False)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            show_text(self.message_label, self.tr("The recap could not be saved; see the log file."))
