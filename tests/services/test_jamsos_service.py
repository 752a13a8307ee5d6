"""The Jamsosnaker service on a real store: roles, eligibility, overrides, the lifecycle, rates, recap."""

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import (
    Coverage,
    EligibilityRules,
    EndReason,
    MemberStatus,
    amount_due,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.membership_service import JamsosService
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step

JAN, JUL, DEC = YearMonth(2025, 1), YearMonth(2025, 7), YearMonth(2025, 12)


def register(services: Services, actor: Actor, number: int, **overrides: object) -> str:
    values: dict[str, object] = {"nik": f"36740457088500{number:02d}", "full_name": f"Warga {number}"}
    values.update(overrides)
    services.people.register(actor=actor, draft=make_draft(**values))
    return str(values["nik"])


def audit_rows(services: Services, action: str) -> list[dict[str, object]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT after_json FROM audit_log WHERE action = :action ORDER BY id"), {"action": action}
        ).all()
    return [json.loads(row[0]) for row in rows]


def activate(services: Services, supervisor: Actor, nik: str, first: YearMonth) -> None:
    """Verified, submitted (four eyes: by someone other than the step before) and active from first."""
    jamsos = services.jamsos
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
        four_eyes_step(services, nik, step, supervisor)
    jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj=f"2500000{nik[-4:]}", month=first
    )


def test_an_eligible_resident_is_proposed_with_an_event_and_an_audit_entry(
    services: Services, operator: Actor
) -> None:
    nik = register(services, operator, 1)
    member, changed = services.jamsos.enroll(actor=operator, nik=nik, occupation="  Pemulung ")
    assert (member.status, member.status_label, member.occupation) == (
        MemberStatus.PROPOSED,
        "diusulkan",
        "Pemulung",
    )
    assert member.declared_income == 1_000_000
    assert changed.touches(ChangeSummary.JAMSOS)
    assert audit_rows(services, "enroll")[0]["problems"] == []
    with pytest.raises(UserError, match="Sudah terdaftar"):
        services.jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")


def test_a_second_running_membership_is_refused_even_with_a_supervisors_reason(
    services: Services, supervisor: Actor
) -> None:
    nik = register(services, supervisor, 1)
    services.jamsos.enroll(actor=supervisor, nik=nik, occupation="pemulung")
    with pytest.raises(UserError, match=r"Sudah terdaftar.*juga dengan alasan pengecualian"):
        services.jamsos.enroll(
            actor=supervisor, nik=nik, occupation="pemulung", override_reason="Pindah kembali"
        )
    assert [row["problems"] for row in audit_rows(services, "enroll")] == [[]]
    person_id = services.jamsos.member(actor=supervisor, nik=nik).person_id
    assert len(services.jamsos_listing.history(actor=supervisor, person_id=person_id)) == 1


