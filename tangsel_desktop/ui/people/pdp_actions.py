"""UU PDP in the person dialog: where the personal data report is saved, and the erasure's confirmation."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.erasure_reasons import ErasureReason
from tangsel_desktop.services.people.erasure_service import ErasurePlan


def choose_pdp_report_file(parent: QWidget, suggested: Path) -> Path | None:
    """Where the report is saved (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdpActions", "Save the personal data report as"),
        str(suggested),
        "PDF (*.pdf)",
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")


def _listed(lines: tuple[str, ...]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ErasureDialog(QDialog):
    """Names what goes and what stays, and asks the reason's category before anything is erased."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PdpActions", "Erase personal data"))
        layout = QVBoxLayout(self)
        self.heading = heading = QLabel(
            QCoreApplication.translate(
                "PdpActions", "Erase the personal data of {name} (NIK {nik})? This cannot be undone."
            ).format(name=plan.full_name, nik=plan.nik),
            self,
        )
        heading.setWordWrap(True)
        # What goes and what stays, in a scrolling box: the lists grow with the programs the person was in.
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(
            QCoreApplication.translate("PdpActions", "Erased:")
            + "\n"
            + _listed(plan.removed)
            + "\n\n"
            + QCoreApplication.translate(
                "PdpActions", "Kept for the office's accountability, without personal data:"
            )
            + "\n"
            + _listed(plan.kept)
        )
        self.details.setMinimumHeight(260)
        self.reason = QComboBox(self)
        for reason in ErasureReason:
            self.reason.addItem(reason.label, reason.value)
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            QCoreApplication.translate("PdpActions", "Erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            QCoreApplication.translate("PdpActions", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setDefault(True)  # the safe answer is the default one
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("PdpActions", "Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(680, 420)

    def chosen_reason(self) -> str:
        return str(self.reason.currentData())


def confirm_erasure(parent: QWidget, plan: ErasurePlan) -> str | None:
    """The reason's code when the administrator confirms, None when they cancel (tests replace it)."""
    dialog = ErasureDialog(plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_reason()
