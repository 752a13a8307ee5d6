"""A person's photo in the card's 3:4 box, or a neat placeholder: for the person dialog and the desk.

Given JPEG bytes (what PersonPhotos hands out) it draws them filling the box; given None, or bytes that
are no picture, it draws the card's own empty photo box (a grey head and shoulders) with a caption. It
decodes a stored photo (360 x 480, a few tens of KB) on the GUI thread in about a millisecond; it never
asks the store for anything, so a page hands it what an operation fetched.
"""

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tangsel_desktop.ui.widgets.style import CARD_BORDER, MUTED_COLOR, PHOTO_EMPTY_COLOR, PHOTO_FIGURE_COLOR

RATIO = 3 / 4  # width over height, as the card's photo box (documents/card_faces.PHOTO)
CORNER = 4.0


class PersonPhotoView(QWidget):
    """Shows one person's photo (set_photo(jpeg)) or, without one, the empty photo box."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 150) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._caption = QCoreApplication.translate("PersonPhotoView", "No photo yet")
        self.setFixedSize(QSize(width, round(width / RATIO)))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self._caption)

    def set_photo(self, jpeg: bytes | None) -> bool:
        """Show these bytes; True when they are a picture, False when the placeholder is shown instead."""
        image = QImage.fromData(jpeg) if jpeg else QImage()
        self._image = None if image.isNull() else image
        self.setAccessibleName(
            QCoreApplication.translate("PersonPhotoView", "Photo") if self._image else self._caption
        )
        self.update()
        return self._image is not None

    def has_photo(self) -> bool:
        return self._image is not None

    def set_caption(self, text: str) -> None:
        """What the placeholder says (the distribution desk may want a different word)."""
        self._caption = text
        if self._image is None:
            self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        outline = QPainterPath()
        outline.addRoundedRect(box, CORNER, CORNER)
        painter.setClipPath(outline)
        if self._image is not None:
            self._draw_photo(painter, box)
        else:
            self._draw_placeholder(painter, box)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(CARD_BORDER), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(outline)
        painter.end()

    def _draw_photo(self, painter: QPainter, box: QRectF) -> None:
        assert self._image is not None
        # Filled and centred like the card's box: a photo of other proportions is cropped, never squeezed.
        size = self._image.size().toSizeF().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        painter.drawImage(target, self._image)

    def _draw_placeholder(self, painter: QPainter, box: QRectF) -> None:
        painter.fillRect(box, QColor(PHOTO_EMPTY_COLOR))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PHOTO_FIGURE_COLOR))
        width, height, centre = box.width(), box.height(), box.center().x()
        head = width * 0.2
        painter.drawEllipse(QRectF(centre - head, box.top() + height * 0.38 - head, 2 * head, 2 * head))
        painter.drawEllipse(
            QRectF(centre - width * 0.36, box.top() + height * 0.5, width * 0.72, height * 0.46)
        )
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(MUTED_COLOR))
        caption = QRectF(box.left() + 4, box.bottom() - height * 0.2, width - 8, height * 0.18)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._caption)
