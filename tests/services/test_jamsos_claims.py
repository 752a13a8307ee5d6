"""Deaths and claims on a real store: one transaction ends the membership and opens the claim, refusals."""

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.claim_rules import DEFAULT_WHERE_TO_GO, ClaimStage
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tests.services.prepared_office import actor
from tests.services.test_jamsos_service import activate, register

JAN_2022 = YearMonth(2022, 1)


def active_member(services: Services, operator: Actor, supervisor: Actor, number: int = 1) -> str:
    """A member active from January 2022, with a rate from that month: no cover starts before the first."""
    if not any(rate.effective_from == JAN_2022 for rate in services.jamsos.rates()):
        services.jamsos.set_rate(
            actor=actor(services, "admin"), effective_from=JAN_2022, jkk=10_000, jkm=6_800
        )
    nik = register(services, operator, number)
    services.jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")
    activate(services, supervisor, nik, JAN_2022)
    return nik


def counts(services: Services) -> tuple[int, int, int, int]:
    with services.database.read() as tx:
        return tuple(
            tx.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("jamsos_claim", "jamsos_claim_note", "jamsos_status_event", "audit_log")
        )


def audit_actions(services: Services, entity: str) -> list[tuple[str, dict[str, object]]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT action, after_json FROM audit_log WHERE entity = :entity ORDER BY id"),
            {"entity": entity},
        ).all()
    return [(row[0], json.loads(row[1])) for row in rows]


