"""Sync fixtures: real offices and a real Dinas Sosial, each its own store, their keys exchanged."""

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.database import Database
from tests.conftest import PASSWORD, point_at_server, set_office_details

SAWAH = "36.74.04.1004"  # Kelurahan Sawah, Ciputat
CIATER = "36.74.01.1001"  # Kelurahan Ciater, Serpong


@dataclass
class Site:
    """One store with its administrator (who may do whatever a supervisor may)."""

    code: str
    folder: Path
    services: Services
    admin: Actor

    def export(self, name: str, *, from_sequence: int | None = None) -> Path:
        target = self.folder.parent / name
        self.services.sync.export(actor=self.admin, target=target, from_sequence=from_sequence)
        return target

    def fetch(self, sql: str, **parameters: object) -> list[tuple[Any, ...]]:
        """Rows read behind the application's back, through the store's own engine (keyed, any dialect)."""
        with self.services.database.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), parameters)]

    def tamper(self, sql: str, **parameters: object) -> None:
        """A change made behind the application's back (a forged or mixed-up store), committed."""
        with self.services.database.engine.begin() as connection:
            connection.execute(text(sql), parameters)

    def copy_row_to(self, target: "Site", table: str) -> None:
        """One row of this store's table written as it is into another store (a forged or mixed-up copy)."""
        with self.services.database.engine.connect() as connection:
            row = connection.execute(text(f"SELECT * FROM {table} LIMIT 1")).mappings().one()
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join(f":{name}" for name in row)
        target.tamper(f"INSERT INTO {table} ({names}) VALUES ({marks})", **row)

    def fill(self, people: int, seed: int) -> None:
        DemoService(self.services.database, self.services.office).fill(
            actor=self.admin, people=people, seed=seed
        )


def open_site(folder: Path, code: str) -> Site:
    services = open_services(DataPaths(folder).ensure())
    services.office.set_up(
        office_code=code, admin_username="admin", admin_full_name="Admin", admin_password=PASSWORD
    )
    admin = services.auth.login(username="admin", password=PASSWORD)
    set_office_details(services, admin)
    return Site(code, folder, services, admin)


def exchange_keys(office: Site, centre: Site) -> None:
    """What happens at set-up: each side's key file carried to the other and imported."""
    office_file, centre_file = (
        office.folder.parent / f"kunci-{office.folder.name}.json",
        centre.folder.parent / (f"kunci-{centre.folder.name}.json"),
    )
    office.services.sync.keys.export_keys(actor=office.admin, target=office_file)
    centre.services.sync.keys.export_keys(actor=centre.admin, target=centre_file)
    centre.services.sync.keys.import_keys(actor=centre.admin, source=office_file)
    office.services.sync.keys.import_keys(actor=office.admin, source=centre_file)


def table_dump(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's every row, in a fixed order: 'identical before and after' compares these."""
    with database.engine.connect() as connection:
        names = sorted(inspect(connection).get_table_names())
        return {
            name: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr
            )
            for name in names
        }


@pytest.fixture
def centre(tmp_path: Path, request: pytest.FixtureRequest, store_engine: str) -> Iterator[Site]:
    """Dinas Sosial: on PostgreSQL too in a module marked both_engines (tests/conftest.py)."""
    point_at_server(tmp_path / "dinsos", request, store_engine)
    site = open_site(tmp_path / "dinsos", "DINSOS")
    yield site
    site.services.database.dispose()


@pytest.fixture
def sawah(tmp_path: Path, centre: Site) -> Iterator[Site]:
    site = open_site(tmp_path / "sawah", SAWAH)
    exchange_keys(site, centre)
    yield site
    site.services.database.dispose()


@pytest.fixture
def ciater(tmp_path: Path, centre: Site) -> Iterator[Site]:
    site = open_site(tmp_path / "ciater", CIATER)
    exchange_keys(site, centre)
    yield site
    site.services.database.dispose()


STUCK_SECONDS = 120  # how long a thread of at_once may take before the test calls it stuck


def at_once(*works: Callable[[], Any]) -> list[Any]:
    """Each work in its own thread, released together; each result, or the exception it raised."""
    start = threading.Barrier(len(works))
    results: list[Any] = [None] * len(works)

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = works[index]()
        except Exception as error:  # returned to the test, which says what it expected
            results[index] = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(works))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(STUCK_SECONDS)
        assert not thread.is_alive(), "a thread is stuck (a lock never released)"
    return results
