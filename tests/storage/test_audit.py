"""The audit chain: entries written with every action verify, and an edited or removed entry is detected."""

import json
from datetime import UTC, date, datetime

import pytest

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_service import PeopleService
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import (
    GENESIS_HASH,
    AuditEvent,
    chain_rows,
    entry_hash,
    to_json,
    verify_chain,
)
from tangsel_desktop.storage.columns import new_id
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.tables import AuditEntry
from tests.conftest import make_draft
from tests.store_files import open_raw

CLERK = Actor(user_id=new_id(), username="uji", full_name="Petugas Uji", role=Role.ADMIN)


def problems(database: Database) -> list[str]:
    with database.read() as tx:
        session = tx.session
        return verify_chain(session).problems


def tamper(database: Database, sql: str, *parameters: object) -> None:
    """Change the log behind the application's back, as someone with the file and a SQLite tool could."""
    with open_raw(database.file) as connection:
        connection.execute(sql, parameters)
        connection.commit()


@pytest.fixture
def acted(database: Database) -> Database:
    """A store after a few people actions: register (with a new household), update, delete."""
    people = PeopleService(database)
    siti, _ = people.register(actor=CLERK, draft=make_draft())
    budi, _ = people.register(
        actor=CLERK, draft=make_draft(nik="3674041708850002", full_name="Budi", sex="L", kk_number="")
    )
    people.update(actor=CLERK, person_id=siti.id, draft=make_draft(full_name="Siti Aminah Rahayu"))
    people.delete(actor=CLERK, person_id=budi.id, reason="data ganda")
    return database


def test_empty_log_verifies(database: Database) -> None:
    with database.read() as tx:
        session = tx.session
        check = verify_chain(session)
    assert (check.entries, check.problems) == (0, [])


def test_chain_verifies_after_actions(acted: Database) -> None:
    with acted.read() as tx:
        session = tx.session
        check = verify_chain(session)
    assert check.problems == []
    # household create + person create, person create, person update, person delete
    assert check.entries == 5


def test_entries_record_who_what_before_and_after(acted: Database) -> None:
    with open_raw(acted.file) as connection:
        rows = connection.execute(
            "SELECT action, entity, username, user_id, before_json, after_json FROM audit_log ORDER BY id"
        ).fetchall()
    assert [(row[0], row[1]) for row in rows] == [
        ("create", "household"),
        ("create", "person"),
        ("create", "person"),
        ("update", "person"),
        ("delete", "person"),
    ]
    assert {(row[2], row[3]) for row in rows} == {(CLERK.username, CLERK.user_id)}
    update_before, update_after = json.loads(rows[3][4]), json.loads(rows[3][5])
    assert update_before["full_name"] == "Siti Aminah"
    assert update_after["full_name"] == "Siti Aminah Rahayu"
    assert json.loads(rows[4][5]) == {"reason": "data ganda"}


def test_edited_entry_is_detected(acted: Database) -> None:
    tamper(acted, "UPDATE audit_log SET after_json = ? WHERE id = 2", '{"full_name":"Orang Lain"}')
    found = problems(acted)
    assert len(found) == 1
    assert "#2" in found[0]
    assert "diubah" in found[0]


@pytest.mark.parametrize("column", ["username", "action", "entity_id", "at", "before_json", "user_id"])
def test_any_edited_column_is_detected(acted: Database, column: str) -> None:
    value = "2020-01-01T00:00:00.000000Z" if column == "at" else "x"
    tamper(acted, f"UPDATE audit_log SET {column} = ? WHERE id = 3", value)
    assert any("#3" in problem for problem in problems(acted))


def test_deleted_entry_is_detected(acted: Database) -> None:
    tamper(acted, "DELETE FROM audit_log WHERE id = 2")
    found = problems(acted)
    assert len(found) == 2
    assert "#3" in found[0]
    assert "terputus" in found[0]
    assert found[1] == "1 entri audit hilang: tercatat 5, tersisa 4"  # the anchor counts it too


def test_deleted_first_entry_is_detected(acted: Database) -> None:
    tamper(acted, "DELETE FROM audit_log WHERE id = 1")
    assert any("#2" in problem for problem in problems(acted))


def test_edited_entry_with_its_own_hash_recomputed_still_breaks_the_chain(acted: Database) -> None:
    with acted.read() as tx:
        session = tx.session
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        row = entry.model_dump()
    row["after_json"] = '{"full_name":"Orang Lain"}'
    tamper(
        acted,
        "UPDATE audit_log SET after_json = ?, entry_hash = ? WHERE id = 2",
        row["after_json"],
        entry_hash(row),
    )
    found = problems(acted)
    assert len(found) == 2
    assert "#2" in found[0]  # keyed: its hash cannot be recomputed without the key
    assert "#3" in found[1]


def test_appended_entries_continue_the_chain(database: Database) -> None:
    with database.write(None) as tx:
        session = tx.session
        assert (
            audit.append(session, [AuditEvent("a", "x"), AuditEvent("b", "x")], user_id=None, username="u")
            == 2
        )
    with database.write(None) as tx:
        session = tx.session
        assert audit.append(session, [], user_id=None, username="u") == 0
        audit.append(session, [AuditEvent("c", "x")], user_id=None, username="u")
    with open_raw(database.file) as connection:
        rows = connection.execute("SELECT previous_hash, entry_hash FROM audit_log ORDER BY id").fetchall()
    assert rows[0][0] == GENESIS_HASH
    assert rows[1][0] == rows[0][1]
    assert rows[2][0] == rows[1][1]
    assert problems(database) == []


def test_chain_rows_link_each_row_to_the_one_before() -> None:
    rows = chain_rows(
        [AuditEvent("a", "x"), AuditEvent("b", "y")], user_id=None, username="u", previous="f" * 64
    )
    assert rows[0]["previous_hash"] == "f" * 64
    assert rows[1]["previous_hash"] == rows[0]["entry_hash"] == entry_hash(rows[0])
    assert rows[1]["entry_hash"] == entry_hash(rows[1])
    assert rows[0]["entry_hash"] != rows[1]["entry_hash"]


def test_to_json_is_canonical_and_keeps_indonesian_text() -> None:
    text = to_json(
        {
            "z": 1,
            "birth_date": date(1985, 8, 17),
            "at": datetime(2025, 9, 23, 7, 5, tzinfo=UTC),
            "name": "Nur'aini <José>",
        }
    )
    assert text == (
        '{"at":"2025-09-23T07:05:00.000000Z","birth_date":"1985-08-17","name":"Nur\'aini <José>","z":1}'
    )
    assert to_json(None) is None
