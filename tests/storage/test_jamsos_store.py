"""The Jamsosnaker tables on a real SQLite file: the seeded rate and settings, and the recap in SQL."""

import json
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage import bare_connection
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import member_months
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.transaction import Transaction

NOW = datetime(2025, 9, 23, 7, 0, tzinfo=UTC)


def person(tx: Transaction, nik: str, *, kelurahan: str = "36.74.04.1004", rw: str = "001") -> str:
    row = Person(
        nik=nik,
        full_name=f"Orang {nik[-4:]}",
        sex="L",
        birth_date=date(1980, 1, 1),
        address="Jl. Uji",
        rw=rw,
        kelurahan_code=kelurahan,
    )
    tx.session.add(row)
    tx.session.flush()
    return row.id


def enrol(
    tx: Transaction, person_id: str, first: str | None, last: str | None, status: str = "active"
) -> None:
    jamsos_store.insert_member(
        tx,
        {
            "person_id": person_id,
            "occupation": "pemulung",
            "status": status,
            "first_month": first,
            "last_month": last,
        },
    )


def test_the_migration_seeds_the_default_rate_and_the_settings(database: Database) -> None:
    with database.read() as tx:
        rates = jamsos_store.rates(tx)
        settings = jamsos_store.settings(tx)
    assert [(r.effective_from, r.jkk, r.jkm, r.jht) for r in rates] == [("2023-01", 10_000, 6_800, 0)]
    assert json.loads(settings["rules"])["max_desil"] == 4
    assert "tukang sapu" in json.loads(settings["occupations"])


def test_a_month_has_one_rate(database: Database) -> None:
    with pytest.raises(IntegrityError), database.write(None) as tx:
        jamsos_store.insert_rate(tx, effective_from="2023-01", jkk=1, jkm=1, jht=0, by=None)


def test_the_recap_counts_covered_members_at_the_rate_in_force(database: Database) -> None:
    with database.write(None) as tx:
        jamsos_store.insert_rate(tx, effective_from="2025-07", jkk=5_000, jkm=3_400, jht=0, by=None)
        a = person(tx, "3674040101800001")
        b = person(tx, "3674040101800002", rw="002")
        c = person(tx, "3674040101800003", kelurahan="36.74.01.1001")
        enrol(tx, a, "2025-01", None)
        enrol(tx, b, "2025-01", "2025-03", status="ended")
        enrol(tx, b, "2025-08", None)  # ended, then enrolled again
        enrol(tx, c, "2025-02", None, status="submitted")  # not paid for: never counted
        enrol(tx, c, None, None, status="proposed")
    with database.read() as tx:
        january = jamsos_store.recap(tx, "2025-01")
        june = jamsos_store.recap(tx, "2025-06")
        august = jamsos_store.recap(tx, "2025-08")
        before_any_rate = jamsos_store.recap(tx, "2022-12")
    assert [(r.kelurahan_code, r.rw, r.members, r.amount) for r in january] == [
        ("36.74.04.1004", "001", 1, 16_800),
        ("36.74.04.1004", "002", 1, 16_800),
    ]
    assert [(r.rw, r.members, r.amount) for r in june] == [("001", 1, 16_800)]
    assert [(r.rw, r.members, r.amount) for r in august] == [("001", 1, 8_400), ("002", 1, 8_400)]
    assert before_any_rate == []


def plan_of(database: Database, read: Callable[[Transaction], object]) -> list[str]:
    """The query plan of the one Jamsosnaker member statement that `read` runs, as SQLite would run it in
    a store without statistics (an office's store is never ANALYZEd)."""
    statements: list[str] = []
    with database.read() as tx:
        connection = bare_connection.of_connection(tx.connection)
        assert (
            connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0]
            == 0
        )
        connection.set_trace_callback(statements.append)
        try:
            read(tx)
        finally:
            connection.set_trace_callback(None)
        (statement,) = [each for each in statements if "jamsos_member" in each]
        return [str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}")]


def test_the_year_recap_finds_each_person_in_the_recap_index_alone(database: Database) -> None:
    """The members read in their table's order, each person's kelurahan and RW found in ix_person_recap
    without reading the person's row, also without statistics: the planner took the members through
    their months' index and the people through the primary key's, fetching every row of both from
    elsewhere in the file."""
    plan = plan_of(database, lambda tx: jamsos_store.recap_with_year(tx, ["2025-01", "2025-02"], [1, 1]))
    assert plan == [
        "SCAN m",
        "SEARCH p USING COVERING INDEX ix_person_recap (id=?)",
        "USE TEMP B-TREE FOR GROUP BY",
    ]


def test_the_members_per_month_are_read_in_their_table_order(database: Database) -> None:
    plan = plan_of(database, lambda tx: member_months.members_per_month(tx, ["2025-01", "2025-02"]))
    assert plan[0] == "SCAN m"  # not through ix_jamsos_member_months, a row fetched elsewhere for each
