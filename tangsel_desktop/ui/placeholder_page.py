"""A plain page for an area this version does not have yet: what the area will do, in one sentence."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tangsel_desktop.ui.widgets.form_widgets import heading


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, self, size_delta=6)
        self.notice = QLabel(self.tr("This area is not available yet in this version."), self)
        self.notice.setWordWrap(True)
        self.description = QLabel(description, self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.description)
        # Long lines are hard to read on a wide screen.
        for label in (self.notice, self.description):
            label.setMaximumWidth(760)
        layout.addStretch(1)

    def text(self) -> str:
        return f"{self.notice.text()} {self.description.text()}"
