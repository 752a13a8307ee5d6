"""The Pelatihan area on a real store: the small kelurahan of the training tests and a cake-making batch."""

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.training.training_rules import Eligibility, Session
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.training.training_page import TrainingPage
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.training_fixtures import build_residents

WIDTH, HEIGHT = 1366, 768
DAYS = (date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4))


@pytest.fixture
def residents(services: Services) -> None:
    build_residents(services)


@pytest.fixture
def course(services: Services, supervisor: Actor, residents: None) -> BatchView:
    """Pelatihan Membuat Kue (umum, 24 JP, 75% minimum, desil 1-4), batch 1: three November days, quota 2."""
    training, _ = services.training_courses.add_training(
        actor=supervisor, name="Pelatihan Membuat Kue", kind="umum", total_jp=24, min_attendance=75,
        eligibility=Eligibility(max_desil=4),
    )  # fmt: skip
    batch, _ = services.training_courses.add_batch(
        actor=supervisor, training_id=training.id, starts_on=DAYS[0], ends_on=DAYS[-1], quota=2,
        place="Aula Kelurahan Sawah", sessions=[Session(day, 8) for day in DAYS],
        organiser="Dinas Sosial", trainers="Bu Rini", signatory_name="Drs. Ahmad",
        signatory_position="Kepala Dinas Sosial", signatory_nip="196801011990031001",
    )  # fmt: skip
    return batch


@pytest.fixture
def open_page(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext]
) -> Iterator[Callable[[Actor], TrainingPage]]:
    pages: list[TrainingPage] = []

    def open_for(actor: Actor) -> TrainingPage:
        page = TrainingPage(make_ctx(actor))
        qtbot.addWidget(page)
        page.resize(WIDTH - 200, HEIGHT - 60)  # the window's navigation and status bar take the rest
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: not page.chooser.loading, timeout=10_000)
        pages.append(page)
        return page

    yield open_for
    for page in pages:
        for tab in (page.attendance_tab, page.outcomes_tab, page.aftercare_tab):
            if tab.preview is not None:
                tab.preview.reject()
