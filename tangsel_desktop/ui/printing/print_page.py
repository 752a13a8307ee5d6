"""The Cetak page: tabs for cards, the document register and verification, and the office's public key."""

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.ui.operations import Progress, TaskHandle, start_relayed
from tangsel_desktop.ui.printing.cards_tab import CardsTab
from tangsel_desktop.ui.printing.register_tab import RegisterTab
from tangsel_desktop.ui.printing.verify_panel import VerifyPanel
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.form_widgets import heading
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, SUCCESS_STYLE, WARNING_STYLE

log = logging.getLogger(__name__)

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def choose_key_file(parent: QWidget, suggested: Path) -> Path | None:
    """The one place that asks where to save the public key (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PrintPage", "Save the office's public key"),
        str(suggested),
        translate("PrintPage", "Public key (*.txt);;All files (*)"),
    )
    return Path(chosen) if chosen else None


class PrintPage(QWidget):
    """The area the main window hosts under "Cetak"; operators may only verify."""

    CARDS, REGISTER, VERIFY = range(3)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.may_print = ctx.actor.role.rank >= Role.SUPERVISOR.rank
        self.preview: PdfPreviewDialog | None = None
        self.title = heading(self.tr("Print"), self, size_delta=6)
        self.role_notice = plain_label(self, WARNING_STYLE)
        if not self.may_print:
            show_text(
                self.role_notice,
                self.tr(
                    "Printing cards and documents needs a supervisor or an administrator; your role "
                    "is {role}. You can still check whether a printed document is genuine on the "
                    "Verify tab."
                ).format(role=ctx.actor.role.label),
            )
        self.key_button = QPushButton(self.tr("&Export public key…"), self)
        self.key_button.setAutoDefault(False)
        self.key_button.setEnabled(self.may_print)
        self.key_button.setToolTip(
            self.tr(
                "Save this office's public key in a file for the central office, so that it can "
                "check the documents printed here"
            )
            if self.may_print
            else self.tr("Only supervisors and administrators may export the public key")
        )
        self.key_message = plain_label(self, ERROR_STYLE)
        self.cards = CardsTab(ctx, allowed=self.may_print, parent=self)
        self.register = RegisterTab(ctx, allowed=self.may_print, parent=self)
        self.verify = VerifyPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.cards, self.tr("&Cards"))
        self.tabs.addTab(self.register, self.tr("&Register"))
        self.tabs.addTab(self.verify, self.tr("&Verify"))
        self._lay_out()
        self.key_button.clicked.connect(self.export_public_key)
        self.cards.pdf_ready.connect(self.open_preview)
        self.register.pdf_ready.connect(self.open_preview)
        self.tabs.currentChanged.connect(self._tab_shown)
        if not self.may_print:
            self.tabs.setCurrentIndex(self.VERIFY)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.role_notice)
        layout.addWidget(self.key_message)
        layout.addWidget(self.tabs, 1)

    def _tab_shown(self, index: int) -> None:
        if index == self.VERIFY:
            # Ready for the scanner the moment the tab opens.
            self.verify.focus_payload()

    def add_people(self, people: Iterable[PersonRow]) -> int:
        """For the window: put people chosen elsewhere (the Penduduk page) on the card list."""
        self.tabs.setCurrentIndex(self.CARDS if self.may_print else self.VERIFY)
        return self.cards.add_people(people)

    def open_preview(self, path: Path, duplex: bool) -> PdfPreviewDialog:
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = pdf_preview_dialog.show_preview(self, path, duplex=duplex)
        return self.preview

    def export_public_key(self) -> TaskHandle | None:
        if not self.may_print:
            return None
        office = self._ctx.office
        # One line of text (see document_payload): .txt opens in Notepad and survives e-mail.
        suggested = Path.home() / f"kunci-publik-{office.code}.txt"
        target = choose_key_file(self, suggested)
        if target is None:
            return None
        documents, actor = self._ctx.services.documents, self._ctx.actor

        def work(_handle: TaskHandle, _report: Progress) -> Path:
            return documents.export_public_key(actor=actor, target=target)

        show_text(self.key_message, "")
        self.key_button.setEnabled(False)
        return start_relayed(
            self._ctx.runner, work, owner=self, finished=self._key_saved, failed=self._key_failed
        )

    def _key_saved(self, path: Path) -> None:
        self.key_button.setEnabled(True)
        log.info("public key exported to %s", path)
        show_text(
            self.key_message,
            self.tr("Public key saved: {path}. Send this file to the central office.").format(path=str(path)),
            SUCCESS_STYLE,
        )

    def _key_failed(self, error: BaseException) -> None:
        self.key_button.setEnabled(True)
        if isinstance(error, UserError):
            show_text(self.key_message, error.message, ERROR_STYLE)
        else:
            show_text(self.key_message, self.tr("Saving the key failed unexpectedly; see the log file."))
