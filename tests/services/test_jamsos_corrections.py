"""A signed recap never changes: backdated activations, endings and deaths become "Koreksi bulan lalu"."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.recap_files import JamsosRecapFiles
from tangsel_desktop.services.service_set import Services
from tests.documents.conftest import flat, page_texts
from tests.services.bpjs_fixtures import member, nik, write_answer

PREMIUM = 16_800
MARCH, SEPTEMBER, OCTOBER = YearMonth(2026, 3), YearMonth(2026, 9), YearMonth(2026, 10)
JANUARY = YearMonth(2026, 1)
REASON = "BPJS mengaktifkan sejak Januari 2026 (surat BPJS no. 12)"


def files(services: Services) -> JamsosRecapFiles:
    return JamsosRecapFiles(
        services.database, services.office, services.jamsos, today=lambda: date(2026, 10, 2)
    )


@pytest.fixture
def signed(services: Services, supervisor: Actor, tmp_path: Path) -> Services:
    """Four members from March 2026; September's recap signed and saved; a fifth member submitted."""
    for number in (1, 2, 3, 4):
        member(services, supervisor, number, MemberStatus.ACTIVE, first=MARCH)
    member(services, supervisor, 5, MemberStatus.SUBMITTED)
    saved = files(services).save_recap(actor=supervisor, month=SEPTEMBER, target=tmp_path / "rekap-09.pdf")
    assert (saved.recap.members, saved.recap.amount) == (4, 4 * PREMIUM)
    return services


def correction_rows(services: Services) -> list[tuple[str, int, str]]:
    with services.database.read() as tx:
        found = tx.session.execute(
            text("SELECT month, change, reported_in FROM jamsos_correction ORDER BY month")
        )
        return [(str(r[0]), int(r[1]), str(r[2])) for r in found]


def test_a_backdated_activation_is_refused_without_a_supervisors_reason(
    signed: Services, supervisor: Actor
) -> None:
    with pytest.raises(UserError) as refused:
        signed.jamsos.set_status(
            actor=supervisor, nik=nik(5), to=MemberStatus.ACTIVE, kpj="25000000005", month=JANUARY
        )
    assert "Januari 2026 – September 2026" in refused.value.message
    assert "sudah ditandatangani" in refused.value.message
    assert "Oktober 2026" in refused.value.message
    assert signed.jamsos.member(actor=supervisor, nik=nik(5)).status is MemberStatus.SUBMITTED
    assert correction_rows(signed) == []


def test_the_issues_scenario_september_keeps_its_signed_figures_and_october_lists_the_correction(
    signed: Services, supervisor: Actor, tmp_path: Path
) -> None:
    september_before = signed.jamsos.recap(actor=supervisor, month=SEPTEMBER)
    signed.jamsos.set_status(
        actor=supervisor, nik=nik(5), to=MemberStatus.ACTIVE, kpj="25000000005", month=JANUARY, reason=REASON
    )
    september = signed.jamsos.recap(actor=supervisor, month=SEPTEMBER)
    assert (september.members, september.amount) == (4, 4 * PREMIUM)
    assert september.year_to_date == september_before.year_to_date == 4 * 7 * PREMIUM
    assert september.lines == september_before.lines
    assert september.corrections == ()

    october = signed.jamsos.recap(actor=supervisor, month=OCTOBER)
    assert (october.members, october.amount) == (5, 5 * PREMIUM)
    assert len(october.corrections) == 1
    line = october.corrections[0]
    assert (line.nik, line.full_name, line.months, line.change, line.month_count) == (
        nik(5),
        "Warga 5",
        "Januari 2026 – September 2026",
        1,
        9,
    )
    assert (line.amount, line.reason) == (9 * PREMIUM, REASON)
    assert october.correction_amount == 9 * PREMIUM
    # Billed: the signed months as signed, the nine corrected months, and October.
    assert october.year_to_date == (4 * 8 + 10) * PREMIUM
    assert correction_rows(signed) == [(f"2026-{m:02d}", 1, "2026-10") for m in range(1, 10)]

    with signed.database.read() as tx:
        audit = tx.session.execute(
            text("SELECT entity_id, after_json FROM audit_log WHERE action = 'correction'")
        ).all()
        journaled = tx.session.execute(
            text("SELECT count(*) FROM change_journal WHERE table_name = 'jamsos_correction'")
        ).scalar_one()
    assert len(audit) == 1
    assert json.loads(audit[0][1])["amount"] == 9 * PREMIUM
    assert journaled == 9

    target = tmp_path / "rekap-10.pdf"
    files(signed).save_recap(actor=supervisor, month=OCTOBER, target=target)
    page = " ".join(flat(text_) for text_ in page_texts(target, layout=True))
    for expected in (
        "Koreksi bulan lalu",
        "Warga 5",
        "ditambah: Januari 2026",
        "Jumlah koreksi",
        "+Rp151.200",
        "Jumlah termasuk koreksi Rp235.200",
        "Iuran Oktober 2026 Rp84.000",
    ):
        assert expected in page, expected
    # September's file saved again still says what was signed.
    again = files(signed).save_recap(actor=supervisor, month=SEPTEMBER, target=tmp_path / "lagi.pdf")
    assert (again.recap.members, again.recap.amount) == (4, 4 * PREMIUM)


