"""Sends a PDF to a printer page by page: each page drawn at full size, never fitted, between GUI events."""

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

# QtPdf prints by rendering each page to an image: a 1200 dpi laser printer would need 550 MB for
# one A4 page, and 600 dpi made 60 pages take 42 s. 300 dpi is what the card QR codes are tested to
# decode from, sharp for 5 pt text, and four times cheaper than 600; the image is still placed at
# the page's exact physical size: only the pixel density drops, never the scale.
MAX_RENDER_DPI = 300
POINTS_PER_INCH = 72.0

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def page_layout_for(size_points: QSizeF) -> QPageLayout:
    """The paper of one PDF page, no margins: A4 portrait, or a CR80 card lying on its long side."""
    width, height = size_points.width(), size_points.height()
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    # QPageSize wants the portrait size; the orientation turns it.
    portrait = QSizeF(min(width, height), max(width, height))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    layout = QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    # Full-page mode is a property of the layout: a layout without it would put the printer's
    # minimum margins back and shift every card by them.
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def prepare_printer(printer: QPrinter, document: QPdfDocument, *, duplex: bool) -> None:
    """Paper and duplex preset from the PDF, before the print dialog shows them to the clerk."""
    if document.pageCount() > 0:
        printer.setPageLayout(page_layout_for(document.pagePointSize(0)))
    printer.setFullPage(True)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide if duplex else QPrinter.DuplexMode.DuplexNone)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Tangsel Desktop")


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The page indices the print dialog asked for (all, or a range), in the order asked."""
    first, last = 0, page_count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(last, max(first, printer.toPage() - 1))
    pages = list(range(first, last + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


class PdfPrintJob(QObject):
    """One print run; a timer draws one page per turn of the event loop so the window stays alive.

    Painting must stay on the GUI thread here: the QPdfDocument and the printer the dialog set up
    belong to it.
    """

    progress = Signal(int, int)  # pages done, pages in all
    finished = Signal(int)  # pages sent
    failed = Signal(str)  # a message for the clerk

    def __init__(
        self,
        document: QPdfDocument,
        printer: QPrinter,
        pages: Sequence[int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._printer = printer
        self._pages = list(pages)
        self._done = 0
        self._painter = QPainter()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_page)
        self.running = False

    def start(self) -> None:
        if not self._pages:
            self.failed.emit(translate("PdfPrintJob", "There is no page to print."))
            return
        self._printer.setPageLayout(page_layout_for(self._document.pagePointSize(self._pages[0])))
        if not self._painter.begin(self._printer):
            self.failed.emit(
                translate(
                    "PdfPrintJob",
                    "The printer could not be opened. Check that it is on and connected, then try again.",
                )
            )
            return
        log.info("printing %d page(s) to %s", len(self._pages), self._printer.printerName() or "a file")
        self.running = True
        self._timer.start()

    def cancel(self) -> None:
        if not self.running:
            return
        self._stop()
        self._printer.abort()
        log.info("printing cancelled after %d page(s)", self._done)

    def _stop(self) -> None:
        self._timer.stop()
        self.running = False
        if self._painter.isActive():
            self._painter.end()

    def _next_page(self) -> None:
        index = self._pages[self._done]
        if self._done > 0:
            # The next page may be another size (the layout applies from newPage on).
            self._printer.setPageLayout(page_layout_for(self._document.pagePointSize(index)))
            if not self._printer.newPage():
                self._stop()
                self.failed.emit(translate("PdfPrintJob", "The printer stopped accepting pages."))
                return
        if not self.draw_page(self._painter, self._document, index, self._printer.resolution()):
            self._stop()
            self._printer.abort()
            self.failed.emit(
                translate(
                    "PdfPrintJob",
                    "A page could not be prepared for the printer (not enough memory?). "
                    "Close other programs and try again.",
                )
            )
            return
        self._done += 1
        self.progress.emit(self._done, len(self._pages))
        if self._done == len(self._pages):
            self._stop()
            log.info("printing finished: %d page(s)", self._done)
            self.finished.emit(self._done)

    @staticmethod
    def draw_page(painter: QPainter, document: QPdfDocument, index: int, device_dpi: int) -> bool:
        """Draw one PDF page at its physical size from the paper's corner (full page, no fitting)."""
        size = document.pagePointSize(index)
        render_dpi = min(device_dpi, MAX_RENDER_DPI)
        pixels = QSize(
            round(size.width() / POINTS_PER_INCH * render_dpi),
            round(size.height() / POINTS_PER_INCH * render_dpi),
        )
        image = document.render(index, pixels)
        if image.isNull():
            return False
        # pdfium leaves the paper transparent. An opaque page spares the printer path an alpha
        # channel (measured 20 % faster to the PDF engine, and no driver left to guess); the white
        # goes in behind, in place, so no second 140 MB image is made.
        image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
        backing = QPainter(image)
        backing.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
        backing.fillRect(image.rect(), Qt.GlobalColor.white)
        backing.end()
        image.convertTo(QImage.Format.Format_RGB32)
        target = QRectF(
            0.0,
            0.0,
            size.width() / POINTS_PER_INCH * device_dpi,
            size.height() / POINTS_PER_INCH * device_dpi,
        )
        painter.drawImage(target, image)
        return True
