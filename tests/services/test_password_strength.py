"""The product's password hashing, with the tests' lower cost taken away: argon2id at the library's
recommended cost (RFC 9106, low memory), and a weaker hash rewritten at that cost at the next sign-in."""

import pytest
from argon2 import extract_parameters, profiles

from tangsel_desktop.services import auth_service
from tangsel_desktop.services.service_set import Services
from tests.conftest import PASSWORD, PRODUCT_HASHER, TEST_STRENGTH_HASHER
from tests.store_files import open_raw


def _stored_hash(services: Services, username: str) -> str:
    with open_raw(services.database.file) as connection:
        row = connection.execute(
            "SELECT password_hash FROM app_user WHERE username = ?", (username,)
        ).fetchone()
    return str(row[0])


def test_the_product_hashes_with_the_recommended_argon2id_cost() -> None:
    recommended = profiles.RFC_9106_LOW_MEMORY
    assert (PRODUCT_HASHER.type, PRODUCT_HASHER.time_cost) == (recommended.type, recommended.time_cost)
    assert (PRODUCT_HASHER.memory_cost, PRODUCT_HASHER.parallelism) == (65536, 4)
    assert PRODUCT_HASHER.memory_cost > TEST_STRENGTH_HASHER.memory_cost  # the tests' is really lower


def test_a_weaker_hash_is_rewritten_at_the_products_cost_at_sign_in(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    weak = extract_parameters(_stored_hash(services, "spv"))
    assert weak.memory_cost == TEST_STRENGTH_HASHER.memory_cost  # made by the fixture at test strength
    monkeypatch.setattr(auth_service, "PASSWORD_HASHER", PRODUCT_HASHER)
    services.auth.login(username="spv", password=PASSWORD)
    upgraded = extract_parameters(_stored_hash(services, "spv"))
    assert (upgraded.time_cost, upgraded.memory_cost, upgraded.parallelism) == (3, 65536, 4)
    assert PRODUCT_HASHER.verify(_stored_hash(services, "spv"), PASSWORD)
    services.auth.login(username="spv", password=PASSWORD)  # and it still signs in