def test_an_ending_and_a_death_dated_back_are_taken_out_in_the_next_recap(
    signed: Services, supervisor: Actor
) -> None:
    with pytest.raises(UserError, match="Agustus 2026 – September 2026"):
        signed.jamsos.set_status(
            actor=supervisor,
            nik=nik(1),
            to=MemberStatus.ENDED,
            month=YearMonth(2026, 7),
            end_reason=EndReason.MOVED,
        )
    signed.jamsos.set_status(
        actor=supervisor,
        nik=nik(1),
        to=MemberStatus.ENDED,
        month=YearMonth(2026, 7),
        end_reason=EndReason.MOVED,
        reason="Pindah domisili sejak Juli (surat pindah)",
    )
    with pytest.raises(UserError, match="September 2026"):
        signed.jamsos_claims.record_death(actor=supervisor, nik=nik(2), died_on=date(2026, 8, 20))
    signed.jamsos_claims.record_death(
        actor=supervisor, nik=nik(2), died_on=date(2026, 8, 20), correction_reason="Akta kematian terlambat"
    )
    september = signed.jamsos.recap(actor=supervisor, month=SEPTEMBER)
    assert (september.members, september.amount) == (4, 4 * PREMIUM)
    october = signed.jamsos.recap(actor=supervisor, month=OCTOBER)
    assert (october.members, october.amount) == (2, 2 * PREMIUM)
    assert [(c.full_name, c.months, c.change, c.amount) for c in october.corrections] == [
        ("Warga 1", "Agustus 2026 – September 2026", -1, -2 * PREMIUM),
        ("Warga 2", "September 2026", -1, -PREMIUM),
    ]
    assert october.correction_amount == -3 * PREMIUM


def test_a_change_after_the_signed_months_needs_no_reason_and_makes_no_correction(
    signed: Services, supervisor: Actor
) -> None:
    signed.jamsos.set_status(
        actor=supervisor, nik=nik(5), to=MemberStatus.ACTIVE, kpj="25000000005", month=OCTOBER
    )
    signed.jamsos.set_status(
        actor=supervisor, nik=nik(1), to=MemberStatus.ENDED, month=SEPTEMBER, end_reason=EndReason.MOVED
    )
    assert correction_rows(signed) == []
    assert signed.jamsos.recap(actor=supervisor, month=OCTOBER).corrections == ()


def test_bpjs_starting_a_cover_in_a_signed_month_becomes_a_correction(
    signed: Services, supervisor: Actor, tmp_path: Path
) -> None:
    answer = write_answer(
        tmp_path / "jawaban.xlsx",
        ["NIK", "Nama", "No KPJ", "Status Kepesertaan", "TMT"],
        [[nik(5), "Warga 5", "25000000005", "Aktif", "2026-08"]],
    )
    result, _ = signed.bpjs.import_bpjs_answer(actor=supervisor, source=answer, report=tmp_path / "r.xlsx")
    assert result.activated == 1
    assert correction_rows(signed) == [("2026-08", 1, "2026-10"), ("2026-09", 1, "2026-10")]
    assert signed.jamsos.recap(actor=supervisor, month=SEPTEMBER).members == 4
    october = signed.jamsos.recap(actor=supervisor, month=OCTOBER)
    assert [(c.months, c.amount) for c in october.corrections] == [
        ("Agustus 2026 – September 2026", 2 * PREMIUM)
    ]
    assert "jawaban BPJS" in october.corrections[0].reason
