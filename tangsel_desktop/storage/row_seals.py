"""Seals on the rows that matter: a keyed MAC over a user's role and password, a number's register state,
a membership's status, so that a change made outside the application (a database tool) shows in `check`.

How rows get sealed without any write path having to remember it: each connection of the application
carries TEMP triggers (they exist only on that connection, not in the file) that note every row of a
sealed table it inserts, updates or deletes; right before the application commits, those rows are
sealed again with the store's audit key (audit_key.py) into `row_seal`. A database tool opened on the file
has no such triggers and no call before its commit: the rows it changes keep their old seal and `check`
names them. The triggers also keep the values a row had when the transaction first touched it: a row whose
seal did not match those is not sealed again, so the application's next change to a row tampered with
cannot launder it (`check` keeps naming it). A migration that changes sealed columns must call seal_all().
"""

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import Session

from tangsel_desktop.storage import audit_key, bare_connection, postgres_dialect, sqlite_driver
from tangsel_desktop.storage.audit_key import AnyConnection, AuditKey, run

# Table -> (the column that names a row, how `check` names it to the clerk, the sealed columns).
SEALED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "app_user": ("id", "pengguna '{}'", ("username", "role", "active", "password_hash")),
    "document_register": (
        "id",
        "register dokumen nomor {}",
        ("number", "kind", "year", "seq", "is_copy", "original_id", "person_id", "status", "payload"),
    ),
    "jamsos_member": (
        "id",
        "keanggotaan Jamsosnaker {}",
        ("person_id", "status", "kpj_number", "first_month", "last_month", "end_reason", "deleted_at"),
    ),
    "sembako_handover": (
        "id",
        "serah terima sembako {}",
        ("round_id", "unit_key", "receipt_number", "proxy_name", "proxy_nik", "voided_at"),
    ),
}
# The column `check` shows for a row (the user's name, the document number; the membership's id).
SHOWN = {
    "app_user": "username",
    "document_register": "number",
    "jamsos_member": "id",
    "sembako_handover": "receipt_number",
}
TRIGGERS = [
    (f"seal_{table}_{operation}", table, operation, "OLD" if operation == "delete" else "NEW")
    for table in SEALED
    for operation in ("insert", "update", "delete")
]
CHUNK = 500
MAX_PROBLEMS = 20


def seal(key: AuditKey, table: str, row_id: str, values: Sequence[Any]) -> str:
    text = json.dumps([table, row_id, *values], ensure_ascii=False, separators=(",", ":"), default=str)
    return key.mac(text)


def _dbapi(target: Session | sqlite_driver.Connection) -> sqlite_driver.Connection:
    if isinstance(target, Session):
        # pending ORM changes reach the table (and the triggers) before they are sealed
        return bare_connection.of_session(target)
    return target


def _on_server(target: Session | sqlite_driver.Connection) -> bool:
    return isinstance(target, Session) and bare_connection.is_server(target.connection())


# On PostgreSQL a trigger cannot be one connection's own: the sealed tables carry permanent triggers
# (migration 0017_postgres, `server_trigger_sql`) that note rows only in a transaction whose session set
# `tangsel.seal` (prepare does, as the application's write transaction begins); a database tool's session
# has not, so the rows it changes keep their old seal and `check` names them, as on SQLite.
SEAL_SETTING = "tangsel.seal"
PENDING = "pg_temp.seal_pending"


def server_trigger_sql(table: str) -> list[str]:
    """The trigger function and triggers that note a sealed table's changed rows (PostgreSQL)."""
    key_column, _label, columns = SEALED[table]
    old = f"json_build_array({', '.join(f'OLD.{c}' for c in columns)})::text"
    body = f"""
DECLARE
  changed_row TEXT;
  old_values TEXT;
BEGIN
  IF current_setting('{SEAL_SETTING}', true) IS DISTINCT FROM 'on' THEN
    RETURN NULL;
  END IF;
  IF to_regclass('{PENDING}') IS NULL THEN
    CREATE TEMP TABLE seal_pending (table_name TEXT NOT NULL, row_id TEXT NOT NULL, old TEXT,
      PRIMARY KEY (table_name, row_id));
  END IF;
  IF TG_OP = 'INSERT' THEN
    changed_row := CAST(NEW.{key_column} AS TEXT);
  ELSE
    changed_row := CAST(OLD.{key_column} AS TEXT);
    old_values := {old};
  END IF;
  INSERT INTO {PENDING} VALUES ('{table}', changed_row, old_values) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
"""
    statements = [f"CREATE OR REPLACE FUNCTION seal_{table}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$"]
    for name, _table, operation, _row in TRIGGERS:
        if _table != table:
            continue
        when = (
            f"UPDATE OF {', '.join((key_column, *columns))}" if operation == "update" else operation.upper()
        )
        statements.append(
            f"CREATE TRIGGER {name} AFTER {when} ON {table} FOR EACH ROW EXECUTE FUNCTION seal_{table}()"
        )
    return statements


def prepare(target: Session | sqlite_driver.Connection) -> None:
    """Give this connection its TEMP triggers (once per connection; a rollback takes them back too); on a
    server, switch this transaction's noting on."""
    if _on_server(target):
        assert isinstance(target, Session)
        target.connection().exec_driver_sql(f"SELECT set_config('{SEAL_SETTING}', 'on', true)")
        return
    connection = _dbapi(target)
    present = connection.execute(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'seal_*'"
    ).fetchone()[0]
    if present == len(TRIGGERS):
        return
    existing = {
        row[0] for row in connection.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    }
    if "row_seal" not in existing:
        return  # a store before migration 0006
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS seal_pending (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
        "old TEXT, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
    )
    for name, table, operation, row in TRIGGERS:
        if table not in existing:
            continue  # a store before the migration that adds the table: it has no rows to seal yet
        key_column, _label, columns = SEALED[table]
        when = (
            f"UPDATE OF {', '.join((key_column, *columns))}" if operation == "update" else operation.upper()
        )
        # The row as the transaction found it (the first change wins: INSERT OR IGNORE).
        old = "NULL" if operation == "insert" else f"json_array({', '.join(f'OLD.{c}' for c in columns)})"
        connection.execute(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {when} ON main.{table} BEGIN "
            f"INSERT OR IGNORE INTO seal_pending VALUES ('{table}', CAST({row}.{key_column} AS TEXT), "
            f"{old}); END"
        )