def test_an_ineligible_resident_is_refused_with_every_reason_unless_a_supervisor_overrides(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    nik = register(services, operator, 2, desil="7", birth_date="2012-01-01", nik="3674040101120002")
    with pytest.raises(UserError) as refused:
        services.jamsos.enroll(actor=operator, nik="3674040101120002", occupation="nelayan")
    assert "Desil 7" in str(refused.value)
    assert "di bawah batas minimal 18" in str(refused.value)
    with pytest.raises(PermissionDenied):
        services.jamsos.enroll(actor=operator, nik=nik, occupation="nelayan", override_reason="kebijakan")
    member, _ = services.jamsos.enroll(
        actor=supervisor, nik=nik, occupation="nelayan", override_reason="Keputusan Kadis"
    )
    assert member.status is MemberStatus.PROPOSED
    entry = audit_rows(services, "enroll")[0]
    assert entry["override_reason"] == "Keputusan Kadis"
    assert len(entry["problems"]) == 2  # type: ignore[arg-type]
    with services.database.read() as tx:
        event = tx.session.execute(text("SELECT reason, override FROM jamsos_status_event")).one()
    assert tuple(event) == ("Keputusan Kadis", 1)


def test_unknown_nik_is_a_user_error(services: Services, operator: Actor) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.jamsos.enroll(actor=operator, nik="3674040101800009", occupation="pemulung")


@pytest.mark.parametrize(("typed", "count"), [("367404570885001", 15), ("3674.0457.0885.00012", 17)])
def test_a_nik_of_the_wrong_length_says_how_many_digits_were_typed(
    services: Services, supervisor: Actor, typed: str, count: int
) -> None:
    register(services, supervisor, 1)
    services.jamsos.enroll(actor=supervisor, nik="3674045708850001", occupation="pemulung")
    expected = f"NIK harus 16 angka, yang diisi {count} angka"
    with pytest.raises(UserError, match=expected):
        services.jamsos.enroll(actor=supervisor, nik=typed, occupation="pemulung")
    with pytest.raises(UserError, match=expected):
        services.jamsos.set_status(actor=supervisor, nik=typed, to=MemberStatus.VERIFIED)
    with pytest.raises(UserError, match=expected):
        services.jamsos_claims.claim(actor=supervisor, nik=typed)


def test_rules_are_stored_and_only_an_administrator_changes_them(
    services: Services, admin: Actor, supervisor: Actor, operator: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.jamsos_settings.set_rules(actor=supervisor, rules=EligibilityRules(max_desil=5))
    services.jamsos_settings.set_rules(actor=admin, rules=EligibilityRules(max_desil=7))
    assert services.jamsos_settings.rules().max_desil == 7
    nik = register(services, operator, 3, desil="7")
    member, _ = services.jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")
    assert member.status is MemberStatus.PROPOSED
    assert "nelayan" in services.jamsos_settings.occupations()


def test_the_lifecycle_needs_a_supervisor_and_refuses_a_skip_without_a_reason(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    jamsos = services.jamsos
    nik = register(services, operator, 4)
    jamsos.enroll(actor=operator, nik=nik, occupation="ojek pangkalan")
    with pytest.raises(PermissionDenied):
        jamsos.set_status(actor=operator, nik=nik, to=MemberStatus.VERIFIED)
    with pytest.raises(UserError, match="Langkah berikutnya"):
        jamsos.set_status(actor=supervisor, nik=nik, to=MemberStatus.SUBMITTED)
    member, _ = jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.SUBMITTED, reason="Berkas diverifikasi di lapangan"
    )
    assert member.status is MemberStatus.SUBMITTED
    with pytest.raises(UserError, match="KPJ"):
        jamsos.set_status(actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, month=JAN)
    with pytest.raises(UserError, match="bulan pertama"):
        jamsos.set_status(actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj="12345678901")
    member, _ = jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj=" 12345678901 ", month=JAN
    )
    assert (member.kpj_number, member.first_month, member.last_month) == ("12345678901", "2025-01", None)
    with pytest.raises(UserError, match="alasan berhenti"):
        jamsos.set_status(actor=supervisor, nik=nik, to=MemberStatus.ENDED, month=JUL)
    with pytest.raises(UserError, match="sebelum"):
        jamsos.set_status(
            actor=supervisor,
            nik=nik,
            to=MemberStatus.ENDED,
            month=YearMonth(2024, 12),
            end_reason=EndReason.MOVED,
        )
    with pytest.raises(UserError, match="jamsos death"):
        jamsos.set_status(
            actor=supervisor, nik=nik, to=MemberStatus.ENDED, month=JUL, end_reason=EndReason.DIED
        )
    member, _ = jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ENDED, month=JUL, end_reason=EndReason.MOVED
    )
    assert (member.status, member.last_month, member.end_reason) == (MemberStatus.ENDED, "2025-07", "moved")
    overrides = [entry["override"] for entry in audit_rows(services, "status")]
    assert overrides == [True, False, False]


