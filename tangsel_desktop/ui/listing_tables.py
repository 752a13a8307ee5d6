"""Read-only listing tables set up one way everywhere: whole rows, fixed row heights, widths from samples."""

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_PADDING = 10  # pixels above and below a line of text
SAMPLE_PADDING = 24  # a column's sample text plus room for the cell margins and a sort arrow


def set_up_listing(
    table: QTableView,
    model: QAbstractItemModel,
    *,
    samples: Mapping[int, str] | None = None,
    widths: Mapping[int, int] | None = None,
    stretch: int | None = None,
    multiple: bool = False,
) -> None:
    """Show model in table: rows selected whole (several with Shift/Ctrl when multiple), never edited.

    Column widths come from sample text (or fixed widths), not ResizeToContents, which would read every
    loaded row; the stretch column, or else the last one, takes the room that is left. Fixed row heights
    spare Qt measuring each row as a lazy table grows.
    """
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multiple
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = table.fontMetrics()
    for column, sample in (samples or {}).items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + SAMPLE_PADDING)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
