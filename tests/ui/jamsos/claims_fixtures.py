"""Fixtures of the death, claim and settings widgets: active members, and a preview that never opens."""

from pathlib import Path

import pytest

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.widgets import pdf_preview_dialog
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step
from tests.services import prepared_office

# The offscreen platform (tests only) has no window manager: no size hints, raise() or keyboard grab.
QT_OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
NIKS = ("3674045708850001", "3674045708850002")
JANUARY_2022 = YearMonth(2022, 1)


def active_member(services: Services, actor: Actor, index: int = 0, name: str = "Siti Aminah") -> MemberView:
    """A resident enrolled and stepped to active from January 2022 (KPJ 1234567890 and index + 1), with a
    rate from that month: no cover starts before the program's first rate."""
    if not any(rate.effective_from == JANUARY_2022 for rate in services.jamsos.rates()):
        admin = prepared_office.actor(services, "admin")
        services.jamsos.set_rate(actor=admin, effective_from=JANUARY_2022, jkk=10_000, jkm=6_800)
    nik = NIKS[index]
    services.people.register(actor=actor, draft=make_draft(nik=nik, full_name=name))
    services.jamsos.enroll(actor=actor, nik=nik, occupation="pemulung")
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
        four_eyes_step(services, nik, step, actor)
    member, _ = services.jamsos.set_status(
        actor=actor, nik=nik, to=MemberStatus.ACTIVE, kpj=f"1234567890{index + 1}", month=JANUARY_2022
    )
    return member


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The PDFs the widgets would show in the preview window, which the test does not open."""
    shown: list[Path] = []

    def show(_parent: object, path: Path, *, duplex: bool) -> None:
        assert not duplex
        shown.append(path)

    monkeypatch.setattr(pdf_preview_dialog, "show_preview", show)
    return shown
