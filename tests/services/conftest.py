"""Fixtures of the service tests: a copy of a prepared office (no password hashing) and its three users,
and Dinas Sosial on the module's engine (`centre`).

These override tests/conftest.py's fixtures of the same names, which set an office up and sign its users in
for real; test_auth_service.py checks that login returns the same Actor values as these.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tests.conftest import OFFICE_CODE, point_at_server, set_up_centre
from tests.services.prepared_office import actor, copy_of_office


@pytest.fixture
def prepared_office(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str], Services]]:
    """Opens copies of a prepared office (a kelurahan code, or DINSOS); each disposed after the test."""
    opened: list[Services] = []

    def open_copy(office_code: str = OFFICE_CODE) -> Services:
        folder = tmp_path / f"office-{len(opened)}" if opened else tmp_path
        office = copy_of_office(folder, tmp_path_factory, office_code=office_code)
        opened.append(office)
        return office

    yield open_copy
    for office in opened:
        office.database.dispose()


@pytest.fixture
def services(prepared_office: Callable[[str], Services]) -> Services:
    """Kelurahan Sawah with users admin, spv (supervisor) and ops (operator)."""
    return prepared_office(OFFICE_CODE)


@pytest.fixture
def admin(services: Services) -> Actor:
    return actor(services, "admin")


@pytest.fixture
def supervisor(services: Services) -> Actor:
    return actor(services, "spv")


@pytest.fixture
def operator(services: Services) -> Actor:
    return actor(services, "ops")


@pytest.fixture
def centre_paths(tmp_path: Path, request: pytest.FixtureRequest, store_engine: str) -> DataPaths:
    """Dinas Sosial's folder; on PostgreSQL its tangsel.ini names a new database at the newest schema."""
    point_at_server(tmp_path / "dinsos", request, store_engine)
    return DataPaths(tmp_path / "dinsos")


@pytest.fixture
def centre(centre_paths: DataPaths) -> Iterator[tuple[Services, Actor]]:
    """Dinas Sosial set up on the module's engine (both_engines modules: SQLite and PostgreSQL)."""
    services, admin = set_up_centre(centre_paths.root)
    yield services, admin
    services.database.dispose()
