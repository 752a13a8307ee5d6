"""Panduan: the short user guide in the window (Bantuan menu, F1), read from resources/guide/*.md."""

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QTextBrowser, QWidget

from tangsel_desktop.paths import resources_dir
from tangsel_desktop.ui.widgets.form_widgets import app_icon

log = logging.getLogger(__name__)

# ![text](file.png) and <img src="file.png">: the pictures a page shows.
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]*\bsrc=\"([^\"]+)\"")


def guide_dir() -> Path:
    return resources_dir() / "guide"


@dataclass(frozen=True)
class GuidePage:
    """One page of the guide: its file (the name orders the pages) and its first heading."""

    path: Path
    title: str

    def images(self) -> list[Path]:
        text = self.path.read_text(encoding="utf-8")
        return [self.path.parent / (markdown or html) for markdown, html in _IMAGE.findall(text)]


def guide_pages(folder: Path | None = None) -> list[GuidePage]:
    """The pages in file-name order (00-..., 01-...), each titled by its first "# " line."""
    pages = []
    for path in sorted((folder or guide_dir()).glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        title = next((line[2:].strip() for line in lines if line.startswith("# ")), path.stem)
        pages.append(GuidePage(path, title))
    return pages


class GuideWindow(QWidget):
    """A window of its own beside the main one, so the clerk can read and work at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Tangsel Desktop"))
        self.setWindowIcon(app_icon())
        self.pages = guide_pages()
        self.topics = QListWidget(self)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setFixedWidth(250)
        self.topics.setSpacing(3)
        self.topics.addItems([page.title for page in self.pages])
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.sourceChanged.connect(self._follow_source)
        self.browser.sourceChanged.connect(lambda _url: self.fit_images())
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)
        self.topics.currentRowChanged.connect(self.show_page)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1200, 700)
        if self.pages:
            self.topics.setCurrentRow(0)
        else:
            log.warning("the guide has no pages in %s", guide_dir())
            self.browser.setPlainText(self.tr("The guide is missing from this installation."))

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            url = QUrl.fromLocalFile(str(self.pages[index].path))
            if self.browser.source() != url:
                self.browser.setSource(url)

    def show_topic(self, name: str) -> None:
        """Open the page whose file name contains `name` (e.g. "jamsosnaker")."""
        for index, page in enumerate(self.pages):
            if name in page.path.stem:
                self.topics.setCurrentRow(index)
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        """Shrink each screenshot to the reading width (never enlarge it), so no page scrolls sideways."""
        document = self.browser.document()
        available = self.browser.viewport().width() - 2 * int(document.documentMargin()) - 4
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                form = fragment.charFormat()
                if form.isImageFormat():
                    image = form.toImageFormat()
                    natural = _natural_width(document, image.name())
                    wanted = float(min(natural, max(available, 200)))
                    if natural and abs(image.width() - wanted) > 0.5:
                        image.setWidth(wanted)
                        image.clearProperty(QTextFormat.Property.ImageHeight)  # keeps the proportions
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image)
                fragments += 1
            block = block.next()

    def _follow_source(self, url: QUrl) -> None:
        # A link inside a page moves the topic list along with it.
        for index, page in enumerate(self.pages):
            if QUrl.fromLocalFile(str(page.path)) == url and self.topics.currentRow() != index:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(index)
                self.topics.blockSignals(False)


def _natural_width(document: QTextDocument, name: str) -> int:
    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(picture, QImage | QPixmap):
        return picture.width()
    return 0