def test_a_death_ends_the_membership_and_opens_the_claim_in_one_transaction(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    nik = active_member(services, operator, supervisor)
    claim, changed = services.jamsos_claims.record_death(
        actor=supervisor,
        nik=nik,
        died_on=date(2025, 3, 14),
        heir_name="Budi <Santoso> & =SUM(A1)",
        heir_relation=" suami ",
        heir_phone="0812-3456-7890",
    )
    assert changed.touches(ChangeSummary.JAMSOS)
    member = claim.member
    assert (member.status, member.end_reason, member.first_month, member.last_month) == (
        MemberStatus.ENDED,
        "died",
        "2022-01",
        "2025-03",
    )
    assert (claim.heir_name, claim.heir_relation) == ("Budi <Santoso> & =SUM(A1)", "suami")
    assert (claim.benefits.months, claim.benefits.scholarship, claim.benefits.jkk) == (39, True, 0)
    assert [note.stage for note in claim.notes] == [ClaimStage.CHECKLIST_GIVEN]
    assert claim.notes[0].by == "spv"
    with services.database.read() as tx:
        event = tx.session.execute(
            text("SELECT from_status, to_status, month FROM jamsos_status_event ORDER BY id DESC LIMIT 1")
        ).one()
    assert tuple(event) == ("active", "ended", "2025-03")
    status_audit = [after for action, after in audit_actions(services, "jamsos_member") if action == "status"]
    assert status_audit[-1]["died_on"] == "2025-03-14"
    assert status_audit[-1]["end_reason"] == "died"
    assert audit_actions(services, "jamsos_claim")[0][0] == "create"
    assert services.jamsos_claims.claim(actor=operator, nik=nik) == claim


def test_the_recap_after_a_death_counts_up_to_the_last_month(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    nik = active_member(services, operator, supervisor)
    active_member(services, operator, supervisor, 2)
    services.jamsos_claims.record_death(
        actor=supervisor, nik=nik, died_on=date(2025, 3, 31), last_month=YearMonth(2025, 4)
    )
    april = services.jamsos.recap(actor=operator, month=YearMonth(2025, 4))
    may = services.jamsos.recap(actor=operator, month=YearMonth(2025, 5))
    assert (april.members, april.amount) == (2, 2 * 16_800)
    assert (may.members, may.amount) == (1, 16_800)
    assert may.year_to_date == 4 * 2 * 16_800 + 16_800


def test_a_work_accident_and_a_short_membership(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    nik = register(services, operator, 3)
    services.jamsos.enroll(actor=operator, nik=nik, occupation="ojek pangkalan", declared_income=1_500_000)
    activate(services, supervisor, nik, YearMonth(2024, 1))
    claim, _ = services.jamsos_claims.record_death(
        actor=supervisor, nik=nik, died_on=date(2026, 1, 5), work_accident=True
    )
    assert (claim.benefits.months, claim.benefits.scholarship) == (25, False)
    assert claim.benefits.jkk == 72_000_000


@pytest.mark.parametrize(
    ("died_on", "last_month", "message"),
    [
        (date.today() + timedelta(days=1), None, "sesudah hari ini"),
        (date(2021, 12, 31), None, "sebelum bulan pertama"),
        (date(2025, 3, 14), YearMonth(2025, 2), "sebelum bulan meninggal"),
    ],
)
def test_dates_outside_the_cover_are_refused_and_nothing_changes(
    services: Services,
    operator: Actor,
    supervisor: Actor,
    died_on: date,
    last_month: YearMonth | None,
    message: str,
) -> None:
    nik = active_member(services, operator, supervisor)
    before = counts(services)
    with pytest.raises(UserError, match=message):
        services.jamsos_claims.record_death(actor=supervisor, nik=nik, died_on=died_on, last_month=last_month)
    assert counts(services) == before
    assert services.jamsos.member(actor=operator, nik=nik).status is MemberStatus.ACTIVE


def test_members_without_cover_or_already_ended_are_refused(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    proposed = register(services, operator, 4)
    services.jamsos.enroll(actor=operator, nik=proposed, occupation="nelayan")
    with pytest.raises(UserError, match="belum ditanggung BPJS"):
        services.jamsos_claims.record_death(actor=supervisor, nik=proposed, died_on=date(2025, 1, 1))
    services.jamsos.set_status(actor=supervisor, nik=proposed, to=MemberStatus.VERIFIED)
    with pytest.raises(UserError, match="diverifikasi"):
        services.jamsos_claims.record_death(actor=supervisor, nik=proposed, died_on=date(2025, 1, 1))

    moved = active_member(services, operator, supervisor, 5)
    services.jamsos.set_status(
        actor=supervisor,
        nik=moved,
        to=MemberStatus.ENDED,
        month=YearMonth(2024, 6),
        end_reason=EndReason.MOVED,
    )
    with pytest.raises(UserError, match="sudah berhenti"):
        services.jamsos_claims.record_death(actor=supervisor, nik=moved, died_on=date(2025, 1, 1))

    died = active_member(services, operator, supervisor, 6)
    services.jamsos_claims.record_death(actor=supervisor, nik=died, died_on=date(2025, 1, 1))
    with pytest.raises(UserError, match="sudah dicatat"):
        services.jamsos_claims.record_death(actor=supervisor, nik=died, died_on=date(2025, 1, 1))
    assert counts(services)[0] == 1


def test_roles_and_bad_heir_details(services: Services, operator: Actor, supervisor: Actor) -> None:
    nik = active_member(services, operator, supervisor)
    with pytest.raises(PermissionDenied):
        services.jamsos_claims.record_death(actor=operator, nik=nik, died_on=date(2025, 1, 1))
    with pytest.raises(UserError, match="telepon"):
        services.jamsos_claims.record_death(
            actor=supervisor, nik=nik, died_on=date(2025, 1, 1), heir_phone="besok"
        )
    with pytest.raises(UserError, match="terlalu panjang"):
        services.jamsos_claims.record_death(
            actor=supervisor, nik=nik, died_on=date(2025, 1, 1), heir_name="A" * 151
        )
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.jamsos_claims.record_death(actor=supervisor, nik="367404570885009", died_on=date(2025, 1, 1))
    assert services.jamsos_claims.claim(actor=operator, nik=nik) is None
    with pytest.raises(UserError, match="Belum ada kematian"):
        services.jamsos_claims.add_note(actor=operator, nik=nik, stage=ClaimStage.SUBMITTED)


def test_notes_are_added_by_operators_and_paid_or_refused_need_words(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    nik = active_member(services, operator, supervisor)
    claim, _ = services.jamsos_claims.record_death(actor=supervisor, nik=nik, died_on=date(2025, 3, 1))
    with pytest.raises(UserError, match="jumlah yang dibayar"):
        services.jamsos_claims.add_note(actor=operator, member_id=claim.member.id, stage=ClaimStage.PAID)
    with pytest.raises(UserError, match="alasan penolakan"):
        services.jamsos_claims.add_note(
            actor=operator, member_id=claim.member.id, stage=ClaimStage.REFUSED, note=" "
        )
    with pytest.raises(UserError, match="terlalu panjang"):
        services.jamsos_claims.add_note(actor=operator, nik=nik, stage=ClaimStage.SUBMITTED, note="x" * 1001)
    services.jamsos_claims.add_note(actor=operator, nik=nik, stage=ClaimStage.SUBMITTED, note="KC Serpong")
    claim, _ = services.jamsos_claims.add_note(
        actor=operator, nik=nik, stage=ClaimStage.PAID, note="Rp42.000.000 diterima 2 Mei"
    )
    assert [note.stage for note in claim.notes] == [
        ClaimStage.CHECKLIST_GIVEN,
        ClaimStage.SUBMITTED,
        ClaimStage.PAID,
    ]
    assert claim.stage is ClaimStage.PAID
    assert claim.notes[-1].by == "ops"
    assert [action for action, _ in audit_actions(services, "jamsos_claim")] == ["create", "note", "note"]


def test_the_checklist_pdf_masks_the_nik_and_is_audited(
    services: Services, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    nik = active_member(services, operator, supervisor)
    with pytest.raises(UserError, match="Belum ada kematian"):
        services.jamsos_claims.checklist(actor=operator, nik=nik, target=tmp_path / "x.pdf")
    services.jamsos_claims.record_death(
        actor=supervisor, nik=nik, died_on=date(2025, 3, 1), heir_name="Ibu <A>"
    )
    target = services.jamsos_claims.checklist(actor=operator, nik=nik, target=tmp_path / "daftar.pdf")
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert nik not in words
    assert nik[-4:] in words
    assert "Ibu <A>" in words
    assert "Rp42.000.000" in words
    assert DEFAULT_WHERE_TO_GO.split(",")[0] in words
    assert audit_actions(services, "jamsos_claim")[-1] == ("print", {"document": "checklist"})


def test_settings_occupations_and_where_to_go(services: Services, admin: Actor, supervisor: Actor) -> None:
    settings = services.jamsos_settings
    with pytest.raises(PermissionDenied):
        settings.set_occupations(actor=supervisor, occupations=["pemulung"])
    for bad, message in (
        ([], "tidak boleh kosong"),
        (["pemulung", "  "], "kosong"),
        (["Pemulung", "pemulung "], "dua kali"),
        (["x" * 101], "terlalu panjang"),
    ):
        with pytest.raises(UserError, match=message):
            settings.set_occupations(actor=admin, occupations=bad)
    assert "nelayan" in settings.occupations()
    changed = settings.set_occupations(actor=admin, occupations=["  tukang   sapu ", "=pemulung", "nelayan"])
    assert changed.touches(ChangeSummary.JAMSOS)
    assert (
        settings.occupations()
        == services.jamsos_settings.occupations()
        == ["tukang sapu", "=pemulung", "nelayan"]
    )
    assert not settings.set_occupations(actor=admin, occupations=["tukang sapu", "=pemulung", "nelayan"])
    assert settings.where_to_go() == DEFAULT_WHERE_TO_GO
    with pytest.raises(PermissionDenied):
        settings.set_where_to_go(actor=supervisor, text="KC Serpong")
    settings.set_where_to_go(actor=admin, text=" KC BPJS Serpong, Jl. ... ")
    assert settings.where_to_go() == "KC BPJS Serpong, Jl. ..."
    entries = audit_actions(services, "jamsos_setting")
    assert [after["value"] for _, after in entries][-1] == "KC BPJS Serpong, Jl. ..."
