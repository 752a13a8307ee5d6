"""Bring the store's schema to the newest step at start-up, copying the database aside first."""

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import text

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage import postgres_dialect, sqlite_driver
from tangsel_desktop.storage.backup import backup_database
from tangsel_desktop.storage.database import Database

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    # An absolute script location: the frozen bundle ships the migrations as data files.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(database: Database, backups_dir: Path) -> Path | None:
    """Upgrade to head; returns the backup taken when an existing database had to move."""
    if database.is_server:
        _migrate_server(database)
        return None
    current, head = current_revision(database), head_revision()
    if current == head:
        log.info("schema is current at revision %s", head)
        return None
    if current is not None and not _known(current):
        # A store written by a newer version: refused before any copy, so each attempt costs nothing.
        log.warning("store at unknown revision %s (this build knows up to %s)", current, head)
        raise UserError(
            f"Basis data {database.location.shown()} dibuat oleh versi Tangsel Desktop yang lebih baru "
            f"(skema {current}). "
            "Versi ini tidak dapat membukanya tanpa merusaknya: pasang versi terbaru aplikasi, "
            "lalu buka lagi."
        )
    backup = None
    if current is not None:
        backup = backup_database(
            database.file, backups_dir, reason=f"sebelum-migrasi-{current}", key=database.key
        )
        log.info("database copied to %s before migrating %s -> %s", backup, current, head)
    config = _alembic_config()
    with database.engine.connect() as connection:
        # Batch migrations rebuild tables; foreign keys must be off while they do (and this
        # pragma is a no-op inside a transaction, hence before begin).
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
        violations = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    if violations:
        raise sqlite_driver.IntegrityError(f"foreign keys broken after migration: {violations[:5]}")
    log.info("schema migrated to revision %s", head)
    return backup


def is_known_revision(revision: str) -> bool:
    """Whether this build knows the schema revision (a store or backup from a newer version: it does not)."""
    return _known(revision)


def _migrate_server(database: Database) -> None:
    """The central office's PostgreSQL: the server checked, then the same history upgraded in one
    transaction (PostgreSQL's DDL is transactional: a failed step leaves the schema as it was, so no copy is
    taken first; the server's own backups (pg_dump) keep the history)."""
    with database.engine.connect() as connection:
        postgres_dialect.check_server(connection)
        connection.rollback()
    current, head = current_revision(database), head_revision()
    if current == head:
        log.info("schema is current at revision %s", head)
        return
    if current is not None and not _known(current):
        raise UserError(
            f"Basis data {database.location.shown()} dibuat oleh versi Tangsel Desktop yang lebih baru "
            f"(skema {current}). Pasang versi terbaru aplikasi, lalu buka lagi."
        )
    config = _alembic_config()
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    log.info("schema migrated to revision %s", head)
