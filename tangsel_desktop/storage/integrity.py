"""Checks of the store itself: SQLite's integrity and foreign keys (or the server's indexes and triggers), the
search index and the audit chain."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from tangsel_desktop.storage import change_journal, postgres_dialect, row_seals
from tangsel_desktop.storage.audit_verify import verify_trail
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.store_errors import is_corruption, store_user_error


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    audit_entries: int
    people: int


def check_store(database: Database, backups_dir: Path | None = None) -> IntegrityReport:
    """Everything `check` proves (README): with backups_dir, the audit chain is held against the anchors
    written beside the backups too."""
    problems: list[str] = []
    # A write transaction: FTS5's integrity-check is issued as an INSERT, and holding the write
    # lock keeps the counts and the chain from moving under the check.
    with database.write(None) as tx:
        session = tx.session
        people = session.execute(text("SELECT count(*) FROM person WHERE deleted_at IS NULL")).scalar_one()
        if database.is_server:
            problems.extend(_server_checks(session))
        else:
            problems.extend(_file_checks(session, database, people))
        audit = verify_trail(session.connection(), backups_dir)
        problems.extend(audit.problems)
        problems.extend(row_seals.verify(session.connection()))
        missing = [
            table for table, ok in change_journal.triggers_in_place(session.connection()).items() if not ok
        ]
        if missing:
            problems.append(
                "jurnal perubahan tidak lengkap: pemicu untuk tabel " + ", ".join(missing) + " hilang, "
                "perubahan tabel itu tidak akan terkirim ke Dinas Sosial"
            )
    return IntegrityReport(
        ok=not problems, problems=tuple(problems), audit_entries=audit.entries, people=people
    )


def _file_checks(session: Session, database: Database, people: int) -> list[str]:
    """SQLite's own: the file's pages, foreign keys (checked only on request there) and the FTS5 index."""
    problems: list[str] = []
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        problems.extend(f"integritas SQLite: {line}" for line in result[:20])
    for row in session.execute(text("PRAGMA foreign_key_check")).all()[:20]:
        problems.append(f"kunci asing rusak: tabel {row[0]} baris {row[1]} -> {row[2]}")
    indexed = session.execute(text("SELECT count(*) FROM person_fts")).scalar_one()
    # Every live person must be found under their own row with their own NIK and name.
    mismatched = session.execute(
        text(
            "SELECT count(*) FROM person p LEFT JOIN person_fts f ON f.rowid = p.local_no "
            "WHERE p.deleted_at IS NULL AND (f.rowid IS NULL OR f.nik IS NOT p.nik "
            "OR f.name IS NOT p.full_name)"
        )
    ).scalar_one()
    if mismatched:
        problems.append(f"indeks pencarian tidak cocok untuk {mismatched} orang: jalankan perbaikan indeks")
    if people != indexed:
        problems.append(
            f"indeks pencarian memuat {indexed} orang, data memuat {people}: jalankan perbaikan indeks"
        )
    try:
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES('integrity-check')"))
    except Exception as error:
        # A read-only, locked or full store is not a broken index: say what it is.
        known = store_user_error(error, database.file)
        if known is not None and not is_corruption(error):
            raise known from error
        problems.append(f"indeks pencarian rusak: {error}")
    return problems


# On PostgreSQL the server checks its own pages (data checksums) and always enforces foreign keys; search's
# word table is kept by the server's own triggers on person in the same transaction as each write. What can
# still go wrong is an index or trigger dropped or left invalid by hand.
SERVER_INDEXES = (
    "ix_person_word_prefix",
    "ix_person_word_person",
    "ix_person_nik_prefix",
    "ix_household_kk_prefix",
)
SERVER_SEARCH_TRIGGERS = ("person_word_insert", "person_word_update", "person_word_delete")


def _server_checks(session: Session) -> list[str]:
    valid = {
        row[0]
        for row in session.execute(
            text(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE i.indisvalid AND c.relnamespace = current_schema()::regnamespace"
            )
        )
    }
    problems = [
        f"indeks {name} hilang atau tidak sah: jalankan REINDEX atau pulihkan dari cadangan"
        for name in SERVER_INDEXES
        if name not in valid
    ]
    triggers = postgres_dialect.trigger_names(session.connection())
    missing = [name for name, *_ in row_seals.TRIGGERS if name not in triggers]
    if missing:
        problems.append("pemicu segel data hilang: " + ", ".join(missing))
    unkept = [name for name in SERVER_SEARCH_TRIGGERS if name not in triggers]
    if unkept:
        problems.append("pemicu kata pencarian hilang (pencarian nama tidak lengkap): " + ", ".join(unkept))
    return problems
