"""The store's self-check: ok when fresh and after work, a named problem when the index, keys or log break."""

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_service import PeopleService
from tangsel_desktop.storage.columns import new_id
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.integrity import check_store
from tests.conftest import make_draft
from tests.store_files import open_raw

CLERK = Actor(user_id=new_id(), username="uji", full_name="Petugas Uji", role=Role.ADMIN)


def register_three(database: Database) -> list[str]:
    people = PeopleService(database)
    ids = []
    for serial in range(1, 4):
        detail, _ = people.register(
            actor=CLERK, draft=make_draft(nik=f"367404570885{serial:04d}", full_name=f"Siti {serial}")
        )
        ids.append(detail.id)
    return ids


def raw(database: Database, sql: str, *, foreign_keys: bool = True) -> None:
    with open_raw(database.file) as connection:
        connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        connection.execute(sql)
        connection.commit()


def test_fresh_store_is_ok(database: Database) -> None:
    report = check_store(database)
    assert report.ok
    assert report.problems == ()
    assert (report.people, report.audit_entries) == (0, 0)


def test_store_after_registrations_and_a_deletion_is_ok(database: Database) -> None:
    ids = register_three(database)
    PeopleService(database).delete(actor=CLERK, person_id=ids[0], reason="pindah domisili")
    report = check_store(database)
    assert report.problems == ()
    assert report.ok
    assert report.people == 2
    # household, three people, the deletion, and the head passing to the next oldest member
    assert report.audit_entries == 1 + 3 + 1 + 1


def test_search_index_out_of_step_is_reported(database: Database) -> None:
    register_three(database)
    raw(database, "DELETE FROM person_fts WHERE rowid = (SELECT min(local_no) FROM person)")
    report = check_store(database)
    assert not report.ok
    assert any("indeks pencarian memuat 2 orang, data memuat 3" in problem for problem in report.problems)


def test_search_index_row_of_a_deleted_person_is_reported(database: Database) -> None:
    ids = register_three(database)
    PeopleService(database).delete(actor=CLERK, person_id=ids[1], reason="data ganda")
    raw(database, "INSERT INTO person_fts(rowid, name, nik, kk, address) VALUES (999, 'Hantu', '', '', '')")
    report = check_store(database)
    assert not report.ok
    assert any("indeks pencarian" in problem for problem in report.problems)


def test_broken_foreign_key_is_reported(database: Database) -> None:
    register_three(database)
    raw(
        database,
        f"UPDATE person SET household_id = '{new_id()}' WHERE full_name = 'Siti 2'",
        foreign_keys=False,
    )
    report = check_store(database)
    assert not report.ok
    assert any(problem.startswith("kunci asing rusak: tabel person") for problem in report.problems)


def test_tampered_audit_log_is_reported(database: Database) -> None:
    register_three(database)
    raw(database, "UPDATE audit_log SET username = 'orang lain' WHERE id = 2")
    report = check_store(database)
    assert not report.ok
    assert any("#2" in problem and "diubah" in problem for problem in report.problems)


def test_check_changes_nothing(database: Database) -> None:
    register_three(database)
    with open_raw(database.file) as connection:
        before = connection.execute("SELECT count(*), max(id) FROM audit_log").fetchone()
    check_store(database)
    check_store(database)
    with open_raw(database.file) as connection:
        assert connection.execute("SELECT count(*), max(id) FROM audit_log").fetchone() == before


def test_search_index_row_swapped_for_a_stranger_is_reported(database: Database) -> None:
    register_three(database)
    raw(database, "DELETE FROM person_fts WHERE rowid = (SELECT min(local_no) FROM person)")
    raw(database, "INSERT INTO person_fts(rowid, name, nik, kk, address) VALUES (999, 'Hantu', '', '', '')")
    report = check_store(database)
    assert not report.ok
