"""Moving the central store from its SQLite file onto an empty PostgreSQL database, and proving the copy.

The schema comes from the Alembic history (the same migrations every store runs), the rows by COPY in
dependency order, in one transaction with the tables' own triggers off (the journal and the seals copied as
they are, not made anew; the search's word table, which the file has not, made from the people at the end)
and the foreign keys checked at its commit. The proof reads both
sides back, every table ordered by its key, and compares the count and a SHA-256 of the rows written the
same way (`cell`): a value the server changed on the way (a lost fraction, a cut text) shows as a table
whose hash differs.
"""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage import postgres_dialect
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.people import search_postgres
from tangsel_desktop.storage.sync import merge_order  # noqa: F401 - registers every table on the metadata

NOT_COPIED = frozenset({"alembic_version"})  # written by the migrations on the server itself
TEXT_TYPES = frozenset({"text", "character varying", "character"})
BATCH = 5000


@dataclass(frozen=True)
class TableProof:
    rows: int
    hash: str


@dataclass(frozen=True)
class CopyReport:
    tables: dict[str, TableProof]  # the server's side, read back after the commit
    mismatches: dict[str, str]  # table -> what differs (empty when the copy is proven)
    skipped: tuple[str, ...]  # the file's own tables the server does without (SQLite's search index)

    @property
    def ok(self) -> bool:
        return not self.mismatches


def cell(value: Any) -> str:
    """One value as text, the same from either engine: SQLite's 0/1 and the server's booleans, its REAL and
    the server's numeric, its date text and the server's date all write alike."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(str(value))
        return str(int(number)) if number == number.to_integral_value() else format(number.normalize(), "f")
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _digest(rows: Iterable[Iterable[Any]]) -> TableProof:
    digest, count = hashlib.sha256(), 0
    for row in rows:
        digest.update("\x1f".join(cell(value) for value in row).encode() + b"\x1e")
        count += 1
    return TableProof(count, digest.hexdigest())


def _order(names: Iterable[str]) -> list[str]:
    """Parents before children (the metadata's dependency order), then any other table by name."""
    wanted = set(names)
    ordered = [table.name for table in SQLModel.metadata.sorted_tables if table.name in wanted]
    return ordered + sorted(wanted - set(ordered))


def _source_tables(file_connection: Any) -> set[str]:
    rows = file_connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {str(row[0]) for row in rows}


def _columns_and_key(server: Any, table: str) -> tuple[list[str], list[str], set[str]]:
    """The server's columns in order, its primary key, and which columns hold text (ordered byte-wise)."""
    found = server.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    key = server.execute(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum",
        (table,),
    ).fetchall()
    columns = [str(row[0]) for row in found]
    return columns, [str(row[0]) for row in key] or columns, {str(r[0]) for r in found if r[1] in TEXT_TYPES}


def _stream(cursor: Any) -> Iterator[Any]:
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def refuse_unless_empty(target: Database) -> None:
    """An EMPTY database only: a copy over a store in use would mix two cities' data."""
    with target.engine.connect() as connection:
        postgres_dialect.check_server(connection)
        present = sorted(postgres_dialect.table_names(connection))
        connection.rollback()
    if present:
        raise UserError(
            f"Basis data tujuan tidak kosong: sudah ada {len(present)} tabel (misalnya "
            f"{', '.join(present[:3])}). Pemindahan hanya ke basis data PostgreSQL yang baru dibuat "
            "dan kosong (CREATE DATABASE ... ENCODING 'UTF8' LC_COLLATE 'C'); tidak ada yang diubah."
        )


def copy_to_server(source: Database, target: Database, backups: Path) -> CopyReport:
    """Schema by the migrations, rows by COPY, then the proof. `target` must be empty (refused otherwise)."""
    assert not source.is_server
    assert target.is_server
    refuse_unless_empty(target)
    migrate(target, backups)
    with source.engine.connect() as file_side, target.engine.connect() as server_side:
        reading = file_side.connection.driver_connection
        server = server_side.connection.driver_connection
        tables, _skipped = _tables(reading, server_side)
        reading.execute("BEGIN")  # one snapshot of the file for the copy
        try:
            _copy(reading, server, tables)
            server.commit()
        finally:
            reading.execute("ROLLBACK")
    return prove(source, target)


def _tables(reading: Any, server_side: Any) -> tuple[list[str], tuple[str, ...]]:
    """The tables to copy (the file's that the server has too, parents first) and the file's own others."""
    server_tables = postgres_dialect.table_names(server_side)
    server_side.rollback()
    present = _source_tables(reading)
    return _order((present & server_tables) - NOT_COPIED), tuple(sorted(present - server_tables - NOT_COPIED))


def prove(source: Database, target: Database) -> CopyReport:
    """Both sides read back, each table ordered by its key: counts and hashes compared per table."""
    with source.engine.connect() as file_side, target.engine.connect() as server_side:
        reading = file_side.connection.driver_connection
        server = server_side.connection.driver_connection
        tables, skipped = _tables(reading, server_side)
        reading.execute("BEGIN")
        try:
            return _prove(reading, server, tables, skipped)
        finally:
            reading.execute("ROLLBACK")


def _copy(reading: Any, server: Any, tables: list[str]) -> None:
    server.execute("SET CONSTRAINTS ALL DEFERRED")
    for table in tables:
        # The migrations may have seeded rows (settings, rates): the file's rows replace them whole.
        server.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        server.execute(f"DELETE FROM {table}")
    for table in tables:
        columns, _key, _text = _columns_and_key(server, table)
        source_columns = {row[1] for row in reading.execute(f"PRAGMA table_info({table})").fetchall()}
        shared = [column for column in columns if column in source_columns]
        names = ", ".join(f'"{column}"' for column in shared)
        rows = reading.execute(f"SELECT {names} FROM {table}")
        with server.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in _stream(rows):
                copy.write_row(row)
    # Every row is in: the foreign keys checked now (a table's triggers cannot be switched back on while
    # checks are pending on it), still inside the one transaction.
    server.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for table in tables:
        server.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for (column,) in server.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s AND pg_get_serial_sequence(table_name, column_name) IS NOT NULL",
            (table,),
        ).fetchall():
            # The next number the server gives follows the copied rows (the file's AUTOINCREMENT did so).
            server.execute(
                f'SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max("{column}"), 0) + 1, false) '
                f"FROM {table}",
                (table, column),
            )
    if "person" in tables:
        for statement in search_postgres.REFILL:
            server.execute(statement)


