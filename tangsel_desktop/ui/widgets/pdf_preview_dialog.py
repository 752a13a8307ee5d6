"""The produced PDF on screen before it goes to paper, with "Cetak…" and "Simpan salinan PDF…"."""

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.pdf_print_job import PdfPrintJob, pages_to_print, prepare_printer
from tangsel_desktop.ui.widgets.progress_row import ProgressRow
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE, SUCCESS_STYLE

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The one place that shows the print dialog (tests replace it; the dialog blocks)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PdfPreviewDialog", "Print"))
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def choose_pdf_copy(parent: QWidget, suggested: Path) -> Path | None:
    """The one place that asks where to save a copy of the PDF (tests replace it; the dialog blocks)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PdfPreviewDialog", "Save a copy of the PDF"),
        str(suggested),
        "PDF (*.pdf)",
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class PdfPreviewDialog(QDialog):
    """Shows one PDF; prints it at 100 % on the chosen printer or saves a copy elsewhere."""

    def __init__(self, path: Path, *, duplex: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._duplex = duplex
        self.job: PdfPrintJob | None = None
        self.printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Preview: {name}").format(name=path.name))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.info_label = plain_label(self, HINT_STYLE)
        self.message_label = plain_label(self, ERROR_STYLE)
        self.progress = ProgressRow(self)
        self.progress.cancel_button.clicked.connect(self.cancel_printing)
        self._make_buttons()
        self._lay_out()
        self.resize(900, 720)
        self._load()

    def _make_buttons(self) -> None:
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print at actual size, without fitting to the page (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save a PDF copy…"), self)
        self.save_button.setToolTip(
            self.tr("Save a copy of this PDF elsewhere, e.g. on a USB stick (Ctrl+S)")
        )
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_copy)
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.fit_button = QPushButton(self.tr("&Fit width"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.close_button):
            button.setAutoDefault(False)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.close_button.clicked.connect(self.reject)
        for shortcut, button in (
            (QKeySequence.StandardKey.Print, self.print_button),
            (QKeySequence.StandardKey.Save, self.save_button),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in_button),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out_button),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(button.click)
            self.addAction(action)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.info_label, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

    def _load(self) -> None:
        error = self.document.load(str(self.path))
        ready = error == QPdfDocument.Error.None_ and self.document.status() == QPdfDocument.Status.Ready
        if not ready:
            # File names are left out of the log: one person's paper is often named after them.
            log.warning("preview could not open a PDF: %s", error)
            show_text(
                self.message_label,
                self.tr("The PDF file could not be opened: {path}").format(path=str(self.path)),
                ERROR_STYLE,
            )
        else:
            show_text(
                self.info_label,
                self.tr("{pages} page(s) · {path}").format(
                    pages=format_count(self.document.pageCount()), path=str(self.path)
                ),
            )
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    # -- printing ------------------------------------------------------------------------

    def print_document(self) -> PdfPrintJob | None:
        """Ask which printer, then draw every page at its real size on it."""
        if not self.ready or (self.job is not None and self.job.running):
            return None
        printer = self.printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer is None:
            prepare_printer(printer, self.document, duplex=self._duplex)
        self.printer = printer
        if not ask_printer(self, printer):
            return None
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PdfPrintJob:
        """Print on an already set-up printer (the print dialog's, or a PDF file printer in tests)."""
        pages = pages_to_print(printer, self.document.pageCount())
        job = PdfPrintJob(self.document, printer, pages, self)
        self.job = job
        job.progress.connect(self.progress.set_progress)
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        show_text(self.message_label, "")
        self.progress.reset()
        self.progress.show()
        self.print_button.setEnabled(False)
        job.start()
        return job

    def cancel_printing(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self._job_over()
            show_text(self.message_label, self.tr("Printing was cancelled."), ERROR_STYLE)

    def _printed(self, pages: int) -> None:
        self._job_over()
        show_text(
            self.message_label,
            self.tr("{pages} page(s) sent to the printer.").format(pages=format_count(pages)),
            SUCCESS_STYLE,
        )

    def _print_failed(self, message: str) -> None:
        self._job_over()
        show_text(self.message_label, message, ERROR_STYLE)

    def _job_over(self) -> None:
        self.progress.hide()
        self.print_button.setEnabled(self.ready)

    # -- saving a copy ---------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        if not self.ready:
            return None
        target = choose_pdf_copy(self, Path.home() / self.path.name)
        if target is None:
            return None
        try:
            if target.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target)
        except OSError as error:
            log.warning("copy of a PDF failed: %s", error.strerror or type(error).__name__)
            show_text(
                self.message_label,
                self.tr(
                    "The copy could not be saved to {path} ({reason}). Check that the folder "
                    "exists and the disk or USB stick is not full or write-protected."
                ).format(path=str(target), reason=error.strerror or str(error)),
                ERROR_STYLE,
            )
            return None
        log.info("PDF copy saved (%s bytes)", target.stat().st_size if target.exists() else "?")
        show_text(self.message_label, self.tr("Copy saved: {path}").format(path=str(target)), SUCCESS_STYLE)
        return target

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        # Closing stops a print run first: its timer must not draw from a closed document.
        if self.job is not None and self.job.running:
            self.job.cancel()
        self.document.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
        super().closeEvent(event)


def show_preview(parent: QWidget, path: Path, *, duplex: bool) -> PdfPreviewDialog:
    """Open the preview window-modal without a nested event loop (tests close it themselves)."""
    dialog = PdfPreviewDialog(path, duplex=duplex, parent=parent)
    dialog.open()
    return dialog
