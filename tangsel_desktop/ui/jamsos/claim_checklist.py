"""The claim checklist, saved in the background and then shown: for the claim tab and the death dialog."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from tangsel_desktop.ui.operations import Progress, TaskHandle
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.labels import show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.print_files import dated_target, ensure_folder
from tangsel_desktop.ui.widgets.style import SUCCESS_STYLE

log = logging.getLogger(__name__)


def checklist_work(ctx: UiContext, member_id: str) -> Callable[[TaskHandle, Progress], Path]:
    """The background work that saves this member's checklist PDF in a new dated file."""
    target = dated_target(ctx.services.paths.root, "klaim-jkm")
    claims, actor = ctx.services.jamsos_claims, ctx.actor

    def work(_handle: TaskHandle, _report: Progress) -> Path:
        # Worker thread: the service and plain values only.
        ensure_folder(target)
        return claims.checklist(actor=actor, member_id=member_id, target=target)

    return work


def show_checklist(
    parent: QWidget, message_label: QLabel, path: Path, preview: PdfPreviewDialog | None
) -> PdfPreviewDialog:
    """Say where the checklist was saved and show it, in place of the preview shown before (if any)."""
    log.info("claim checklist saved")
    text = QCoreApplication.translate("ClaimChecklist", "Checklist saved: {path}").format(path=str(path))
    show_text(message_label, text, SUCCESS_STYLE)
    if preview is not None:
        preview.close()
        preview.deleteLater()
    return pdf_preview_dialog.show_preview(parent, path, duplex=False)
