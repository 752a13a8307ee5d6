"""The person dialog's photo: shown, taken with the webcam, chosen from a file, removed; one service each."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.person_photos import PersonPhoto
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.people.camera_dialog import CameraDialog, CameraResult
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.person_photo_view import PersonPhotoView
from tangsel_desktop.ui.widgets.style import HINT_STYLE

CameraOutcome = bytes | CameraResult
# Sets the photo of the person with this id, on a worker thread: it holds no widget.
SetPhoto = Callable[[str], tuple[PersonPhoto, ChangeSummary]]


def choose_photo_file(parent: QWidget) -> Path | None:
    """Ask which photo file to use (the dialog blocks, so tests replace this)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PhotoPanel", "Choose a photo of the person"),
        str(Path.home()),
        QCoreApplication.translate("PhotoPanel", "Photos (*.jpg *.jpeg *.png *.webp *.bmp)"),
    )
    return Path(chosen) if chosen else None


def take_camera_photo(parent: QWidget) -> CameraOutcome:
    """The camera dialog, modal: the photo's bytes, or how it ended without one (tests replace this)."""
    dialog = CameraDialog(parent)
    try:
        result = dialog.exec()
        if result == CameraResult.TAKEN and dialog.photo_bytes is not None:
            return dialog.photo_bytes
        return CameraResult.CHOOSE_FILE if result == CameraResult.CHOOSE_FILE else CameraResult.CANCELLED
    finally:
        dialog.deleteLater()


class PhotoPanel(QGroupBox):
    """One person's photo with its three actions; every answer comes back through an Operation."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Photo"), parent)
        self._ctx = ctx
        self._person_id: str | None = None
        self.view = PersonPhotoView(self, width=120)
        self.camera_button = QPushButton(self.tr("Take with camera…"), self)
        self.file_button = QPushButton(self.tr("Choose file…"), self)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.details = plain_label(self, HINT_STYLE)
        self.message = plain_label(self)
        for button in (self.camera_button, self.file_button, self.remove_button):
            # Enter in the person form must save the person, not press one of these.
            button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self._lay_out()
        self.camera_button.clicked.connect(self.take_photo)
        self.file_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_photo)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.addWidget(self.view)
        side = QVBoxLayout()
        for button in (self.camera_button, self.file_button, self.remove_button):
            side.addWidget(button)
        side.addWidget(self.details)
        side.addWidget(self.message)
        side.addStretch(1)
        layout.addLayout(side, 1)

    def show_person(self, person_id: str) -> None:
        """Show this person's photo (read off the GUI thread)."""
        self._person_id = person_id
        photos, actor = self._ctx.services.person_photos, self._ctx.actor
        Operation(self._ctx, self, lambda _h: photos.get(actor=actor, person_id=person_id)).inline(
            self.message
        ).success(lambda photo: self._answered(person_id, photo)).run()

    def _answered(self, person_id: str, photo: PersonPhoto | None) -> None:
        # The dialog may have moved on to another person while this one's photo was read.
        if person_id == self._person_id:
            self._show(photo)

    def _show(self, photo: PersonPhoto | None) -> None:
        self.view.set_photo(None if photo is None else photo.jpeg)
        self.remove_button.setEnabled(photo is not None)
        if photo is None:
            show_text(self.details, self.tr("The card prints an empty photo box."))
            return
        source = self.tr("camera") if photo.source == "camera" else self.tr("file")
        show_text(
            self.details,
            self.tr("From the {source}, {date}, by {name} · {size} KB").format(
                source=source,
                date=format_date(photo.taken_at.date()),
                name=photo.taken_by_name or self.tr("the system"),
                size=max(1, round(photo.size_bytes / 1024)),
            ),
        )

    # -- actions -----------------------------------------------------------------------

    def take_photo(self) -> None:
        if self._person_id is None:
            return
        outcome = take_camera_photo(self)
        if outcome == CameraResult.CHOOSE_FILE:
            self.choose_file()
        elif isinstance(outcome, bytes):
            photos, actor = self._ctx.services.person_photos, self._ctx.actor
            self._set(lambda person_id: photos.set_photo(
                actor=actor, person_id=person_id, image=outcome, source="camera"
            ))  # fmt: skip

    def choose_file(self) -> None:
        if self._person_id is None:
            return
        path = choose_photo_file(self)
        if path is not None:
            photos, actor = self._ctx.services.person_photos, self._ctx.actor
            self._set(
                lambda person_id: photos.set_photo_from_file(actor=actor, person_id=person_id, path=path)
            )

    def _set(self, set_photo: SetPhoto) -> None:
        person_id = self._person_id
        assert person_id is not None
        Operation(self._ctx, self, lambda _h: set_photo(person_id)).changes().inline(self.message).success(
            self._saved
        ).run()

    def _saved(self, photo: PersonPhoto) -> None:
        if photo.person_id != self._person_id:
            return  # saved for the person shown before; this one's photo is unchanged
        self._show(photo)
        show_text(self.message, self.tr("Photo saved; the next card printed carries it."), HINT_STYLE)

    def remove_photo(self) -> None:
        if self._person_id is None or not self.view.has_photo():
            return
        if not self._ctx.messages.confirm(
            self,
            self.tr("Remove photo"),
            self.tr("Remove this person's photo? Cards printed from now on show an empty photo box."),
            yes=self.tr("Remove"),
            no=self.tr("Cancel"),
        ):
            return
        photos, actor, person_id = self._ctx.services.person_photos, self._ctx.actor, self._person_id
        Operation(
            self._ctx, self, lambda _h: photos.remove(actor=actor, person_id=person_id)
        ).changes().inline(self.message).success(self._removed).run()

    def _removed(self, _nothing: None) -> None:
        self._show(None)
        show_text(self.message, self.tr("Photo removed."), HINT_STYLE)
