"""The handover's hot path in plain SQL: what it writes and reads is what the ORM would write and read."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import select

from tangsel_desktop.domain.sembako.round_rules import StockMove
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.office_keys import signing_key
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import audit_verify, office_store, row_seals
from tangsel_desktop.storage.documents.document_tables import DocumentRecord
from tangsel_desktop.storage.sembako import round_store, stock_store
from tangsel_desktop.storage.sembako.round_store import (
    _RECIPIENT_COLUMNS,
    _ROUND_COLUMNS,
    ROUND,
    StoredRecipient,
    StoredRound,
)
from tangsel_desktop.storage.sembako.sembako_tables import SembakoHandover
from tangsel_desktop.storage.tables import AuditEntry
from tangsel_desktop.storage.transaction import Transaction
from tests.services.sembako_fixtures import Village, build_village, make_round


@pytest.fixture
def running(services: Services, operator: Actor, supervisor: Actor) -> tuple[RoundView, Village]:
    village = build_village(services, operator)
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(
        actor=supervisor, round_id=view.id, count=3, bast="BAST/DINSOS/2026/11/001"
    )
    return view, village


def test_the_rows_a_handover_writes_in_plain_sql_read_back_through_the_orm_sealed_and_chained(
    services: Services, operator: Actor, running: tuple[RoundView, Village]
) -> None:
    view, village = running
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=view.id, who=Who(nik=village.tb)
    )
    with services.database.read() as tx:
        row = tx.session.get(SembakoHandover, handed.id)
        assert row is not None
        assert (row.receipt_number, row.handed_at, row.voided_at, row.voided_by, row.void_reason) == (
            handed.receipt_number,
            handed.handed_at,
            None,
            None,
            "",
        )
        assert row.handed_at.tzinfo is not None
        receipt = tx.session.get(DocumentRecord, row.document_id)
        assert receipt is not None
        assert (receipt.number, receipt.status, receipt.is_copy, receipt.reserved_at) == (
            handed.receipt_number,
            "printed",
            False,
            handed.handed_at,
        )
        assert (receipt.completed_at, receipt.voided_at, receipt.printed_by_name) == (
            None,
            None,
            operator.username,
        )
        last = tx.session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()  # type: ignore[union-attr]
        assert (last.action, last.entity, last.entity_id, last.username) == (
            "handover",
            "sembako_handover",
            handed.id,
            operator.username,
        )
        assert last.at.tzinfo is not None
        # The chain, its anchor and the seals of the ledger row and the register row all still verify.
        connection = tx.session.connection()
        assert audit_verify.verify_trail(connection).problems == []
        assert row_seals.verify(connection) == []


def test_one_row_reads_in_plain_sql_give_what_the_orm_columns_give(
    services: Services, operator: Actor, running: tuple[RoundView, Village]
) -> None:
    view, _village = running
    with services.database.read() as tx:
        by_orm = StoredRound(*tx.session.execute(select(*_ROUND_COLUMNS).where(ROUND.c.id == view.id)).one())
        assert by_orm.approved_at is not None  # approved: both timestamps are read back
        assert round_store.round_by_id(tx, view.id) == by_orm
        assert round_store.round_by_id(tx, "0" * 32) is None
        lines = round_store.recipients(tx, view.id, limit=10)
        assert lines
        for line in lines:
            columns = select(*_RECIPIENT_COLUMNS).where(round_store.RECIPIENT.c.id == line.id)
            expected = StoredRecipient(*tx.session.execute(columns).one())
            found = round_store.recipient(tx, line.id)
            assert found == expected
            assert found is not None
            assert found.added_after_approval is False
        office = office_store.office(tx)
        assert office is not None
        assert office.created_at.tzinfo is not None
        assert office.code == services.office.require().code


def test_packages_on_hand_in_one_statement_agree_with_the_stock_figures(
    services: Services, operator: Actor, supervisor: Actor, running: tuple[RoundView, Village]
) -> None:
    view, village = running

    def both() -> tuple[int, int]:
        with services.database.read() as tx:
            return stock_store.on_hand(tx, view.id), stock_store.counts(tx, view.id).on_hand

    assert both() == (3, 3)
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.tb))
    assert both() == (2, 2)
    services.sembako_stock.write_off(
        actor=supervisor, round_id=view.id, kind=StockMove.DAMAGED, count=1, reason="kardus basah"
    )
    assert both() == (1, 1)
    services.sembako_handovers.void(actor=supervisor, round_id=view.id, nik=village.tb, reason="salah orang")
    assert both() == (2, 2)
    services.sembako_stock.write_off(
        actor=supervisor, round_id=view.id, kind=StockMove.RETURNED, count=2, reason="kembali ke Dinsos"
    )
    assert both() == (0, 0)


def _raw(key: Ed25519PrivateKey) -> tuple[bytes, bytes]:
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return private, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_the_parsed_signing_key_is_kept_by_the_stored_bytes_so_a_changed_key_is_never_stale(
    services: Services, admin: Actor
) -> None:
    code = services.office.require().code
    with services.database.write(admin) as tx:
        first = signing_key(tx, office_code=code)  # made here
    with services.database.write(admin) as tx:
        again = signing_key(tx, office_code=code)
        assert _raw(again) == _raw(first)
        assert again is signing_key(tx, office_code=code)  # parsed once
    other = Ed25519PrivateKey.generate()
    private, public = _raw(other)
    with services.database.write(admin) as tx:
        tx.raw().execute(
            "UPDATE office_key SET private_key = ?, public_key = ? WHERE own = 1", (private, public)
        )
    with services.database.write(admin) as tx:
        assert _raw(signing_key(tx, office_code=code)) == (private, public)


def test_a_handover_reads_the_office_inside_its_own_write_transaction(
    services: Services, operator: Actor, running: tuple[RoundView, Village], monkeypatch: pytest.MonkeyPatch
) -> None:
    view, village = running

    @contextmanager
    def no_reads() -> Iterator[Transaction]:
        raise AssertionError("a handover opened a read transaction of its own")
        yield  # pragma: no cover

    monkeypatch.setattr(services.database, "read", no_reads)
    handed, _ = services.sembako_handovers.hand_over(
        actor=operator, round_id=view.id, who=Who(nik=village.blind)
    )
    assert handed.receipt_number.startswith("TT/")
