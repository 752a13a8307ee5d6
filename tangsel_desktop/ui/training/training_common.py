"""What the Pelatihan tabs share: the role gate, dates typed by clerks, short texts."""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.person_rules import parse_date_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.training.training_views import BatchView

# Sample texts that size the listing columns (set_up_listing measures them, not every row).
NIK_SAMPLE = "3674045708851001"
NAME_SAMPLE = "Siti Aminah Lestari Sartika"
DATE_SAMPLE = "31-12-2026"

# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def is_supervisor(actor: Actor) -> bool:
    return actor.role.rank >= Role.SUPERVISOR.rank


def supervisors_only() -> str:
    return translate("TrainingRoles", "Only supervisors and administrators may do this")


def gate(widget: QWidget, allowed: bool, tooltip: str = "") -> None:
    """A control the role may not use stays visible but greyed out, its tooltip saying who may."""
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else supervisors_only())


def batch_title(view: BatchView) -> str:
    """How a batch is named in lists: its name and its dates."""
    return f"{view.name} — {view.starts_on:%d-%m-%Y} s.d. {view.ends_on:%d-%m-%Y}"


def typed_date(text: str, what: str) -> date:
    """A date typed as DD-MM-YYYY (or YYYY-MM-DD); the refusal names the field."""
    try:
        return parse_date_text(text.strip())
    except UserError as error:
        raise UserError(f"{what}: {error.message}") from None


def typed_number(text: str, what: str) -> int:
    cleaned = text.strip()
    if not cleaned.isdigit():
        raise UserError(f"{what}: tulis angka, misalnya 8.")
    return int(cleaned)
