"""Taking a person's photo with the laptop's webcam: live preview, take, look, use or take again.

QtMultimedia is imported only when this dialog opens: the window starts without it, and a laptop where
it cannot load (Linux without the PulseAudio client library) is told so like a laptop without a camera,
and offered the photo file instead.
"""

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import ERROR_STYLE, HINT_STYLE

log = logging.getLogger(__name__)

# The frame handed to the service: it crops and shrinks it (services/people/photo_images.py), so keep it
# close to what the camera saw.
FRAME_QUALITY = 92


class CameraResult(IntEnum):
    """How the dialog ended: cancelled, a photo taken (photo_bytes), or the clerk wants a file instead."""

    CANCELLED = 0
    TAKEN = 1
    CHOOSE_FILE = 2


def encode_frame(image: QImage) -> bytes:
    """A captured frame as JPEG bytes (the service takes bytes; the GUI side never writes a file)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(FRAME_QUALITY)
    if not writer.write(image):
        raise ValueError(f"the captured frame could not be encoded: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _multimedia() -> Any | None:
    """The QtMultimedia modules, or None where they cannot load."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except ImportError as error:
        log.warning("QtMultimedia cannot load, the camera is unavailable: %s", error)
        return None
    return QtMultimedia, QtMultimediaWidgets


class CameraDialog(QDialog):
    """A live picture from a webcam and one button to take the photo; without a camera, says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo with the camera"))
        self.photo_bytes: bytes | None = None
        self._camera: Any = None
        self._session: Any = None
        self._capture: Any = None
        self._cameras: list[Any] = []
        self.stack = QStackedWidget(self)
        self.message = plain_label(self, ERROR_STYLE)
        self.hint = plain_label(self, HINT_STYLE)
        self.camera_choice = QComboBox(self)
        self.take_button = QPushButton(self.tr("&Take photo"), self)
        self.use_button = QPushButton(self.tr("&Use this photo"), self)
        self.again_button = QPushButton(self.tr("Take &again"), self)
        self.file_button = QPushButton(self.tr("Choose a &file instead…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.still = QLabel(self)
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still.setMinimumSize(480, 360)
        self._lay_out()
        self.take_button.clicked.connect(self.take)
        self.use_button.clicked.connect(self._use)
        self.again_button.clicked.connect(self._live)
        self.file_button.clicked.connect(lambda: self.done(CameraResult.CHOOSE_FILE))
        self.close_button.clicked.connect(self.reject)
        self._start()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.camera_choice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        for button in (self.take_button, self.again_button, self.use_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(640, 560)

    @property
    def has_camera(self) -> bool:
        return self._camera is not None

    def _start(self) -> None:
        modules = _multimedia()
        self._cameras = list(modules[0].QMediaDevices.videoInputs()) if modules else []
        if not self._cameras:
            self._no_camera(
                self.tr(
                    "No camera was found on this laptop. Plug in a webcam and open this again, "
                    "or choose a photo file instead."
                )
            )
            return
        multimedia, widgets = modules  # type: ignore[misc]
        self.preview = widgets.QVideoWidget(self)
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.still)
        self._session = multimedia.QMediaCaptureSession(self)
        self._capture = multimedia.QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(self.preview)
        self._capture.imageCaptured.connect(self._captured)
        self._capture.errorOccurred.connect(lambda _id, _error, text: self._failed(text))
        for device in self._cameras:
            self.camera_choice.addItem(device.description())
        self.camera_choice.setVisible(len(self._cameras) > 1)
        self.camera_choice.currentIndexChanged.connect(self._open_camera)
        self._open_camera(0)
        show_text(
            self.hint,
            self.tr(
                "The photo is cut upright (3:4) from the middle: put the face in the middle of the picture."
            ),
        )

    def _no_camera(self, text: str) -> None:
        self.camera_choice.hide()
        self.stack.hide()
        for button in (self.take_button, self.use_button, self.again_button):
            button.hide()
        show_text(self.message, text, ERROR_STYLE)
        self.file_button.setDefault(True)
        self.file_button.setFocus()
        # Only a sentence and two buttons: a small box, not an empty preview.
        self.setMinimumSize(0, 0)
        self.resize(520, 130)

    def _open_camera(self, index: int) -> None:
        modules = _multimedia()
        assert modules is not None
        self._stop_camera()
        self._camera = modules[0].QCamera(self._cameras[index], self)
        self._camera.errorOccurred.connect(lambda _error, text: self._failed(text))
        self._session.setCamera(self._camera)
        self._camera.start()
        self._live()

    def _live(self) -> None:
        self.photo_bytes = None
        self.stack.setCurrentIndex(0)
        self.take_button.show()
        self.take_button.setDefault(True)
        self.use_button.hide()
        self.again_button.hide()
        show_text(self.message, "")

    def take(self) -> None:
        if self._capture is not None and self._capture.isReadyForCapture():
            self._capture.capture()

    def _captured(self, _request: int, image: QImage) -> None:
        self.photo_bytes = encode_frame(image)
        self.still.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.still.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.stack.setCurrentIndex(1)
        self.take_button.hide()
        self.use_button.show()
        self.use_button.setDefault(True)
        self.again_button.show()

    def _failed(self, text: str) -> None:
        log.warning("camera failed: %s", text)
        show_text(
            self.message,
            self.tr(
                "The camera does not answer ({error}). Close other programs that use it, or choose a file."
            ).format(error=text),
            ERROR_STYLE,
        )

    def _use(self) -> None:
        if self.photo_bytes is not None:
            self.done(CameraResult.TAKEN)

    def _stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None

    def done(self, result: int) -> None:
        # The webcam's light goes off as soon as the dialog closes, however it closes.
        self._stop_camera()
        super().done(result)
