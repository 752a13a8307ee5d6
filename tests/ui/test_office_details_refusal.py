# mypy: disable-error-code="no-untyped-call"
"""At 1366x768: an official paper refused for empty office details offers Pengaturan, and opens it."""

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.jamsos import recap_tab
from tangsel_desktop.ui.jamsos.jamsos_page import JamsosPage
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.settings_page import SettingsPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import set_office_details
from tests.services.prepared_office import actor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize(("open_it", "area"), [(True, "settings"), (False, "jamsosnaker")])
def test_saving_a_recap_without_the_heads_name_is_refused_and_offers_pengaturan(
    qtbot: QtBot,
    make_ctx: Callable[[Actor], UiContext],
    services: Services,
    supervisor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_it: bool,
    area: str,
) -> None:
    set_office_details(services, actor(services, "admin"), head_name="")
    asked: list[tuple[str, str, str]] = []

    def confirm(_self: Messages, _parent: object, title: str, text: str, *, yes: str, no: str) -> bool:
        asked.append((title, yes, text))
        return open_it

    monkeypatch.setattr(Messages, "confirm", confirm)
    monkeypatch.setattr(recap_tab, "choose_recap_file", lambda _p, _s, _k: tmp_path / "rekap.pdf")
    window = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    keys = [a.key for a in window.areas]
    window.show_area(keys.index("jamsosnaker"))
    page = window.page(keys.index("jamsosnaker"))
    assert isinstance(page, JamsosPage)
    page.tabs.setCurrentWidget(page.recap_tab)
    tab = page.recap_tab
    qtbot.waitUntil(lambda: not tab.loading and tab.save_pdf_button.isEnabled(), timeout=10_000)
    tab.save_pdf_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    title, yes, text = asked[0]
    assert (title, yes) == ("Keterangan kantor belum lengkap", "Buka Pengaturan")
    assert "nama Lurah masih kosong" in text
    assert "nama Lurah masih kosong" in tab.message_label.text()
    assert not (tmp_path / "rekap.pdf").exists()
    assert window.current_area().key == area
    if open_it:
        assert isinstance(window.page(keys.index("settings")), SettingsPage)
