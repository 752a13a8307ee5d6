"""The central office's store on PostgreSQL: opened from a URL, migrated from the same history, checked at
start, written through the same door (the write lock, the journal, the audit chain, the row seals)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage import change_journal, postgres_dialect, row_seals
from tangsel_desktop.storage.audit import AuditEvent, verify_chain
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import current_revision, head_revision, migrate
from tangsel_desktop.storage.store_busy import StoreBusy
from tangsel_desktop.storage.store_location import StoreLocation, configured


@pytest.fixture
def pg_database(pg_url: str, tmp_path: Path) -> Iterator[Database]:
    database = Database(StoreLocation.parse(pg_url))
    migrate(database, tmp_path / "backups")
    yield database
    database.dispose()


def test_an_empty_postgres_database_migrates_to_head_matching_the_tables(pg_url: str, tmp_path: Path) -> None:
    database = Database(StoreLocation.parse(pg_url))
    try:
        assert database.is_server
        assert current_revision(database) is None
        assert migrate(database, tmp_path / "backups") is None
        assert current_revision(database) == head_revision()
        assert migrate(database, tmp_path / "backups") is None  # a second start: nothing to do
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, SQLModel.metadata)
            assert all(change_journal.triggers_in_place(connection).values())
    finally:
        database.dispose()
    assert not (tmp_path / "backups").exists()  # the server keeps its own backups
    # Only the search indexes are the migrations' own (expressions SQLModel does not declare), and the
    # words search matches, kept by the server's triggers in a table of its own (0021_pg_words).
    extra = {d[1].name for d in differences if d[0] == "remove_index"}
    assert extra == {
        "ix_person_nik_prefix",
        "ix_household_kk_prefix",
        "ix_person_word_prefix",
        "ix_person_word_person",
    }
    tables = {d[1].name for d in differences if not isinstance(d, list) and d[0] == "remove_table"}
    assert tables == {"person_word"}
    # Every other difference is 0017_postgres's: each foreign key made deferrable (seen as removed and added
    # again, the same key) and each integer column widened to SQLite's 64 bits.
    keys = {kind: sorted(d[1].name for d in differences if d[0] == kind) for kind in ("remove_fk", "add_fk")}
    assert keys["remove_fk"] == keys["add_fk"]
    assert all(d[1].deferrable for d in differences if not isinstance(d, list) and d[0] == "remove_fk")
    changes = [change for group in differences if isinstance(group, list) for change in group]
    assert [
        d
        for d in differences
        if not isinstance(d, list) and d[0] not in ("remove_index", "remove_fk", "add_fk", "remove_table")
    ] == []
    assert changes
    assert {(change[0], str(change[5]), str(change[6])) for change in changes} == {
        ("modify_type", "BIGINT", "INTEGER")
    }


def test_the_journal_notes_each_row_once_with_its_version_as_on_sqlite(pg_database: Database) -> None:
    with pg_database.write(None) as tx:
        tx.connection.execute(
            text(
                "INSERT INTO office (id, code, kind, name, created_at) "
                "VALUES (1, 'DINSOS', 'dinsos', 'Dinas Sosial', '2026-12-03T00:00:00.000000Z')"
            )
        )
        tx.connection.execute(
            text("UPDATE office SET name = 'Dinas Sosial Kota' WHERE id = 1"),
        )
    with pg_database.read() as tx:
        entries = change_journal.changes_since(tx, 0)
    office = [entry for entry in entries if entry.table_name == "office"]
    assert [(e.row_id, e.operation, e.office_code, e.version) for e in office] == [
        ("1", "update", "DINSOS", 2)
    ]
    assert office[0].seq == max(entry.seq for entry in entries)


def test_statements_of_many_rows_journal_each_row_once_with_its_version(pg_database: Database) -> None:
    """The journal's statement-level triggers (0022): inserts, an upsert that inserts one row and updates
    another, an update of several rows and a delete, each row's entry moved to a new number."""
    stamp = "'2026-12-03T00:00:00.000000Z'"
    insert = "INSERT INTO office_setting (key, value, updated_at) VALUES "
    statements = [
        f"{insert} ('a', '1', {stamp}), ('b', '1', {stamp})",
        f"{insert} ('b', '2', {stamp}), ('c', '1', {stamp}) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        "UPDATE office_setting SET value = '3' WHERE key IN ('a', 'b', 'c')",
        "DELETE FROM office_setting WHERE key = 'c'",
        "UPDATE office_setting SET value = '4' WHERE key = 'nothing'",  # no row: no entry
    ]
    numbers = []
    for statement in statements:
        with pg_database.write(None) as tx:
            tx.connection.exec_driver_sql(statement)
        with pg_database.read() as tx:
            numbers.append(
                {
                    e.row_id: e.seq
                    for e in change_journal.changes_since(tx, 0)
                    if e.table_name == "office_setting"
                }
            )
    with pg_database.read() as tx:
        entries = [e for e in change_journal.changes_since(tx, 0) if e.table_name == "office_setting"]
    assert [(e.row_id, e.operation, e.version) for e in entries] == [
        ("a", "update", 2),
        ("b", "update", 3),
        ("c", "delete", 3),
    ]
    assert numbers[1]["b"] > numbers[0]["b"]
    assert numbers[1]["a"] == numbers[0]["a"]  # only b moved
    assert numbers[3]["c"] > numbers[2]["c"]
    assert numbers[4] == numbers[3]


