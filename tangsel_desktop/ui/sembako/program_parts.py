"""Sembako's parts of the window: its Beranda figures, its person-page section, its Cetak button."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.program_parts import CardChoice, HomeSection, ProgramParts
from tangsel_desktop.ui.ui_context import UiContext

CODE = "sembako"  # services/sembako/program.py's SembakoProgram.code


def _history(ctx: UiContext, parent: QWidget) -> PersonSection:
    # Imported when a person page first opens: the sign-in need not wait for the sembako widgets.
    from tangsel_desktop.ui.sembako.sembako_history import SembakoHistorySection

    return SembakoHistorySection(ctx, parent)


def sembako_parts() -> ProgramParts:
    # lupdate finds the strings only in translate("Context", "literal") calls, hence one lambda each.
    translate = QCoreApplication.translate
    return ProgramParts(
        code=CODE,
        home=HomeSection(
            title=lambda: translate("SembakoProgram", "Sembako"),
            captions={
                "rounds": lambda: translate("SembakoProgram", "Sembako rounds running"),
                "planned": lambda: translate("SembakoProgram", "Families on their approved lists"),
                "handed_over": lambda: translate("SembakoProgram", "Packages handed out"),
                "on_hand": lambda: translate("SembakoProgram", "Packages still on hand"),
            },
        ),
        person_section=_history,
        card_choice=CardChoice(
            button=lambda: translate("SembakoProgram", "Sem&bako recipients"),
            tooltip=lambda: translate(
                "SembakoProgram",
                "Add the people whose family is on the list of a running sembako round (of the RW, if one is "
                "typed)",
            ),
        ),
    )
