"""The end of a report: its summary figures, notes and signatures, kept together on one page."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import fonts
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import ReportData, Signatory

NOTE = fl.style("report-note", 9, leading=12)
NOTE_HEAD = fl.style("report-note-head", 9, bold=True, leading=12)
SUMMARY_LABEL = fl.style("report-summary-label", 9.5, leading=12.5)
SUMMARY_VALUE = fl.style("report-summary-value", 9.5, bold=True, leading=12.5)
SIGN_TEXT = fl.style("report-sign", 10, align="center", leading=13)
SIGN_NAME = fl.style("report-sign-name", 10, bold=True, align="center", leading=13)
SIGN_SPACE = 18 * mm  # room for a signature and the office stamp over it
SIGN_WIDTH = 70 * mm
SUMMARY_LABEL_WIDTH = 72 * mm


def closing(report: ReportData, width: float) -> list[Flowable]:
    """Summary, notes and signatures: one block that moves to the next page whole rather than leave
    the signatures alone at the top of a page, away from the figures they vouch for."""
    parts: list[Flowable] = []
    if report.summary:
        parts += [Spacer(1, 10), _summary(report.summary, width)]
    if report.notes:
        parts += [Spacer(1, 10), Paragraph("Catatan:", NOTE_HEAD), Spacer(1, 2)]
        parts += [fl.para(note, NOTE) for note in report.notes]
    if report.signatures:
        parts += [Spacer(1, 12), _signatures(report.signatures, width)]
    return [KeepTogether(parts)] if parts else []


def _summary(pairs: tuple[tuple[str, str], ...], width: float) -> Table:
    """Labels on a grey band at the left, the figures in bold beside them."""
    rows = [[fl.para(label, SUMMARY_LABEL), fl.para(value, SUMMARY_VALUE)] for label, value in pairs]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, pf.RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, pf.RULE),
        ("BACKGROUND", (0, 0), (0, -1), pf.HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9.5),
    ]
    return fl.table(rows, col_widths=[SUMMARY_LABEL_WIDTH, width - SUMMARY_LABEL_WIDTH], style=style)


def _signature_cell(signatory: Signatory) -> list[Flowable]:
    cell: list[Flowable] = [
        fl.para(signatory.place_date, SIGN_TEXT),
        fl.para(signatory.title, SIGN_TEXT),
        Spacer(1, SIGN_SPACE),
        # Underlined, as the signer's name is on Indonesian official papers.
        Paragraph(f"<u>{fl.markup(signatory.name)}</u>", SIGN_NAME),
    ]
    if signatory.id_line.strip():
        cell.append(fl.para(signatory.id_line, SIGN_TEXT))
    return cell


def _signatures(signatories: tuple[Signatory, ...], width: float) -> Table:
    """Side by side, the last one at the right margin as the signer of an Indonesian report stands."""
    column = min(SIGN_WIDTH, width / len(signatories))
    gap = width - column * len(signatories)
    cells: list[object] = [_signature_cell(signatory) for signatory in signatories]
    widths = [column] * len(signatories)
    if gap > 1:
        cells, widths = ["", *cells], [gap, *widths]
    style = [*fl.no_padding(), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    return fl.table([cells], col_widths=widths, style=style)
