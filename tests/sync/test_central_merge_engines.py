"""The central merge on both engines (SQLite's executemany, PostgreSQL's COPY + ON CONFLICT): the same rows
come out, a foreign row refuses, a tombstone takes only the office's own, parents are checked at commit."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.store_location import StoreLocation
from tangsel_desktop.storage.sync import central_merge, sync_store
from tangsel_desktop.storage.sync.central_merge import ForeignRows
from tangsel_desktop.storage.sync.merge_order import MERGED_BY_NAME, SLOT_SPAN

HOUSEHOLD = MERGED_BY_NAME["household"]
HISTORY = MERGED_BY_NAME["household_kk_history"]
AT = "2026-11-02T01:00:00.000000Z"
SAWAH, CIATER = "36.74.04.1004", "36.74.01.1001"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated central store on each engine (PostgreSQL on the throwaway server)."""
    if request.param == "sqlite":
        database = Database(tmp_path / "tangsel.sqlite3")
    else:
        database = Database(StoreLocation.parse(request.getfixturevalue("pg_url")))
    migrate(database, tmp_path / "backups")
    yield database
    database.dispose()


def _household(key: str, kk: str, *, deleted: str | None = None) -> list[Any]:
    return [key, kk, None, AT, AT, None, deleted]


def _history(number: int, household: str, kk: str) -> list[Any]:
    return [number, household, kk, AT, None, None]


def _merge(tx: Any, office: str, slot: int, **tables: list[list[Any]]) -> dict[str, int]:
    central_merge.defer_foreign_keys(tx)
    return {
        name: central_merge.upsert_rows(
            tx,
            MERGED_BY_NAME[name],
            office=office,
            slot=slot,
            columns=MERGED_BY_NAME[name].columns,
            rows=rows,
        )
        for name, rows in tables.items()
    }


def _dump(tx: Any) -> list[tuple[Any, ...]]:
    return [
        tuple(row)
        for row in tx.rows(
            "SELECT h.origin_office, h.id, h.kk_number, h.deleted_at, k.id, k.kk_number FROM household h "
            "LEFT JOIN household_kk_history k ON k.household_id = h.id ORDER BY h.id, k.id"
        )
    ]


def test_rows_come_out_the_same_and_a_second_merge_adds_nothing(store: Database) -> None:
    with store.write(None) as tx:
        sawah, ciater = sync_store.ensure_peer(tx, SAWAH).slot, sync_store.ensure_peer(tx, CIATER).slot
        # The child before its parent, in one transaction: checked at the commit, not per row.
        new = _merge(
            tx,
            SAWAH,
            sawah,
            household_kk_history=[_history(1, "a" * 32, "3674041203150011")],
            household=[_household("a" * 32, "3674041203150011"), _household("b" * 32, "3674041203150012")],
        )
        _merge(tx, CIATER, ciater, household_kk_history=[_history(1, "c" * 32, "3674011203150013")])
        _merge(tx, CIATER, ciater, household=[_household("c" * 32, "3674011203150013")])
    assert new == {"household_kk_history": 1, "household": 2}
    with store.write(None) as tx:
        again = _merge(
            tx,
            SAWAH,
            sawah,
            household=[
                _household("a" * 32, "3674041203150011"),
                _household("b" * 32, "3674041203150012", deleted=AT),
            ],
        )
        rows = _dump(tx)
    assert again == {"household": 0}  # held already: updated in place
    assert rows == [
        (SAWAH, "a" * 32, "3674041203150011", None, sawah * SLOT_SPAN + 1, "3674041203150011"),
        (SAWAH, "b" * 32, "3674041203150012", AT, None, None),
        (CIATER, "c" * 32, "3674011203150013", None, ciater * SLOT_SPAN + 1, "3674011203150013"),
    ]


def test_another_offices_row_refuses_and_its_tombstone_deletes_nothing(store: Database) -> None:
    with store.write(None) as tx:
        _merge(tx, SAWAH, 1, household=[_household("a" * 32, "3674041203150011")])
    with pytest.raises(ForeignRows) as refused, store.write(None) as tx:
        _merge(
            tx,
            CIATER,
            2,
            household=[_household("d" * 32, "3674011203150014"), _household("a" * 32, "3674041203150011")],
        )
    assert (refused.value.table, refused.value.row_ids) == ("household", ["a" * 32])
    with store.write(None) as tx:
        assert central_merge.delete_rows(tx, HOUSEHOLD, office=CIATER, slot=2, row_ids=["a" * 32]) == 0
        assert (
            central_merge.delete_rows(tx, HOUSEHOLD, office=SAWAH, slot=1, row_ids=["a" * 32, "z" * 32]) == 1
        )
        assert _dump(tx) == []


