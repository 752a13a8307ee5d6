"""The seams between feature folders, filled by the composition root (ui/wiring.py, app.py).

The person's record (ui/people) shows a section per program without naming a program (each program's
ProgramParts in ui/program_parts.py makes one), and a program's pages (ui/jamsos) open a person's
record without importing ui/people.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QWidget

if TYPE_CHECKING:
    from tangsel_desktop.ui.ui_context import UiContext


class PersonSection(QGroupBox):
    """A program's part of a person's record (e.g. the Jamsosnaker memberships)."""

    # After show_person: whether the person takes part in this program (the section is shown).
    has_content = Signal(bool)

    def show_person(self, person_id: str) -> None:
        """Read (off the GUI thread) and show what the program holds on the person; then has_content."""
        raise NotImplementedError


PersonDialogFactory = Callable[["UiContext", str, QWidget], QDialog]


@dataclass(frozen=True)
class FeatureLinks:
    """What one feature folder may use of another, handed in by the composition root."""

    open_person: PersonDialogFactory | None = None


def default_links() -> FeatureLinks:
    """The window's wiring (imported late: the composition root imports every feature)."""
    from tangsel_desktop.ui.wiring import feature_links

    return feature_links()
