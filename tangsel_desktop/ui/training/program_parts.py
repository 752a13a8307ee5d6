"""Pelatihan's parts of the window: its Beranda figures, its person-page section, its Cetak button."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.program_parts import CardChoice, HomeSection, ProgramParts
from tangsel_desktop.ui.ui_context import UiContext

CODE = "pelatihan"  # services/training/program.py's TrainingProgram.code


def _history(ctx: UiContext, parent: QWidget) -> PersonSection:
    # Imported when a person page first opens: the sign-in need not wait for the training widgets.
    from tangsel_desktop.ui.training.training_history import TrainingHistorySection

    return TrainingHistorySection(ctx, parent)


def training_parts() -> ProgramParts:
    # lupdate finds the strings only in translate("Context", "literal") calls, hence one lambda each.
    translate = QCoreApplication.translate
    return ProgramParts(
        code=CODE,
        home=HomeSection(
            title=lambda: translate("TrainingProgram", "Training"),
            captions={
                "running": lambda: translate("TrainingProgram", "Training batches running"),
                "follow_ups_due": lambda: translate("TrainingProgram", "Follow-ups due"),
            },
        ),
        person_section=_history,
        card_choice=CardChoice(
            button=lambda: translate("TrainingProgram", "&Training participants"),
            tooltip=lambda: translate(
                "TrainingProgram",
                "Add the people selected on a training batch that has started (of the RW, if one is typed); "
                "their card's Program line names the training",
            ),
        ),
    )
