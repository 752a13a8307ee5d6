"""The two ways cards are laid out: ten to an A4 sheet printed on both sides, or one per CR80 card."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate

A4 = "a4"
CR80 = "cr80"


def layout_choices() -> list[tuple[str, str]]:
    """(service value, what the clerk reads), translated at call time."""
    return [
        (A4, translate("CardLayouts", "A4 sheet: 10 cards per sheet, both sides (duplex)")),
        (CR80, translate("CardLayouts", "CR80 card printer: one card per page")),
    ]


def layout_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in layout_choices():
        combo.addItem(label, value)
    return combo
