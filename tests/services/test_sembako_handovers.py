"""The handover ledger: once per family per round (the database says so), stock that adds up, voids stay."""

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.sembako.round_rules import Mark, StockMove, proxy
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tests.photo_samples import webcam_frame
from tests.services.sembako_fixtures import Village, build_village, make_round


@pytest.fixture
def village(services: Services, operator: Actor) -> Village:
    return build_village(services, operator)


@pytest.fixture
def running(services: Services, operator: Actor, supervisor: Actor, village: Village) -> RoundView:
    """An approved round with its three families listed and two packages received."""
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(
        actor=supervisor, round_id=view.id, count=2, bast="BAST/DINSOS/2026/11/001"
    )
    return view


def _table_counts(services: Services) -> dict[str, int]:
    tables = ("sembako_handover", "document_register", "sembako_stock_move", "audit_log", "change_journal")
    with services.database.read() as tx:
        return {t: tx.session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


def test_a_handover_takes_a_receipt_number_and_a_second_one_is_refused_saying_when_and_by_whom(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    # The stunted child's NIK finds the family's line (listed under the mother, the head).
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.id, who=Who(nik=village.sari_child)
    )
    assert handed.nik == village.sari
    assert handed.receipt_number.startswith("TT/")
    assert handed.clerk_name == operator.full_name
    before = _table_counts(services)
    with pytest.raises(UserError, match="SUDAH MENERIMA") as refused:
        services.sembako_handovers.hand_over(actor=operator, round_id=running.id, who=Who(nik=village.sari))
    assert handed.receipt_number in refused.value.message
    assert operator.full_name in refused.value.message
    assert _table_counts(services) == before
    status = services.sembako_stock.status(actor=operator, round_id=running.id)
    assert (status.planned, status.handed_over, status.remaining, status.stock_on_hand) == (3, 1, 2, 1)


def test_the_database_itself_refuses_a_second_live_handover(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    services.sembako_handovers.hand_over(actor=operator, round_id=running.id, who=Who(nik=village.tb))
    connection = sqlite_driver.connect(services.database.file)
    try:
        row = connection.execute("SELECT * FROM sembako_handover").fetchone()
        columns = [c[1] for c in connection.execute("PRAGMA table_info(sembako_handover)")]
        values = dict(zip(columns, row, strict=True))
        values["id"] = "f" * 32
        placeholders = ", ".join("?" for _ in columns)
        with pytest.raises(sqlite_driver.IntegrityError, match="UNIQUE"):
            connection.execute(f"INSERT INTO sembako_handover VALUES ({placeholders})", list(values.values()))
    finally:
        connection.close()


def test_two_desks_on_one_store_hand_over_once(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    outcomes: list[str] = []

    def desk() -> None:
        try:
            services.sembako_handovers.hand_over(
                actor=operator, round_id=running.id, who=Who(nik=village.blind)
            )
            outcomes.append("handed")
        except UserError as error:
            outcomes.append(error.message)

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("handed") == 1
    assert all("SUDAH MENERIMA" in outcome for outcome in outcomes if outcome != "handed")


def test_no_stock_no_handover_and_stock_moves_never_go_below_zero(
    services: Services, operator: Actor, supervisor: Actor, village: Village, running: RoundView
) -> None:
    services.sembako_handovers.hand_over(actor=operator, round_id=running.id, who=Who(nik=village.sari))
    services.sembako_stock.write_off(
        actor=supervisor, round_id=running.id, kind=StockMove.DAMAGED, count=1, reason="Beras basah"
    )
    with pytest.raises(UserError, match="habis"):
        services.sembako_handovers.hand_over(actor=operator, round_id=running.id, who=Who(nik=village.tb))
    with pytest.raises(UserError, match="Stok di tangan hanya 0"):
        services.sembako_stock.write_off(
            actor=supervisor, round_id=running.id, kind=StockMove.RETURNED, count=1, reason="x"
        )
    with pytest.raises(PermissionDenied):
        services.sembako_stock.receive(actor=operator, round_id=running.id, count=5, bast="B/2")
    status = services.sembako_stock.status(actor=operator, round_id=running.id)
    assert status.as_json() == {
        "round": running.id,
        "planned": 3,
        "handed_over": 1,
        "by_proxy": 0,
        "remaining": 2,
        "stock_received": 2,
        "stock_returned": 0,
        "stock_damaged": 1,
        "stock_on_hand": 0,
    }


def test_a_proxy_collects_with_a_name_and_relation_and_a_thumbprint(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    with pytest.raises(UserError, match="Nama wakil"):
        proxy("", "3674045708850099", "anak")
    collector = proxy("Ahmad (tetangga)", "", "tetangga")
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.id, who=Who(nik=village.tb), proxy=collector, mark=Mark.THUMBPRINT
    )
    assert handed.by_proxy
    assert handed.mark is Mark.THUMBPRINT
    assert services.sembako_stock.status(actor=operator, round_id=running.id).by_proxy == 1


def test_a_family_not_on_the_list_a_draft_round_and_an_unknown_nik_are_refused_and_change_nothing(
    services: Services, operator: Actor, supervisor: Actor, village: Village, running: RoundView
) -> None:
    draft = make_round(services, supervisor, name="Draf Desember")
    before = _table_counts(services)
    with pytest.raises(UserError, match="tidak ada di daftar"):
        services.sembako_handovers.hand_over(
            actor=operator, round_id=running.id, who=Who(nik=village.tb_ended)
        )
    with pytest.raises(UserError, match="belum disetujui"):
        services.sembako_handovers.hand_over(actor=operator, round_id=draft.id, who=Who(nik=village.tb))
    with pytest.raises(UserError, match="tidak terdaftar"):
        services.sembako_handovers.hand_over(
            actor=operator, round_id=running.id, who=Who(nik="3674045708859999")
        )
    with pytest.raises(UserError, match="16 angka"):
        services.sembako_handovers.hand_over(
            actor=operator, round_id=running.id, who=Who(nik="367404570885001")
        )
    assert _table_counts(services) == before


def test_a_void_needs_a_supervisor_and_a_reason_keeps_the_row_and_frees_the_family(
    services: Services, operator: Actor, supervisor: Actor, village: Village, running: RoundView
) -> None:
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.id, who=Who(nik=village.tb)
    )
    with pytest.raises(PermissionDenied):
        services.sembako_handovers.void(
            actor=operator, round_id=running.id, nik=village.tb, reason="salah orang"
        )
    with pytest.raises(UserError, match="alasan"):
        services.sembako_handovers.void(actor=supervisor, round_id=running.id, nik=village.tb, reason=" ")
    voided, _ = services.sembako_handovers.void(
        actor=supervisor, round_id=running.id, nik=village.tb, reason="Salah orang"
    )
    assert voided.voided_at is not None
    assert voided.void_reason == "Salah orang"
    verified = services.documents.list_documents(actor=supervisor, kind="receipt")
    assert [(e.number, e.status) for e in verified] == [(handed.receipt_number, "void")]
    again, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=running.id, who=Who(nik=village.tb)
    )
    assert again.receipt_number != handed.receipt_number
    ledger = services.sembako_handovers.ledger(actor=operator, round_id=running.id)
    assert len(ledger) == 2  # the voided one stays


def test_the_desk_finds_a_family_by_card_by_nik_or_by_name(
    services: Services,
    operator: Actor,
    supervisor: Actor,
    village: Village,
    running: RoundView,
    tmp_path: Path,
) -> None:
    person = services.people.find_by_nik(actor=operator, nik=village.blind)
    assert person is not None
    result, _ = services.documents.print_cards(
        actor=supervisor, person_ids=[person.id], target=tmp_path / "kartu.pdf"
    )
    with services.database.read() as tx:
        payload = tx.session.execute(
            text("SELECT payload FROM document_register WHERE number = :n"), {"n": result.numbers[0]}
        ).scalar_one()
    found = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text=payload + "\n")
    assert found.recipient is not None
    assert found.recipient.nik == village.blind
    assert found.handover is None
    services.sembako_handovers.hand_over(
        actor=operator, round_id=running.id, who=Who(recipient_id=found.recipient.id)
    )
    again = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text=village.blind)
    assert again.handover is not None
    assert "SUDAH MENERIMA" in again.message
    by_name = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text="netra")
    assert by_name.recipient is not None
    assert by_name.recipient.nik == village.blind
    tampered = payload[:-3] + ("AAA" if not payload.endswith("AAA") else "BBB")
    refused = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text=tampered)
    assert refused.recipient is None
    assert "tidak dapat dipakai" in refused.message
    short = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text="367404570885")
    assert "16 angka" in short.message


