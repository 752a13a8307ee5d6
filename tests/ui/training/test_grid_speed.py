# mypy: disable-error-code="no-untyped-call"
"""A 40-person batch over 10 sessions: its attendance grid opens fast (one service read, a light model)."""

import time
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
BUDGET_MS = 200


def test_a_40_by_10_grid_opens_within_the_budget(
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
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        grid = attendance.grid(actor=operator, batch_id=batch.id)
        model.set_grid(grid)
        view.repaint()
        timings.append((time.perf_counter() - started) * 1000)
    assert model.rowCount() == PEOPLE
    assert model.columnCount() == 1 + SESSIONS + 2
    assert model.data(model.index(0, 1)) in ("H", "")
    best = min(timings)
    print(f"40 x 10 grid: read + model + paint {best:.1f} ms (best of 3: {[round(t) for t in timings]})")
    assert best < BUDGET_MS
