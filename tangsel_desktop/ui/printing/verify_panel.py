"""Checks a printed document's QR payload, typed, pasted or scanned (a USB scanner types it, then Enter)."""

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.documents.document_service import VerifyResult
from tangsel_desktop.services.office_service import describe_office
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.printing.register_table_model import kind_label
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.form_widgets import muted
from tangsel_desktop.ui.widgets.style import ERROR_STYLE as INVALID_TEXT_STYLE
from tangsel_desktop.ui.widgets.style import INVALID_FRAME_STYLE as INVALID_STYLE
from tangsel_desktop.ui.widgets.style import SUCCESS_STYLE as VALID_TEXT_STYLE
from tangsel_desktop.ui.widgets.style import UNKNOWN_FRAME_STYLE as UNKNOWN_STYLE
from tangsel_desktop.ui.widgets.style import VALID_FRAME_STYLE as VALID_STYLE
from tangsel_desktop.ui.widgets.style import WARNING_TEXT_STYLE as UNKNOWN_TEXT_STYLE

log = logging.getLogger(__name__)

# A real payload is short; a scanner stuck on repeat or a pasted document is cut here.
PAYLOAD_MAX_LENGTH = 2000


def office_label(code: str) -> str:
    """ "Kelurahan Sawah, Kecamatan Ciputat (36.74.04.1004)", or the code alone if it is not known."""
    if not code:
        return ""
    try:
        _kind, canonical, name = describe_office(code)
    except UserError:
        return code
    return f"{name} ({canonical})"


