"""Connections and transactions: pragmas everywhere, BEGIN IMMEDIATE writers, whole rollbacks, constraints."""

import threading
import time
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage import audit, sqlite_driver
from tangsel_desktop.storage.audit import AuditEvent, verify_chain
from tangsel_desktop.storage.columns import new_id, timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.tables import Household, Person
from tests.store_files import open_raw


def person(nik: str, **values: Any) -> Person:
    fields: dict[str, Any] = {
        "nik": nik,
        "full_name": "Siti Aminah",
        "sex": "P",
        "birth_date": date(1985, 8, 17),
        "address": "Jl. Mawar No. 5",
        "kelurahan_code": "36.74.04.1004",
    }
    fields.update(values)
    return Person(**fields)


def count(database: Database, table: str, where: str = "1") -> int:
    with open_raw(database.file) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def pragmas(connection: Any) -> dict[str, Any]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


EXPECTED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def assert_pragmas(values: dict[str, Any]) -> None:
    assert {name: values[name] for name in EXPECTED_PRAGMAS} == EXPECTED_PRAGMAS
    assert values["busy_timeout"] > 0


def test_pragmas_through_the_helper(database: Database) -> None:
    assert database.pragma("journal_mode") == "wal"
    assert database.pragma("synchronous") == 2
    assert database.pragma("foreign_keys") == 1
    assert database.pragma("busy_timeout") > 0


def test_pragmas_on_every_pooled_connection_at_once(database: Database) -> None:
    connections = [database.engine.connect() for _ in range(4)]
    try:
        for connection in connections:
            assert_pragmas(pragmas(connection))
    finally:
        for connection in connections:
            connection.close()


