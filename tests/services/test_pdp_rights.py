"""A person's rights under UU PDP: the report of everything held about them, and erasure with a tombstone."""

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.audit import verify_chain
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step
from tests.services.sembako_fixtures import Village, build_village, make_round

ODD_NAME = "Ani <Putri> & Sons"
ODD_NIK = "3674044101900007"


@pytest.fixture
def village(services: Services, operator: Actor) -> Village:
    return build_village(services, operator)


@pytest.fixture
def running(services: Services, operator: Actor, supervisor: Actor, village: Village) -> RoundView:
    """An approved round listing the Sari family, with one package handed to Sari herself."""
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(
        actor=supervisor, round_id=view.id, count=2, bast="BAST/DINSOS/2026/11/001"
    )
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.sari))
    return view


def _person_id(services: Services, actor: Actor, nik: str) -> str:
    found = services.people.find_by_nik(actor=actor, nik=nik)
    assert found is not None
    return found.id


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _count(services: Services, sql: str, **values: object) -> int:
    with services.database.read() as tx:
        return int(tx.session.execute(text(sql), values).scalar_one())


def test_the_report_holds_every_section_with_the_receipt_and_escapes_the_name(
    services: Services, admin: Actor, operator: Actor, running: RoundView, village: Village, tmp_path: Path
) -> None:
    sari = _person_id(services, admin, village.sari)
    services.jamsos.enroll(
        actor=operator, nik=village.sari, occupation="pedagang", work_location="Pasar Ciputat"
    )
    saved, _ = services.pdp_reports.save(actor=admin, person_id=sari, target=tmp_path / "sari.pdf")
    assert saved.sections == ("registry", "household", "jamsos", "sembako", "training", "documents", "audit")
    content = _text(saved.path)
    assert "Laporan Data Pribadi (UU 27/2022 tentang Pelindungan Data Pribadi)" in content
    for heading in (
        "Keluarga dan riwayat No. KK: Anggota keluarga",
        "Keluarga dan riwayat No. KK: Riwayat No. KK",
        "Jamsosnaker (BPJS Ketenagakerjaan): Keanggotaan",
        "Sembako: Serah terima",
        "Pelatihan: Keikutsertaan",
        "Dokumen yang dicetak (register dokumen)",
        "Jejak audit yang menyebut Anda",
    ):
        assert heading in content, heading
    receipt = _count(
        services, "SELECT count(*) FROM document_register WHERE person_id = :p AND kind = 'receipt'", p=sari
    )
    assert receipt == 1
    with services.database.read() as tx:
        number = tx.session.execute(text("SELECT receipt_number FROM sembako_handover")).scalar_one()
    assert number in content
    assert "Pasar Ciputat" in content
    assert "diusulkan" in content
    assert "Dimas Anak Sari" in content  # her family
    assert "Halaman 1 dari" in content
    assert "Laporan dibuat oleh" in content
    assert "Admin Kantor" in content
    # Saving it is an audited export naming only the person's id.
    assert (
        _count(services, "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'pdp_report'")
        == 1
    )

    odd, _ = services.people.register(
        actor=operator, draft=make_draft(nik=ODD_NIK, full_name=ODD_NAME, kk_number="")
    )
    odd_saved, _ = services.pdp_reports.save(actor=admin, person_id=odd.id, target=tmp_path / "odd.pdf")
    assert ODD_NAME in _text(odd_saved.path)


def test_an_operator_may_not_make_the_report_and_a_bad_path_writes_nothing(
    services: Services, operator: Actor, admin: Actor, village: Village, tmp_path: Path
) -> None:
    sari = _person_id(services, admin, village.sari)
    with pytest.raises(PermissionDenied):
        services.pdp_reports.save(actor=operator, person_id=sari, target=tmp_path / "x.pdf")
    with pytest.raises(UserError, match=r"berkas \.pdf"):
        services.pdp_reports.save(actor=admin, person_id=sari, target=tmp_path / "x.xlsx")
    assert not list(tmp_path.glob("x.*"))


