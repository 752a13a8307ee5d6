# mypy: disable-error-code="no-untyped-call"
"""The desk shows the listed person's photo with the line it found, says so when there is none, clears it."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.main_window import MainWindow
from tangsel_desktop.ui.sembako.sembako_page import SembakoPage
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.style import PHOTO_EMPTY_COLOR
from tests.photo_samples import GREEN, webcam_frame
from tests.ui.sembako.conftest import Running
from tests.ui.sembako.test_desk import _desk, _scan

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EMPTY = QColor(PHOTO_EMPTY_COLOR)


def _colour(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    pixel = image.pixelColor(int(x * (image.width() - 1)), int(y * (image.height() - 1)))
    return pixel.red(), pixel.green(), pixel.blue()


def _near(found: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


def _give_photo(services: Services, operator: Actor, nik: str) -> bytes:
    person = services.people.find_by_nik(actor=operator, nik=nik)
    assert person is not None
    photo, _ = services.person_photos.set_photo(
        actor=operator, person_id=person.id, image=webcam_frame(), source="camera"
    )
    return photo.jpeg


def _on_screen(widget: QWidget, page: QWidget) -> bool:
    """The widget is shown whole inside the page (nothing pushed below its bottom edge)."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.isVisible() and page.rect().contains(QRect(top_left, widget.size()))


def test_a_scanned_card_shows_the_persons_photo_and_esc_clears_it(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running, tmp_path: Path,
) -> None:  # fmt: skip
    stored = _give_photo(services, operator, running.village.blind)
    page = open_page(operator)
    desk = _desk(qtbot, page)
    photo = desk.family_box.photo
    assert not photo.has_photo()
    assert photo.accessibleName() == ""  # nobody shown: the empty box says nothing

    _scan(qtbot, desk, running.card_payload, "ready")
    assert desk.name_value.text() == "Joko Netra"
    assert desk.found is not None
    assert desk.found.photo == stored
    assert photo.has_photo()
    assert photo.accessibleName() == "Foto"
    shown = photo.grab()
    assert not shown.isNull()
    assert _near(_colour(shown.toImage(), 0.1, 0.1), GREEN)  # the photo's wall, not the grey box
    page.grab().save(str(tmp_path / "desk-photo.png"))
    # At 1366 x 768 the photo sits beside the fields: everything the clerk types or presses stays on screen.
    for widget in (desk.family_box, desk.collect_box, desk.relation, desk.hand_button, desk.recent):
        assert _on_screen(widget, page), widget
    assert desk.family_box.height() <= desk.collect_box.height() + 20

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not photo.has_photo(), timeout=5_000)
    assert desk.name_value.text() == "–"
    assert photo.accessibleName() == ""


def test_a_person_without_a_photo_shows_the_placeholder_that_says_so(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    _give_photo(services, operator, running.village.blind)
    desk = _desk(qtbot, open_page(operator))
    photo = desk.family_box.photo
    _scan(qtbot, desk, running.card_payload, "ready")
    assert photo.has_photo()

    # The next in the queue has no photo: the last one's face must not stay on screen.
    _scan(qtbot, desk, running.village.tb, "ready")
    assert desk.found is not None
    assert desk.found.photo is None
    assert not photo.has_photo()
    assert photo.accessibleName() == "Belum ada foto"
    empty = photo.grab().toImage()
    assert _near(_colour(empty, 0.1, 0.1), (EMPTY.red(), EMPTY.green(), EMPTY.blue()), 6)

    # Several names found: nobody is shown yet, so no photo either.
    _scan(qtbot, desk, running.card_payload, "ready")
    assert photo.has_photo()
    _scan(qtbot, desk, "a", "choose")
    assert not photo.has_photo()
    assert photo.accessibleName() == ""


def test_the_photo_of_a_line_already_collected_is_shown_with_the_loud_refusal(
    qtbot: QtBot, open_page: Callable[[Actor], SembakoPage], operator: Actor, services: Services,
    running: Running,
) -> None:  # fmt: skip
    _give_photo(services, operator, running.village.blind)
    desk = _desk(qtbot, open_page(operator))
    _scan(qtbot, desk, running.card_payload, "ready")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: desk.state == "handed", timeout=10_000)
    qtbot.waitUntil(lambda: desk.preview is not None, timeout=15_000)
    assert desk.preview is not None
    desk.preview.reject()
    # Handed over: the desk is cleared for the next one, the photo with it.
    assert not desk.family_box.photo.has_photo()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=5_000)
    _scan(qtbot, desk, running.card_payload, "collected")
    # The clerk compares the face with whoever is back at the desk.
    assert desk.family_box.photo.has_photo()


def test_in_the_whole_window_at_1366_by_768_the_photo_leaves_the_desk_on_screen(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor, services: Services,
    running: Running, tmp_path: Path,
) -> None:  # fmt: skip
    _give_photo(services, operator, running.village.blind)
    window = MainWindow(make_ctx(operator))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    index = [area.key for area in window.areas].index("sembako")
    window.show_area(index)
    page = window.page(index)
    assert isinstance(page, SembakoPage)
    qtbot.waitUntil(lambda: not page.chooser.loading, timeout=10_000)
    desk = _desk(qtbot, page)
    _scan(qtbot, desk, running.card_payload, "ready")
    assert desk.family_box.photo.has_photo()
    window.grab().save(str(tmp_path / "window-desk-photo.png"))
    shown: list[QWidget] = [desk.family_box.photo, desk.name_value, desk.package_value, desk.relation]
    shown += [desk.thumbprint, desk.hand_button, desk.recent, desk.queue_check]
    for widget in shown:
        assert _on_screen(widget, window), widget
    assert desk.recent.height() >= 100  # the desk's own list still has room for a few lines
