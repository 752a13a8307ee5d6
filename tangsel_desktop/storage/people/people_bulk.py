"""Bulk reads and writes of families for imports, demo fills and benchmarks of a million rows.

They work on the bare driver connection inside the caller's Transaction (`tx.raw()`): SQLAlchemy's per-row
type processing costs more than the checks at 100,000 rows. Values go in and come out in stored form (ISO
dates, timestamp text).
"""

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tangsel_desktop.storage import audit_anchor, audit_key, bare_connection, sqlite_driver
from tangsel_desktop.storage.audit import entry_hash
from tangsel_desktop.storage.columns import timestamp_text
from tangsel_desktop.storage.transaction import Transaction

# SQLite allows 32766 parameters; stay well under it for IN (...) lookups.
LOOKUP_CHUNK = 900
PERSON_COLUMNS = (
    "id, nik, household_id, full_name, sex, birth_place, birth_date, address, rt, rw, kelurahan_code, "
    "phone, occupation, disability, desil, family_relation, notes, created_at, updated_at, updated_by"
)
PERSON_VALUE_COLUMNS = (
    "nik",
    "full_name",
    "sex",
    "birth_place",
    "birth_date",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "phone",
    "occupation",
    "disability",
    "desil",
    "family_relation",
    "notes",
)
AUDIT_COLUMNS = (
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "before_json",
    "after_json",
    "previous_hash",
    "entry_hash",
)
FTS_INSERT_TRIGGER = "person_fts_after_insert"
PERSON_COLUMN_NAMES = bare_connection.column_names(PERSON_COLUMNS)
HOUSEHOLD_COLUMNS = ("id", "kk_number", "head_person_id", "created_at", "updated_at", "updated_by")
HISTORY_COLUMNS = ("household_id", "kk_number", "valid_from", "changed_by")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), LOOKUP_CHUNK):
        yield items[start : start + LOOKUP_CHUNK]


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


def insert_families(
    tx: Transaction,
    households: Sequence[tuple[Any, ...]],
    history: Sequence[tuple[Any, ...]],
    people: Sequence[tuple[Any, ...]],
) -> None:
    """New households, their first No. KK and their members (a COPY each on the central office's server)."""
    connection = tx.raw()
    bare_connection.insert_many(connection, "household", HOUSEHOLD_COLUMNS, households)
    bare_connection.insert_many(connection, "household_kk_history", HISTORY_COLUMNS, history)
    bare_connection.insert_many(connection, "person", PERSON_COLUMN_NAMES, people)


def live_niks_and_kks(tx: Transaction) -> tuple[set[str], set[str]]:
    connection = tx.raw()
    niks = {row[0] for row in connection.execute("SELECT nik FROM person WHERE deleted_at IS NULL")}
    kks = {row[0] for row in connection.execute("SELECT kk_number FROM household WHERE deleted_at IS NULL")}
    return niks, kks


def last_audit_hash(tx: Transaction) -> str:
    """The hash the next entry chains onto: the anchor's head (audit_anchor.head_for_append)."""
    return audit_anchor.head_for_append(tx.raw()).head_hash


def insert_audit(tx: Transaction, rows: list[dict[str, Any]]) -> None:
    """Append audit rows made by audit.chain_rows, keyed and anchored like every other append.

    The rows are chained again here, in place, with the store's key from the anchor's head on: callers
    chain them without the key, and read the new head back from rows[-1]["entry_hash"] for the next batch.
    """
    if not rows:
        return
    connection = tx.raw()
    key = audit_key.require(connection)
    head = audit_anchor.head_for_append(connection)
    previous = head.head_hash
    for row in rows:
        row["previous_hash"] = previous
        row["entry_hash"] = previous = entry_hash(row, key)
    connection.executemany(
        f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) VALUES ({_placeholders(len(AUDIT_COLUMNS))})",
        [
            tuple(timestamp_text(row[column]) if column == "at" else row[column] for column in AUDIT_COLUMNS)
            for row in rows
        ],
    )
    last_id = int(connection.execute("SELECT max(id) FROM audit_log").fetchone()[0])
    moved = audit_anchor.Anchor(head.entries + len(rows), last_id, previous, note=head.note)
    audit_anchor.write(connection, moved, key, at=timestamp_text(rows[-1]["at"]))


