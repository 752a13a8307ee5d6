"""The distribution-day desk: scan a card, type a NIK or a name; see loudly whether the family has collected;
one key (F12 or Ctrl+Enter) records the handover and prints its receipt, or queues it for a batch print.

Built for a queue and no mouse: the scanner types the card's QR payload and Enter into the one input, the
arrows pick a name among several, and after every handover the focus is back in the input. A handover is
one service call; the progress figures then move here without reading the store again.
"""

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_datetime
from tangsel_desktop.domain.sembako.round_rules import proxy
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents.document_views import PrintResult
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import (
    DeskLookup,
    HandoverView,
    RecipientView,
    RoundStatusView,
    RoundView,
)
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.sembako.desk_boxes import CollectorBox, FamilyBox
from tangsel_desktop.ui.sembako.sembako_common import items_text
from tangsel_desktop.ui.sembako.sembako_tab import SembakoTab
from tangsel_desktop.ui.sembako.void_row import VoidRow
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder
from tangsel_desktop.ui.widgets.style import (
    BIG_BOLD_STYLE,
    INVALID_FRAME_STYLE,
    LOUD_MESSAGE_STYLE,
    LOUD_TEXT_STYLE,
    UNKNOWN_FRAME_STYLE,
    VALID_FRAME_STYLE,
)

log = logging.getLogger(__name__)
INPUT_POINT_SIZE = 16


