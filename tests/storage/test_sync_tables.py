"""The sync's tables: each journaled table picks its side, merged rows keep their office, ids never clash."""

from typing import Any

import pytest
from sqlalchemy import inspect

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import central_merge, sync_store
from tangsel_desktop.storage.sync.central_merge import ForeignRows
from tangsel_desktop.storage.sync.merge_order import (
    MERGED,
    MERGED_BY_NAME,
    ORIGIN,
    SLOT_SPAN,
    unclassified_tables,
)


def test_every_journaled_table_is_merged_private_or_the_centres() -> None:
    assert unclassified_tables() == set()


def test_every_merged_table_has_its_origin_column(database: Database) -> None:
    with database.engine.connect() as connection:
        inspector = inspect(connection)
        for table in MERGED:
            assert ORIGIN in {column["name"] for column in inspector.get_columns(table.name)}, table.name


def _register_row(number: str, **overrides: Any) -> list[Any]:
    values: dict[str, Any] = {
        "id": 1,
        "kind": "receipt",
        "year": 2026,
        "seq": 1,
        "number": number,
        "is_copy": False,
        "original_id": None,
        "person_id": None,
        "person_name": "Siti",
        "status": "printed",
        "reason": "",
        "payload": None,
        "job": "j1",
        "printed_by": None,
        "printed_by_name": "ops",
        "reserved_at": "2026-11-02T01:00:00.000000Z",
        "completed_at": None,
        "voided_at": None,
    }
    values.update(overrides)
    return [values[column] for column in MERGED_BY_NAME["document_register"].columns]


def test_two_offices_numbered_from_one_keep_both_rows_under_their_slots(database: Database) -> None:
    table = MERGED_BY_NAME["document_register"]
    with database.write(None) as tx:
        sawah = sync_store.ensure_peer(tx, "36.74.04.1004").slot
        ciater = sync_store.ensure_peer(tx, "36.74.01.1001").slot
        for office, slot, number in (
            ("36.74.04.1004", sawah, "TT/SAWAH/1"),
            ("36.74.01.1001", ciater, "TT/CIATER/1"),
        ):
            central_merge.upsert_rows(
                tx, table, office=office, slot=slot, columns=table.columns, rows=[_register_row(number)]
            )
        copy = _register_row("TT/SAWAH/1", id=2, is_copy=True, original_id=1)
        central_merge.upsert_rows(
            tx, table, office="36.74.04.1004", slot=sawah, columns=table.columns, rows=[copy]
        )
        rows = tx.rows("SELECT id, origin_office, original_id FROM document_register ORDER BY id")
    assert rows == [
        (sawah * SLOT_SPAN + 1, "36.74.04.1004", None),
        (sawah * SLOT_SPAN + 2, "36.74.04.1004", sawah * SLOT_SPAN + 1),
        (ciater * SLOT_SPAN + 1, "36.74.01.1001", None),
    ]


def test_a_row_held_for_another_office_is_never_overwritten(database: Database) -> None:
    table = MERGED_BY_NAME["household"]
    row = [
        "a" * 32,
        "3674041203150011",
        None,
        "2026-11-02T01:00:00.000000Z",
        "2026-11-02T01:00:00.000000Z",
        None,
        None,
    ]
    assert list(table.columns) == [
        "id",
        "kk_number",
        "head_person_id",
        "created_at",
        "updated_at",
        "updated_by",
        "deleted_at",
    ]
    with database.write(None) as tx:
        central_merge.upsert_rows(tx, table, office="A", slot=1, columns=table.columns, rows=[list(row)])
        with pytest.raises(ForeignRows) as refused:
            central_merge.upsert_rows(tx, table, office="B", slot=2, columns=table.columns, rows=[list(row)])
        assert refused.value.row_ids == ["a" * 32]
        # A tombstone of B for A's row deletes nothing.
        assert central_merge.delete_rows(tx, table, office="B", slot=2, row_ids=["a" * 32]) == 0
        assert tx.rows("SELECT origin_office FROM household") == [("A",)]
