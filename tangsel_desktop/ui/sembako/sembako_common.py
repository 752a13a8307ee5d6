"""What the Sembako tabs share: the role gate, and short texts of a round's parts."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.sembako_views import RoundView

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def is_supervisor(actor: Actor) -> bool:
    return actor.role.rank >= Role.SUPERVISOR.rank


def supervisors_only() -> str:
    return translate("SembakoRoles", "Only supervisors and administrators may do this")


def gate(widget: QWidget, allowed: bool, tooltip: str = "") -> None:
    """A control the role may not use stays visible but greyed out, its tooltip saying who may."""
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else supervisors_only())


def round_title(view: RoundView) -> str:
    """How a round is named in lists: its name, its month and its status."""
    return f"{view.name} — {view.month} ({view.status.label})"


def items_text(view: RoundView) -> str:
    """The package in one line: Beras 10 kg, Minyak goreng 2 L."""
    return ", ".join(f"{item.name} {item.quantity_text} {item.unit}" for item in view.items) or "-"


def categories_text(view: RoundView) -> str:
    return ", ".join(category.label for category in view.categories)
