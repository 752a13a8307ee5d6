"""The Laporan page: the reports on the left by group; the chosen one's filters, preview, chart and files."""

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.reports.report_catalogue import (
    Choice,
    Preview,
    ReportCatalogue,
    ReportEntry,
    Selection,
)
from tangsel_desktop.ui.listing_tables import set_up_listing
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.reports import report_files
from tangsel_desktop.ui.reports.preview_model import PreviewModel
from tangsel_desktop.ui.reports.report_chart import ReportChartView
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import BIG_BOLD_STYLE, ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)
KEY_ROLE = Qt.ItemDataRole.UserRole
# What saving a report (or a backup) changes: no figure of any report.
QUIET_CHANGES = ChangeSummary.AUDIT_LOG | ChangeSummary.BACKUP


class ReportsPage(QWidget):
    """A report the signed-in role may not make is listed greyed, its tooltip saying who may."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.catalogue = ReportCatalogue(ctx.services, today)
        self.entry: ReportEntry | None = None
        self.preview: Preview | None = None
        self.pdf_preview: PdfPreviewDialog | None = None
        self._generation = 0
        self._shown_generation = 0
        self._restore: tuple[object, object] = (None, None)
        self.reports = QTreeWidget(self)
        self.reports.setHeaderHidden(True)
        self.reports.setMinimumWidth(230)
        self.reports.setMaximumWidth(270)
        self.title_label = plain_label(self, BIG_BOLD_STYLE)
        self.description_label = plain_label(self, HINT_STYLE)
        self.description_label.setWordWrap(True)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setMinimumContentsLength(28)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label.setBuddy(self.period_combo)
        self.area_label = QLabel(self.tr("&Area:"), self)
        self.area_combo = QComboBox(self)
        self.area_combo.setMinimumContentsLength(28)
        self.area_label.setBuddy(self.area_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Save &Excel…"), self)
        for button in (self.refresh_button, self.save_pdf_button, self.save_xlsx_button):
            button.setAutoDefault(False)
        self.subtitle_label = plain_label(self, HINT_STYLE)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        set_up_listing(self.table, self.model, stretch=0, multiple=True)
        self.chart = ReportChartView(self)
        self.progress = ProgressRow(self)
        self.progress.over.connect(self._update_buttons)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.message_label.setWordWrap(True)
        self._fill_list()
        self._lay_out()
        self.reports.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.period_combo.activated.connect(lambda _i: self.refresh())
        self.area_combo.activated.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self._load_choices)
        self.save_pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        ctx.bus.changed.connect(self._on_change)
        self._show_entry(None)

    # -- the list -----------------------------------------------------------------------------------

    def _fill_list(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        actor = self._ctx.actor
        for entry in self.catalogue.entries():
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.reports, [entry.group])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[entry.group] = group
            item = QTreeWidgetItem(group, [entry.title])
            item.setData(0, KEY_ROLE, entry.key)
            if entry.may_make(actor):
                item.setToolTip(0, entry.description)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(0, entry.who_may())
        self.reports.expandAll()

    def item_of(self, key: str) -> QTreeWidgetItem:
        for group in range(self.reports.topLevelItemCount()):
            parent = self.reports.topLevelItem(group)
            for child in range(parent.childCount() if parent is not None else 0):
                item = parent.child(child) if parent is not None else None
                if item is not None and item.data(0, KEY_ROLE) == key:
                    return item
        raise KeyError(key)

    def choose(self, key: str) -> None:
        self.reports.setCurrentItem(self.item_of(key))

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.period_label)
        filters.addWidget(self.period_combo)
        filters.addWidget(self.area_label)
        filters.addWidget(self.area_combo)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        filters.addWidget(self.save_pdf_button)
        filters.addWidget(self.save_xlsx_button)

        figures = QSplitter(Qt.Orientation.Vertical, self)
        figures.addWidget(self.chart)
        figures.addWidget(self.table)
        figures.setStretchFactor(0, 1)
        figures.setStretchFactor(1, 1)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.title_label)
        side.addWidget(self.description_label)
        side.addLayout(filters)
        side.addWidget(self.subtitle_label)
        side.addWidget(figures, 1)
        side.addWidget(self.progress)
        side.addWidget(self.message_label)

        layout = QHBoxLayout(self)
        layout.addWidget(self.reports)
        layout.addWidget(right, 1)

    # -- choosing a report --------------------------------------------------------------------------

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        entry = self.catalogue.entry(key) if key else None
        if entry is not None and not entry.may_make(self._ctx.actor):
            entry = None
        self._show_entry(entry)
        if entry is not None:
            self._load_choices()

    def _show_entry(self, entry: ReportEntry | None) -> None:
        self.entry = entry
        self.preview = None
        self._generation += 1
        self._shown_generation = self._generation
        self.model.set_table((), ())
        self.chart.show_chart(None)
        show_text(self.subtitle_label, "")
        show_text(self.message_label, "")
        if entry is None:
            show_text(self.title_label, self.tr("Reports"))
            show_text(self.description_label, self.tr("Choose a report on the left."))
        else:
            show_text(self.title_label, entry.title)
            show_text(self.description_label, entry.description)
        has_period = entry is not None and bool(entry.period_label)
        has_area = entry is not None and entry.area_filter
        # Alt+P, E, M and W belong to the buttons and the area: "Putaran" goes without a shortcut.
        label = entry.period_label if entry is not None else ""
        self.period_label.setText(f"{'' if label[:1] in 'PEMW' else '&'}{label}:" if has_period else "")
        for widget, shown in (
            (self.period_label, has_period),
            (self.period_combo, has_period),
            (self.area_label, has_area),
            (self.area_combo, has_area),
            (self.refresh_button, entry is not None),
            (self.table, entry is not None),
        ):
            widget.setVisible(shown)
        self.period_combo.clear()
        self.area_combo.clear()
        self._update_buttons()

    def _load_choices(self) -> None:
        """Fetch the chosen report's periods and areas off the GUI thread, then its preview."""
        entry = self.entry
        if entry is None:
            return
        self._generation += 1
        generation = self._generation
        catalogue, actor, key = self.catalogue, self._ctx.actor, entry.key
        kept = (self.period_combo.currentData(), self.area_combo.currentData())

        def work(_handle: TaskHandle, _report: Progress) -> tuple[int, list[Choice], list[Choice]]:
            periods, areas = catalogue.choices(actor=actor, key=key)
            return generation, periods, areas

        show_text(self.message_label, "")
        self.progress.run(
            self._ctx, work, finished=self._choices_arrived, failed=self._failed, cancellable=False
        )
        self._restore = kept
        self._update_buttons()

    def _choices_arrived(self, answer: tuple[int, list[Choice], list[Choice]]) -> None:
        generation, periods, areas = answer
        if generation != self._generation or self.entry is None:
            return
        period, area = self._restore
        for combo, choices, keep in ((self.period_combo, periods, period), (self.area_combo, areas, area)):
            combo.clear()
            for choice in choices:
                combo.addItem(choice.label, choice.key)
            found = combo.findData(keep) if keep is not None else -1
            combo.setCurrentIndex(max(found, 0))
        if self.entry.period_label and not periods:
            self._shown_generation = self._generation
            show_text(
                self.message_label,
                self.tr("There is nothing to report yet: no {what} is recorded.").format(
                    what=self.entry.period_label.lower()
                ),
                HINT_STYLE,
            )
            self._update_buttons()
            return
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._shown_generation != self._generation

    def selection(self) -> Selection:
        return Selection(
            period=self.period_combo.currentData() or "", area=self.area_combo.currentData() or ""
        )

    def refresh(self) -> None:
        """Build the chosen report's preview off the GUI thread; a newer request wins over an older one."""
        entry = self.entry
        if entry is None:
            return
        self._generation += 1
        generation = self._generation
        catalogue, actor, key, selection = self.catalogue, self._ctx.actor, entry.key, self.selection()

        def work(_handle: TaskHandle, _report: Progress) -> tuple[int, Preview]:
            return generation, catalogue.build(actor=actor, key=key, selection=selection)

        show_text(self.message_label, "")
        self.progress.run(self._ctx, work, finished=self._arrived, failed=self._failed, cancellable=False)
        self._update_buttons()

    def _arrived(self, answer: tuple[int, Preview]) -> None:
        generation, preview = answer
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.preview = preview
        show_text(self.subtitle_label, preview.subtitle)
        self.model.set_table(preview.headers, preview.rows)
        self.table.resizeColumnsToContents()
        # A reset remakes the header's sections: the group's name takes the room left, if any is left
        # (else the table scrolls sideways rather than squeeze the names to nothing).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        room = (
            self.table.width()
            - 2 * self.table.frameWidth()
            - self.table.verticalScrollBar().sizeHint().width()
        )
        fits = header.length() <= room
        header.setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        )
        self.chart.show_chart(preview.chart)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._shown_generation = self._generation
        self._update_buttons()
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
        else:
            log.error("report failed", exc_info=error)
            show_text(self.message_label, self.tr("The report could not be made; see the log file."))

    def _on_change(self, summary: ChangeSummary) -> None:
        # Saving writes only the audit log; anything else may change a report's figures.
        if self.entry is not None and self.preview is not None and summary & ~QUIET_CHANGES:
            self.refresh()

    # -- saving -------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self.entry is not None and self.preview is not None and not self.progress.running
        self.save_pdf_button.setEnabled(ready and not self.loading)
        self.save_xlsx_button.setEnabled(ready and not self.loading)
        self.refresh_button.setEnabled(self.entry is not None and not self.progress.running)

    def save(self, kind: str) -> TaskHandle | None:
        """Ask where, then write the previewed report with the same filters as a PDF or a workbook."""
        entry = self.entry
        if entry is None or self.preview is None or self.progress.running:
            return None
        selection = self.selection()
        name = "-".join(part for part in ("laporan", entry.key, selection.period, selection.area) if part)
        suggested = Path.home() / f"{name.replace(':', '-')}.{kind}"
        target = report_files.choose_report_file(self, suggested, kind)
        if target is None:
            return None
        catalogue, actor, key = self.catalogue, self._ctx.actor, entry.key

        def work(_handle: TaskHandle, _report: Progress) -> tuple[tuple[Path, str], ChangeSummary]:
            changed = catalogue.save(actor=actor, key=key, selection=selection, target=target, kind=kind)
            return (target, kind), changed

        log.info("saving the %s report as %s", key, kind)
        show_text(self.message_label, "")
        handle = self.progress.run(
            self._ctx, work, finished=self._saved, failed=self._failed, cancellable=False, changes=True
        )
        self._update_buttons()
        return handle

    def _saved(self, saved: tuple[Path, str]) -> None:
        path, kind = saved
        show_text(self.message_label, self.tr("Report saved: {path}").format(path=str(path)), SUCCESS_STYLE)
        if kind == "pdf":
            self.pdf_preview = pdf_preview_dialog.show_preview(self, path, duplex=False)