def test_operators_cannot_set_rates_and_a_stored_month_never_changes(
    services: Services, admin: Actor, supervisor: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        services.jamsos.set_rate(actor=supervisor, effective_from=JUL, jkk=5_000, jkm=3_400)
    services.jamsos.set_rate(actor=admin, effective_from=JUL, jkk=5_000, jkm=3_400)
    with pytest.raises(UserError, match="tidak boleh diubah"):
        services.jamsos.set_rate(actor=admin, effective_from=JUL, jkk=10_000, jkm=6_800)
    assert [(str(r.effective_from), r.premium()) for r in services.jamsos.rates()] == [
        ("2023-01", 16_800),
        ("2025-07", 8_400),
    ]
    assert audit_rows(services, "create")[-1] == {
        "effective_from": "2025-07",
        "jht": 0,
        "jkk": 5_000,
        "jkm": 3_400,
    }


def test_the_recap_matches_a_brute_force_sum_across_a_mid_year_rate_change_and_a_restart(
    services: Services, admin: Actor, operator: Actor, supervisor: Actor
) -> None:
    jamsos = services.jamsos
    niks = [register(services, operator, number) for number in range(10, 14)]
    for nik in niks:
        jamsos.enroll(actor=operator, nik=nik, occupation="pedagang keliling")
        activate(services, supervisor, nik, JAN)
    # One member ends in March and is enrolled again from September: April-August are not paid for.
    restarted = niks[0]
    jamsos.set_status(
        actor=supervisor,
        nik=restarted,
        to=MemberStatus.ENDED,
        month=YearMonth(2025, 3),
        end_reason=EndReason.WITHDREW,
    )
    jamsos.enroll(actor=operator, nik=restarted, occupation="pemulung")
    activate(services, supervisor, restarted, YearMonth(2025, 9))
    jamsos.set_rate(actor=admin, effective_from=JUL, jkk=5_000, jkm=3_400)

    december = jamsos.recap(actor=operator, month=DEC)
    rates = jamsos.rates()
    spans = {nik: [Coverage(JAN, None)] for nik in niks[1:]}
    spans[restarted] = [Coverage(JAN, YearMonth(2025, 3)), Coverage(YearMonth(2025, 9), None)]
    brute_force = sum(amount_due(spans_of, rates, JAN, DEC) for spans_of in spans.values())
    # Three members all year: 6 months at 16,800 and 6 at 8,400 each.
    assert sum(amount_due(spans[nik], rates, JAN, DEC) for nik in niks[1:]) == 3 * (6 * 16_800 + 6 * 8_400)
    assert december.year_to_date == brute_force
    assert (december.members, december.amount) == (4, 4 * 8_400)
    assert december.amount_words == "tiga puluh tiga ribu enam ratus rupiah"
    assert december.by_kelurahan == (type(december.by_kelurahan[0])("Sawah", 4, 33_600, "36.74.04.1004"),)
    assert december.projection == 4 * 8_400 * 12
    assert jamsos.recap(actor=operator, month=YearMonth(2025, 5)).members == 3
    assert jamsos.recap(actor=operator, month=YearMonth(2025, 2)).amount == 4 * 16_800


def test_the_service_sees_the_day_it_is_given(services: Services, operator: Actor) -> None:
    jamsos = JamsosService(
        services.database, services.office, services.jamsos_settings, today=lambda: date(2003, 1, 1)
    )
    nik = register(services, operator, 20)
    with pytest.raises(UserError, match="di bawah batas minimal"):
        jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")


def test_a_kpj_already_stored_for_another_person_is_refused_and_nothing_changes(
    services: Services, supervisor: Actor
) -> None:
    first, second = register(services, supervisor, 1), register(services, supervisor, 2)
    for nik in (first, second):
        services.jamsos.enroll(actor=supervisor, nik=nik, occupation="pemulung")
    activate(services, supervisor, first, JAN)
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
        four_eyes_step(services, second, step, supervisor)
    with pytest.raises(UserError, match=f"KPJ 2500000{first[-4:]} sudah tersimpan untuk NIK {first}"):
        services.jamsos.set_status(
            actor=supervisor, nik=second, to=MemberStatus.ACTIVE, kpj=f" 2500000{first[-4:]} ", month=JAN
        )
    assert services.jamsos.member(actor=supervisor, nik=second).status is MemberStatus.SUBMITTED
    # The same person's KPJ is theirs again when they come back as a new membership.
    services.jamsos.set_status(
        actor=supervisor, nik=first, to=MemberStatus.ENDED, month=JUL, end_reason=EndReason.MOVED
    )
    services.jamsos.enroll(actor=supervisor, nik=first, occupation="pemulung")
    activate(services, supervisor, first, DEC)
    assert services.jamsos.member(actor=supervisor, nik=first).kpj_number == f"2500000{first[-4:]}"


def test_a_first_covered_month_before_the_programs_first_rate_is_refused_and_nothing_changes(
    services: Services, supervisor: Actor
) -> None:
    nik = register(services, supervisor, 1)
    services.jamsos.enroll(actor=supervisor, nik=nik, occupation="pemulung")
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
        four_eyes_step(services, nik, step, supervisor)
    events = len(audit_rows(services, "status"))
    with pytest.raises(UserError) as refused:
        services.jamsos.set_status(
            actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj="25000000001", month=YearMonth(2022, 12)
        )
    assert refused.value.message.startswith(
        "Bulan pertama yang ditanggung (Desember 2022) sebelum tarif iuran pertama program (Januari 2023)"
    )
    assert refused.value.field == "bulan"
    assert services.jamsos.member(actor=supervisor, nik=nik).status is MemberStatus.SUBMITTED
    assert len(audit_rows(services, "status")) == events
    member, _ = services.jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj="25000000001", month=YearMonth(2023, 1)
    )
    assert member.first_month == "2023-01"


def test_reads_of_members_claims_and_counts_take_the_actor_and_an_operator_may_read(
    services: Services, operator: Actor
) -> None:
    nik = register(services, operator, 1)
    services.jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")
    reads: dict[str, Callable[..., object]] = {
        "member": lambda **actor: services.jamsos.member(nik=nik, **actor).nik,
        "claim": lambda **actor: services.jamsos_claims.claim(nik=nik, **actor),
        "counts": lambda **actor: services.bpjs.counts(**actor),
    }
    for name, read in reads.items():
        with pytest.raises(TypeError, match="actor"):
            read()
        assert read(actor=operator) == {"member": nik, "claim": None, "counts": (0, 0)}[name]
