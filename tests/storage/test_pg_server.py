"""The throwaway PostgreSQL server the PostgreSQL tests run on: it starts, serves UTF8, and isolates tests."""

import psycopg

from tests.pg_server import PgServer


def test_each_test_gets_its_own_empty_utf8_database(pg_server: PgServer, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.dsn(name)) as connection:
        encoding = connection.execute("SHOW server_encoding").fetchone()
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert encoding == ("UTF8",)
    assert tables == (0,)
