# mypy: disable-error-code="no-untyped-call"
"""Beranda's Jamsosnaker cards: this month's paid members and premium, and the members in progress, live."""

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.domain.formatting import format_rupiah
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.home_page import HomePage
from tangsel_desktop.ui.ui_context import UiContext
from tests.services.test_jamsos_service import activate, register

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_jamsosnaker_cards_follow_enrolments_and_activations(
    qtbot: QtBot, make_ctx: Callable[[Actor], UiContext], services: Services, supervisor: Actor
) -> None:
    ctx = make_ctx(supervisor)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: "jamsosnaker" in home.glances and not home.is_loading(), timeout=10_000)
    cards = home.program_cards["jamsosnaker"]
    assert [cards[key].value.text() for key in ("covered", "amount", "in_progress")] == ["0", "Rp0", "0"]
    today = date.today()
    assert cards["covered"].share.text() == YearMonth(today.year, today.month).label()

    for number in (1, 2):
        nik = register(services, supervisor, number)
        _member, summary = services.jamsos.enroll(actor=supervisor, nik=nik, occupation="nelayan")
        if number == 1:
            activate(services, supervisor, nik, YearMonth(2024, 1))
    ctx.bus.publish(summary)
    qtbot.waitUntil(lambda: cards["in_progress"].value.text() == "1", timeout=10_000)
    assert cards["covered"].value.text() == "1"
    assert cards["amount"].value.text() == format_rupiah(16_800)
    assert home.glances["jamsosnaker"].value("in_progress") == 1
    assert services.jamsos.member(actor=supervisor, nik=nik).status is MemberStatus.PROPOSED