def stored_people_by_nik(tx: Transaction, niks: Collection[str]) -> dict[str, dict[str, Any]]:
    """Live people with these NIKs as stored values, with id, household id and the household's No. KK."""
    connection = tx.raw()
    found: dict[str, dict[str, Any]] = {}
    names = ("id", "household_id", "kk_number", *PERSON_VALUE_COLUMNS)
    selected = ", ".join(("p.id", "p.household_id", "h.kk_number", *(f"p.{c}" for c in PERSON_VALUE_COLUMNS)))
    for chunk in _chunks(sorted(set(niks))):
        rows = connection.execute(
            f"SELECT {selected} FROM person p LEFT JOIN household h ON h.id = p.household_id "
            f"WHERE p.deleted_at IS NULL AND p.nik IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        for row in rows:
            values = dict(zip(names, row, strict=True))
            found[values["nik"]] = values
    return found


def stored_households_by_kk(
    tx: Transaction, kk_numbers: Collection[str]
) -> dict[str, tuple[str, str | None]]:
    """Live households holding these KK numbers: KK -> (household id, head person id)."""
    connection = tx.raw()
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in _chunks(sorted(set(kk_numbers))):
        rows = connection.execute(
            "SELECT kk_number, id, head_person_id FROM household "
            f"WHERE deleted_at IS NULL AND kk_number IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        found.update((kk, (household_id, head)) for kk, household_id, head in rows)
    return found


def stored_named_heads(tx: Transaction, household_ids: Collection[str]) -> dict[str, tuple[str, str]]:
    """Per household, the live member recorded as its Kepala Keluarga: household id -> (id, name)."""
    connection = tx.raw()
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(household_ids))):
        rows = connection.execute(
            "SELECT household_id, id, full_name FROM person WHERE deleted_at IS NULL "
            f"AND family_relation = 'kepala_keluarga' AND household_id IN ({_placeholders(len(chunk))})",
            tuple(chunk),
        )
        found.update((household_id, (person_id, name)) for household_id, person_id, name in rows)
    return found


def update_people_stored(tx: Transaction, rows: list[dict[str, Any]]) -> None:
    """Rows carry 'id' and only the columns that changed; rows changing the same columns share a statement."""
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        columns = tuple(sorted(key for key in row if key != "id"))
        groups.setdefault(columns, []).append((*(row[c] for c in columns), row["id"]))
    connection = tx.raw()
    for columns, values in groups.items():
        assignments = ", ".join(f"{column} = ?" for column in columns)
        connection.executemany(f"UPDATE person SET {assignments} WHERE id = ?", values)


def household_head_stored(tx: Transaction, household_id: str) -> str | None:
    row = tx.raw().execute("SELECT head_person_id FROM household WHERE id = ?", (household_id,)).fetchone()
    return None if row is None else row[0]


def members_stored(tx: Transaction, household_id: str) -> list[tuple[str, str]]:
    """The live members as (id, ISO birth date), oldest first."""
    rows = tx.raw().execute(
        "SELECT id, birth_date FROM person WHERE household_id = ? AND deleted_at IS NULL ORDER BY birth_date",
        (household_id,),
    )
    return [(person_id, birth_date) for person_id, birth_date in rows]


def set_household_head_stored(
    tx: Transaction, household_id: str, person_id: str | None, *, at: str, by: str | None
) -> None:
    tx.raw().execute(
        "UPDATE household SET head_person_id = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        (person_id, at, by, household_id),
    )


@contextmanager
def search_index_deferred(tx: Transaction) -> Iterator[None]:
    """Index the people inserted inside the block with one statement at its end, not one trigger per row.

    A per-row trigger makes a bulk load several times slower (ECOSYSTEM.md). The trigger is dropped and
    re-created from its own stored SQL; use this only inside a transaction, whose rollback restores it.
    Updates keep their trigger: they are few. On the central office's server the search's word table is
    filled by statement-level triggers, once per COPY or INSERT (migration 0021_pg_words): nothing to defer.
    """
    if bare_connection.is_server(tx.connection):
        yield
        return
    connection: sqlite_driver.Connection = tx.raw()
    found = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
    ).fetchone()
    if found is None:
        yield
        return
    (last_before,) = connection.execute("SELECT coalesce(max(local_no), 0) FROM person").fetchone()
    connection.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    connection.execute(
        "INSERT INTO person_fts(rowid, name, nik, kk, address) "
        "SELECT p.local_no, p.full_name, p.nik, coalesce(h.kk_number, ''), p.address "
        "FROM person p LEFT JOIN household h ON h.id = p.household_id "
        "WHERE p.local_no > ? AND p.deleted_at IS NULL",
        (last_before,),
    )
    connection.execute(found[0])
