# mypy: disable-error-code="no-untyped-call"
# (pytest-qt generates QtBot's key and mouse helpers, so they carry no types.)
"""The photo on the person's dialog: from a file, from the camera, removed, refused in Indonesian."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.people.people_views import PersonDetail
from tangsel_desktop.services.people.photo_images import prepare_photo
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.messages import Messages
from tangsel_desktop.ui.people import photo_panel
from tangsel_desktop.ui.people.camera_dialog import CameraDialog, CameraResult, encode_frame
from tangsel_desktop.ui.people.people_page import PeoplePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.person_photo_view import PersonPhotoView
from tangsel_desktop.ui.widgets.style import PHOTO_EMPTY_COLOR
from tests.photo_samples import BLUE, RED, sideways_phone_photo, webcam_frame
from tests.store_files import open_raw
from tests.ui.waiting import settle

OFFSCREEN = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN)


def stored(services: Services) -> list[tuple[str, str]]:
    with open_raw(services.database.file) as connection:
        return connection.execute("SELECT person_id, source FROM person_photo").fetchall()


def open_dialog(qtbot: QtBot, page: PeoplePage, person: PersonDetail) -> PersonDialog:
    dialog = page.open_person(person.id)
    settle(qtbot, page._ctx)
    return dialog


EMPTY = (QColor(PHOTO_EMPTY_COLOR).red(), QColor(PHOTO_EMPTY_COLOR).green(), QColor(PHOTO_EMPTY_COLOR).blue())


def colour(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    pixel = image.pixelColor(int(x * (image.width() - 1)), int(y * (image.height() - 1)))
    return pixel.red(), pixel.green(), pixel.blue()


def near(found: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, expected, strict=True))


def test_a_photo_chosen_from_a_file_is_stored_and_shown(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    siti: PersonDetail,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, page, siti)
    panel = dialog.photo
    assert panel.isVisible()
    assert panel.title() == "Foto"
    assert [b.text() for b in (panel.camera_button, panel.file_button, panel.remove_button)] == [
        "Ambil dari kamera…",
        "Pilih berkas…",
        "Hapus foto",
    ]
    assert not panel.view.has_photo()
    assert not panel.remove_button.isEnabled()
    assert panel.details.text() == "Kartu dicetak dengan kotak foto kosong."
    placeholder = panel.view.grab().toImage()
    assert near(colour(placeholder, 0.1, 0.1), EMPTY, 6)

    photo = tmp_path / "hp.jpg"
    photo.write_bytes(sideways_phone_photo())
    monkeypatch.setattr(photo_panel, "choose_photo_file", lambda _parent: photo)
    qtbot.mouseClick(panel.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert stored(services) == [(siti.id, "file")]
    assert panel.view.has_photo()
    assert panel.remove_button.isEnabled()
    assert panel.details.text().startswith("Dari berkas, ")
    assert ", oleh Admin Kelurahan · " in panel.details.text()
    assert panel.message.text() == "Foto disimpan; kartu yang dicetak berikutnya memuatnya."
    shown = panel.view.grab().toImage()
    assert near(colour(shown, 0.8, 0.5), RED)  # upright: the phone's top is on the right
    assert near(colour(shown, 0.2, 0.5), BLUE)
    dialog.resize(1040, 700)
    dialog.grab().save(str(tmp_path / "person-dialog.png"))
    dialog.reject()


def test_a_file_that_is_no_photo_is_refused_in_indonesian(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    siti: PersonDetail,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, page, siti)
    letter = tmp_path / "surat.jpg"
    letter.write_text("Surat pengantar RT 003\n", encoding="utf-8")
    monkeypatch.setattr(photo_panel, "choose_photo_file", lambda _parent: letter)
    qtbot.mouseClick(dialog.photo.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert dialog.photo.message.text().startswith("Berkas ini bukan foto yang dapat dibaca")
    assert dialog.photo.message.isVisible()
    assert not dialog.photo.view.has_photo()
    assert stored(services) == []
    dialog.reject()


def test_the_camera_photo_is_stored_and_no_camera_leads_to_the_file(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    siti: PersonDetail,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, page, siti)
    panel = dialog.photo
    monkeypatch.setattr(photo_panel, "take_camera_photo", lambda _parent: webcam_frame())
    qtbot.mouseClick(panel.camera_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert stored(services) == [(siti.id, "camera")]
    assert panel.details.text().startswith("Dari kamera, ")

    photo = tmp_path / "hp.jpg"
    photo.write_bytes(sideways_phone_photo())
    asked: list[bool] = []

    def choose(_parent: object) -> Path:
        asked.append(True)
        return photo

    monkeypatch.setattr(photo_panel, "take_camera_photo", lambda _parent: CameraResult.CHOOSE_FILE)
    monkeypatch.setattr(photo_panel, "choose_photo_file", choose)
    qtbot.mouseClick(panel.camera_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert asked == [True]
    assert stored(services) == [(siti.id, "file")]

    monkeypatch.setattr(photo_panel, "take_camera_photo", lambda _parent: CameraResult.CANCELLED)
    qtbot.mouseClick(panel.camera_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert stored(services) == [(siti.id, "file")]
    dialog.reject()


def test_removing_the_photo_asks_first(
    qtbot: QtBot,
    page: PeoplePage,
    services: Services,
    ctx: UiContext,
    siti: PersonDetail,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.person_photos.set_photo(
        actor=ctx.actor, person_id=siti.id, image=webcam_frame(), source="camera"
    )
    dialog = open_dialog(qtbot, page, siti)
    panel = dialog.photo
    assert panel.view.has_photo()
    answers = iter([False, True])
    questions: list[str] = []

    def confirm(_self: Messages, _parent: object, _title: str, text: str, *, yes: str, no: str) -> bool:
        questions.append(f"{text} [{yes}/{no}]")
        return next(answers)

    monkeypatch.setattr(Messages, "confirm", confirm)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert len(stored(services)) == 1  # the clerk said no
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._ctx)
    assert stored(services) == []
    assert questions[0] == (
        "Hapus foto orang ini? Kartu yang dicetak sesudah ini memuat kotak foto kosong. [Hapus/Batal]"
    )
    assert not panel.view.has_photo()
    assert not panel.remove_button.isEnabled()
    assert panel.message.text() == "Foto dihapus."
    dialog.reject()


def test_a_new_person_has_no_photo_panel_until_saved(qtbot: QtBot, page: PeoplePage) -> None:
    dialog = page.add_person()
    assert not dialog.photo.isVisible()
    dialog.reject()


# QtMultimedia's FFmpeg backend looks for optional system libraries (PipeWire, VA-API) the first time it
# loads and warns about each one it lacks; the camera works without them.
@pytest.mark.qt_log_ignore(OFFSCREEN, r"Couldn't (load|resolve) .* (library|symbols)")
def test_without_a_camera_the_dialog_says_so_and_offers_the_file(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = CameraDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.has_camera  # QMediaDevices.videoInputs() is empty on this machine
    assert dialog.windowTitle() == "Ambil foto dengan kamera"
    assert dialog.message.text() == (
        "Tidak ada kamera di laptop ini. Pasang kamera (webcam) lalu buka lagi, atau pilih berkas foto saja."
    )
    assert dialog.message.isVisible()
    assert not dialog.take_button.isVisible()
    assert dialog.file_button.text() == "Pilih &berkas saja…"
    dialog.grab().save(str(Path(ctx.services.paths.root) / "camera-dialog.png"))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CameraResult.CHOOSE_FILE
    assert dialog.photo_bytes is None


def test_a_captured_frame_is_encoded_for_the_service(qapp: QApplication) -> None:
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor(30, 160, 60))
    prepared = prepare_photo(encode_frame(frame))
    assert (prepared.width, prepared.height) == (360, 480)


def test_the_photo_view_shows_a_photo_or_the_placeholder(qtbot: QtBot) -> None:
    view = PersonPhotoView(width=150)
    qtbot.addWidget(view)
    assert (view.width(), view.height()) == (150, 200)
    assert view.accessibleName() == "Belum ada foto"
    assert view.set_photo(prepare_photo(sideways_phone_photo()).jpeg)
    assert view.has_photo()
    assert near(colour(view.grab().toImage(), 0.8, 0.5), RED)
    assert not view.set_photo(b"bukan gambar")  # broken bytes: the placeholder, never a crash
    assert not view.has_photo()
    assert near(colour(view.grab().toImage(), 0.1, 0.1), EMPTY, 6)
