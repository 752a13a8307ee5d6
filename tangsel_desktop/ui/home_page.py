"""Beranda: live counts of people and households and each program this month, refreshed on changes."""

import logging
from datetime import date, datetime

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count, format_long_date, format_rupiah
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.dashboard_service import DashboardCounts
from tangsel_desktop.services.programs import Glance
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.bar_list import BarList
from tangsel_desktop.ui.widgets.form_widgets import heading, muted
from tangsel_desktop.ui.widgets.style import ACCENT_TEXT_STYLE, CARD_STYLE

log = logging.getLogger(__name__)


class StatCard(QFrame):
    """One number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.value = heading("–", self, size_delta=10)
        self.value.setStyleSheet(ACCENT_TEXT_STYLE)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.share = muted("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.share)

    def set_value(self, value: int, share: str = "") -> None:
        self.set_text(format_count(value), share)

    def set_text(self, value: str, share: str = "") -> None:
        self.value.setText(value)
        self.share.setText(share)


class HomePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._loading = False
        self._again = False
        self._stale = True
        self.counts: DashboardCounts | None = None
        self.glances: dict[str, Glance] = {}  # by program code, once loaded

        self.cards = {
            "people": StatCard(self.tr("Residents"), self),
            "households": StatCard(self.tr("Families (KK)"), self),
            "women": StatCard(self.tr("Women"), self),
            "men": StatCard(self.tr("Men"), self),
            "with_disability": StatCard(self.tr("People with a disability"), self),
            "in_desil_1_to_4": StatCard(self.tr("In DTSEN decile 1–4"), self),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for position, card in enumerate(self.cards.values()):
            grid.addWidget(card, position // 3, position % 3)
        # Each program's section, as its parts in app.py describe it: a card per figure, in one row.
        self.program_cards: dict[str, dict[str, StatCard]] = {}
        program_sections: list[tuple[str, QGridLayout]] = []
        for parts in ctx.programs:
            if parts.home is None:
                continue
            cards = {key: StatCard(caption(), self) for key, caption in parts.home.captions.items()}
            self.program_cards[parts.code] = cards
            program_grid = QGridLayout()
            program_grid.setSpacing(12)
            for position, card in enumerate(cards.values()):
                program_grid.addWidget(card, 0, position)
            program_sections.append((parts.home.title(), program_grid))

        self.bars = BarList(self)
        self.no_people = muted(self.tr("No residents registered yet."), self)
        self.status = muted("", self)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Home"), content, size_delta=6))
        layout.addWidget(muted(f"{ctx.office.name} · {format_long_date(date.today())}", content))
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(10)
        for title, program_grid in program_sections:
            layout.addWidget(heading(title, content, size_delta=2))
            layout.addLayout(program_grid)
            layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Residents per kelurahan"), content, size_delta=2))
        layout.addWidget(self.bars)
        layout.addWidget(self.no_people)
        layout.addStretch(1)
        layout.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.no_people.setVisible(False)

        ctx.bus.changed.connect(self._on_change)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_change(self, summary: ChangeSummary) -> None:
        watched = ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD | self._ctx.services.programs.changes
        if summary.touches(watched):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Load the counts off the GUI thread; a change during a load asks for one more load."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        self.status.setText(self.tr("Loading…"))
        dashboard, actor = self._ctx.services.dashboard, self._ctx.actor
        handle = self._ctx.runner.start(
            lambda _h: (dashboard.counts(actor=actor), dashboard.programs(actor=actor))
        )
        handle.signals.finished.connect(self._loaded)
        handle.signals.failed.connect(self._failed)

    def _loaded(self, answer: tuple[DashboardCounts, tuple[Glance, ...]]) -> None:
        counts, glances = answer
        self.counts = counts
        self.glances = {glance.program: glance for glance in glances}
        for glance in glances:
            cards = self.program_cards.get(glance.program, {})
            for figure in glance.figures:
                card = cards.get(figure.key)
                if card is None:
                    continue
                value = format_rupiah(figure.value) if figure.money else format_count(figure.value)
                card.set_text(value, glance.month.label() if figure.of_month else "")
        for key, card in self.cards.items():
            value = getattr(counts, key)
            share = ""
            if key not in ("people", "households") and counts.people:
                share = self.tr("%1% of residents").replace("%1", str(round(100 * value / counts.people)))
            card.set_value(value, share)
        self.bars.set_rows(counts.by_kelurahan)
        self.bars.setVisible(bool(counts.by_kelurahan))
        self.no_people.setVisible(not counts.by_kelurahan)
        self.status.setText(self.tr("Updated at %1").replace("%1", datetime.now().strftime("%H.%M")))
        self._finish_load()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(
            error.message if isinstance(error, UserError) else self.tr("The counts could not be loaded.")
        )
        self._finish_load()

    def _finish_load(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def is_loading(self) -> bool:
        return self._loading
