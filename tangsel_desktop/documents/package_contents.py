"""A package's contents as receipts and the berita acara print them: items, prices and the value."""

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from reportlab.lib.units import mm

from tangsel_desktop.documents import flowables as fl
from tangsel_desktop.documents import page_furniture as pf
from tangsel_desktop.documents.document_models import ReceiptItem
from tangsel_desktop.documents.text_grid import GridLook, GridRow, TextCell, TextGrid
from tangsel_desktop.domain.formatting import format_rupiah

CELL = fl.style("package-cell", 10)
CELL_RIGHT = fl.style("package-cell-right", 10, align="right")
CELL_BOLD = fl.style("package-cell-bold", 10, bold=True)
CELL_BOLD_RIGHT = fl.style("package-cell-bold-right", 10, bold=True, align="right")
HEAD = fl.style("package-head", 10, bold=True)
HEAD_RIGHT = fl.style("package-head-right", 10, bold=True, align="right")
PADDING = 6  # ReportLab's own cell padding, named: the room for a plain string is measured with it


def quantity_number(quantity: str) -> Decimal | None:
    """ "2,5" -> 2.5 and "1.000" -> 1000 as Indonesian writes them; None when it is not a number."""
    cleaned = quantity.strip().replace(".", "").replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def item_value(item: ReceiptItem) -> int | None:
    """The line's value in whole rupiah: as given, else quantity x unit price rounded half up."""
    if item.value is not None:
        return item.value
    if item.unit_price is None:
        return None
    quantity = quantity_number(item.quantity)
    if quantity is None:
        return None
    return int((quantity * item.unit_price).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def package_value(items: Sequence[ReceiptItem], given: int | None = None) -> int | None:
    """The value of one package: as given, else the sum of its lines when every line has a value."""
    if given is not None:
        return given
    values = [item_value(item) for item in items]
    if not values or any(value is None for value in values):
        return None
    return sum(value for value in values if value is not None)


def priced(items: Sequence[ReceiptItem]) -> bool:
    return any(item.unit_price is not None or item.value is not None for item in items)


def summary(items: Sequence[ReceiptItem]) -> str:
    """ "Beras 10 kg, Minyak goreng 2 L": the package in one line for a sheet's heading."""
    return ", ".join(f"{item.name} {item.quantity} {item.unit}".strip() for item in items)


def items_table(items: Sequence[ReceiptItem], width: float, *, value: int | None = None) -> TextGrid:
    """No, name, quantity, unit, and with prices the unit price and the line's value, then the total.

    value: the package's value to print in the total row (package_value's answer); the caller decides
    it once, so the total row and any sum in words agree. Long lists continue on the next page under
    the header row again.
    """
    with_prices = priced(items)
    if with_prices:
        widths = [10 * mm, width - 114 * mm, 19 * mm, 21 * mm, 33 * mm, 31 * mm]
    else:
        widths = [12 * mm, width - 72 * mm, 28 * mm, 32 * mm]
    head: list[TextCell] = [
        ("No", HEAD_RIGHT),
        ("Nama barang", HEAD),
        ("Jumlah", HEAD_RIGHT),
        ("Satuan", HEAD),
    ]
    if with_prices:
        head += [("Harga satuan", HEAD_RIGHT), ("Nilai", HEAD_RIGHT)]
    rows = [GridRow(head)]
    for number, item in enumerate(items, start=1):
        row: list[TextCell] = [
            (str(number), CELL_RIGHT),
            (item.name, CELL),
            (item.quantity, CELL_RIGHT),
            (item.unit, CELL),
        ]
        if with_prices:
            price = None if item.unit_price is None else (format_rupiah(item.unit_price), CELL_RIGHT)
            line_value = item_value(item)
            row += [price, None if line_value is None else (format_rupiah(line_value), CELL_RIGHT)]
        rows.append(GridRow(row))
    if not items:
        rows.append(GridRow([None, ("(tidak ada barang)", CELL), *[None] * (len(widths) - 2)]))
    if with_prices and value is not None:
        total: list[TextCell] = [
            None,
            ("Nilai satu paket", CELL_BOLD),
            None,
            None,
            None,
            (format_rupiah(value), CELL_BOLD_RIGHT),
        ]
        rows.append(GridRow(total, fill=pf.HEADER_FILL, merge=(1, 4), keep_with_previous=True))
    return TextGrid(widths, rows, GridLook(padding=(PADDING, PADDING, 3, 4), rule_width=0.6, header_rows=1))
