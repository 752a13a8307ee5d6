"""What each program adds to the window: its Beranda section, its person-page section, its Cetak button.

The window's side of services/programs.py. Each program describes its parts in its own folder
(ui/<program>/program_parts.py) and is listed once, in app.py; Beranda, the person page and Cetak ask
this registry and never name a program. Texts are functions, so they are translated when shown.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from tangsel_desktop.ui.person_sections import PersonSection

if TYPE_CHECKING:  # ui_context imports this module
    from tangsel_desktop.ui.ui_context import UiContext

Text = Callable[[], str]


@dataclass(frozen=True)
class HomeSection:
    """Beranda's section of a program: a heading and a caption per figure (services' Figure.key), in order."""

    title: Text
    captions: Mapping[str, Text]


@dataclass(frozen=True)
class CardChoice:
    """Cetak's button that adds this month's people of the program to the list of cards."""

    button: Text
    tooltip: Text


@dataclass(frozen=True)
class ProgramParts:
    """One program's parts of the window; `code` is its services-side Program.code."""

    code: str
    home: HomeSection | None = None
    person_section: Callable[["UiContext", QWidget], PersonSection] | None = None
    card_choice: CardChoice | None = None


@dataclass(frozen=True)
class WindowPrograms:
    """The programs' parts of the window, in the order the pages show them."""

    parts: tuple[ProgramParts, ...] = field(default=())

    @classmethod
    def of(cls, parts: Iterable[ProgramParts]) -> "WindowPrograms":
        found = tuple(parts)
        codes = [part.code for part in found]
        if len(set(codes)) != len(codes):
            raise ValueError(f"two programs share a code: {codes}")
        return cls(found)

    def __iter__(self) -> Iterator[ProgramParts]:
        return iter(self.parts)
