"""The same Alembic history on both engines: a store an older version left, with rows in it, reaches head
with its rows kept, journaled for the first package, sealed, and whole by `check`."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.storage import row_seals
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.migrate import current_revision, head_revision, migrate
from tangsel_desktop.storage.store_location import StoreLocation
from tests.store_files import store_at_revision

pytestmark = pytest.mark.both_engines

AT = "'2026-11-24T08:00:00.000000Z'"
# What version 0004 left behind: an office, a user, a family of two, a printed card and a member.
ROWS = (
    "INSERT INTO office (id, code, kind, name, created_at) "
    f"VALUES (1, 'DINSOS', 'dinsos', 'Dinas Sosial', {AT})",
    "INSERT INTO app_user (id, username, full_name, role, password_hash, failed_logins, active, "
    f"created_at, updated_at) VALUES ('u1', 'admin', 'Admin', 'admin', 'hash', 0, TRUE, {AT}, {AT})",
    "INSERT INTO household (id, kk_number, created_at, updated_at) "
    f"VALUES ('h1', '3674041203150002', {AT}, {AT})",
    *(
        "INSERT INTO person (local_no, id, nik, household_id, full_name, sex, birth_place, birth_date, "
        "address, rt, rw, kelurahan_code, phone, occupation, disability, notes, created_at, updated_at) "
        "VALUES "
        f"({number}, 'p{number}', '367404570885000{number}', 'h1', '{name}', 'P', 'Jakarta', '1985-08-17', "
        f"'Jl. Mawar No. 5', '003', '012', '3674041004', '', 'pemulung', '', '', {AT}, {AT})"
        for number, name in ((1, "Siti Aminah"), (2, "Budi Santoso"))
    ),
    "INSERT INTO document_register (id, kind, year, seq, number, is_copy, person_id, person_name, status, "
    "reason, job, printed_by_name, reserved_at) VALUES (1, 'card', 2026, 1, 'KPM/DINSOS/2026/000001', "
    f"FALSE, 'p1', 'Siti Aminah', 'printed', '', 'j1', 'admin', {AT})",
    "INSERT INTO jamsos_member (id, person_id, occupation, work_location, declared_income, status, "
    f"created_at, updated_at) VALUES ('m1', 'p2', 'pemulung', 'Pasar', 1000000, 'proposed', {AT}, {AT})",
)


@pytest.fixture
def old_store(tmp_path: Path, request: pytest.FixtureRequest, store_engine: str) -> Iterator[Database]:
    if store_engine == "postgresql":
        location = StoreLocation.parse(request.getfixturevalue("pg_url"))
    else:
        location = StoreLocation.sqlite_file(tmp_path / "kantor.sqlite3")
    database = Database(location)
    yield database
    database.dispose()


def test_a_populated_store_from_0004_reaches_head_journaled_sealed_and_whole(
    old_store: Database, tmp_path: Path
) -> None:
    store_at_revision(old_store, "0004", *ROWS)
    assert current_revision(old_store) == "0004"
    migrate(old_store, tmp_path / "backups")
    assert current_revision(old_store) == head_revision()
    with old_store.read() as tx:
        connection = tx.connection
        people = connection.execute(
            text("SELECT id, full_name, birth_date, origin_office FROM person ORDER BY local_no")
        ).all()
        journaled = connection.execute(
            text(
                "SELECT table_name, row_id, operation, version FROM change_journal "
                "ORDER BY table_name, row_id"
            )
        ).all()
        assert row_seals.verify(connection) == []
    assert [(row[0], row[1], str(row[2]), row[3]) for row in people] == [
        ("p1", "Siti Aminah", "1985-08-17", ""),
        ("p2", "Budi Santoso", "1985-08-17", ""),
    ]
    # 0005 journaled every row already there (and the seeded formats, rates and settings) as inserts.
    expected = {
        ("app_user", "u1"),
        ("document_register", "1"),
        ("household", "h1"),
        ("jamsos_member", "m1"),
        ("office", "1"),
        ("person", "p1"),
        ("person", "p2"),
    }
    assert expected <= {(row[0], row[1]) for row in journaled}
    assert {(row[2], row[3]) for row in journaled} == {("insert", 1)}
    report = check_store(old_store, tmp_path / "backups")
    assert report.problems == ()
    assert report.people == 2
