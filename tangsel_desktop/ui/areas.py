"""The areas of the main window, in navigation order, with the function that builds each page."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tangsel_desktop.ui.ui_context import UiContext

PageFactory = Callable[[UiContext, QWidget], QWidget]


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    make_page: PageFactory


# lupdate finds the strings only in translate("Context", "literal") calls.
translate = QCoreApplication.translate


def _home(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.home_page import HomePage

    return HomePage(ctx, parent)


def _people(ctx: UiContext, parent: QWidget) -> QWidget:
    # Imported when first shown: the people area is the largest and a sign-in need not wait for it.
    from tangsel_desktop.ui.people.people_page import PeoplePage

    return PeoplePage(ctx, parent)


def _jamsos(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.jamsos.jamsos_page import JamsosPage

    return JamsosPage(ctx, parent)


def _sembako(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.sembako.sembako_page import SembakoPage

    return SembakoPage(ctx, parent)


def _training(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.training.training_page import TrainingPage

    return TrainingPage(ctx, parent)


def _sync(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.sync.sync_page import SyncPage

    return SyncPage(ctx, parent)


def _print(ctx: UiContext, parent: QWidget) -> QWidget:
    # QtPdf and QtPrintSupport load only when the clerk first opens Cetak.
    from tangsel_desktop.ui.printing.print_page import PrintPage

    return PrintPage(ctx, parent)


def _reports(ctx: UiContext, parent: QWidget) -> QWidget:
    # QtCharts loads only when the clerk first opens Laporan.
    from tangsel_desktop.ui.reports.reports_page import ReportsPage

    return ReportsPage(ctx, parent)


def _settings(ctx: UiContext, parent: QWidget) -> QWidget:
    from tangsel_desktop.ui.settings_page import SettingsPage

    return SettingsPage(ctx, parent)


def shell_areas() -> list[Area]:
    """Translated at call time, after the translators are installed."""
    return [
        Area("home", translate("Areas", "Home"), _home),
        Area("people", translate("Areas", "People"), _people),
        Area("jamsosnaker", translate("Areas", "Jamsosnaker"), _jamsos),
        Area("sembako", translate("Areas", "Sembako"), _sembako),
        Area("training", translate("Areas", "Training"), _training),
        Area("print", translate("Areas", "Print"), _print),
        Area("sync", translate("Areas", "Synchronization"), _sync),
        Area("reports", translate("Areas", "Reports"), _reports),
        Area("settings", translate("Areas", "Settings"), _settings),
    ]
