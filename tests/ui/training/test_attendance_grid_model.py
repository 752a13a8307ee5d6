# mypy: disable-error-code="no-untyped-call"
"""A 40-person batch over 10 sessions: the attendance grid shows every mark from one service read.

Its speed is measured in tests/bench/bench_training.py, not here: timing stays out of the suite."""

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.training.participation import Mark
from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.services.actor import SYSTEM_ACTOR, Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.training.attendance_grid import AttendanceModel, AttendanceView
from tangsel_desktop.ui.ui_context import UiContext
from tests.conftest import make_draft

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
PEOPLE, SESSIONS = 40, 10


def test_a_40_by_10_grid_shows_every_mark_from_one_read(
    qtbot: QtBot,
    make_ctx: Callable[[Actor], UiContext],
    operator: Actor,
    supervisor: Actor,
    services: Services,
) -> None:
    niks = [f"367404570885{2000 + n:04d}" for n in range(PEOPLE)]
    for number in niks:
        draft = make_draft(
            nik=number, full_name=f"Peserta {number[-4:]}", kk_number="36740412031" + number[-5:]
        )
        services.people.register(actor=SYSTEM_ACTOR, draft=draft)
    first = date(2026, 11, 2)
    days = [first + timedelta(days=n) for n in range(SESSIONS)]
    training, _ = services.training_courses.add_training(
        actor=supervisor, name="Pelatihan Membuat Kue", kind="umum", total_jp=SESSIONS * 4, min_attendance=75
    )
    batch, _ = services.training_courses.add_batch(
        actor=supervisor, training_id=training.id, starts_on=days[0], ends_on=days[-1], quota=PEOPLE,
        place="Aula", sessions=[Session(day, 4) for day in days],
    )  # fmt: skip
    people, attendance = services.training_participants, services.training_attendance
    for number in niks:
        people.enroll(actor=operator, batch_id=batch.id, nik=number)
        people.select(actor=supervisor, batch_id=batch.id, nik=number)
    for number in niks[:5]:
        for day in days:
            attendance.attend(actor=operator, batch_id=batch.id, day=day, nik=number, mark=Mark.PRESENT)
    view = AttendanceView()
    qtbot.addWidget(view)
    model = AttendanceModel(view)
    view.setModel(model)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    model.set_grid(attendance.grid(actor=operator, batch_id=batch.id))
    view.repaint()
    assert model.rowCount() == PEOPLE
    assert model.columnCount() == 1 + SESSIONS + 2
    # Name order: the first five people (Peserta 2000 to 2004) were present at every session, nobody else.
    marks = [
        [model.data(model.index(row, 1 + column)) for column in range(SESSIONS)] for row in range(PEOPLE)
    ]
    assert marks[:5] == [["H"] * SESSIONS] * 5
    assert all(not any(row) for row in marks[5:])
