"""A failed statement's error text (what a crash report or a log line carries) names no value of a row."""

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage.database import Database

NIK = "3674045708850001"


def test_an_integrity_error_names_the_statement_but_not_the_nik(tmp_path: Path) -> None:
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
