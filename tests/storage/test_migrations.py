"""Migrations: an empty file reaches head, schema equals the tables, re-runs are no-ops, backups are whole."""

import shutil
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.storage import tables  # noqa: F401 - registers the tables on the metadata
from tangsel_desktop.storage.backup import backup_database
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_tables  # noqa: F401
from tangsel_desktop.storage.jamsos import claim_tables, membership_tables  # noqa: F401
from tangsel_desktop.storage.migrate import _alembic_config, current_revision, head_revision, migrate
from tangsel_desktop.storage.people import photo_tables  # noqa: F401
from tangsel_desktop.storage.sembako import sembako_tables  # noqa: F401
from tangsel_desktop.storage.sync import finding_tables, sync_tables  # noqa: F401
from tangsel_desktop.storage.training import training_tables  # noqa: F401
from tests.store_files import open_raw, store_at_revision

# person_fts is an FTS5 virtual table made with raw SQL in 0001_initial: SQLAlchemy has no construct for
# virtual tables, so no SQLModel class declares it. SQLite backs it with shadow tables (_data, _idx,
# _content, _docsize, _config) that reflection sees as ordinary tables. These, and only these, are
# expected to be "missing" from the metadata.
FTS_TABLES = frozenset(
    {"person_fts", *(f"person_fts_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config"))}
)
APP_TABLES = {"office", "app_user", "household", "household_kk_history", "person", "audit_log"}
DOCUMENT_TABLES = {"document_number_format", "document_register", "office_key", "office_setting"}
JAMSOS_TABLES = {"jamsos_rate", "jamsos_member", "jamsos_status_event", "jamsos_setting"}
CLAIM_TABLES = {"jamsos_claim", "jamsos_claim_note"}


def table_names(file: Path) -> set[str]:
    with open_raw(file) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_empty_file_migrates_to_head_without_a_backup(tmp_path: Path) -> None:
    database = Database(tmp_path / "new.sqlite3")
    try:
        assert current_revision(database) is None
        assert migrate(database, tmp_path / "backups") is None
        assert current_revision(database) == head_revision() == "0022_pg_journal"
    finally:
        database.dispose()
    assert APP_TABLES | DOCUMENT_TABLES | JAMSOS_TABLES | CLAIM_TABLES | FTS_TABLES | {
        "alembic_version"
    } <= table_names(tmp_path / "new.sqlite3")
    assert list((tmp_path / "backups").glob("*")) == []