def test_erasure_is_refused_while_a_round_or_a_membership_runs_and_changes_nothing(
    services: Services, admin: Actor, operator: Actor, running: RoundView, village: Village
) -> None:
    sari = _person_id(services, admin, village.sari)
    tb = _person_id(services, admin, village.tb)
    services.jamsos.enroll(actor=operator, nik=village.tb, occupation="pemulung")
    entries = _count(services, "SELECT count(*) FROM audit_log")
    with pytest.raises(UserError, match="putaran sembako 'Sembako November 2026' yang belum ditutup"):
        services.erasure.erase(actor=admin, person_id=sari, reason="permintaan")
    plan = services.erasure.plan(actor=admin, person_id=tb)
    assert not plan.allowed
    assert any("keanggotaan Jamsosnaker masih berjalan" in line for line in plan.running)
    with pytest.raises(UserError, match="Jamsosnaker"):
        services.erasure.erase(actor=admin, person_id=tb, reason="permintaan")
    assert _count(services, "SELECT count(*) FROM audit_log") == entries
    assert services.people.find_by_nik(actor=admin, nik=village.sari) is not None


def test_only_an_administrator_erases_and_only_for_a_known_reason(
    services: Services, supervisor: Actor, admin: Actor, village: Village
) -> None:
    blind = _person_id(services, admin, village.blind)
    with pytest.raises(PermissionDenied):
        services.erasure.erase(actor=supervisor, person_id=blind, reason="permintaan")
    with pytest.raises(UserError, match="Pilihan: permintaan"):
        services.erasure.erase(actor=admin, person_id=blind, reason="karena saya mau")
    assert services.people.find_by_nik(actor=admin, nik=village.blind) is not None


def test_erasure_leaves_a_tombstone_keeps_the_handover_and_the_file_holds_no_nik_or_name(
    services: Services, admin: Actor, supervisor: Actor, running: RoundView, village: Village
) -> None:
    sari = _person_id(services, admin, village.sari)
    # She changes her phone number first: the old one is in the trail's before-values.
    detail = services.people.get(actor=admin, person_id=sari)
    assert detail.phone
    services.sembako_rounds.close(actor=supervisor, round_id=running.id)
    plan = services.erasure.plan(actor=admin, person_id=sari)
    assert plan.allowed
    assert any("serah terima sembako" in line for line in plan.kept)
    done, _ = services.erasure.erase(actor=admin, person_id=sari, reason="permintaan")
    assert done.redacted_entries >= 1
    assert done.wal_emptied

    with services.database.read() as tx:
        row = tx.session.execute(
            text(
                "SELECT nik, full_name, phone, deleted_at, erased_at, erased_by, erasure_reason "
                "FROM person WHERE id = :p"
            ),
            {"p": sari},
        ).one()
        handover = tx.session.execute(
            text(
                "SELECT r.full_name, r.nik, r.person_id, h.receipt_number FROM sembako_handover h "
                "JOIN sembako_recipient r ON r.id = h.recipient_id"
            )
        ).one()
        journal = tx.session.execute(
            text("SELECT operation FROM change_journal WHERE table_name = 'person' AND row_id = :p"),
            {"p": sari},
        ).scalar_one()
        erase_entry = tx.session.execute(
            text("SELECT after_json FROM audit_log WHERE action = 'erase' AND entity_id = :p"), {"p": sari}
        ).scalar_one()
        check = verify_chain(tx.session)
    assert row[:3] == ("", "", "")
    assert row[3] is not None
    assert row[4] is not None
    assert row[5] == admin.user_id
    assert row[6] == "permintaan"
    # The handover stays for the office's accounts, pointing at the tombstone, without her data.
    assert handover[0] == ""
    assert handover[1] == ""
    assert handover[2] == sari
    assert handover[3]
    assert journal == "delete"  # travels to the central office as a deletion
    assert village.sari not in erase_entry
    assert "Sari" not in erase_entry
    assert check.problems == [], check.problems
    # Her child stays in the registry, now heading the family.
    child = services.people.find_by_nik(actor=admin, nik=village.sari_child)
    assert child is not None
    assert child.kk_number == "3674041203150011"

    # Read while the store is still open, as in a running window: the write-ahead log is there too.
    store = services.database.file
    _assert_nothing_of(village, [store, Path(f"{store}-wal")])
    services.database.dispose()
    _assert_nothing_of(village, [store, Path(f"{store}-wal")])


def _assert_nothing_of(village: Village, files: list[Path]) -> None:
    for path in files:
        if path.exists():
            data = path.read_bytes()
            assert village.sari.encode() not in data, path
            assert b"Sari Wulandari" not in data, path
            assert b"wulandari" not in data.lower(), path


