"""Cards name the programs a person is in, and Cetak can pick a program's members: Jamsosnaker for now."""

import subprocess
from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.jamsos_steps import four_eyes_step
from tests.services.test_jamsos_service import activate, register

LONG_AGO, FAR_AHEAD = YearMonth(2023, 1), YearMonth(2099, 1)


@pytest.fixture
def niks(services: Services, supervisor: Actor) -> dict[str, str]:
    """One person per situation: covered now, active from a later month, ended long ago, only submitted."""
    found = {}
    for number, situation in enumerate(("covered", "later", "ended", "submitted", "none"), start=1):
        nik = register(services, supervisor, number, full_name=f"Warga {situation}")
        found[situation] = nik
        if situation == "none":
            continue
        services.jamsos.enroll(actor=supervisor, nik=nik, occupation="pemulung")
        if situation == "submitted":
            for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
                four_eyes_step(services, nik, step, supervisor)
            continue
        activate(services, supervisor, nik, FAR_AHEAD if situation == "later" else LONG_AGO)
        if situation == "ended":
            services.jamsos.set_status(
                actor=supervisor,
                nik=nik,
                to=MemberStatus.ENDED,
                month=YearMonth(2024, 6),
                end_reason=EndReason.MOVED,
            )
    return found


def test_a_program_selection_is_the_members_covered_now_or_active_later(
    services: Services, operator: Actor, niks: dict[str, str]
) -> None:
    chosen = services.documents.people_for_cards(actor=operator, program="jamsosnaker")
    assert sorted(person.nik for person in chosen) == sorted([niks["covered"], niks["later"]])
    assert services.documents.people_for_cards(actor=operator, program="jamsosnaker", rw="099") == []
    with pytest.raises(UserError, match="tidak keduanya"):
        services.documents.people_for_cards(actor=operator, program="jamsosnaker", text="warga")


def test_the_card_names_the_program_of_a_member_only(
    services: Services, supervisor: Actor, niks: dict[str, str], tmp_path: Path
) -> None:
    people = {
        p.nik: p.id for p in services.documents.people_by_nik(actor=supervisor, niks=list(niks.values()))
    }
    for situation, expected in (("covered", True), ("ended", False), ("none", False)):
        target = tmp_path / f"{situation}.pdf"
        services.documents.print_cards(
            actor=supervisor, person_ids=[people[niks[situation]]], target=target, layout="cr80"
        )
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert ("Jamsosnaker" in text) is expected, situation


def test_a_program_is_known_by_code_or_label_and_an_unknown_one_lists_the_choices(
    services: Services,
) -> None:
    assert services.programs.parse(" JAMSOSNAKER ").code == "jamsosnaker"
    assert services.programs.parse("jamsosnaker (bpjs ketenagakerjaan)").code == "jamsosnaker"
    assert services.programs.parse("Sembako").code == "sembako"
    assert services.programs.parse("Pelatihan").code == "pelatihan"
    with pytest.raises(UserError, match=r"Pilihan: jamsosnaker \(.*\), sembako \(Sembako\), pelatihan"):
        services.programs.parse("beasiswa")
