"""The Sinkronisasi area on real stores: Kelurahan Sawah and Dinas Sosial, their keys exchanged, each its
own page context and task runner."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.app import window_programs
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.change_bus import ChangeBus
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.sync.sync_page import SyncPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import PASSWORD
from tests.sync.conftest import CIATER, SAWAH, Site, exchange_keys, open_site

WIDTH, HEIGHT = 1366, 768


@dataclass
class Desk:
    """A site and the window context its supervisor signs in with."""

    site: Site
    ctx: UiContext


def _desk(site: Site, runner: TaskRunner, actor: Actor | None = None) -> Desk:
    office = site.services.office.get()
    assert office is not None
    ctx = UiContext(
        services=site.services,
        actor=actor or site.admin,
        office=office,
        runner=runner,
        bus=ChangeBus(),
        messages=Messages(),
        programs=window_programs(),
    )
    return Desk(site, ctx)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Site, Site, TaskRunner]]:
    """(Sawah, Dinas Sosial, the runner both pages use); the runner is waited for before the stores close."""
    centre = open_site(tmp_path / "dinsos", "DINSOS")
    sawah = open_site(tmp_path / "sawah", SAWAH)
    exchange_keys(sawah, centre)
    runner = TaskRunner()
    yield sawah, centre, runner
    assert runner.wait_all(30000)
    sawah.services.database.dispose()
    centre.services.database.dispose()


@pytest.fixture
def open_page(qtbot: QtBot) -> Iterator[Callable[..., SyncPage]]:
    # Kept for the whole test: a test holding only a panel would let its page (and the panel) be deleted.
    pages: list[SyncPage] = []

    def open_for(desk: Desk, today: date | None = None) -> SyncPage:
        page = SyncPage(desk.ctx, today=(lambda: today) if today else date.today)
        qtbot.addWidget(page)
        page.resize(WIDTH - 200, HEIGHT - 60)  # the window's navigation and status bar take the rest
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: desk.ctx.runner.running() == 0, timeout=10_000)
        pages.append(page)
        return page

    yield open_for
    pages.clear()


@pytest.fixture
def desks(sites: tuple[Site, Site, TaskRunner]) -> tuple[Desk, Desk]:
    sawah, centre, runner = sites
    return _desk(sawah, runner), _desk(centre, runner)


@pytest.fixture
def operator_desk(sites: tuple[Site, Site, TaskRunner]) -> Callable[[Site], Desk]:
    """A desk signed in as an operator of the site (who may look but not write or read packages)."""
    _sawah, _centre, runner = sites

    def make(site: Site) -> Desk:
        site.services.auth.add_user(
            actor=site.admin, username="ops", full_name="OPS", role=Role.OPERATOR, password=PASSWORD
        )
        return _desk(site, runner, site.services.auth.login(username="ops", password=PASSWORD))

    return make


@pytest.fixture
def ciater_desk(sites: tuple[Site, Site, TaskRunner]) -> Iterator[Desk]:
    """A second office, Kelurahan Ciater, its keys exchanged with the same Dinas Sosial."""
    sawah, centre, runner = sites
    site = open_site(sawah.folder.parent / "ciater", CIATER)
    exchange_keys(site, centre)
    yield _desk(site, runner)
    assert runner.wait_all(30000)
    site.services.database.dispose()
