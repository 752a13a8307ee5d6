"""The centre's findings to review: filtered, each decided by a supervisor with a note, saved to Excel."""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sync.findings import (
    KEEP_KINDS,
    KIND_LABELS,
    SEMBAKO_DECISIONS,
    DecidedFirst,
    FindingView,
    RefreshResult,
)
from tangsel_desktop.services.sync.findings_export import FindingsSaved
from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.sync.sync_common import gate, is_supervisor, results_table, start_folder
from tangsel_desktop.ui.sync.sync_table import SyncRowsModel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.lazy_tab import LazyTab
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

# A decision choice's data in the combo: "keep:<office code>" or "decision:<sah|tarik>" (plain text:
# a Python tuple would not survive the trip through a QVariant).
KEEP_PREFIX, DECISION_PREFIX = "keep:", "decision:"


def decision_arguments(choice: str) -> tuple[str | None, str | None]:
    """(keep, decision) for services.sync_findings.decide from a combo's choice."""
    if choice.startswith(KEEP_PREFIX):
        return choice.removeprefix(KEEP_PREFIX), None
    if choice.startswith(DECISION_PREFIX):
        return None, choice.removeprefix(DECISION_PREFIX)
    return None, None


def choose_xlsx_target(parent: QWidget, suggested: Path) -> Path | None:
    """Where the findings are saved (tests replace it: the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, "", str(suggested), "Excel (*.xlsx)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class FindingsTab(LazyTab):
    """Read when shown and after every change; a decision needs a note and names what it decides."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.findings: list[FindingView] = []
        allowed = is_supervisor(ctx.actor)
        self.status_combo = QComboBox(self)
        for label, key in (
            (self.tr("Open"), "open"),
            (self.tr("Decided"), "decided"),
            (self.tr("All"), None),
        ):
            self.status_combo.addItem(label, key)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Every kind"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.recheck_button = QPushButton(self.tr("Check a&gain"), self)
        gate(self.recheck_button, allowed, self.tr("Look again at every office's rows"))
        self.export_button = QPushButton(self.tr("Save &Excel…"), self)
        gate(self.export_button, allowed, self.tr("The findings as filtered, with the rows they name"))
        self.model = SyncRowsModel(
            [
                self.tr("No."),
                self.tr("Kind"),
                self.tr("Subject"),
                self.tr("Offices"),
                self.tr("Detail"),
                self.tr("Status"),
                self.tr("Decision"),
                self.tr("Note"),
            ],
            self,
        )
        self.table = results_table(self, self.model, stretch=4)
        self.decision_combo = QComboBox(self)
        self.decision_combo.setMinimumContentsLength(30)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note: the reason, or the letter it rests on"))
        self.decide_button = QPushButton(self.tr("&Decide"), self)
        for widget in (self.decision_combo, self.note_edit, self.decide_button):
            gate(widget, allowed)
        self.progress = ProgressRow(self)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.count_label = plain_label(self, HINT_STYLE)

        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_combo)
        filters.addStretch(1)
        filters.addWidget(self.recheck_button)
        filters.addWidget(self.export_button)
        deciding = QHBoxLayout()
        deciding.addWidget(QLabel(self.tr("Decision:"), self))
        deciding.addWidget(self.decision_combo)
        deciding.addWidget(self.note_edit, 1)
        deciding.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(deciding)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)

        self.status_combo.activated.connect(lambda _i: self.reload())
        self.kind_combo.activated.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.decide_button.clicked.connect(lambda: self.decide())
        self.recheck_button.clicked.connect(lambda: self.recheck())
        self.export_button.clicked.connect(lambda: self.export())
        self._chosen()

    def reload(self) -> None:
        findings, actor = self._ctx.services.sync_findings, self._ctx.actor
        status, kind = self.status_combo.currentData(), self.kind_combo.currentData()

        def work(_handle: TaskHandle, _report: Progress) -> list[FindingView]:
            return findings.findings(actor=actor, status=status, kind=kind)

        self.progress.run(self._ctx, work, finished=self._arrived, failed=self._failed, cancellable=False)

    def _arrived(self, found: list[FindingView]) -> None:
        kept = self.chosen()
        self.findings = found
        rows = [
            (
                str(item.id),
                item.kind_label,
                item.subject,
                ", ".join(item.offices),
                item.detail,
                item.status_label,
                item.decision_label if item.decision else "",
                item.note,
            )
            for item in found
        ]
        marks = ["" if item.decision or item.cleared_at else "warning" for item in found]
        self.model.set_rows(rows, found, marks)
        show_text(self.count_label, self.tr("{count} finding(s) shown.").format(count=len(found)))
        if kept is not None:
            for row, item in enumerate(found):
                if item.id == kept.id:
                    self.table.selectRow(row)
        self._chosen()

    def chosen(self) -> FindingView | None:
        rows = self.table.selectionModel().selectedRows()
        value = self.model.value(rows[0].row()) if rows else None
        return value if isinstance(value, FindingView) else None

    def choose(self, finding_id: int) -> None:
        for row, item in enumerate(self.findings):
            if item.id == finding_id:
                self.table.selectRow(row)
                return
        raise KeyError(finding_id)

    def _chosen(self) -> None:
        """The decisions the chosen finding allows: the office that keeps it, or (sembako) sah / tarik."""
        item = self.chosen()
        self.decision_combo.clear()
        if item is None:
            self.decide_button.setEnabled(False)
            return
        if item.kind in KEEP_KINDS:
            for code in item.offices:
                self.decision_combo.addItem(
                    self.tr("Held by {office}").format(office=code), KEEP_PREFIX + code
                )
        else:
            for word, label in SEMBAKO_DECISIONS.items():
                self.decision_combo.addItem(label, DECISION_PREFIX + word)
        self.decide_button.setEnabled(is_supervisor(self._ctx.actor) and item.cleared_at is None)

    def decide(self) -> TaskHandle | None:
        item = self.chosen()
        if item is None or self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        keep, decision = decision_arguments(str(self.decision_combo.currentData() or ""))
        findings, actor, note = self._ctx.services.sync_findings, self._ctx.actor, self.note_edit.text()

        def work(_handle: TaskHandle, _report: Progress) -> tuple[FindingView, ChangeSummary]:
            # What this supervisor saw: another's decision made since is named, not overwritten.
            return findings.decide(
                actor=actor,
                finding_id=item.id,
                note=note,
                keep=keep,
                decision=decision,
                seen_decision=item.decision,
            )

        show_text(self.message_label, "")
        return self.progress.run(
            self._ctx, work, finished=self._decided, failed=self._failed, cancellable=False, changes=True
        )

    def _decided(self, item: FindingView) -> None:
        self.note_edit.clear()
        show_text(
            self.message_label,
            self.tr("Finding {number} decided: {decision}.").format(
                number=item.id, decision=item.decision_label
            ),
            SUCCESS_STYLE,
        )

    def recheck(self) -> TaskHandle | None:
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        findings, actor = self._ctx.services.sync_findings, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> tuple[RefreshResult, ChangeSummary]:
            return findings.refresh(actor=actor)

        show_text(self.message_label, "")
        return self.progress.run(self._ctx, work, finished=self._rechecked, failed=self._failed, changes=True)

    def _rechecked(self, result: RefreshResult) -> None:
        show_text(
            self.message_label,
            self.tr(
                "Checked again: {added} new, {reopened} reopened, {cleared} settled; {open} open."
            ).format(added=result.added, reopened=result.reopened, cleared=result.cleared, open=result.open),
            SUCCESS_STYLE,
        )

    def export(self) -> TaskHandle | None:
        if self.progress.running or not is_supervisor(self._ctx.actor):
            return None
        target = choose_xlsx_target(self, start_folder() / "temuan-sinkronisasi.xlsx")
        if target is None:
            return None
        findings, actor, status = (
            self._ctx.services.sync_findings,
            self._ctx.actor,
            self.status_combo.currentData(),
        )

        def work(_handle: TaskHandle, _report: Progress) -> tuple[FindingsSaved, ChangeSummary]:
            return findings.export_xlsx(actor=actor, target=target, status=status), ChangeSummary.AUDIT_LOG

        show_text(self.message_label, "")
        return self.progress.run(
            self._ctx, work, finished=self._exported, failed=self._failed, cancellable=False, changes=True
        )

    def _exported(self, saved: FindingsSaved) -> None:
        show_text(
            self.message_label,
            self.tr("{count} finding(s) saved: {path}").format(count=saved.count, path=str(saved.path)),
            SUCCESS_STYLE,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message_label, error.message, ERROR_STYLE)
            if isinstance(error, DecidedFirst):
                self.reload()  # the list showed it open: show the decision made at the other desk
        else:
            show_text(
                self.message_label, self.tr("The work could not be done; see the log file."), ERROR_STYLE
            )
