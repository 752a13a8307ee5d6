"""A failed statement's error text (what a crash report or a log line carries) names no value of a row."""

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.store_location import StoreLocation

pytestmark = pytest.mark.both_engines

NIK = "3674045708850001"


def test_an_integrity_error_names_the_statement_but_not_the_nik(
    tmp_path: Path, request: pytest.FixtureRequest, store_engine: str
) -> None:
    # On PostgreSQL the server's own words would quote it too: "DETAIL: Key (nik)=(...) already exists".
    if store_engine == "postgresql":
        database = Database(StoreLocation.parse(request.getfixturevalue("pg_url")))
    else:
        database = Database(tmp_path / "toko.sqlite3")
    try:
        with database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (nik TEXT UNIQUE)"))
            connection.execute(text("INSERT INTO t VALUES (:nik)"), {"nik": NIK})
        with pytest.raises(IntegrityError) as failed, database.engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (:nik)"), {"nik": NIK})
    finally:
        database.dispose()
    assert "INSERT INTO t" in str(failed.value)
    assert NIK not in str(failed.value)


def test_the_bare_connection_on_the_server_names_no_value_either(pg_url: str) -> None:
    from tangsel_desktop.storage import bare_connection

    database = Database(StoreLocation.parse(pg_url))
    try:
        with database.engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (nik TEXT UNIQUE)"))
        with database.engine.begin() as connection:
            raw = bare_connection.of_connection(connection)
            raw.execute("INSERT INTO t VALUES (?)", (NIK,))
            with pytest.raises(Exception, match="duplicate key") as failed:
                raw.executemany("INSERT INTO t VALUES (?)", [(NIK,)])
            connection.rollback()
    finally:
        database.dispose()
    assert getattr(failed.value, "sqlstate", None) == "23505"
    assert NIK not in str(failed.value)
