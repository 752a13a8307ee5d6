"""The central server's word table (migration 0021_pg_words): a populated store gains its people's words,
a bare COPY and an update of other columns keep it exact, and the step goes back down to 0020's index."""

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlmodel import SQLModel

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.migrate import current_revision, head_revision, migrate
from tangsel_desktop.storage.people import people_search
from tangsel_desktop.storage.store_location import StoreLocation
from tests.services.test_people_search_words import words_drift
from tests.store_files import store_at_revision

AT = "'2026-12-03T08:00:00.000000Z'"
PEOPLE = (
    (1, "Siti Aminah", "Jl. Mawar No. 5", None),
    (2, "Budi Santoso", "Jl. Kenanga", None),
    (3, "Siti Rahayu", "Jl. Mawar No. 7", AT),  # deleted before the step: no words
)


def _person(number: int, name: str, address: str, deleted: str | None) -> str:
    return (
        "INSERT INTO person (local_no, id, nik, full_name, sex, birth_place, birth_date, address, rt, rw, "
        "kelurahan_code, phone, occupation, disability, notes, created_at, updated_at, deleted_at) VALUES "
        f"({number}, 'p{number}', '367404570885000{number}', '{name}', 'P', 'Jakarta', '1985-08-17', "
        f"'{address}', '003', '012', '3674041004', '', '', '', '', {AT}, {AT}, {deleted or 'NULL'})"
    )


@pytest.fixture
def server_store(pg_url: str) -> Iterator[Database]:
    database = Database(StoreLocation.parse(pg_url))
    yield database
    database.dispose()


def _found(database: Database, typed: str) -> list[str]:
    with database.engine.connect() as connection:
        rows = people_search.search(connection, typed, after_local_no=0, limit=50)
        return [row.full_name for row in rows]


def _words(database: Database, local_no: int) -> list[str]:
    with database.engine.connect() as connection:
        found = connection.execute(
            text("SELECT word FROM person_word WHERE local_no = :n ORDER BY word"), {"n": local_no}
        )
        return [row[0] for row in found]


def test_a_populated_store_gains_its_live_peoples_words(server_store: Database, tmp_path: Path) -> None:
    store_at_revision(server_store, "0020_pg_search", *(_person(*person) for person in PEOPLE))
    migrate(server_store, tmp_path / "backups")
    assert current_revision(server_store) == head_revision()
    assert _words(server_store, 1) == ["3674045708850001", "5", "aminah", "jl", "mawar", "no", "siti"]
    assert _words(server_store, 3) == []
    assert words_drift(server_store) == 0
    assert _found(server_store, "siti") == ["Siti Aminah"]
    assert _found(server_store, "mawar") == ["Siti Aminah"]
    assert check_store(server_store).ok
    # The Jamsosnaker listing's word filter, a condition inside its own query.
    person = SQLModel.metadata.tables["person"]
    with server_store.engine.connect() as connection:
        for tokens, expected in (
            (["siti", "maw"], ["Siti Aminah"]),
            (["jl"], ["Budi Santoso", "Siti Aminah"]),
            (["_"], []),
            (["siti", "kenanga"], []),
        ):
            matching = (
                select(person.c.full_name).where(people_search.WordsMatch(tokens)).order_by("full_name")
            )
            assert list(connection.execute(matching).scalars()) == expected, tokens


def test_a_bare_copy_and_other_updates_keep_the_words_exact(server_store: Database, tmp_path: Path) -> None:
    migrate(server_store, tmp_path / "backups")
    url = server_store.location.url.replace("postgresql+psycopg://", "postgresql://")
    columns = "(id, nik, full_name, sex, birth_place, birth_date, address, rt, rw, kelurahan_code, "
    columns += "phone, occupation, disability, notes, created_at, updated_at)"
    at = AT.strip("'")
    with psycopg.connect(url) as connection:
        with connection.cursor() as cursor, cursor.copy(f"COPY person {columns} FROM STDIN") as copy:
            for number in range(1, 201):
                copy.write_row(
                    (f"p{number}", f"3674045708{number:06d}", f"Warga Nomor{number}", "P", "Jakarta",
                     "1985-08-17", f"Jl. Contoh {number}", "001", "002", "3674041004", "", "", "", "", at, at)
                )  # fmt: skip
        # Columns search does not read: the words stay as they were (no rewrite), still exact.
        connection.execute("UPDATE person SET phone = '0812', occupation = 'pedagang'")
        connection.execute("UPDATE person SET full_name = 'Warga Baru' WHERE id = 'p7'")
        connection.execute("UPDATE person SET deleted_at = %s WHERE id = 'p8'", (at,))
        connection.execute("UPDATE person SET deleted_at = NULL WHERE id = 'p8'")  # restored
        connection.execute("DELETE FROM person WHERE id = 'p9'")
    assert words_drift(server_store) == 0
    assert _found(server_store, "nomor17") == ["Warga Nomor17"] + [f"Warga Nomor{n}" for n in range(170, 180)]
    assert _found(server_store, "baru") == ["Warga Baru"]
    assert _found(server_store, "nomor8") == ["Warga Nomor8"] + [f"Warga Nomor{n}" for n in range(80, 90)]
    assert _found(server_store, "nomor9 contoh") == [f"Warga Nomor{n}" for n in range(90, 100)]
    with server_store.engine.connect() as connection:
        assert people_search.count(connection, "warga") == 199


def test_the_step_goes_down_to_the_search_document_and_up_again(
    server_store: Database, tmp_path: Path
) -> None:
    store_at_revision(server_store, "0021_pg_words", *(_person(*person) for person in PEOPLE))
    from alembic import command

    from tangsel_desktop.storage.migrate import _alembic_config

    config = _alembic_config()
    with server_store.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0020_pg_search")
        connection.commit()
        kept = connection.execute(
            text(
                "SELECT full_name FROM person WHERE search_document @@ to_tsquery('simple', 'siti:*') "
                "AND deleted_at IS NULL"
            )
        )
        assert [row[0] for row in kept] == ["Siti Aminah"]
    migrate(server_store, tmp_path / "backups")
    assert words_drift(server_store) == 0
    assert _found(server_store, "siti") == ["Siti Aminah"]


def test_check_names_a_word_trigger_dropped_by_hand(server_store: Database, tmp_path: Path) -> None:
    migrate(server_store, tmp_path / "backups")
    assert check_store(server_store).ok
    with server_store.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER person_word_update ON person"))
    report = check_store(server_store)
    assert not report.ok
    assert any(
        "pemicu kata pencarian hilang" in problem and "person_word_update" in problem
        for problem in report.problems
    )
