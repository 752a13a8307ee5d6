"""Four eyes: whoever proposed a member does not verify them, whoever verified does not submit them."""

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft

NIK = "3674045708850001"


def exceptions(services: Services) -> list[tuple[str, str]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text(
                "SELECT entity_id, after_json FROM audit_log WHERE action = 'four_eyes_exception' ORDER BY id"
            )
        ).all()
    return [(str(row[0]), str(row[1])) for row in rows]


@pytest.fixture
def proposed(services: Services, supervisor: Actor) -> str:
    """A resident proposed by the supervisor."""
    services.people.register(actor=supervisor, draft=make_draft(nik=NIK))
    member, _ = services.jamsos.enroll(actor=supervisor, nik=NIK, occupation="pemulung")
    return member.id


def test_the_proposer_may_not_verify_and_the_verifier_may_not_submit(
    services: Services, supervisor: Actor, admin: Actor, proposed: str
) -> None:
    assert services.jamsos_settings.four_eyes() is True  # on by default
    with pytest.raises(UserError, match="Aturan empat mata: Anda sendiri yang mengusulkan Siti Aminah"):
        services.jamsos.set_status(actor=supervisor, nik=NIK, to=MemberStatus.VERIFIED)
    assert services.jamsos.member(actor=admin, nik=NIK).status is MemberStatus.PROPOSED
    services.jamsos.set_status(actor=admin, nik=NIK, to=MemberStatus.VERIFIED)
    with pytest.raises(UserError, match="Anda sendiri yang memverifikasi Siti Aminah, jadi pengguna lain"):
        services.jamsos.set_status(actor=admin, nik=NIK, to=MemberStatus.SUBMITTED)
    services.jamsos.set_status(actor=supervisor, nik=NIK, to=MemberStatus.SUBMITTED)
    assert services.jamsos.member(actor=admin, nik=NIK).status is MemberStatus.SUBMITTED
    assert exceptions(services) == []


def test_marking_the_bpjs_list_submitted_is_submitting_and_keeps_four_eyes(
    services: Services, supervisor: Actor, admin: Actor, proposed: str, tmp_path: Path
) -> None:
    services.jamsos.set_status(actor=admin, nik=NIK, to=MemberStatus.VERIFIED)
    with pytest.raises(UserError, match="Anda sendiri yang memverifikasi Siti Aminah"):
        services.bpjs.export_for_bpjs(
            actor=admin, target=tmp_path / "usulan.xlsx", month=YearMonth(2026, 1), mark_submitted=True
        )
    assert services.jamsos.member(actor=admin, nik=NIK).status is MemberStatus.VERIFIED
    assert not (tmp_path / "usulan.xlsx").exists()
    services.bpjs.export_for_bpjs(
        actor=supervisor, target=tmp_path / "usulan.xlsx", month=YearMonth(2026, 1), mark_submitted=True
    )
    assert services.jamsos.member(actor=admin, nik=NIK).status is MemberStatus.SUBMITTED


def test_a_one_person_office_turns_it_off_and_each_exception_is_audited(
    services: Services, supervisor: Actor, admin: Actor, proposed: str
) -> None:
    with pytest.raises(PermissionDenied):
        services.jamsos_settings.set_four_eyes(actor=supervisor, on=False)
    services.jamsos_settings.set_four_eyes(actor=admin, on=False)
    assert services.jamsos_settings.four_eyes() is False
    services.jamsos.set_status(actor=supervisor, nik=NIK, to=MemberStatus.VERIFIED)
    services.jamsos.set_status(actor=supervisor, nik=NIK, to=MemberStatus.SUBMITTED)
    found = exceptions(services)
    assert [member_id for member_id, _ in found] == [proposed, proposed]
    assert [json.loads(after) for _, after in found] == [
        {"step": "verified", "also_took": "proposed", "user": "spv"},
        {"step": "submitted", "also_took": "verified", "user": "spv"},
    ]
