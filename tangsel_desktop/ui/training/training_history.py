"""On the person page: the person's trainings (batch, dates, status, JP, certificate, result, kit, work)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.training.person_trainings import TrainingOfPerson
from tangsel_desktop.ui.operations import Operation
from tangsel_desktop.ui.person_sections import PersonSection
from tangsel_desktop.ui.ui_context import UiContext
from tangsel_desktop.ui.widgets.labels import plain_label, show_text
from tangsel_desktop.ui.widgets.style import BOLD_STYLE, ERROR_STYLE, HINT_STYLE

LOGO_SIZE = 64


class TrainingHistorySection(PersonSection):
    """One short paragraph per batch (the person page gives a narrow column), and the brand's logo."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        self._ctx = ctx
        self.trainings: list[TrainingOfPerson] = []
        self.entries: list[tuple[str, str]] = []  # (batch, what became of it), as shown
        self.logos: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self.message = plain_label(self, HINT_STYLE)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._parts: list[QWidget] = []

    def show_person(self, person_id: str) -> None:
        history, actor = self._ctx.services.training_history, self._ctx.actor
        Operation(self._ctx, self, lambda _h: history.of_person(actor=actor, person_id=person_id)).success(
            self._show
        ).failure(self._failed).latest("person").run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_text(self.message, error.message, ERROR_STYLE)
        self.has_content.emit(False)

    def _outcome(self, entry: TrainingOfPerson) -> str:
        parts = [
            self.tr("{status}; {jp} of {total} JP").format(
                status=entry.status.label, jp=entry.attended_jp, total=entry.total_jp
            )
        ]
        if entry.certificate:
            parts.append(self.tr("certificate {number}").format(number=entry.certificate))
        if entry.result is not None:
            parts.append(entry.result.label)
        if entry.kit_items:
            parts.append(self.tr("kit: {items}").format(items=", ".join(entry.kit_items)))
        if entry.brand_name:
            parts.append(self.tr("brand {brand}").format(brand=entry.brand_name))
        if entry.internship:
            parts.append(self.tr("internship"))
        if entry.working:
            parts.append(self.tr("working"))
        return "; ".join(parts) + "."

    def _show(self, trainings: list[TrainingOfPerson]) -> None:
        for part in self._parts:
            part.deleteLater()
        self._parts, self.logos = [], []
        self.trainings = list(trainings)
        self.entries = [
            (f"{t.batch_name} ({t.starts_on:%d-%m-%Y} s.d. {t.ends_on:%d-%m-%Y})", self._outcome(t))
            for t in self.trainings
        ]
        for (title, outcome), entry in zip(self.entries, self.trainings, strict=True):
            heading = plain_label(self, BOLD_STYLE)
            show_text(heading, title)
            body = plain_label(self)
            show_text(body, outcome)
            shown: list[QWidget] = [heading, body]
            picture = QPixmap()
            if entry.logo and picture.loadFromData(entry.logo):
                logo = QLabel(self)
                logo.setPixmap(
                    picture.scaled(
                        LOGO_SIZE, LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )  # fmt: skip
                self.logos.append(logo)
                shown.append(logo)
            for part in shown:
                self._layout.insertWidget(self._layout.count() - 1, part)
                self._parts.append(part)
        show_text(self.message, "" if self.trainings else self.tr("In no training."))
        self.has_content.emit(bool(self.trainings))
