"""Sembako rounds: a list proposed from the eligible with reasons, frozen by approval, changed with reason."""

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.domain.sembako.round_rules import RoundStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_views import PersonRow
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.services.sembako_fixtures import build_village, make_round


def test_a_round_is_made_by_a_supervisor_with_its_package(
    services: Services, supervisor: Actor, operator: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        make_round(services, operator)
    view = make_round(services, supervisor)
    assert view.status is RoundStatus.DRAFT
    assert [item.name for item in view.items] == ["Beras", "Minyak goreng", "Telur"]
    assert view.package_value == 10 * 14000 + 2 * 18000 + 28000
    assert services.sembako_rounds.round(actor=operator, round_id=view.id[:6]).id == view.id
    assert services.sembako_rounds.round(actor=operator, round_id="sembako november 2026").id == view.id


def test_the_proposal_groups_families_and_says_why_each_one_is_left_out(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    village = build_village(services, operator)
    view = make_round(services, supervisor)
    proposal, _ = services.sembako_rounds.propose(actor=operator, round_id=view.id)
    lines = services.sembako_rounds.recipients(actor=operator, round_id=view.id)
    # The stunted child's family is listed under its head, once; the TB patient and the blind man alone.
    assert sorted(line.nik for line in lines) == sorted([village.sari, village.tb, village.blind])
    assert proposal.proposed == 3
    reasons = {entry.nik: entry.reason for entry in proposal.left_out}
    assert "bukan warga kelurahan ini" in reasons[village.moved_away]
    assert "berakhir 30 Juni 2026" in reasons[village.tb_ended] or "berakhir" in reasons[village.tb_ended]
    # Proposing again adds nobody twice.
    again, _ = services.sembako_rounds.propose(actor=operator, round_id=view.id)
    assert again.proposed == 0
    assert again.already_listed == 3


def test_an_approved_list_is_frozen_against_registry_edits_and_additions_need_a_supervisor_and_reason(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    village = build_village(services, operator)
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    with pytest.raises(PermissionDenied):
        services.sembako_rounds.approve(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    # The registry changes the head's name afterwards: the frozen line keeps the name it was approved with.
    person = services.people.find_by_nik(actor=operator, nik=village.sari)
    assert person is not None
    services.people.update(
        actor=operator,
        person_id=person.id,
        draft=make_draft(nik=village.sari, full_name="Sari Berubah", kk_number="3674041203150011"),
    )
    names = [line.full_name for line in services.sembako_rounds.recipients(actor=operator, round_id=view.id)]
    assert "Sari Wulandari" in names
    assert "Sari Berubah" not in names
    with pytest.raises(UserError, match="dibekukan"):
        services.sembako_rounds.propose(actor=operator, round_id=view.id)
    with pytest.raises(PermissionDenied):
        services.sembako_rounds.add(actor=operator, round_id=view.id, nik=village.tb_ended, reason="x")
    with pytest.raises(UserError, match="alasan"):
        services.sembako_rounds.add(actor=supervisor, round_id=view.id, nik=village.tb_ended)
    line, _ = services.sembako_rounds.add(
        actor=supervisor, round_id=view.id, nik=village.tb_ended, reason="Surat perpanjangan menyusul"
    )
    assert line.added_after_approval
    assert line.added_reason == "Surat perpanjangan menyusul"


def test_bad_input_changes_nothing(services: Services, operator: Actor, supervisor: Actor) -> None:
    build_village(services, operator)
    view = make_round(services, supervisor)

    def counts() -> tuple[int, ...]:
        with services.database.read() as tx:
            return tuple(
                tx.session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("sembako_round", "sembako_recipient", "audit_log")
            )

    before = counts()
    with pytest.raises(UserError, match="kosong"):
        services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.sembako_rounds.propose(actor=operator, round_id="tidak-ada")
    with pytest.raises(UserError, match="NIK 3674045708859999 tidak ditemukan"):
        services.sembako_rounds.add(actor=operator, round_id=view.id, nik="3674045708859999", reason="x")
    with pytest.raises(UserError, match="Kategori sembako 'miskin' tidak dikenal"):
        make_round(services, supervisor, categories=["miskin"])
    with pytest.raises(UserError, match="Barang"):
        parse_item("Beras;kg;10")
    assert counts() == before


def test_a_person_not_eligible_is_added_only_with_a_reason(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    build_village(services, operator)
    services.people.register(
        actor=operator,
        draft=make_draft(nik="3674045708850077", full_name="Warga Biasa", kk_number="3674041203150077"),
    )
    view = make_round(services, supervisor)
    with pytest.raises(UserError, match="alasan"):
        services.sembako_rounds.add(actor=operator, round_id=view.id, nik="3674045708850077")
    line, _ = services.sembako_rounds.add(
        actor=operator,
        round_id=view.id,
        nik="3674045708850077",
        reason="Lansia sebatang kara, hasil musyawarah RT",
    )
    assert line.listed
    assert not line.added_after_approval


def test_the_card_names_sembako_for_the_whole_family_once_the_list_is_approved(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    village = build_village(services, operator)
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)

    def chosen() -> list[str]:
        return sorted(p.nik for p in services.documents.people_for_cards(actor=operator, program="sembako"))

    assert chosen() == []
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    assert chosen() == sorted([village.sari, village.sari_child, village.tb, village.blind])
    assert isinstance(services.documents.people_for_cards(actor=operator, program="sembako")[0], PersonRow)
