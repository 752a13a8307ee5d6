# mypy: disable-error-code="no-untyped-call"
"""The preview: the PDF loads, prints page by page at actual size onto a printer, and a copy can be saved."""

from pathlib import Path
from unittest.mock import Mock

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.printing.card_layout_choice import A4, CR80
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tangsel_desktop.ui.widgets.pdf_preview_dialog import PdfPreviewDialog
from tangsel_desktop.ui.widgets.pdf_print_job import prepare_printer
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)

COMPARE_DPI = 40
MARKS_DPI = 200


@pytest.fixture
def cards_pdf(services: Services, supervisor: Actor, demo_people: int, tmp_path: Path) -> Path:
    """Three cards on A4: a page of fronts, a page of backs."""
    people = services.documents.people_for_cards(actor=supervisor)[:3]
    result, _summary = services.documents.print_cards(
        actor=supervisor, person_ids=[p.id for p in people], target=tmp_path / "kartu.pdf", layout=A4
    )
    assert result.pages == 2
    return result.path


@pytest.fixture
def card_printer_pdf(services: Services, supervisor: Actor, demo_people: int, tmp_path: Path) -> Path:
    people = services.documents.people_for_cards(actor=supervisor)[:1]
    result, _summary = services.documents.print_cards(
        actor=supervisor, person_ids=[p.id for p in people], target=tmp_path / "cr80.pdf", layout=CR80
    )
    return result.path


def open_preview(qtbot: QtBot, path: Path, *, duplex: bool) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, duplex=duplex)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts work in the active window, as on a clerk's screen
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def gray(document: QPdfDocument, page: int, pixels: QSize) -> bytes:
    """One page rendered on white at a given pixel size, as 8-bit gray."""
    image = document.render(page, pixels).convertToFormat(QImage.Format.Format_ARGB32)
    flat = QImage(image.size(), QImage.Format.Format_ARGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    flat = flat.convertToFormat(QImage.Format.Format_Grayscale8)
    line_bytes = flat.bytesPerLine()
    data = bytes(flat.constBits())
    return b"".join(data[y * line_bytes : y * line_bytes + flat.width()] for y in range(flat.height()))


def pixels_at(document: QPdfDocument, page: int, dpi: int) -> QSize:
    size = document.pagePointSize(page)
    return QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))


def mean_difference(first: bytes, second: bytes) -> float:
    return sum(abs(a - b) for a, b in zip(first, second, strict=True)) / len(first)


def ink(image: bytes) -> int:
    return sum(255 - value for value in image)


