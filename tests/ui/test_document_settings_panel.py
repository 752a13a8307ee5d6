# mypy: disable-error-code="no-untyped-call"
"""Pengaturan's Dokumen panel: an administrator changes the office lines and a kind's number format."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.document_settings_panel import DocumentSettingsPanel
from tangsel_desktop.ui.settings_page import SettingsPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.ui.waiting import settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def page(qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], admin: Actor) -> SettingsPage:
    """An administrator's page; tests hold it, since it owns (and would delete) the panel."""
    settings_page = SettingsPage(make_ctx(admin))
    qtbot.addWidget(settings_page)
    settings_page.show()
    settle(qtbot, settings_page._ctx)
    return settings_page


def panel_of(page: SettingsPage) -> DocumentSettingsPanel:
    assert page.documents_panel is not None
    return page.documents_panel


def test_only_an_administrator_gets_the_panel(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], supervisor: Actor
) -> None:
    page = SettingsPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    assert page.documents_panel is None


def test_the_office_lines_are_saved_and_tidied(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    panel = panel_of(page)
    panel.head_edit.clear()
    qtbot.keyClicks(panel.head_edit, "  Hj. Siti   Rahmah <S.Sos> ")
    qtbot.mouseClick(panel.save_details_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert services.documents.settings.office_details().head_name == "Hj. Siti Rahmah <S.Sos>"
    assert panel.head_edit.text() == "Hj. Siti Rahmah <S.Sos>"
    assert "tersimpan" in panel.message.text()


def test_a_number_format_shows_its_example_and_a_bad_one_is_refused_unchanged(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    panel = panel_of(page)
    stored = services.documents.settings.number_formats()[DocumentKind.RECEIPT]
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(DocumentKind.RECEIPT))
    assert panel.example.text() == "TT/36.74.04.1004/2026/000123"
    # The clerk reads and types the placeholders in Indonesian; the stored pattern keeps the codes.
    assert panel.pattern_edit.text() == "{awalan}/{kantor}/{tahun}/{urut}"
    assert panel.pattern_edit.placeholderText() == "{awalan}/{kantor}/{tahun}/{urut}"
    panel.pattern_edit.setText("{prefix}-{year")
    assert panel.example.text() == "(pola belum lengkap)"
    panel.pattern_edit.setText("{prefix}-{seq}")
    qtbot.mouseClick(panel.save_format_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert "{tahun}" in panel.message.text()
    assert services.documents.settings.number_formats()[DocumentKind.RECEIPT] == stored
    panel.prefix_edit.setText("tts")
    panel.pattern_edit.setText("{awalan}/{tahun}/{urut}")
    assert panel.example.text() == "TTS/2026/000123"
    qtbot.mouseClick(panel.save_format_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    saved = services.documents.settings.number_formats()[DocumentKind.RECEIPT]
    assert (saved.prefix, saved.pattern) == ("TTS", "{prefix}/{year}/{seq}")
    assert panel.message.text() == "Mulai sekarang tanda terima bernomor seperti TTS/2026/000123."
    assert panel.pattern_edit.text() == "{awalan}/{tahun}/{urut}"
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(DocumentKind.CARD))
    assert panel.prefix_edit.text() == "KPM"
