"""The desk's two boxes: the family found (with the listed person's photo), and who collects and signs."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from tangsel_desktop.domain.sembako.round_rules import Mark
from tangsel_desktop.services.sembako.sembako_views import RecipientView
from tangsel_desktop.ui.widgets.labels import plain_label
from tangsel_desktop.ui.widgets.person_photo_view import PersonPhotoView
from tangsel_desktop.ui.widgets.style import LOUD_TEXT_STYLE

# Small enough that the box is no taller than its six lines of text at 1366 x 768 (the desk's fields stay
# on screen), large enough to tell a face from a step away.
PHOTO_WIDTH = 108


class FamilyBox(QGroupBox):
    """The line of the list the clerk found, the name large enough to read from a step away, and the
    listed person's photo beside it so the clerk sees who should be standing at the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Family"))
        self.name_value = self._value(LOUD_TEXT_STYLE)
        self.nik_value = self._value()
        self.kk_value = self._value()
        self.address_value = self._value()
        self.category_value = self._value()
        self.package_value = self._value()
        self.photo = PersonPhotoView(self, width=PHOTO_WIDTH)
        self.photo.set_caption("")  # nobody shown yet: the empty box, no words
        grid = QFormLayout()
        grid.addRow(self.tr("Name:"), self.name_value)
        grid.addRow(self.tr("NIK:"), self.nik_value)
        grid.addRow(self.tr("No. KK:"), self.kk_value)
        grid.addRow(self.tr("Address:"), self.address_value)
        grid.addRow(self.tr("Category:"), self.category_value)
        grid.addRow(self.tr("Receives:"), self.package_value)
        row = QHBoxLayout(self)
        row.addLayout(grid, 1)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)

    def _value(self, style: str = "") -> QLabel:
        label = plain_label(self, style)
        label.setText("–")
        label.show()
        return label

    def show_line(self, line: RecipientView | None, photo: bytes | None = None) -> None:
        """Show this line of the list and its person's photo (JPEG bytes the lookup read), or clear both."""
        if line is None:
            self.photo.set_photo(None)
            self.photo.set_caption("")
            for label in (
                self.name_value,
                self.nik_value,
                self.kk_value,
                self.address_value,
                self.category_value,
            ):
                label.setText("–")
            return
        self.name_value.setText(line.full_name)
        self.nik_value.setText(line.nik)
        self.kk_value.setText(line.kk_number or "–")
        self.address_value.setText(f"{line.address}, RT {line.rt}/RW {line.rw}")
        self.category_value.setText(", ".join(category.label for category in line.categories))
        # Without a photo the box says so, so the clerk knows to take one later on the person's page.
        self.photo.set_caption(self.tr("No photo yet"))
        self.photo.set_photo(photo)


class CollectorBox(QGroupBox):
    """Empty proxy fields mean the beneficiary collects; every field has its Alt key for the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who collects"))
        self.proxy_name = QLineEdit(self)
        self.proxy_name.setPlaceholderText(self.tr("empty: the beneficiary collects"))
        self.proxy_nik = QLineEdit(self)
        self.proxy_nik.setMaxLength(16)
        self.proxy_nik.setPlaceholderText(self.tr("optional"))
        self.relation = QLineEdit(self)
        self.relation.setPlaceholderText(self.tr("e.g. child, neighbour, RT head"))
        self.signature = QRadioButton(self.tr("&Signature"), self)
        self.thumbprint = QRadioButton(self.tr("&Thumbprint"), self)
        self.signature.setChecked(True)
        self.marks = QButtonGroup(self)
        self.marks.addButton(self.signature)
        self.marks.addButton(self.thumbprint)
        marks = QHBoxLayout()
        marks.addWidget(self.signature)
        marks.addWidget(self.thumbprint)
        marks.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self._buddy(self.tr("Pro&xy's name:"), self.proxy_name), self.proxy_name)
        form.addRow(self._buddy(self.tr("Proxy's NI&K:"), self.proxy_nik), self.proxy_nik)
        form.addRow(self._buddy(self.tr("Re&lation:"), self.relation), self.relation)
        form.addRow(self.tr("Acknowledged by:"), marks)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def typed(self) -> tuple[str, str, str]:
        """The proxy's name, NIK and relation as typed (the domain checks them, on the worker)."""
        return self.proxy_name.text(), self.proxy_nik.text(), self.relation.text()

    def mark(self) -> Mark:
        return Mark.THUMBPRINT if self.thumbprint.isChecked() else Mark.SIGNATURE

    def reset(self) -> None:
        self.proxy_name.clear()
        self.proxy_nik.clear()
        self.relation.clear()
        self.signature.setChecked(True)