def test_audit_entries_chain_and_verify_on_the_server(pg_database: Database) -> None:
    for number in range(3):
        with pg_database.write(None) as tx:
            tx.record(AuditEvent("test", "office", str(number), after={"n": number}))
    with pg_database.read() as tx:
        found = verify_chain(tx.session)
    assert (found.entries, found.problems) == (3, [])


def test_a_row_changed_outside_the_application_breaks_its_seal(pg_database: Database) -> None:
    with pg_database.write(None) as tx:
        tx.connection.execute(
            text(
                "INSERT INTO app_user (id, username, full_name, role, password_hash, failed_logins, active, "
                "created_at, updated_at, position, nip) VALUES ('u1', 'ani', 'Ani', 'operator', 'x', 0, "
                "true, '2026-12-03T00:00:00.000000Z', '2026-12-03T00:00:00.000000Z', '', '')"
            )
        )
    with pg_database.read() as tx:
        assert row_seals.verify(tx.connection) == []
    # A database tool's session: the seal triggers do not note its change, so the seal stays stale.
    with pg_database.engine.begin() as tool:
        tool.execute(text("UPDATE app_user SET role = 'admin' WHERE id = 'u1'"))
    with pg_database.read() as tx:
        assert row_seals.verify(tx.connection) == [
            "pengguna 'ani' diubah di luar aplikasi (segel data tidak cocok)"
        ]


def test_a_second_writer_that_will_not_wait_is_told_the_data_is_busy(pg_database: Database) -> None:
    with pg_database.write(None), pytest.raises(StoreBusy), pg_database.write(None, wait=False):
        pass
    with pg_database.write(None, wait=False) as tx:  # the lock went with the first transaction
        assert tx.writable


def test_a_read_is_one_snapshot_while_a_writer_commits(pg_database: Database) -> None:
    with pg_database.write(None) as tx:
        tx.record(AuditEvent("test", "office", "1"))
    with pg_database.read() as reading:
        before = reading.connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        with pg_database.write(None) as tx:
            tx.record(AuditEvent("test", "office", "2"))
        again = reading.connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert before == again == 1
    with pg_database.read() as reading:
        assert reading.connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 2


def _refused_at_start(pg_server: object, folder: Path, create: str, message: str) -> None:
    """A database made with `create`'s options is refused by the start-up checks, before any migration."""
    import psycopg

    from tests.pg_server import PgServer

    assert isinstance(pg_server, PgServer)
    name = "odd_" + folder.name[-8:].lower().replace("-", "_")
    with psycopg.connect(pg_server.dsn(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name} {create} TEMPLATE template0")
    database = Database(StoreLocation.parse(pg_server.url(name)))
    try:
        with pytest.raises(UserError, match=message):
            migrate(database, folder)
        assert current_revision(database) is None  # refused before any step
    finally:
        database.dispose()
        pg_server.drop_database(name)


def test_the_start_up_checks_refuse_a_database_not_in_utf8(pg_server: object, tmp_path: Path) -> None:
    _refused_at_start(pg_server, tmp_path, "ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'", "bukan UTF8")


def test_the_start_up_checks_refuse_a_language_collation(pg_server: object, tmp_path: Path) -> None:
    """An ICU collation (what a Windows installer's default locale amounts to) orders 'a' before 'B'."""
    _refused_at_start(
        pg_server,
        tmp_path,
        "ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'id-ID' LC_COLLATE 'C' LC_CTYPE 'C'",
        "LC_COLLATE 'C'",
    )


def test_the_url_comes_from_the_environment_or_the_settings_file(tmp_path: Path) -> None:
    settings = tmp_path / "tangsel.ini"
    assert configured(settings, {}) is None
    settings.write_text("[database]\nurl = postgresql://tangsel@db.dinsos:5432/kota\n", encoding="utf-8")
    from_file = configured(settings, {})
    assert from_file is not None
    assert from_file.url == "postgresql+psycopg://tangsel@db.dinsos:5432/kota"
    assert from_file.shown() == "kota di db.dinsos:5432"
    from_env = configured(settings, {"TANGSEL_DATABASE_URL": "postgresql+psycopg://x@h/lain"})
    assert from_env is not None
    assert from_env.url.endswith("/lain")
    settings.write_text("[database\nurl = ", encoding="utf-8")
    with pytest.raises(UserError, match="tidak dapat dibaca"):
        configured(settings, {})


def test_question_marks_become_psycopg_parameters_outside_quotes() -> None:
    assert postgres_dialect.pyformat("SELECT '?%', x FROM t WHERE a = ? AND b LIKE 'a%'", False) == (
        "SELECT '?%%', x FROM t WHERE a = %s AND b LIKE 'a%%'"
    )
    assert postgres_dialect.pyformat("SELECT :a::text, ':b'", True) == "SELECT %(a)s::text, ':b'"
