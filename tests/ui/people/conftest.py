"""Fixtures for the people area: a page context per role, the Indonesian translation, people on file."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tangsel_desktop.app import window_programs
from tangsel_desktop.paths import resources_dir
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import PASSWORD, make_draft

QM_FILE: Path = resources_dir() / "translations" / "tangsel_people_id.qm"

MakeContext = Callable[..., UiContext]


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[QTranslator]:
    """The people area's own translation, so the tests read what a clerk reads."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE.name} is missing: run pyside6-lrelease"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def role_ctx(services: Services, indonesian: QTranslator) -> Iterator[MakeContext]:
    """A page context for one of the fixture users (admin, spv, ops); runners are drained after."""
    runners: list[TaskRunner] = []

    def make(username: str = "admin") -> UiContext:
        messages = Messages()
        messages.interactive = False  # a message box would block: make it fail instead
        runner = TaskRunner()
        runners.append(runner)
        return UiContext(
            services=services,
            actor=services.auth.login(username=username, password=PASSWORD),
            office=services.office.require(),
            runner=runner,
            bus=ChangeBus(),
            messages=messages,
            programs=window_programs(),
        )

    yield make
    for runner in runners:
        assert runner.wait_all(10_000)


@pytest.fixture
def ctx(role_ctx: MakeContext) -> UiContext:
    return role_ctx("admin")


def open_page(qtbot: QtBot, ctx: UiContext) -> PeoplePage:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: UiContext) -> PeoplePage:
    return open_page(qtbot, ctx)


@pytest.fixture
def siti(services: Services, ctx: UiContext) -> PersonDetail:
    """Siti Aminah, a woman born 17 August 1985 with NIK 3674045708850001."""
    detail, _summary = services.people.register(actor=ctx.actor, draft=make_draft())
    return detail


def fill_demo(services: Services, ctx: UiContext, people: int) -> int:
    """Synthetic families in bulk (far faster than registering one by one)."""
    result, _summary = DemoService(services.database, services.office).fill(actor=ctx.actor, people=people)
    return result.people
