"""`central migrate-to-postgres`: the centre's encrypted SQLite store copied onto an empty PostgreSQL database
on the throwaway server, proven by counts and hashes per table, the settings then pointing at it."""

from pathlib import Path

import psycopg

from tangsel_desktop.bootstrap import open_services, store_location
from tangsel_desktop.paths import resolve_data_paths
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import head_revision
from tangsel_desktop.storage.server_copy import prove
from tangsel_desktop.storage.store_location import StoreLocation
from tests.cli.test_cli import Cli
from tests.conftest import PASSWORD
from tests.pg_server import PgServer
from tests.services.test_people_search_words import words_drift
from tests.store_files import office_key, open_office
from tests.sync.conftest import SAWAH, Site, exchange_keys, open_site


def _a_centre_with_an_office_package(cli: Cli, tmp_path: Path) -> int:
    """Dinas Sosial set up by the command line (encrypted), one office's package imported; its people."""
    assert cli("init", "--office", "DINSOS", "--admin", "ani")[0] == 0
    services = open_office(cli.data_dir)
    try:
        centre = Site(
            "DINSOS", cli.data_dir, services, services.auth.login(username="ani", password=PASSWORD)
        )
        sawah = open_site(tmp_path / "sawah", SAWAH)
        try:
            exchange_keys(sawah, centre)
            sawah.fill(40, seed=3)
            result, _ = services.sync.central.import_package(
                actor=centre.admin, source=sawah.export("p.tsync")
            )
            assert result.applied
            return result.counts["person"]
        finally:
            sawah.services.database.dispose()
    finally:
        services.database.dispose()


def _sql(url: str, statement: str) -> None:
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as connection:
        connection.execute(statement)


def test_the_centre_moves_to_postgres_proven_and_then_opens_there(
    cli: Cli, tmp_path: Path, pg_url: str
) -> None:
    people = _a_centre_with_an_office_package(cli, tmp_path)
    code, moved = cli("central", "migrate-to-postgres", "--url", pg_url, user="ani")
    assert code == 0, moved
    assert moved["ok"] is True
    assert moved["mismatches"] == {}
    assert moved["tables"]["person"]["rows"] == people
    assert moved["tables"]["audit_log"]["rows"] > 0
    assert all(len(proof["hash"]) == 64 for proof in moved["tables"].values())
    paths = resolve_data_paths(str(cli.data_dir))
    assert moved["settings_file"] == str(paths.settings)
    assert store_location(paths).url == pg_url  # the next start opens the server
    # The next start: the server, no key; the same users sign in, the same people are there.
    services = open_services(paths)
    try:
        assert services.database.is_server
        admin = services.auth.login(username="ani", password=PASSWORD)
        assert admin.username == "ani"
        with services.database.read() as tx:
            assert tx.rows("SELECT count(*) FROM person WHERE origin_office = ?", (SAWAH,))[0][0] == people
            assert tx.rows("SELECT version_num FROM alembic_version")[0][0] == head_revision()
            (name,) = tx.rows(
                "SELECT full_name FROM person WHERE deleted_at IS NULL ORDER BY local_no LIMIT 1"
            )[0]
        # The copy came in with the tables' triggers off: the search's words were made after it.
        assert name in [row.full_name for row in services.people.search(actor=admin, text=name, limit=500)]
        assert words_drift(services.database) == 0
    finally:
        services.database.dispose()


def test_a_database_that_is_not_empty_is_refused_and_nothing_moves(
    cli: Cli, tmp_path: Path, pg_url: str
) -> None:
    _a_centre_with_an_office_package(cli, tmp_path)
    _sql(pg_url, "CREATE TABLE warga_lama (id integer)")
    code, refused = cli("central", "migrate-to-postgres", "--url", pg_url, user="ani")
    assert code == 1
    assert "Basis data tujuan tidak kosong: sudah ada 1 tabel (misalnya warga_lama)" in refused["error"]
    paths = resolve_data_paths(str(cli.data_dir))
    assert not paths.settings.exists()  # the office still opens its file
    assert not store_location(paths).is_server


def test_a_row_changed_on_the_server_is_named_by_its_table(
    cli: Cli, tmp_path: Path, pg_url: str, pg_server: PgServer
) -> None:
    _a_centre_with_an_office_package(cli, tmp_path)
    assert cli("central", "migrate-to-postgres", "--url", pg_url, user="ani")[0] == 0
    paths = resolve_data_paths(str(cli.data_dir))
    source = Database(paths.database, key=office_key(paths.root, "ani", PASSWORD))
    target = Database(StoreLocation.parse(pg_url))
    try:
        assert prove(source, target).ok
        _sql(
            pg_url,
            "UPDATE household SET kk_number = '3674040000000000' WHERE id = (SELECT min(id) FROM household)",
        )
        _sql(pg_url, "DELETE FROM jamsos_status_event WHERE id = (SELECT max(id) FROM jamsos_status_event)")
        report = prove(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert not report.ok
    # The server's own journal triggers noted both changes: its journal differs from the file's too.
    assert report.mismatches == {
        "change_journal": "jumlah baris sama, isinya berbeda (hash tidak cocok)",
        "household": "jumlah baris sama, isinya berbeda (hash tidak cocok)",
        "jamsos_status_event": f"{report.tables['jamsos_status_event'].rows + 1} baris di berkas, "
        f"{report.tables['jamsos_status_event'].rows} di server",
    }
