"""A set-up office store made once per test run and copied per test, so most tests skip argon2 hashing.

Setting an office up and signing in its three users costs about a second of password hashing. Tests that
are not about signing in take a byte-for-byte copy of one such store (the office, users admin/spv/ops with
tests.conftest.PASSWORD) and act as those users with Actor values read from its user table: the same
values AuthService.login returns, which test_auth_service.py checks with real logins.
"""

from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import office_store
from tests.conftest import OFFICE_CODE, PASSWORD, set_office_details
from tests.store_files import copy_store

_templates: dict[str, Path] = {}


def _template(office_code: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if office_code not in _templates:
        paths = DataPaths(tmp_path_factory.mktemp("office-template")).ensure()
        services = open_services(paths)
        try:
            services.office.set_up(
                office_code=office_code,
                admin_username="admin",
                admin_full_name="Admin Kantor",
                admin_password=PASSWORD,
            )
            admin = services.auth.login(username="admin", password=PASSWORD)
            for username, role in (("spv", Role.SUPERVISOR), ("ops", Role.OPERATOR)):
                services.auth.add_user(
                    actor=admin, username=username, full_name=username.upper(), role=role, password=PASSWORD
                )
            set_office_details(services, admin)
        finally:
            services.database.dispose()
        _templates[office_code] = paths.database
    return _templates[office_code]


def copy_of_office(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, office_code: str = OFFICE_CODE
) -> Services:
    """Services over a fresh copy of a set-up office (kelurahan Sawah unless told); dispose when done."""
    paths = DataPaths(tmp_path / "data").ensure()
    copy_store(_template(office_code, tmp_path_factory), paths.database)
    return open_services(paths)


def actor(services: Services, username: str) -> Actor:
    """The signed-in user as login would return it, read from the store without hashing a password."""
    with services.database.read() as tx:
        user = office_store.user_by_name(tx, username)
    assert user is not None, username
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role))
