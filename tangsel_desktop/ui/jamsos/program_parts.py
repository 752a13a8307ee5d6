"""Jamsosnaker's parts of the window: its Beranda figures, its person-page section, its Cetak button."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.program_parts import CardChoice, HomeSection, ProgramParts
from tangsel_desktop.ui.ui_context import UiContext

CODE = "jamsosnaker"  # services/jamsos/program.py's JamsosProgram.code


def _membership_history(ctx: UiContext, parent: QWidget) -> PersonSection:
    # Imported when a person page first opens: the sign-in need not wait for the jamsos widgets.
    from tangsel_desktop.ui.jamsos.membership_history import MembershipHistoryPanel

    return MembershipHistoryPanel(ctx, parent)


def jamsos_parts() -> ProgramParts:
    # lupdate finds the strings only in translate("Context", "literal") calls, hence one lambda each.
    translate = QCoreApplication.translate
    return ProgramParts(
        code=CODE,
        home=HomeSection(
            title=lambda: translate("JamsosProgram", "Jamsosnaker"),
            captions={
                "covered": lambda: translate("JamsosProgram", "Jamsosnaker members paid for this month"),
                "amount": lambda: translate("JamsosProgram", "Premium the city owes BPJS this month"),
                "in_progress": lambda: translate(
                    "JamsosProgram", "Members proposed, verified or submitted to BPJS"
                ),
            },
        ),
        person_section=_membership_history,
        card_choice=CardChoice(
            button=lambda: translate("JamsosProgram", "&Jamsosnaker members"),
            tooltip=lambda: translate(
                "JamsosProgram",
                "Add the people whose Jamsosnaker cover is paid this month (of the RW, if one is typed)",
            ),
        ),
    )
