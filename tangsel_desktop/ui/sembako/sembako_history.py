"""On the person page: what the family received from sembako rounds (round, date, by whom, receipt)."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.sembako.person_history import RoundOfPerson
from tangsel_desktop.services.sembako.sembako_views import HandoverView
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, ERROR_STYLE, HINT_STYLE


class SembakoHistorySection(PersonSection):
    """One short paragraph per round that lists the family: collected when, by whom, which receipt.

    Paragraphs, not a table: the person page gives the section a narrow column, and a sentence wraps."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sembako"))
        self._ctx = ctx
        self.rounds: list[RoundOfPerson] = []
        self.entries: list[tuple[str, str]] = []  # (round, what became of it), as shown
        self._layout = QVBoxLayout(self)
        self.message = plain_label(self, HINT_STYLE)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._parts: list[QWidget] = []

    def show_person(self, person_id: str) -> None:
        history, actor = self._ctx.services.sembako_history, self._ctx.actor
        Operation(self._ctx, self, lambda _h: history.of_person(actor=actor, person_id=person_id)).success(
            self._show
        ).failure(self._failed).latest("person").run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
        self.has_content.emit(False)

    def _collected(self, handed: HandoverView) -> str:
        who = (
            self.tr("{proxy} ({relation}) for the family").format(
                proxy=handed.proxy_name, relation=handed.proxy_relation
            )
            if handed.by_proxy
            else handed.full_name
        )
        return self.tr("Received {when} by {who}; clerk {clerk}; receipt {receipt}.").format(
            when=format_datetime(handed.handed_at),
            who=who,
            clerk=handed.clerk_name,
            receipt=handed.receipt_number,
        )

    def _outcome(self, entry: RoundOfPerson) -> str:
        handed = entry.collected
        text = (
            self._collected(handed)
            if handed is not None
            else self.tr("Not collected (round {status}).").format(status=entry.status.label)
        )
        for voided in (h for h in entry.handovers if h.voided_at is not None):
            text += " " + self.tr("Receipt {number} void: {reason}.").format(
                number=voided.receipt_number, reason=voided.void_reason
            )
        return text

    def _show(self, rounds: list[RoundOfPerson]) -> None:
        for part in self._parts:
            part.deleteLater()
        self._parts = []
        self.rounds = list(rounds)
        self.entries = [(f"{e.round_name} ({e.month})", self._outcome(e)) for e in self.rounds]
        for title, outcome in self.entries:
            heading = plain_label(self, BOLD_STYLE)
            show_text(heading, title)
            body = plain_label(self)
            show_text(body, outcome)
            for part in (heading, body):
                self._layout.insertWidget(self._layout.count() - 1, part)
                self._parts.append(part)
        show_text(self.message, "" if self.rounds else self.tr("On no sembako list."))
        self.has_content.emit(bool(self.rounds))
