"""Asks why documents are printed again (required, recorded in the register) and in which card layout."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.ui.printing.card_layout_choice import layout_combo

REASON_MAX_LENGTH = 200
# Enough numbers for the clerk to recognise the selection without the dialog growing off the screen.
NUMBERS_SHOWN = 5


@dataclass(frozen=True)
class ReprintRequest:
    reason: str
    layout: str


class ReprintDialog(QDialog):
    """The reason is required: the button stays off until something other than spaces is typed."""

    def __init__(self, numbers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print again as COPY"))
        self.summary = QLabel(
            self.tr(
                "{count} document(s) will be printed again under their own numbers, marked "
                "SALINAN (copy). The register records each copy with its reason."
            ).format(count=len(numbers)),
            self,
        )
        self.summary.setWordWrap(True)
        # One number per line: a label would otherwise wrap a number at its slashes.
        shown = list(numbers[:NUMBERS_SHOWN])
        if len(numbers) > NUMBERS_SHOWN:
            shown.append(self.tr("and {more} more").format(more=len(numbers) - NUMBERS_SHOWN))
        self.numbers_label = QLabel("\n".join(shown), self)
        self.numbers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.numbers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the card was lost, damaged or misprinted"))
        self.layout_combo = layout_combo(self)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason (required):"), self)
        reason_label.setBuddy(self.reason_edit)
        layout_label = QLabel(self.tr("Card &layout:"), self)
        layout_label.setBuddy(self.layout_combo)
        form.addRow(reason_label, self.reason_edit)
        form.addRow(layout_label, self.layout_combo)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print again"), self)
        self.print_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.numbers_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.reason_edit.textChanged.connect(self._update_button)
        self._update_button()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        # One line, no stray spaces: it is printed in the register and read back in audits.
        return " ".join(self.reason_edit.text().split())

    def request(self) -> ReprintRequest:
        return ReprintRequest(reason=self.reason(), layout=str(self.layout_combo.currentData()))

    def _update_button(self) -> None:
        self.print_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        # Enter in the reason field reaches here even while the button is off.
        if self.reason():
            super().accept()


def ask_reprint(parent: QWidget, numbers: Sequence[str]) -> ReprintRequest | None:
    """The one place that asks for the reason (tests replace it; the dialog blocks)."""
    dialog = ReprintDialog(numbers, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.request()
        return None
    finally:
        dialog.deleteLater()
