"""The change journal: which rows changed since a sequence number, for the package to Dinas Sosial.

Every table that holds the office's data is journaled by triggers in the same transaction as the change, so
the ORM, the bulk loads on the bare connection and the migrations' data steps are all captured alike. The
journal holds one entry per row (table, stable id, operation, office, sequence, version): the sequence only
grows (AUTOINCREMENT never reuses a number), a row changed again moves to the newest number, and a deletion
is kept as a tombstone, so a package built from `changes_since(last acknowledged)` sends each row once, in
its last state, and never loses a deletion.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

from tangsel_desktop.storage import postgres_dialect, sqlite_dialect
from tangsel_desktop.storage.sqlite_dialect import journal_trigger_names

__all__ = [
    "JOURNALED_TABLES",
    "JournalEntry",
    "backfill",
    "changes_since",
    "install_triggers",
    "journal_trigger_names",
]

if TYPE_CHECKING:
    from tangsel_desktop.storage.transaction import Transaction

# Each journaled table and the column that names a row in it for good (person.local_no is this office's
# own counter for search; its id is the one that travels).
JOURNALED_TABLES: dict[str, str] = {
    "office": "id",
    "app_user": "id",
    "household": "id",
    "household_kk_history": "id",
    "person": "id",
    "person_photo": "person_id",
    "document_number_format": "kind",
    "document_register": "id",
    "office_key": "id",
    "office_setting": "key",
    "jamsos_rate": "id",
    "jamsos_member": "id",
    "jamsos_status_event": "id",
    "jamsos_setting": "key",
    "jamsos_claim": "id",
    "jamsos_claim_note": "id",
    "jamsos_correction": "id",
    "sembako_evidence": "id",
    "sembako_remote_rw": "rw",
    "sembako_round": "id",
    "sembako_round_item": "id",
    "sembako_round_day": "id",
    "sembako_recipient": "id",
    "sembako_stock_move": "id",
    "sembako_handover": "id",
    "training": "id",
    "training_batch": "id",
    "training_session": "id",
    "training_participant": "id",
    "training_attendance": "id",
    "training_result": "id",
    "training_certificate": "id",
    "training_kit": "id",
    "training_internship": "id",
    "training_follow_up": "id",
}
SOFT_DELETED_TABLES = frozenset({"household", "person", "jamsos_member"})
# Not the office's data, or derived from it: the audit trail is a chain of its own, the search index is
# rebuilt from person, and the journal does not journal itself. The audit key is this store's secret and
# never travels; the anchor and the row seals are derived from the trail and the rows under that key.
NOT_JOURNALED = frozenset(
    {
        "alembic_version",
        "audit_log",
        "audit_key",
        "audit_anchor",
        "row_seal",
        "change_journal",
        "sqlite_sequence",
        # The sync's bookkeeping and keys (storage/sync/sync_tables.py): this store's own, never sent.
        "sync_key",
        "sync_peer",
        "sync_held",
        # The centre's findings and their decisions (storage/sync/finding_tables.py): the centre's own.
        "sync_finding",
        # The central server's search words (migration 0021_pg_words): made from person by its triggers.
        "person_word",
    }
)
NOT_JOURNALED_PREFIXES = ("person_fts",)


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    table_name: str
    row_id: str
    operation: str
    office_code: str
    version: int


def install_triggers(connection: Connection, table: str) -> None:
    """Journal one table from now on; a migration that adds a table calls this (and backfill) for it.
    SQLite's triggers, or PostgreSQL's trigger function with its three triggers (the same entries)."""
    dialect = postgres_dialect if _on_server(connection) else sqlite_dialect
    for statement in dialect.journal_trigger_sql(
        table, JOURNALED_TABLES[table], soft_delete=table in SOFT_DELETED_TABLES
    ):
        connection.exec_driver_sql(statement)


def backfill(connection: Connection, table: str) -> None:
    """Journal the rows a table already holds, as inserts, so the first package carries them."""
    key = JOURNALED_TABLES[table]
    if _on_server(connection):
        connection.exec_driver_sql(
            "INSERT INTO change_journal (table_name, row_id, operation, office_code, version, changed_at) "
            f"SELECT '{table}', CAST({key} AS TEXT), 'insert', "
            "COALESCE((SELECT code FROM office WHERE id = 1), ''), 1, "
            """to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') """
            f"FROM {table} ON CONFLICT DO NOTHING"
        )
        return
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO change_journal "
        "(table_name, row_id, operation, office_code, version, changed_at) "
        f"SELECT '{table}', CAST({key} AS TEXT), 'insert', "
        "COALESCE((SELECT code FROM office WHERE id = 1), ''), 1, "
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        f"FROM {table}"
    )


def triggers_in_place(connection: Connection) -> dict[str, bool]:
    """For each journaled table, whether all three of its triggers exist (`check` and the tests ask)."""
    if _on_server(connection):
        present = postgres_dialect.trigger_names(connection)
    else:
        present = {
            row[0]
            for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    return {table: set(journal_trigger_names(table)) <= present for table in JOURNALED_TABLES}


def _on_server(connection: Connection) -> bool:
    return connection.dialect.name != "sqlite"


def changes_since(tx: "Transaction", seq: int, *, limit: int | None = None) -> list[JournalEntry]:
    """Journal entries after `seq`, oldest first."""
    statement = (
        "SELECT seq, table_name, row_id, operation, office_code, version FROM change_journal "
        "WHERE seq > :seq ORDER BY seq"
    )
    if limit is not None:
        statement += f" LIMIT {int(limit)}"
    rows = tx.connection.execute(text(statement), {"seq": seq})
    return [JournalEntry(*row) for row in rows]


def last_sequence(tx: "Transaction") -> int:
    found = tx.connection.execute(text("SELECT max(seq) FROM change_journal")).scalar()
    return int(found or 0)