def test_a_parent_that_never_arrives_refuses_at_the_commit_with_the_engines_words(store: Database) -> None:
    with pytest.raises(IntegrityError) as broken, store.write(None) as tx:
        _merge(tx, SAWAH, 1, household_kk_history=[_history(1, "e" * 32, "3674041203150015")])
    assert central_merge.constraint_failure(broken.value)
    with store.read() as tx:
        assert _dump(tx) == []


def test_a_merge_run_twice_moves_the_ids_to_the_slot_once(store: Database) -> None:
    rows = [_history(7, "a" * 32, "3674041203150011")]
    for _attempt in range(2):  # what a retry after a deadlock does: the same package rows again
        with store.write(None) as tx:
            _merge(
                tx, SAWAH, 3, household=[_household("a" * 32, "3674041203150011")], household_kk_history=rows
            )
    assert rows[0][0] == 7
    with store.read() as tx:
        assert [row[4] for row in _dump(tx)] == [3 * SLOT_SPAN + 7]


def _journal(tx: Any, *keys: str) -> list[tuple[Any, ...]]:
    return [
        tuple(row)
        for row in tx.rows(
            "SELECT row_id, operation, version FROM change_journal WHERE table_name = 'household' "
            f"AND row_id IN ({', '.join(repr(key) for key in keys)}) ORDER BY row_id"
        )
    ]


def test_held_and_new_rows_in_one_package_are_updated_and_inserted_each_journaled_as_such(
    store: Database,
) -> None:
    with store.write(None) as tx:
        _merge(tx, SAWAH, 1, household=[_household("a" * 32, "3674041203150011")])
    with store.write(None) as tx:
        # New rows go in by their own way (COPY on the server), held ones by the upsert: both in one table.
        new = _merge(
            tx,
            SAWAH,
            1,
            household=[
                _household("f" * 32, "3674041203150016"),
                _household("a" * 32, "3674041203150099"),
                _household("b" * 32, "3674041203150012"),
            ],
        )
        rows, journal = _dump(tx), _journal(tx, "a" * 32, "b" * 32, "f" * 32)
    assert new == {"household": 2}
    assert [(row[0], row[1], row[2]) for row in rows] == [
        (SAWAH, "a" * 32, "3674041203150099"),
        (SAWAH, "b" * 32, "3674041203150012"),
        (SAWAH, "f" * 32, "3674041203150016"),
    ]
    assert journal == [("a" * 32, "update", 2), ("b" * 32, "insert", 1), ("f" * 32, "insert", 1)]


def test_one_new_row_twice_in_a_package_refuses_it_with_the_engines_words(store: Database) -> None:
    twice = [_household("a" * 32, "3674041203150011"), _household("a" * 32, "3674041203150012")]
    with pytest.raises(Exception) as broken, store.write(None) as tx:  # noqa: PT011 - each engine's own
        _merge(tx, SAWAH, 1, household=twice)
    assert central_merge.constraint_failure(broken.value)
    with store.read() as tx:
        assert _dump(tx) == []


def test_a_numbered_row_without_its_number_refuses_the_package_on_the_server(store: Database) -> None:
    if not store.is_server:
        # SQLite numbers an INTEGER PRIMARY KEY given NULL itself (outside the office's slot): a known
        # difference of the engines, left as it is here.
        pytest.skip("SQLite memberi nomor sendiri pada kunci INTEGER yang kosong")
    with store.write(None) as tx:
        _merge(tx, SAWAH, 1, household=[_household("a" * 32, "3674041203150011")])
    nameless = [[None, "a" * 32, "3674041203150011", AT, None, None]]
    with pytest.raises(Exception) as broken, store.write(None) as tx:  # noqa: PT011 - psycopg's own
        _merge(tx, SAWAH, 1, household_kk_history=nameless)
    assert central_merge.constraint_failure(broken.value)
    with store.read() as tx:
        assert [row[4] for row in _dump(tx)] == [None]
