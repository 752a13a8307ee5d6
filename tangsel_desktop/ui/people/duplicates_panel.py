"""While a new person is typed: people already registered who may be the same one, each with "Open"."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.people.people_views import DuplicateCandidate
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import HINT_STYLE

# More than a handful means the name is common, not that they are all twins.
MAX_SHOWN = 8


class DuplicatesPanel(QGroupBox):
    """Possible twins of the person being typed: same NIK, or a close name born the same day."""

    open_requested = Signal(str)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Possible duplicates"), parent)
        self._rows: list[QWidget] = []
        self._candidates: list[DuplicateCandidate] = []
        layout = QVBoxLayout(self)
        self._empty = plain_label(self, HINT_STYLE)
        show_text(
            self._empty,
            self.tr(
                "No registered person looks like this one so far. The check runs as you "
                "type the NIK, the name and the date of birth."
            ),
        )
        layout.addWidget(self._empty)
        self._list = QVBoxLayout()
        layout.addLayout(self._list)
        layout.addStretch(1)

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        return list(self._candidates)

    def open_buttons(self) -> list[QPushButton]:
        return [row.findChild(QPushButton) for row in self._rows]  # type: ignore[misc]

    def set_candidates(self, candidates: Sequence[DuplicateCandidate]) -> None:
        for row in self._rows:
            self._list.removeWidget(row)
            row.deleteLater()
        self._rows = []
        self._candidates = list(candidates[:MAX_SHOWN])
        for candidate in self._candidates:
            row = self._row(candidate)
            self._list.addWidget(row)
            self._rows.append(row)
        self._empty.setVisible(not self._candidates)

    def _row(self, candidate: DuplicateCandidate) -> QWidget:
        row = QFrame(self)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 4, 6, 4)
        text = plain_label(row)
        show_text(
            text,
            self.tr("{name}\nNIK {nik} · born {date}\n{kelurahan} · {reason}").format(
                name=candidate.full_name,
                nik=candidate.nik,
                date=format_date(candidate.birth_date),
                kelurahan=kelurahan_name(candidate.kelurahan_code),
                reason=candidate.reason,
            ),
        )
        layout.addWidget(text, 1)
        button = QPushButton(self.tr("Open"), row)
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Open this registered person instead of adding a new one"))
        button.clicked.connect(lambda: self.open_requested.emit(candidate.id))
        layout.addWidget(button)
        return row