class DeskTab(SembakoTab):
    """One family at a time: found, shown, handed over, and the input ready for the next one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.found: DeskLookup | None = None
        self.status: RoundStatusView | None = None
        self.queue: list[str] = []  # handovers whose receipts wait for the batch print
        self.preview: PdfPreviewDialog | None = None
        self.busy = False
        self.state = ""
        self.own_changes = 0  # handovers in flight: their change needs no reading back here
        self._lookups = 0  # the newest lookup wins: an older answer arriving late is dropped
        self._build()
        self._connect()
        self.show_state("", self.tr("Scan a card, type a NIK, or type a name, then press Enter."))

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.progress_label = plain_label(self, BIG_BOLD_STYLE)
        self.progress_label.setWordWrap(True)
        self.progress_label.show()
        self.input = QLineEdit(self)
        font = QFont(self.input.font())
        font.setPointSize(INPUT_POINT_SIZE)
        self.input.setFont(font)
        self.input.setMaxLength(600)  # a card's QR payload, signed
        self.input.setPlaceholderText(self.tr("Scan the card's QR code, or type a NIK or a name"))
        self.input.setClearButtonEnabled(True)
        input_label = QLabel(self.tr("&Find:"), self)
        input_label.setBuddy(self.input)
        self.matches = QListWidget(self)
        self.matches.setFont(font)
        self.matches.setMaximumHeight(160)
        self.matches.hide()

        self.banner = QFrame(self)
        self.banner.setObjectName("outcome")
        self.state_label = plain_label(self.banner, LOUD_TEXT_STYLE)
        self.message_label = plain_label(self.banner, LOUD_MESSAGE_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.state_label)
        banner_layout.addWidget(self.message_label)

        self.family_box = FamilyBox(self)
        self.name_value, self.package_value = self.family_box.name_value, self.family_box.package_value

        self.collect_box = CollectorBox(self)
        # The box's fields by their own names, for the desk's code and its tests.
        self.proxy_name, self.proxy_nik = self.collect_box.proxy_name, self.collect_box.proxy_nik
        self.relation = self.collect_box.relation
        self.signature, self.thumbprint = self.collect_box.signature, self.collect_box.thumbprint

        self.queue_check = QCheckBox(self.tr("&Queue receipts for a batch print"), self)
        self.queue_check.setToolTip(
            self.tr("Receipts wait and print together with the 'Print queue' button (Ctrl+P)")
        )
        self.print_queue_button = QPushButton(self, autoDefault=False)
        self.hand_button = QPushButton(self.tr("Hand over and print receipt (F12)"), self, autoDefault=False)
        self.hand_button.setStyleSheet(BIG_BOLD_STYLE)
        self.hand_button.setToolTip(
            self.tr("Records the handover and prints its receipt (F12 or Ctrl+Enter)")
        )
        self._update_queue()
        # This desk's handovers of the session, newest first: no read of the store, only what it did.
        self.recent = QListWidget(self)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_title = QLabel(self.tr("Handed over at this desk"), self)
        self.void_row = VoidRow(self._ctx, self)

        find = QHBoxLayout()
        find.addWidget(input_label)
        find.addWidget(self.input, 1)
        middle = QGridLayout()
        middle.addWidget(self.family_box, 0, 0)
        middle.addWidget(self.collect_box, 0, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.queue_check)
        actions.addWidget(self.print_queue_button)
        actions.addStretch(1)
        actions.addWidget(self.hand_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addLayout(find)
        layout.addWidget(self.matches)
        layout.addWidget(self.banner)
        layout.addWidget(self.void_row)
        layout.addLayout(middle)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.input.returnPressed.connect(self.look_up)
        self.input.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self.pick(self.matches.currentRow()))
        self.hand_button.clicked.connect(self.hand_over)
        self.print_queue_button.clicked.connect(self.print_queue)
        self.void_row.started.connect(self._own_change)
        self.void_row.voided.connect(self._voided)
        self.void_row.refused.connect(self._void_refused)
        self.queue_check.toggled.connect(self._queue_toggled)
        for keys, slot in (
            ("F12", self.hand_over),
            ("Ctrl+Return", self.hand_over),
            ("Ctrl+Enter", self.hand_over),
            ("Ctrl+P", self.print_queue),
            ("Esc", self.next_one),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the input walks into the names found; Enter there picks one (itemActivated).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self.input
            and event.key() == Qt.Key.Key_Down
            and self.matches.isVisible()
        ):
            self.matches.setFocus()
            self.matches.setCurrentRow(max(self.matches.currentRow(), 0))
            return True
        return super().eventFilter(watched, event)

    # -- the round's progress -------------------------------------------------------------------

    def set_round(self, view: RoundView | None) -> None:
        # A family found in another round is not this round's: the desk starts afresh.
        if view is None or self.round is None or view.id != self.round.id:
            self.next_one()
        super().set_round(view)

    def reload(self) -> None:
        view = self.round
        self.package_value.setText(items_text(view) if view else "–")
        if view is None:
            self.status = None
            self._show_progress()
            return
        stock, actor = self._ctx.services.sembako_stock, self._ctx.actor
        Operation(self._ctx, self, lambda _h: stock.status(actor=actor, round_id=view.id)).success(
            self._status_arrived
        ).failure(lambda error: self.show_state("error", _text(error))).run()

    def _status_arrived(self, status: RoundStatusView) -> None:
        if self.round is not None and status.round_id == self.round.id:
            self.status = status
            self._show_progress()

    def _show_progress(self) -> None:
        status, view = self.status, self.round
        if view is None:
            self.progress_label.setText(self.tr("Choose a round at the top of the page."))
            return
        if status is None:
            self.progress_label.setText("–")
            return
        text = self.tr(
            "Handed out {handed} of {planned} · not yet {remaining} · by proxy {proxy} · "
            "stock on hand {stock}"
        ).format(
            handed=format_count(status.handed_over),
            planned=format_count(status.planned),
            remaining=format_count(status.remaining),
            proxy=format_count(status.by_proxy),
            stock=format_count(status.stock_on_hand),
        )
        if view.status.value != "approved":
            text += " · " + self.tr("round {status}: no handover").format(status=view.status.label)
        self.progress_label.setText(text)

    # -- finding --------------------------------------------------------------------------------

    def look_up(self) -> None:
        """Look up what was scanned or typed: a card's payload, a NIK, or a name."""
        text = self.input.text()
        view = self.round
        if view is None:
            self.show_state("error", self.tr("Choose a round at the top of the page first."))
            return
        if not text.strip():
            return
        self._lookups += 1
        generation = self._lookups
        handovers, actor = self._ctx.services.sembako_handovers, self._ctx.actor

        def arrived(found: DeskLookup) -> None:
            if generation == self._lookups:
                self.show_lookup(found)

        Operation(
            self._ctx, self, lambda _h: handovers.lookup(actor=actor, round_id=view.id, text=text)
        ).success(arrived).failure(lambda error: self.show_state("error", _text(error))).run()

    def pick(self, row: int) -> None:
        """The clerk chose one of several names: look that line up by its NIK."""
        if self.found is None or not 0 <= row < len(self.found.matches):
            return
        self.input.setText(self.found.matches[row].nik)
        self.input.setFocus()
        self.look_up()

    def show_lookup(self, found: DeskLookup) -> None:
        self.found = found
        self.family_box.show_line(found.recipient, found.photo)
        if found.matches:
            self.matches.clear()
            self.matches.addItems([self._match_text(m) for m in found.matches])
            self.matches.show()
            self.matches.setCurrentRow(0)
            self.show_state("choose", found.message + " " + self.tr("(↓ and Enter)"))
            return
        self.matches.hide()
        if found.recipient is None:
            self.show_state("error", found.message)
        elif found.handover is not None:
            self.show_state("collected", found.message)
        else:
            self.show_state("ready", self.tr("Check the person at the desk, then press F12 to hand over."))
        self.input.selectAll()  # the next scan replaces what is there

    def _match_text(self, match: RecipientView) -> str:
        line = f"{match.full_name} — NIK {match.nik} — RT {match.rt}/RW {match.rw} — {match.address}"
        if match.handed_at is None:
            return line
        # First, not last: a long address must not push it out of sight.
        return self.tr("ALREADY COLLECTED %1").replace("%1", format_datetime(match.handed_at)) + " · " + line

    def show_state(self, state: str, message: str) -> None:
        """The banner: ready (green), already collected or refused (red), choose or hint (amber)."""
        titles = {
            "ready": self.tr("NOT YET COLLECTED"),
            "collected": self.tr("ALREADY COLLECTED"),
            "handed": self.tr("HANDED OVER"),
            "error": self.tr("NOT RECORDED"),
            "choose": self.tr("SEVERAL NAMES FOUND"),
            "voided": self.tr("HANDOVER CANCELLED"),
        }
        styles = {
            "ready": VALID_FRAME_STYLE,
            "handed": VALID_FRAME_STYLE,
            "collected": INVALID_FRAME_STYLE,
            "error": INVALID_FRAME_STYLE,
        }
        self.banner.setStyleSheet(styles.get(state, UNKNOWN_FRAME_STYLE))
        self.state = state
        self.void_row.offer(self.found.handover if state == "collected" and self.found else None)
        show_text(self.state_label, titles.get(state, ""))
        show_text(self.message_label, message)

    # -- handing over ---------------------------------------------------------------------------

    def hand_over(self) -> None:
        """Record the handover of the family shown, with the proxy and the mark as filled in."""
        if self.busy:
            return
        found, view = self.found, self.round
        if view is None or found is None or found.recipient is None:
            # The last refusal stays on screen, as loud as before: it says what to fix.
            shown = found.message if found is not None and found.message else ""
            self.show_state("error", shown or self.tr("Nobody is shown: scan a card or type a NIK first."))
            self.input.setFocus()
            return
        if found.handover is not None:
            self.show_state("collected", found.message)
            self.input.setFocus()
            return
        line = found.recipient
        name, nik, relation = self.collect_box.typed()
        mark = self.collect_box.mark()
        handovers, actor = self._ctx.services.sembako_handovers, self._ctx.actor

        def work(_handle: object) -> tuple[HandoverView, ChangeSummary]:
            return handovers.hand_over(
                actor=actor,
                round_id=view.id,
                who=Who(recipient_id=line.id),
                proxy=proxy(name, nik, relation),
                mark=mark,
            )

        self.busy = True
        self._own_change()
        Operation(self._ctx, self, work).changes().success(self._handed).failure(self._refused).run()

    def _handed(self, handed: HandoverView) -> None:
        self.busy = False
        if self.status is not None and self.status.round_id == handed.round_id:
            self.status = dataclasses.replace(
                self.status,
                handed_over=self.status.handed_over + 1,
                by_proxy=self.status.by_proxy + (1 if handed.by_proxy else 0),
            )
            self._show_progress()
        by = (
            self.tr("collected by {proxy} ({relation})").format(
                proxy=handed.proxy_name, relation=handed.proxy_relation
            )
            if handed.by_proxy
            else self.tr("collected in person")
        )
        self.show_state(
            "handed",
            self.tr("{name}, {by}, {mark}, at {time}. Receipt {receipt}.").format(
                name=handed.full_name,
                by=by,
                mark=handed.mark.label,
                time=format_datetime(handed.handed_at),
                receipt=handed.receipt_number,
            ),
        )
        self.recent.insertItem(
            0,
            f"{handed.handed_at.astimezone():%H.%M}  {handed.receipt_number}  {handed.full_name}"
            + (f"  ({handed.proxy_name})" if handed.by_proxy else ""),
        )
        log.info("desk handover %s", handed.receipt_number)
        if self.queue_check.isChecked():
            self.queue.append(handed.id)
            self._update_queue()
        else:
            self._print([handed.id])
        self.next_one(keep_state=True)

    def _own_change(self) -> None:
        self.own_changes += 1

    def _voided(self, voided: HandoverView) -> None:
        if self.status is not None and self.status.round_id == voided.round_id:
            self.status = dataclasses.replace(
                self.status,
                handed_over=self.status.handed_over - 1,
                by_proxy=self.status.by_proxy - (1 if voided.by_proxy else 0),
            )
            self._show_progress()
        self.show_state(
            "voided",
            self.tr("Receipt {receipt} of {name} is void: {reason}. The family may collect again.").format(
                receipt=voided.receipt_number, name=voided.full_name, reason=voided.void_reason
            ),
        )
        self.next_one(keep_state=True)

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self.own_changes = max(self.own_changes - 1, 0)
        self.show_state("error", _text(error))
        self.input.setFocus()
        self.input.selectAll()  # the next scan replaces what is there

    def _void_refused(self, error: BaseException) -> None:
        # The handover is still there to cancel: the row stays, its reason to be written.
        self.own_changes = max(self.own_changes - 1, 0)
        self.show_state("error", _text(error))
        self.void_row.offer(self.found.handover if self.found else None)
        self.void_row.reason_field.setFocus()

    def next_one(self, keep_state: bool = False) -> None:
        """Clear the desk for the next in the queue (Esc), the focus back in the input."""
        self.found = None
        self.input.clear()
        self.matches.hide()
        self.collect_box.reset()
        self.family_box.show_line(None)
        if not keep_state:
            self.show_state("", self.tr("Scan a card, type a NIK, or type a name, then press Enter."))
        self.input.setFocus()

    def _back_to_input(self) -> None:
        # The preview was the active window: the desk's window takes the keyboard back for the next scan.
        self.window().activateWindow()
        self.input.setFocus()

    def take_own_change(self) -> bool:
        """The store's change is this desk's own handover (the page then reads nothing back for it)."""
        if self.own_changes > 0:
            self.own_changes -= 1
            return True
        return False

    # -- receipts -------------------------------------------------------------------------------

    def _update_queue(self) -> None:
        self.print_queue_button.setText(
            self.tr("&Print queue ({count})").format(count=format_count(len(self.queue)))
        )
        self.print_queue_button.setEnabled(bool(self.queue))

    def _queue_toggled(self, queued: bool) -> None:
        self.hand_button.setText(
            self.tr("Hand over, receipt to the queue (F12)")
            if queued
            else self.tr("Hand over and print receipt (F12)")
        )
        self.input.setFocus()

    def print_queue(self) -> None:
        if self.queue:
            self._print(list(self.queue), clear_queue=True)

    def _print(self, handover_ids: list[str], *, clear_queue: bool = False) -> None:
        """The receipts of these handovers in one PDF through the register, then the preview to print."""
        view = self.round
        if view is None:
            return
        target = dated_target(self._ctx.services.paths.root, "tanda-terima")
        documents, actor = self._ctx.services.sembako_documents, self._ctx.actor

        def work(_handle: object) -> tuple[PrintResult, ChangeSummary]:
            ensure_folder(target)
            return documents.receipts(actor=actor, round_id=view.id, target=target, handover_ids=handover_ids)

        def printed(result: PrintResult) -> None:
            if clear_queue:
                self.queue = [i for i in self.queue if i not in handover_ids]
                self._update_queue()
            self.preview = pdf_preview_dialog.show_preview(self, result.path, duplex=False)
            self.preview.finished.connect(lambda _result: self._back_to_input())

        Operation(self._ctx, self, work).changes().success(printed).failure(
            lambda error: self.show_state("error", _text(error))
        ).run()


def _text(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error.message
    return QCoreApplication.translate("DeskTab", "Something went wrong; see the log file.")
