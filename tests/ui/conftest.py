"""UI fixtures: Indonesian translations, no modal boxes, a task runner and a signed-in page context."""

import gc
import logging
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tangsel_desktop.app import window_programs
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.access_guard import set_access_guard
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.gui_gc import GuiThreadCollector
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.store_loader import LoadedStore
from tangsel_desktop.ui.translations import install_translations
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.storage_guard import refuse_on_gui_thread


@pytest.fixture(scope="session", autouse=True)
def shell_translations(qapp: QApplication) -> None:
    """The tests read what the clerk reads: the Indonesian translation."""
    install_translations(qapp)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collection(qapp: QApplication) -> Iterator[None]:
    """As in the window: cyclic garbage (pages and their lambdas) is freed on the GUI thread only."""
    collector = GuiThreadCollector()
    collector.install()
    yield
    collector.uninstall()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """What one test left behind is freed here, before the next test's workers allocate."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_storage_on_the_gui_thread() -> Iterator[None]:
    """Window code that reads or writes the store on the GUI thread fails the test (see storage_guard)."""
    set_access_guard(refuse_on_gui_thread)
    yield
    set_access_guard(None)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    # A box that would block raises instead (Messages' switch for tests and smoke runs).
    monkeypatch.setattr(Messages, "interactive", False)


@pytest.fixture
def runner(bare_services: Services) -> Iterator[TaskRunner]:
    """Depends on the store so that its workers are waited for before the store is closed."""
    task_runner = TaskRunner()
    yield task_runner
    assert task_runner.wait_all(30000)


@pytest.fixture
def office(services: Services) -> OfficeView:
    found = services.office.get()
    assert found is not None
    return found


def context_for(services: Services, actor: Actor, office: OfficeView, runner: TaskRunner) -> UiContext:
    """A signed-in page context as the window builds one (its own bus and this build's programs)."""
    return UiContext(
        services=services,
        actor=actor,
        office=office,
        runner=runner,
        bus=ChangeBus(),
        messages=Messages(),
        programs=window_programs(),
    )


@pytest.fixture
def make_ctx(services: Services, office: OfficeView, runner: TaskRunner) -> Callable[[Actor], UiContext]:
    def make(actor: Actor) -> UiContext:
        return context_for(services, actor, office, runner)

    return make


@pytest.fixture
def loaded(services: Services, office: OfficeView) -> LoadedStore:
    return LoadedStore(services=services, office=office)


@pytest.fixture
def log_to() -> Iterator[Callable[[Services], None]]:
    """Point the rotating log file at a store's folder for one test, then put things back.

    configure_logging keeps the first log file it was given, so one set up earlier in the run
    (by another test) is stepped aside for the duration."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    earlier = [handler for handler in before if getattr(handler, "tangsel", False)]

    def configure(services: Services) -> None:
        from tangsel_desktop.log_setup import configure_logging

        for handler in earlier:
            root.removeHandler(handler)
        configure_logging(services.paths)

    yield configure
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler in earlier:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