def test_pragmas_in_read_write_and_search_connections_and_other_threads(database: Database) -> None:
    seen: list[dict[str, Any]] = []

    def look() -> None:
        with database.read() as tx:
            session = tx.session
            seen.append(pragmas(session.connection()))
        with database.write(None) as tx:
            session = tx.session
            seen.append(pragmas(session.connection()))
        with database.query() as tx:
            connection = tx.connection
            seen.append(pragmas(connection))

    threads = [threading.Thread(target=look) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    look()
    assert len(seen) == 12
    for values in seen:
        assert_pragmas(values)


def test_a_write_takes_the_write_lock_before_any_statement(database: Database) -> None:
    with open_raw(database.file, timeout=0, isolation_level=None) as other:
        # Nothing executed yet in the transaction, but BEGIN IMMEDIATE already holds the lock.
        with database.write(None), pytest.raises(sqlite_driver.OperationalError, match="database is locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_a_read_does_not_take_the_write_lock(database: Database) -> None:
    with (
        open_raw(database.file, timeout=0, isolation_level=None) as other,
        database.read() as tx,
    ):
        tx.session.execute(text("SELECT count(*) FROM person")).scalar()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_concurrent_writers_in_two_threads_both_succeed(database: Database) -> None:
    # Each transaction reads the last audit hash and then appends: with a deferred BEGIN two such
    # transactions deadlock and one fails at once with 'database is locked', busy_timeout or not.
    rounds = 15
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            start.wait()
            for number in range(rounds):
                with database.write(None) as tx:
                    session = tx.session
                    previous = audit.last_hash(session)
                    time.sleep(0.002)  # widen the window between the read and the write
                    audit.append(
                        session,
                        [AuditEvent("test", "thread", f"{name}-{number}")],
                        user_id=None,
                        username=name,
                    )
                    assert previous != audit.last_hash(session)
        except BaseException as error:  # reported on the main thread
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert count(database, "audit_log") == 2 * rounds
    with database.read() as tx:
        session = tx.session
        check = verify_chain(session)
    assert check.problems == []
    assert check.entries == 2 * rounds


def test_failing_write_rolls_back_person_and_audit_entry_together(database: Database) -> None:
    def register_then_fail() -> None:
        with database.write(None) as tx:
            session = tx.session
            row = person("3674045708850001")
            session.add(row)
            session.flush()
            audit.append(session, [AuditEvent("create", "person", row.id)], user_id=None, username="uji")
            assert session.execute(text("SELECT count(*) FROM person_fts")).scalar() == 1
            raise RuntimeError("disk penuh")

    with pytest.raises(RuntimeError, match="disk penuh"):
        register_then_fail()
    assert count(database, "person") == 0
    assert count(database, "audit_log") == 0
    assert count(database, "person_fts") == 0


def test_constraint_failure_late_in_a_write_undoes_its_earlier_rows(database: Database) -> None:
    def register_twice() -> None:
        with database.write(None) as tx:
            session = tx.session
            session.add(person("3674045708850001", full_name="Pertama"))
            session.flush()
            audit.append(session, [AuditEvent("create", "person", "x")], user_id=None, username="uji")
            session.add(person("3674045708850001", full_name="Kedua"))
            session.flush()

    with pytest.raises(IntegrityError):
        register_twice()
    assert count(database, "person") == 0
    assert count(database, "audit_log") == 0


def test_two_live_people_with_the_same_nik_are_refused_by_the_index(database: Database) -> None:
    with database.write(None) as tx:
        session = tx.session
        session.add(person("3674045708850001"))
    with pytest.raises(IntegrityError, match=r"person\.nik"), database.write(None) as tx:
        tx.session.add(person("3674045708850001", full_name="Orang Lain"))
    assert count(database, "person") == 1


def test_soft_deleted_persons_nik_can_be_registered_again(database: Database) -> None:
    with database.write(None) as tx:
        session = tx.session
        session.add(person("3674045708850001", deleted_at=utc_now()))
        session.add(person("3674045708850001", full_name="Siti Aminah (baru)"))
    assert count(database, "person", "nik = '3674045708850001'") == 2
    assert count(database, "person", "nik = '3674045708850001' AND deleted_at IS NULL") == 1


def test_two_live_households_with_the_same_kk_are_refused(database: Database) -> None:
    with database.write(None) as tx:
        session = tx.session
        session.add(Household(kk_number="3674041203150002", deleted_at=utc_now()))
        session.add(Household(kk_number="3674041203150002"))
    with pytest.raises(IntegrityError), database.write(None) as tx:
        tx.session.add(Household(kk_number="3674041203150002"))
    assert count(database, "household") == 2


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.write(None) as tx:
        tx.session.add(person("3674045708850001", household_id=new_id()))
    assert count(database, "person") == 0


def test_the_bare_connection_commits_and_rolls_back_with_its_transaction(database: Database) -> None:
    insert = (
        "INSERT INTO household (id, kk_number, created_at, updated_at) "
        "VALUES (?, ?, '2025-09-23T00:00:00.000000Z', '2025-09-23T00:00:00.000000Z')"
    )
    with database.write(None) as tx:
        connection = tx.raw()
        connection.execute(insert, (new_id(), "3674041203150002"))

    def load_with_a_duplicate() -> None:
        with database.write(None) as tx:
            connection = tx.raw()
            connection.execute(insert, (new_id(), "3674041203150003"))
            connection.execute(insert, (new_id(), "3674041203150002"))

    with pytest.raises(sqlite_driver.IntegrityError):
        load_with_a_duplicate()
    assert count(database, "household") == 1


def test_the_bare_connection_holds_the_write_lock(database: Database) -> None:
    with open_raw(database.file, timeout=0, isolation_level=None) as other, database.write(None) as tx:
        tx.raw().execute("SELECT 1")
        with pytest.raises(sqlite_driver.OperationalError, match="database is locked"):
            other.execute("BEGIN IMMEDIATE")


def test_timestamps_are_stored_as_sortable_utc_text(database: Database) -> None:
    with database.write(None) as tx:
        session = tx.session
        session.add(person("3674045708850001"))
    with open_raw(database.file) as connection:
        created = connection.execute("SELECT created_at FROM person").fetchone()[0]
    assert isinstance(created, str)
    assert len(created) == 27
    assert created.endswith("Z")
    with database.read() as tx:
        session = tx.session
        loaded = session.execute(select(Person)).scalar_one()
    assert loaded.created_at.tzinfo is not None
    assert timestamp_text(loaded.created_at) == created