def seal_changes(target: Session | sqlite_driver.Connection) -> int:
    """Seal the rows this connection changed in its transaction; called right before it commits."""
    server = _on_server(target)
    connection = _dbapi(target)
    pending_table = PENDING if server else "temp.seal_pending"
    if server and connection.execute(f"SELECT to_regclass('{PENDING}')").fetchone()[0] is None:
        return 0  # no sealed row changed on this connection yet
    try:
        pending = connection.execute(f"SELECT table_name, row_id, old FROM {pending_table}").fetchall()
    except sqlite_driver.OperationalError:  # never prepared: nothing was noted
        return 0
    if not pending:
        return 0
    key = audit_key.require(connection)
    by_table: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for table, row_id, old in pending:
        by_table[table].append((row_id, old))
    for table, changed in by_table.items():
        _reseal(connection, key, table, _untampered(connection, key, table, changed))
    connection.execute(f"DELETE FROM {pending_table}")
    return len(pending)


def _rows(connection: AnyConnection, table: str, where: str = "", parameters: tuple[Any, ...] = ()) -> Any:
    key_column, _label, columns = SEALED[table]
    return run(
        connection, f"SELECT CAST({key_column} AS TEXT), {', '.join(columns)} FROM {table}{where}", parameters
    )


def _untampered(
    connection: sqlite_driver.Connection, key: AuditKey, table: str, changed: list[tuple[str, str | None]]
) -> list[str]:
    """The changed rows that were as sealed before this transaction (or new in it); the others keep
    their stale seal, so `check` goes on naming them."""
    ids: list[str] = []
    for start in range(0, len(changed), CHUNK):
        chunk = changed[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        stored = dict(
            connection.execute(
                f"SELECT row_id, seal FROM row_seal WHERE table_name = ? AND row_id IN ({marks})",
                (table, *(row_id for row_id, _old in chunk)),
            ).fetchall()
        )
        for row_id, old in chunk:
            if old is None or stored.get(row_id) == seal(key, table, row_id, json.loads(old)):
                ids.append(row_id)
    return ids


def _reseal(connection: sqlite_driver.Connection, key: AuditKey, table: str, ids: list[str]) -> None:
    key_column = SEALED[table][0]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found = {
            row[0]: seal(key, table, row[0], row[1:])
            # The key column itself, not CAST(key AS TEXT): a cast would scan the whole table. An integer
            # key compares with the ids' text by the column's affinity, and the search uses the key.
            for row in _rows(connection, table, f" WHERE {key_column} IN ({marks})", tuple(chunk))
        }
        connection.executemany(
            "INSERT INTO row_seal (table_name, row_id, seal) VALUES (?, ?, ?) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET seal = excluded.seal",
            [(table, row_id, value) for row_id, value in found.items()],
        )
        gone = [row_id for row_id in chunk if row_id not in found]
        connection.executemany(
            "DELETE FROM row_seal WHERE table_name = ? AND row_id = ?", [(table, row_id) for row_id in gone]
        )


def seal_all(connection: AnyConnection, key: AuditKey) -> None:
    """Seal every row of every sealed table as it is now (migration 0006, and a migration that must)."""
    existing = _tables(connection)
    for table in SEALED:
        if table not in existing:
            continue  # migration 0006 runs before the migrations that add later sealed tables
        rows = [(table, row[0], seal(key, table, row[0], row[1:])) for row in _rows(connection, table)]
        run(connection, "DELETE FROM row_seal WHERE table_name = ?", (table,))
        for row in rows:
            run(connection, "INSERT INTO row_seal (table_name, row_id, seal) VALUES (?, ?, ?)", row)


def _tables(connection: AnyConnection) -> set[str]:
    if isinstance(connection, Connection) and bare_connection.is_server(connection):
        return postgres_dialect.table_names(connection)
    return {row[0] for row in run(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def verify(connection: AnyConnection) -> list[str]:
    """Rows whose seal does not match: changed, added or deleted outside the application."""
    key = audit_key.load(connection)
    if key is None:
        return []  # verify_trail reports the missing key
    problems: list[str] = []
    for table, (_key_column, label, columns) in SEALED.items():
        shown = SHOWN[table]
        position = 1 + columns.index(shown) if shown in columns else 0
        stored = dict(
            run(connection, "SELECT row_id, seal FROM row_seal WHERE table_name = ?", (table,)).fetchall()
        )
        for row in _rows(connection, table):
            row_id = row[0]
            expected = stored.pop(row_id, None)
            if expected == seal(key, table, row_id, row[1:]):
                continue
            name = label.format(row[position])
            how = "ditambahkan" if expected is None else "diubah"
            problems.append(f"{name} {how} di luar aplikasi (segel data tidak cocok)")
            if len(problems) >= MAX_PROBLEMS:
                return problems
        for row_id in list(stored)[: MAX_PROBLEMS - len(problems)]:
            problems.append(f"{label.format('#' + row_id)} dihapus di luar aplikasi (segelnya masih ada)")
    return problems