def _plain(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VerifyPanel(QWidget):
    """Every role may verify; the answer is a green or red box in plain Indonesian."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Each check gets a number; a slower answer to an earlier scan is dropped.
        self._generation = 0
        self._shown_generation = 0
        self.result: VerifyResult | None = None
        self.payload_edit = QLineEdit(self)
        self.payload_edit.setMaxLength(PAYLOAD_MAX_LENGTH)
        self.payload_edit.setClearButtonEnabled(True)
        self.payload_edit.setPlaceholderText(self.tr("Scan the QR code on the document, or paste its text"))
        payload_label = QLabel(self.tr("QR &content:"), self)
        payload_label.setBuddy(self.payload_edit)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setToolTip(self.tr("Check the document (Enter)"))
        self.hint = muted(
            self.tr(
                "A USB barcode scanner types the code and presses Enter by itself: click in the "
                "field, then scan. The check works without internet."
            ),
            self,
        )
        self.outcome = QFrame(self)
        self.outcome.setObjectName("outcome")
        self.verdict_label = _plain(self.outcome)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.kind_label = _plain(self.outcome)
        self.number_label = _plain(self.outcome)
        self.office_label = _plain(self.outcome)
        self.copy_label = _plain(self.outcome)
        self.reason_label = _plain(self.outcome)
        self.details = details = QFormLayout()
        for title, label in (
            (self.tr("Kind:"), self.kind_label),
            (self.tr("Number:"), self.number_label),
            (self.tr("Issued by:"), self.office_label),
            (self.tr("Copy:"), self.copy_label),
            (self.tr("Note:"), self.reason_label),
        ):
            details.addRow(title, label)
        outcome_layout = QVBoxLayout(self.outcome)
        outcome_layout.setContentsMargins(16, 12, 16, 12)
        outcome_layout.addWidget(self.verdict_label)
        outcome_layout.addLayout(details)
        self.outcome.hide()
        self.message_label = _plain(self)
        self.message_label.setStyleSheet(INVALID_TEXT_STYLE)
        self.message_label.hide()
        row = QHBoxLayout()
        row.addWidget(payload_label)
        row.addWidget(self.payload_edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        for widget in (self.hint, self.outcome, self.message_label):
            widget.setMaximumWidth(820)
        self.payload_edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.payload_edit.textEdited.connect(self._forget_outcome)

    @property
    def checking(self) -> bool:
        return self._shown_generation != self._generation

    def focus_payload(self) -> None:
        self.payload_edit.setFocus()
        self.payload_edit.selectAll()

    def check(self) -> None:
        # A keyboard-wedge scanner with Caps Lock on types a printed code in lower case; official
        # payloads are upper case only, so this loses nothing.
        payload = self.payload_edit.text().strip().upper()
        self._generation += 1
        generation = self._generation
        if not payload:
            self._shown_generation = generation
            self._show_message(self.tr("Scan or paste the QR content first."))
            return
        documents = self._ctx.services.documents

        def verify(_handle: TaskHandle, _report: Progress) -> tuple[int, VerifyResult | None, str]:
            # Worker thread: one service call; a refusal becomes a plain message.
            try:
                return generation, documents.verify(payload=payload), ""
            except UserError as error:
                return generation, None, error.message

        start_relayed(
            self._ctx.runner, verify, owner=self, finished=self._answered, failed=self._check_failed
        )

    def _answered(self, answer: tuple[int, VerifyResult | None, str]) -> None:
        generation, result, problem = answer
        if generation != self._generation:
            return
        self._shown_generation = generation
        if result is None:
            self.result = None
            self._show_invalid(problem)
        else:
            self.show_result(result)
        # The next scan replaces this one instead of being appended to it.
        self.payload_edit.selectAll()

    def _check_failed(self, _error: BaseException) -> None:
        # A bug: the task runner has logged it and shown the crash dialog.
        self._shown_generation = self._generation
        self._show_message(self.tr("The check failed unexpectedly; see the log file."))

    def show_result(self, result: VerifyResult) -> None:
        self.result = result
        self.message_label.hide()
        if not result.signature_valid:
            self._show_invalid(result.reason or "")
            return
        # A genuine signature: what this office's register says decides the verdict (issued, void, never
        # issued here), or, for another office's document, that only that office can say.
        if result.valid:
            style, text_style = VALID_STYLE, VALID_TEXT_STYLE
            verdict = self.tr("✔ VALID: the document is genuine and has not been altered.")
        elif result.register == "void":
            style, text_style = INVALID_STYLE, INVALID_TEXT_STYLE
            verdict = self.tr("✘ NOT VALID: the signature is genuine, but this number was voided here.")
        elif result.register == "not_issued":
            style, text_style = INVALID_STYLE, INVALID_TEXT_STYLE
            verdict = self.tr(
                "✘ NOT VALID: the signature matches, but this office never issued this document."
            )
        else:
            style, text_style = UNKNOWN_STYLE, UNKNOWN_TEXT_STYLE
            verdict = self.tr(
                "? SIGNATURE GENUINE: whether the number is still valid only the issuing office can confirm."
            )
        self.outcome.setStyleSheet(style)
        self.verdict_label.setStyleSheet(text_style)
        self.verdict_label.setText(verdict)
        self._set_detail(self.kind_label, kind_label(result.kind or ""))
        self._set_detail(self.number_label, result.number or "")
        self._set_detail(self.office_label, office_label(result.office or ""))
        self._set_detail(
            self.copy_label,
            self.tr("Yes, a reprint marked SALINAN") if result.is_copy else self.tr("No, the original"),
        )
        self._set_detail(self.reason_label, result.reason or "")
        self.outcome.show()

    def _show_invalid(self, reason: str) -> None:
        self.outcome.setStyleSheet(INVALID_STYLE)
        self.verdict_label.setStyleSheet(INVALID_TEXT_STYLE)
        self.verdict_label.setText(self.tr("✘ NOT VALID: this document cannot be confirmed as genuine."))
        for label in (self.kind_label, self.number_label, self.office_label, self.copy_label):
            self._set_detail(label, "")
        self._set_detail(self.reason_label, reason or self.tr("The QR content is not recognised."))
        self.outcome.show()

    def _set_detail(self, label: QLabel, text: str) -> None:
        # Empty rows are hidden with their titles, so an invalid answer shows only its reason.
        label.setText(text)
        self.details.setRowVisible(label, bool(text))

    def _show_message(self, text: str) -> None:
        self.outcome.hide()
        self.message_label.setText(text)
        self.message_label.show()

    def _forget_outcome(self) -> None:
        # An answer stays on screen only while it matches what is in the field.
        self.outcome.hide()
        self.message_label.hide()
