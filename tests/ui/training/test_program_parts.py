# mypy: disable-error-code="no-untyped-call"
"""Pelatihan through the program seam: Beranda's running batches and follow-ups due, the person page's
trainings, Cetak's button."""

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.training.training_views import BatchView
from tangsel_desktop.ui.home_page import HomePage
from tangsel_desktop.ui.people.person_dialog import PersonDialog
from tangsel_desktop.ui.printing.print_page import PrintPage
from tangsel_desktop.ui.training.training_history import TrainingHistorySection
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.training_fixtures import ANI, JOKO, SITI

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def two_batches(services: Services, operator: Actor, supervisor: Actor, course: BatchView) -> BatchView:
    """Siti on the November batch (long over: follow-ups are not yet due) and Ani on an August batch (month
    3 due); a second batch running today with Joko."""
    people = services.training_participants
    people.enroll(actor=operator, batch_id=course.id, nik=SITI)
    people.select(actor=supervisor, batch_id=course.id, nik=SITI)
    early, _ = services.training_courses.add_batch(
        actor=supervisor, training_id=course.training.id, starts_on=date(2026, 8, 3),
        ends_on=date(2026, 8, 4), quota=5, place="Aula",
        sessions=[Session(date(2026, 8, 3), 12), Session(date(2026, 8, 4), 12)],
    )  # fmt: skip
    people.enroll(actor=operator, batch_id=early.id, nik=ANI)
    people.select(actor=supervisor, batch_id=early.id, nik=ANI)
    today = date.today()
    running, _ = services.training_courses.add_batch(
        actor=supervisor, training_id=course.training.id, starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1), quota=5, place="Aula",
        sessions=[Session(today + timedelta(days=shift), 8) for shift in (-1, 0, 1)],
    )  # fmt: skip
    people.enroll(actor=operator, batch_id=running.id, nik=JOKO)
    people.select(actor=supervisor, batch_id=running.id, nik=JOKO)
    return running


def test_beranda_counts_running_batches_and_follow_ups_due(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor, services: Services,
    two_batches: BatchView,
) -> None:  # fmt: skip
    ctx = make_ctx(operator)
    assert [parts.code for parts in ctx.programs] == ["jamsosnaker", "sembako", "pelatihan"]
    due = services.training_aftercare.follow_ups_due(actor=operator)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: "pelatihan" in home.glances and not home.is_loading(), timeout=10_000)
    cards = home.program_cards["pelatihan"]
    assert cards["running"].value.text() == "1"
    assert cards["follow_ups_due"].value.text() == str(len(due))
    assert any(d.nik == ANI for d in due)
    assert "Angkatan pelatihan yang berjalan" in cards["running"].caption.text()


def test_the_person_page_lists_the_persons_trainings(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], operator: Actor, services: Services,
    course: BatchView,
) -> None:  # fmt: skip
    services.training_participants.enroll(actor=operator, batch_id=course.id, nik=SITI)
    ctx = make_ctx(operator)
    siti = services.people.find_by_nik(actor=operator, nik=SITI)
    assert siti is not None
    dialog = PersonDialog(ctx, siti.id)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.program_sections["pelatihan"]
    assert isinstance(section, TrainingHistorySection)
    qtbot.waitUntil(lambda: len(section.entries) == 1 and section.isVisible(), timeout=10_000)
    title, outcome = section.entries[0]
    assert title == "Pelatihan Membuat Kue Angkatan 1 (02-11-2026 s.d. 04-11-2026)"
    assert outcome.startswith("diusulkan; 0 dari 24 JP")
    other = services.people.find_by_nik(actor=operator, nik=ANI)
    assert other is not None
    dialog.load_person(other.id)
    qtbot.waitUntil(lambda: section.trainings == [] and not section.isVisible(), timeout=10_000)
    dialog.close()


def test_cetak_offers_the_training_participants(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], supervisor: Actor, two_batches: BatchView
) -> None:
    page = PrintPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    selection = page.cards.selection
    button = selection.program_buttons["pelatihan"]
    assert button.text() == "Peserta pelat&ihan"
    button.click()
    qtbot.waitUntil(lambda: selection.chosen.rowCount() >= 1, timeout=10_000)
    assert JOKO in {person.nik for person in selection.chosen.rows}
