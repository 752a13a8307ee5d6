"""The window over the central office's PostgreSQL server: every area and tab opens and reads without a
bug, the people search answers, and the status bar names the server, not the folder."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.operations import TaskRunner
from tangsel_desktop.ui.people.people_page import PeoplePage
from tests.conftest import make_draft, set_office_details, set_up_centre
from tests.ui.conftest import context_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def centre(tmp_path: Path, pg_head_url: str) -> Iterator[tuple[Services, Actor]]:
    folder = tmp_path / "dinsos"
    folder.mkdir()
    (folder / "tangsel.ini").write_text(f"[database]\nurl = {pg_head_url}\n", encoding="utf-8")
    services, admin = set_up_centre(folder)
    set_office_details(services, admin)
    services.people.register(actor=admin, draft=make_draft(full_name="Sumiati Wulandari"))
    yield services, admin
    services.database.dispose()


def test_every_area_of_the_centre_opens_on_the_server_and_the_status_bar_names_it(
    qtbot: QtBot, centre: tuple[Services, Actor]
) -> None:
    services, admin = centre
    bugs: list[BaseException] = []
    runner = TaskRunner(report_bug=bugs.append)
    office = services.office.get()
    assert office is not None
    window = MainWindow(context_for(services, admin, office, runner))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.folder_status.text() == f"Data: {services.database.location.shown()}"
        assert "@" not in window.folder_status.toolTip()  # no user name (or password) of the server
        assert window.folder_status.toolTip().startswith("Server basis data: ")
        assert str(services.paths.root) in window.folder_status.toolTip()
        for index in range(window.navigation.count()):
            window.navigation.setCurrentRow(index)
            page = window.page(index)
            assert page is not None
            for tabs in page.findChildren(QTabWidget):
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    qtbot.waitUntil(lambda: runner.running() == 0, timeout=20_000)
            qtbot.waitUntil(lambda: runner.running() == 0, timeout=20_000)
        assert bugs == []
        people_row = next(
            i for i in range(window.navigation.count()) if isinstance(window.page(i), PeoplePage)
        )
        window.navigation.setCurrentRow(people_row)
        people = window.page(people_row)
        assert isinstance(people, PeoplePage)
        people.search_edit.setText("sumia wul")
        qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=20_000)
        assert bugs == []
    finally:
        assert runner.wait_all(30_000)