def test_migrated_schema_matches_the_sqlmodel_tables(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    unexpected = [
        difference
        for difference in differences
        if not (difference[0] == "remove_table" and difference[1].name in FTS_TABLES)
    ]
    assert unexpected == []
    # The filter must not hide everything: the FTS tables really are there and really were reported.
    assert {difference[1].name for difference in differences} == FTS_TABLES


def test_partial_unique_indexes_and_search_triggers_exist(database: Database) -> None:
    with open_raw(database.file) as connection:
        sql = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
    assert "WHERE deleted_at IS NULL" in sql["uq_person_nik_live"]
    assert "UNIQUE" in sql["uq_person_nik_live"].upper()
    assert "WHERE deleted_at IS NULL" in sql["uq_household_kk_number_live"]
    for trigger in ("person_fts_after_insert", "person_fts_after_update", "household_fts_after_kk_change"):
        assert trigger in sql


def test_migrating_twice_is_a_no_op_and_takes_no_backup(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    database = Database(tmp_path / "office.sqlite3")
    try:
        migrate(database, backups)
        with database.write(None) as tx:
            session = tx.session
            session.connection().exec_driver_sql(
                "INSERT INTO office (id, code, kind, name, created_at) "
                "VALUES (1, '36.74.04.1004', 'kelurahan', 'Sawah', '2025-09-23T00:00:00.000000Z')"
            )
        schema_before = sorted(table_names(database.file))
        assert migrate(database, backups) is None
        assert migrate(database, backups) is None
        assert current_revision(database) == head_revision()
    finally:
        database.dispose()
    assert sorted(table_names(tmp_path / "office.sqlite3")) == schema_before
    assert not backups.exists() or list(backups.iterdir()) == []
    with open_raw(tmp_path / "office.sqlite3") as connection:
        assert connection.execute("SELECT code FROM office").fetchall() == [("36.74.04.1004",)]


def test_existing_current_database_reopened_returns_no_backup(tmp_path: Path) -> None:
    first = Database(tmp_path / "office.sqlite3")
    migrate(first, tmp_path / "backups")
    first.dispose()
    reopened = Database(tmp_path / "office.sqlite3")
    try:
        assert migrate(reopened, tmp_path / "backups") is None
    finally:
        reopened.dispose()


def test_downgrade_to_base_and_upgrade_again(database: Database, tmp_path: Path) -> None:
    config = _alembic_config()
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.commit()
    assert current_revision(database) is None
    assert (
        table_names(database.file)
        & (APP_TABLES | DOCUMENT_TABLES | JAMSOS_TABLES | CLAIM_TABLES | FTS_TABLES)
        == set()
    )
    assert migrate(database, tmp_path / "backups-2") is None
    assert current_revision(database) == head_revision()


def test_backup_is_a_consistent_copy_including_rows_still_in_the_wal(
    database: Database, tmp_path: Path
) -> None:
    # An open reader keeps SQLite from checkpointing the WAL into the main file on close.
    with open_raw(database.file) as reader:
        reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        reader.execute("SELECT count(*) FROM audit_log").fetchone()
        with database.write(None) as tx:
            session = tx.session
            for number in range(25):
                session.connection().exec_driver_sql(
                    "INSERT INTO audit_log "
                    "(at, username, action, entity, entity_id, previous_hash, entry_hash) "
                    f"VALUES ('2025-09-23T00:00:00.000000Z', 'uji', 'test', 'x', '{number}', '', '')"
                )
        wal = database.file.with_name(database.file.name + "-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        # The main file alone does not hold the rows yet: a plain file copy would lose them.
        main_only = tmp_path / "main-only.sqlite3"
        shutil.copyfile(database.file, main_only)
        with open_raw(main_only) as copy:
            assert copy.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)

        backup = backup_database(database.file, tmp_path / "backups", reason="uji")

    assert backup.parent == tmp_path / "backups"
    assert backup.name.startswith("tangsel-")
    assert backup.name.endswith("-uji.sqlite3")
    with open_raw(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM audit_log").fetchone() == (25,)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)


def test_two_backups_in_a_row_get_different_names(database: Database, tmp_path: Path) -> None:
    first = backup_database(database.file, tmp_path / "backups", reason="a")
    second = backup_database(database.file, tmp_path / "backups", reason="a")
    assert first != second
    assert first.exists()
    assert second.exists()


def test_open_services_migrates_a_new_data_folder_and_reopens_without_a_backup(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    for _ in range(2):
        services = open_services(paths)
        try:
            assert current_revision(services.database) == head_revision()
            assert services.office.get() is None
        finally:
            services.database.dispose()
    assert list(paths.backups.iterdir()) == []


def test_a_store_at_0003_gains_the_claim_tables_and_keeps_its_data(tmp_path: Path) -> None:
    database = Database(tmp_path / "office.sqlite3")
    try:
        store_at_revision(
            database, "0003", "UPDATE jamsos_setting SET value = '[\"pemulung\"]' WHERE key = 'occupations'"
        )
        assert current_revision(database) == "0003"
        assert not CLAIM_TABLES & table_names(database.file)
        backup = migrate(database, tmp_path / "backups")
        assert current_revision(database) == head_revision()
    finally:
        database.dispose()
    assert backup is not None
    assert backup.exists()
    assert table_names(tmp_path / "office.sqlite3") >= CLAIM_TABLES
    with open_raw(tmp_path / "office.sqlite3") as connection:
        assert connection.execute(
            "SELECT value FROM jamsos_setting WHERE key = 'occupations'"
        ).fetchall() == [('["pemulung"]',)]
        stages = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'jamsos_claim_note'"
        ).fetchone()[0]
    assert "checklist_given" in stages
