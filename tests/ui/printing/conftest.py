"""Fixtures for the Cetak area: a page per role, people on file, and every blocking dialog replaced."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.app import window_programs
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.printing import print_page, reprint_dialog
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tests.conftest import PASSWORD, make_draft

MakeContext = Callable[[str], UiContext]
OpenPage = Callable[[str], PrintPage]

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
QT_OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a blocking dialog was opened without being replaced by the test")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal question of the area raises unless a test replaces it with an answer."""
    monkeypatch.setattr(pdf_preview_dialog, "ask_printer", _blocked)
    monkeypatch.setattr(pdf_preview_dialog, "choose_pdf_copy", _blocked)
    monkeypatch.setattr(print_page, "choose_key_file", _blocked)
    monkeypatch.setattr(reprint_dialog, "ask_reprint", _blocked)


@pytest.fixture
def role_ctx(services: Services) -> Iterator[MakeContext]:
    """A page context for one of the fixture users (admin, spv, ops); runners are drained after."""
    runners: list[TaskRunner] = []

    def make(username: str) -> UiContext:
        messages = Messages()
        messages.interactive = False  # a message box would block: make it fail instead
        # No bug reporter: a bug in a task reaches the page's failed slot, which the tests see.
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
        assert runner.wait_all(30_000)


@pytest.fixture
def open_page(qtbot: QtBot, role_ctx: MakeContext) -> OpenPage:
    def open_for(username: str) -> PrintPage:
        page = PrintPage(role_ctx(username))
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        # Shortcuts and focus need the active window, as on a clerk's screen.
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        qtbot.waitUntil(lambda: not page.register.loading, timeout=10_000)
        return page

    return open_for


@pytest.fixture
def demo_people(services: Services, admin: Actor) -> int:
    """Sixty synthetic people in families, in several RWs."""
    result, _summary = DemoService(services.database, services.office).fill(actor=admin, people=60)
    return result.people


@pytest.fixture
def odd_name(services: Services, admin: Actor) -> PersonDetail:
    """A person whose name would be markup if it were ever read as rich text."""
    detail, _summary = services.people.register(
        actor=admin,
        draft=make_draft(full_name="Siti <b>Aminah</b> & Putri", rw="7", rt="2"),
    )
    return detail


def payloads(services: Services) -> dict[str, str]:
    """number -> QR payload of every original in the register, read from the store itself."""
    connection = sqlite_driver.connect(services.database.file)
    try:
        rows = connection.execute(
            "SELECT number, payload FROM document_register WHERE is_copy = 0 AND payload IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    return dict(rows)


def register_rows(services: Services) -> list[tuple[str, int, str, int | None, str]]:
    """(number, is_copy, status, original_id, reason) of every register row, oldest first."""
    connection = sqlite_driver.connect(services.database.file)
    try:
        return connection.execute(
            "SELECT number, is_copy, status, original_id, reason FROM document_register ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def written(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0