def test_the_desk_lookup_brings_the_listed_persons_photo_in_the_same_read(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    joko = services.people.find_by_nik(actor=operator, nik=village.blind)
    assert joko is not None
    photo, _ = services.person_photos.set_photo(
        actor=operator, person_id=joko.id, image=webcam_frame(), source="file"
    )
    found = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text=village.blind)
    assert found.recipient is not None
    assert found.recipient.person_id == joko.id
    assert found.photo == photo.jpeg
    assert "jpeg" not in repr(found).lower()  # a logged lookup never carries the picture
    assert repr(photo.jpeg[:8]) not in repr(found)
    # Without a photo, and with no single line found, there is none.
    without = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text=village.tb)
    assert without.recipient is not None
    assert without.photo is None
    several = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text="a")
    assert several.matches
    assert several.photo is None
    unknown = services.sembako_handovers.lookup(actor=operator, round_id=running.id, text="3674045708859999")
    assert unknown.photo is None


def test_the_person_page_history_shows_what_the_family_received(
    services: Services, operator: Actor, village: Village, running: RoundView
) -> None:
    services.sembako_handovers.hand_over(actor=operator, round_id=running.id, who=Who(nik=village.sari))
    child = services.people.find_by_nik(actor=operator, nik=village.sari_child)
    assert child is not None
    history = services.sembako_history.of_person(actor=operator, person_id=child.id)
    assert [(h.round_name, h.collected is not None) for h in history] == [("Sembako November 2026", True)]
