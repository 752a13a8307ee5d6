"""Shared fixtures: offscreen Qt before any Qt import, a fresh office store per test, users of each role."""

import os

# Set before anything imports Qt, so no test ever needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.person_rules import PersonDraft
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services

OFFICE_CODE = "36.74.04.1004"  # Kelurahan Sawah, Kecamatan Ciputat
PASSWORD = "rahasia-123"
OFFICE_CONTACT = "Jl. Raya Sawah No. 1, Ciputat · telp. (021) 7490000"
HEAD_NAME = "H. Ahmad Syarifuddin, S.Sos."


def set_office_details(
    services: Services, actor: Actor, *, contact: str = OFFICE_CONTACT, head_name: str = HEAD_NAME
) -> None:
    """The office's contact line and head's name: official documents refuse to print without them."""
    services.documents.settings.set_office_details(actor=actor, contact=contact, head_name=head_name)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def bare_services(data_paths: DataPaths) -> Iterator[Services]:
    """A migrated store with no office set up yet."""
    services = open_services(data_paths)
    yield services
    services.database.dispose()


@pytest.fixture
def services(bare_services: Services) -> Services:
    """An office set up as Kelurahan Sawah with users admin, spv (supervisor) and ops (operator)."""
    bare_services.office.set_up(
        office_code=OFFICE_CODE,
        admin_username="admin",
        admin_full_name="Admin Kelurahan",
        admin_password=PASSWORD,
    )
    admin = bare_services.auth.login(username="admin", password=PASSWORD)
    for username, role in (("spv", Role.SUPERVISOR), ("ops", Role.OPERATOR)):
        bare_services.auth.add_user(
            actor=admin, username=username, full_name=username.upper(), role=role, password=PASSWORD
        )
    set_office_details(bare_services, admin)
    return bare_services


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.auth.login(username="admin", password=PASSWORD)


@pytest.fixture
def supervisor(services: Services) -> Actor:
    return services.auth.login(username="spv", password=PASSWORD)


@pytest.fixture
def operator(services: Services) -> Actor:
    return services.auth.login(username="ops", password=PASSWORD)


def make_draft(**overrides: object) -> PersonDraft:
    """A valid person (a woman born 17 Aug 1985 in Kelurahan Sawah) with any field overridden."""
    values: dict[str, object] = {
        "nik": "3674045708850001",
        "kk_number": "3674041203150002",
        "full_name": "Siti Aminah",
        "sex": "P",
        "birth_place": "Jakarta",
        "birth_date": "1985-08-17",
        "address": "Jl. Mawar No. 5",
        "rt": "3",
        "rw": "12",
        "kelurahan": "Sawah",
        "phone": "081234567890",
        "occupation": "Pedagang keliling",
        "disability": "",
        "desil": "2",
    }
    values.update(overrides)
    return PersonDraft(**values)  # type: ignore[arg-type]