def dark_boxes(document: QPdfDocument, dpi: int = MARKS_DPI) -> list[tuple[float, float, float, float]]:
    """Where the ink is in each half of page 0: (left, top, right, bottom) in mm from the paper's corner."""
    pixels = pixels_at(document, 0, dpi)
    width = pixels.width()
    image = gray(document, 0, pixels)
    boxes = []
    for half in (range(0, width // 2), range(width // 2, width)):
        xs, ys = [], []
        for y in range(pixels.height()):
            row = image[y * width : (y + 1) * width]
            for x in half:
                if row[x] < 128:
                    xs.append(x)
                    ys.append(y)
        mm = 25.4 / dpi
        boxes.append((min(xs) * mm, min(ys) * mm, (max(xs) + 1) * mm, (max(ys) + 1) * mm))
    return boxes


def print_to_file(
    qtbot: QtBot, dialog: PdfPreviewDialog, target: Path, monkeypatch: pytest.MonkeyPatch, resolution: int
) -> QPrinter:
    """Print through the dialog's own path; the 'print dialog' picks a PDF file as the printer."""
    chosen: list[QPrinter] = []

    def pick_pdf_printer(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(resolution)
        chosen.append(printer)
        return True

    monkeypatch.setattr(pdf_preview_dialog, "ask_printer", pick_pdf_printer)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    return chosen[0]


def test_the_preview_loads_the_pdf_and_closes(qtbot: QtBot, cards_pdf: Path) -> None:
    dialog = open_preview(qtbot, cards_pdf, duplex=True)
    assert dialog.isVisible()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 2
    assert dialog.info_label.text() == f"2 halaman · {cards_pdf}"
    assert [dialog.print_button.text(), dialog.save_button.text(), dialog.close_button.text()] == [
        "&Cetak…",
        "&Simpan salinan PDF…",
        "&Tutup",
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.document.status() != QPdfDocument.Status.Ready  # closed with the dialog


@pytest.fixture
def marks_pdf(tmp_path: Path) -> Path:
    """An A4 page with two black 10 mm squares at known places, measured from the paper's top-left."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "marks.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for left, top in ((20, 30), (170, 260)):
        canvas.rect(left * mm, A4[1] - (top + 10) * mm, 10 * mm, 10 * mm, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("resolution", [300, 1200])
def test_the_printer_gets_each_page_at_actual_size_from_the_paper_corner(
    qtbot: QtBot, marks_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resolution: int
) -> None:
    dialog = open_preview(qtbot, marks_pdf, duplex=False)
    output = tmp_path / "printed.pdf"
    printer = print_to_file(qtbot, dialog, output, monkeypatch, resolution=resolution)
    # Preset from the PDF before the print dialog showed it: A4 portrait, the whole sheet.
    assert printer.fullPage()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert dialog.message_label.text() == "1 halaman dikirim ke printer."
    printed = QPdfDocument()
    assert printed.load(str(output)) == QPdfDocument.Error.None_
    assert printed.pagePointSize(0).toSize() == QSize(595, 842)
    # Fitted to a printable area, scaled by 1 % or shifted by a margin, a square moves by a millimetre
    # or more; one pixel of the measuring render is 0.13 mm.
    # The page went out opaque: white paper, not transparency a driver might print black.
    corner = printed.render(0, QSize(60, 85)).convertToFormat(QImage.Format.Format_ARGB32).pixel(1, 1)
    assert corner == 0xFFFFFFFF
    expected = [(20.0, 30.0, 30.0, 40.0), (170.0, 260.0, 180.0, 270.0)]
    for found, wanted in zip(dark_boxes(printed), expected, strict=True):
        assert all(abs(a - b) < 0.3 for a, b in zip(found, wanted, strict=True)), (found, wanted)
    printed.close()
    dialog.reject()


def test_a4_cards_reach_the_printer_whole(
    qtbot: QtBot, cards_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, cards_pdf, duplex=True)
    output = tmp_path / "printed.pdf"
    print_to_file(qtbot, dialog, output, monkeypatch, resolution=300)
    assert dialog.message_label.text() == "2 halaman dikirim ke printer."
    printed = QPdfDocument()
    assert printed.load(str(output)) == QPdfDocument.Error.None_
    source = dialog.document
    assert printed.pageCount() == source.pageCount() == 2
    for page in range(2):
        assert printed.pagePointSize(page).toSize() == QSize(595, 842)
        pixels = pixels_at(source, page, COMPARE_DPI)
        expected, actual = gray(source, page, pixels), gray(printed, page, pixels)
        assert abs(ink(actual) - ink(expected)) < 0.1 * ink(expected), page  # nothing lost or added
        assert mean_difference(expected, actual) < 4.0, page
    printed.close()
    dialog.reject()


def test_card_printer_pages_keep_their_card_size(
    qtbot: QtBot, card_printer_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, card_printer_pdf, duplex=False)
    output = tmp_path / "card.pdf"
    printer = print_to_file(qtbot, dialog, output, monkeypatch, resolution=1200)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printed = QPdfDocument()
    assert printed.load(str(output)) == QPdfDocument.Error.None_
    assert printed.pageCount() == 2
    # ID-1, 85.60 x 53.98 mm; Qt's PDF writer rounds a page to whole points (0.35 pt = 0.12 mm).
    size = printed.pagePointSize(0)
    assert abs(size.width() / 72 * 25.4 - 85.60) < 0.15
    assert abs(size.height() / 72 * 25.4 - 53.98) < 0.15
    pixels = pixels_at(dialog.document, 0, COMPARE_DPI * 3)
    expected, actual = gray(dialog.document, 0, pixels), gray(printed, 0, pixels)
    assert abs(ink(actual) - ink(expected)) < 0.1 * ink(expected)
    printed.close()
    dialog.reject()


def test_a_page_range_prints_only_those_pages(
    qtbot: QtBot, cards_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, cards_pdf, duplex=True)
    output = tmp_path / "backs.pdf"

    def backs_only(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(150)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return True

    monkeypatch.setattr(pdf_preview_dialog, "ask_printer", backs_only)
    job = dialog.print_document()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    printed = QPdfDocument()
    assert printed.load(str(output)) == QPdfDocument.Error.None_
    assert printed.pageCount() == 1
    pixels = pixels_at(dialog.document, 0, COMPARE_DPI)
    fronts, backs = gray(dialog.document, 0, pixels), gray(dialog.document, 1, pixels)
    actual = gray(printed, 0, pixels)
    assert mean_difference(backs, actual) < mean_difference(fronts, actual) / 2  # the backs page
    printed.close()
    dialog.reject()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, cards_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, cards_pdf, duplex=True)
    monkeypatch.setattr(pdf_preview_dialog, "ask_printer", lambda _parent, _printer: False)
    assert dialog.print_document() is None
    assert dialog.job is None
    dialog.reject()


def test_save_a_copy_of_the_pdf(
    qtbot: QtBot, cards_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, cards_pdf, duplex=True)
    target = tmp_path / "usb" / "kartu-salinan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(pdf_preview_dialog, "choose_pdf_copy", lambda _parent, _suggested: target)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes() == cards_pdf.read_bytes()
    assert dialog.message_label.text() == f"Salinan disimpan: {target}"
    # A folder that is not there: said plainly, nothing raised.
    monkeypatch.setattr(
        pdf_preview_dialog, "choose_pdf_copy", lambda _parent, _suggested: tmp_path / "gone" / "x.pdf"
    )
    assert dialog.save_copy() is None
    assert dialog.message_label.text().startswith("Salinan tidak dapat disimpan ke")
    dialog.reject()


def test_a_missing_pdf_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, tmp_path / "nothing.pdf", duplex=False)
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.message_label.text().startswith("Berkas PDF tidak dapat dibuka")
    dialog.reject()


@pytest.mark.parametrize(("duplex", "expected"), [(True, "DuplexLongSide"), (False, "DuplexNone")])
def test_a4_sheets_are_preset_for_long_edge_duplex(cards_pdf: Path, duplex: bool, expected: str) -> None:
    # A machine without printers (like this one) cannot hold a duplex setting: record the request.
    printer = Mock(spec=QPrinter)
    document = QPdfDocument()
    document.load(str(cards_pdf))
    prepare_printer(printer, document, duplex=duplex)
    printer.setDuplex.assert_called_once_with(getattr(QPrinter.DuplexMode, expected))
    printer.setFullPage.assert_called_once_with(True)
    document.close()