def test_a_redacted_entry_edited_afterwards_still_shows_in_check(
    services: Services, admin: Actor, village: Village
) -> None:
    blind = _person_id(services, admin, village.blind)
    services.erasure.erase(actor=admin, person_id=blind, reason="retensi-habis")
    assert _count(services, "SELECT count(*) FROM audit_log WHERE redaction_seal IS NOT NULL") >= 1
    with services.database.write(admin) as tx:
        tx.session.execute(
            text("UPDATE audit_log SET after_json = :v WHERE redaction_seal IS NOT NULL AND entity_id = :p"),
            {"v": '{"full_name":"Joko Netra"}', "p": blind},
        )
    with services.database.read() as tx:
        problems = verify_chain(tx.session).problems
    assert any("isinya telah diubah" in problem for problem in problems), problems


def test_a_household_only_theirs_goes_with_them_and_its_kk_history(
    services: Services, admin: Actor, village: Village
) -> None:
    blind = _person_id(services, admin, village.blind)
    household = services.people.get(actor=admin, person_id=blind).household_id
    services.erasure.erase(actor=admin, person_id=blind, reason="permintaan")
    assert (
        _count(services, "SELECT count(*) FROM household_kk_history WHERE household_id = :h", h=household)
        == 0
    )
    assert (
        _count(
            services,
            "SELECT count(*) FROM household WHERE id = :h AND kk_number = '' AND deleted_at IS NOT NULL",
            h=household,
        )
        == 1
    )
    assert _count(services, "SELECT count(*) FROM household WHERE kk_number = '3674041203150013'") == 0
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.erasure.erase(actor=admin, person_id=blind, reason="permintaan")


def test_an_ended_member_is_erased_and_the_months_recap_reads_as_before(
    services: Services, admin: Actor, supervisor: Actor, operator: Actor, village: Village
) -> None:
    nik = village.blind
    services.jamsos.enroll(actor=operator, nik=nik, occupation="pemulung", work_location="Pasar Jombang")
    for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
        four_eyes_step(services, nik, step, supervisor)
    services.jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj="25000001234", month=YearMonth(2025, 1)
    )
    services.jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ENDED, month=YearMonth(2025, 7), end_reason=EndReason.MOVED
    )
    before = services.jamsos.recap(actor=supervisor, month=YearMonth(2025, 3))
    assert before.members == 1
    person_id = _person_id(services, admin, nik)
    plan = services.erasure.plan(actor=admin, person_id=person_id)
    assert plan.allowed, plan.running
    done, _ = services.erasure.erase(actor=admin, person_id=person_id, reason="permintaan")
    after = services.jamsos.recap(actor=supervisor, month=YearMonth(2025, 3))
    assert (after.members, after.amount, after.lines) == (before.members, before.amount, before.lines)
    assert done.counts["jamsos_member"] == 1
    with services.database.read() as tx:
        kept = tx.session.execute(
            text("SELECT kpj_number, work_location, declared_income FROM jamsos_member WHERE person_id = :p"),
            {"p": person_id},
        ).one()
        trail = tx.session.execute(text("SELECT group_concat(after_json, ' ') FROM audit_log")).scalar_one()
        problems = verify_chain(tx.session).problems
    assert tuple(kept) == ("25000001234", "", 0)
    assert "Pasar Jombang" not in trail  # the enrolment's entry carried the work place: redacted
    assert problems == []


def test_a_participant_of_a_batch_not_finished_is_not_erased(
    services: Services, admin: Actor, village: Village
) -> None:
    code = services.training_courses.add_training(
        actor=admin, name="Menjahit", kind="umum", total_jp=8, min_attendance=75
    )
    batch = services.training_courses.add_batch(
        actor=admin,
        training_id=code[0].id,
        starts_on=date.today(),
        ends_on=date.today() + timedelta(days=7),
        place="Aula",
        quota=5,
    )
    services.training_participants.enroll(actor=admin, batch_id=batch[0].id, nik=village.blind)
    plan = services.erasure.plan(actor=admin, person_id=_person_id(services, admin, village.blind))
    assert any("angkatan pelatihan" in line and "belum selesai" in line for line in plan.running)
