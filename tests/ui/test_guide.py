# mypy: disable-error-code="no-untyped-call"
"""Panduan: the guide opens from Bantuan and with F1, every page and picture is there, links move along."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.ui.guide_window import GuideWindow, guide_dir, guide_pages
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.ui_context import UiContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TOPICS = [
    "Selamat datang",
    "Masuk ke aplikasi",
    "Mencari dan mendaftarkan penduduk",
    "Mengimpor daftar penduduk",
    "Mencetak kartu penerima manfaat",
    "Akhir bulan Jamsosnaker",
    "Hari pembagian sembako",
]


@pytest.fixture(params=[(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def window(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor, request: pytest.FixtureRequest
) -> MainWindow:
    main = MainWindow(make_ctx(operator))
    qtbot.addWidget(main)
    main.resize(*request.param)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def _images_in(document: QTextDocument) -> list[tuple[str, float]]:
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                found.append((form.toImageFormat().name(), form.toImageFormat().width()))
            fragments += 1
        block = block.next()
    return found


def test_the_guide_covers_a_day_and_every_picture_it_shows_exists() -> None:
    pages = guide_pages()
    assert [page.title for page in pages] == TOPICS
    pictures = [image for page in pages for image in page.images()]
    assert len(pictures) >= 7
    missing = [str(path.relative_to(guide_dir())) for path in pictures if not path.is_file()]
    assert missing == []
    # No stale picture left behind by a page that no longer shows it.
    assert sorted(path.name for path in guide_dir().glob("*.png")) == sorted({path.name for path in pictures})
    for path in pictures:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() >= 400, path.name  # taken from the window, not a stand-in


def test_f1_opens_the_guide_and_bantuan_lists_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.guide is None
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    guide = window.guide
    assert isinstance(guide, GuideWindow)
    assert guide.windowTitle() == "Panduan — Tangsel Desktop"
    assert [guide.topics.item(i).text() for i in range(guide.topics.count())] == TOPICS
    assert guide.browser.document().toPlainText().startswith("Selamat datang")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Ban&tuan")
    assert next(action.text() for action in help_menu.actions() if action.text()) == "&Panduan"
    assert window.guide_action.shortcut().toString() == "F1"
    # A second F1 brings the same window forward instead of opening another.
    guide.close()
    window.guide_action.trigger()
    assert window.guide is guide
    assert guide.isVisible()


def test_a_topic_shows_its_page_with_its_pictures_fitted_to_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_guide()
    guide = window.guide
    assert isinstance(guide, GuideWindow)
    guide.resize(900, 600)
    qtbot.waitExposed(guide)
    guide.topics.setCurrentRow(TOPICS.index("Akhir bulan Jamsosnaker"))
    document = guide.browser.document()
    assert document.toPlainText().startswith("Akhir bulan Jamsosnaker")
    assert "Rekap iuran" in document.toPlainText()
    images = _images_in(document)
    assert [name for name, _width in images] == ["jamsosnaker.png", "rekap.png"]
    available = guide.browser.viewport().width()
    for name, width in images:
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(picture, QImage | QPixmap), name
        assert 0 < width <= available, (name, width, available)


def test_a_link_in_a_page_moves_the_topic_list(qtbot: QtBot, window: MainWindow) -> None:
    window.show_guide()
    guide = window.guide
    assert isinstance(guide, GuideWindow)
    guide.browser.setSource(QUrl.fromLocalFile(str(Path(guide_dir()) / "04-kartu.md")))
    assert guide.topics.currentRow() == TOPICS.index("Mencetak kartu penerima manfaat")
    guide.show_topic("sembako")
    assert guide.browser.document().toPlainText().startswith("Hari pembagian sembako")


def test_the_guide_closes_with_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    window.show_guide()
    guide = window.guide
    assert guide is not None
    window.close()
    assert not guide.isVisible()
    assert window.guide is None
