"""The bare driver connection under a session's transaction, on either engine, taking SQLite's `?` marks."""

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy.engine import Connection
from sqlmodel import Session

from tangsel_desktop.storage import postgres_dialect, sqlite_driver


def of_connection(connection: Connection) -> sqlite_driver.Connection:
    """SQLite's own connection, or on the central office's server a door over psycopg's that takes the same
    `?` parameters and answers the same cursor calls (execute, executemany, fetch*, rowcount, lastrowid)."""
    dbapi = connection.connection.driver_connection
    if isinstance(dbapi, sqlite_driver.Connection):
        return dbapi
    return cast(sqlite_driver.Connection, postgres_dialect.raw_connection(dbapi))


def of_session(session: Session) -> sqlite_driver.Connection:
    """Pending ORM changes flushed first, so the bare statements see them."""
    session.flush()
    return of_connection(session.connection())


def is_server(connection: Connection) -> bool:
    return connection.dialect.name != "sqlite"


def insert_many(
    connection: sqlite_driver.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """A bulk load's rows into a table: SQLite's executemany, or on the server one COPY (psycopg's
    executemany is a statement a row: 1,400,000 people took minutes where COPY takes seconds)."""
    if isinstance(connection, postgres_dialect.RawConnection):
        connection.copy_rows(table, columns, rows)
        return
    marks = ", ".join("?" * len(columns))
    connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def column_names(columns: str) -> tuple[str, ...]:
    """The names of a comma-separated column list, as the bulk modules keep theirs for their SELECTs."""
    return tuple(name.strip() for name in columns.split(","))