def _prove(reading: Any, server: Any, tables: list[str], skipped: tuple[str, ...]) -> CopyReport:
    proofs: dict[str, TableProof] = {}
    mismatches: dict[str, str] = {}
    for table in tables:
        columns, key, text_columns = _columns_and_key(server, table)
        source_columns = {row[1] for row in reading.execute(f"PRAGMA table_info({table})").fetchall()}
        shared = [column for column in columns if column in source_columns]
        names = ", ".join(f'"{column}"' for column in shared)
        file_order = ", ".join(f'"{column}"' for column in key)
        server_order = ", ".join(
            f'"{column}" COLLATE "C"' if column in text_columns else f'"{column}"' for column in key
        )
        mine = _digest(_stream(reading.execute(f"SELECT {names} FROM {table} ORDER BY {file_order}")))
        with server.cursor(name=f"proof_{table}") as cursor:
            cursor.itersize = BATCH
            cursor.execute(f"SELECT {names} FROM {table} ORDER BY {server_order}")
            theirs = _digest(cursor)
        server.commit()
        proofs[table] = theirs
        if theirs.rows != mine.rows:
            mismatches[table] = f"{mine.rows} baris di berkas, {theirs.rows} di server"
        elif theirs.hash != mine.hash:
            mismatches[table] = "jumlah baris sama, isinya berbeda (hash tidak cocok)"
    return CopyReport(proofs, mismatches, skipped)
