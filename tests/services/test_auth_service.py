"""Signing in and users: argon2id hashes, the countdown and the 15-minute lock, resets, roles, rules."""

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.formatting import format_datetime
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.columns import timestamp_text
from tests.conftest import PASSWORD
from tests.services.prepared_office import actor
from tests.store_files import open_raw

WRONG = "bukan-sandinya"


# These override the conftest fixtures of the same names: a copy of a prepared office whose users have
# real argon2id hashes of PASSWORD, so every login below is a real one; only the set-up is not repeated.
def refused(services: Services, username: str, password: str) -> str:
    with pytest.raises(UserError) as caught:
        services.auth.login(username=username, password=password)
    return caught.value.message


def audit_actions(services: Services, entity: str = "app_user") -> list[str]:
    with open_raw(services.database.file) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT action FROM audit_log WHERE entity = ? ORDER BY id", (entity,)
            )
        ]


def stored_user(services: Services, username: str) -> tuple[str, int, str | None]:
    """(password hash, failed logins, locked until) as stored."""
    with open_raw(services.database.file) as connection:
        row = connection.execute(
            "SELECT password_hash, failed_logins, locked_until FROM app_user WHERE username = ?", (username,)
        ).fetchone()
    assert row is not None
    return row[0], row[1], row[2]


def lock_out(services: Services, username: str = "ops") -> str:
    """Five wrong passwords; returns the message of the fifth."""
    for left in (4, 3, 2, 1):
        assert refused(services, username, WRONG).endswith(f"Sisa percobaan: {left}.")
    return refused(services, username, WRONG)


# --- signing in ---------------------------------------------------------------------------------------


def test_login_returns_the_actor_of_each_role(services: Services) -> None:
    before = audit_actions(services)
    signed_in = {
        name: services.auth.login(username=name, password=PASSWORD) for name in ("admin", "spv", "ops")
    }
    assert {name: who.role for name, who in signed_in.items()} == {
        "admin": Role.ADMIN,
        "spv": Role.SUPERVISOR,
        "ops": Role.OPERATOR,
    }
    assert signed_in["ops"] == actor(services, "ops")
    assert signed_in["ops"].full_name == "OPS"
    assert audit_actions(services)[len(before) :] == ["login"] * 3


def test_login_ignores_case_and_spaces_around_the_username(services: Services) -> None:
    assert services.auth.login(username="  ADMIN ", password=PASSWORD).username == "admin"


def test_wrong_password_counts_down_the_tries_left(services: Services) -> None:
    for left in (4, 3, 2, 1):
        message = refused(services, "ops", WRONG)
        assert message == f"Nama pengguna atau kata sandi salah. Sisa percobaan: {left}."
    assert stored_user(services, "ops")[1] == 4


def test_fifth_wrong_password_locks_for_15_minutes(services: Services) -> None:
    before = audit_actions(services)
    started = datetime.now(UTC)
    message = lock_out(services)
    assert "salah lima kali" in message
    assert "dikunci 15 menit" in message
    assert "Administrator dapat mengatur ulang" in message
    _, failed, locked_until = stored_user(services, "ops")
    assert locked_until is not None
    assert failed == 0
    until = datetime.strptime(locked_until, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert started + timedelta(minutes=15) <= until <= datetime.now(UTC) + timedelta(minutes=15)
    assert audit_actions(services)[len(before) :] == ["login_failed"] * 4 + ["locked"]


def test_locked_account_refuses_even_the_right_password_and_says_until_when(services: Services) -> None:
    lock_out(services)
    before = audit_actions(services)
    message = refused(services, "ops", PASSWORD)
    (ops,) = [
        user for user in services.auth.list_users(actor=actor(services, "admin")) if user.username == "ops"
    ]
    locked_until = ops.locked_until
    assert locked_until is not None
    assert message.startswith("Akun dikunci karena lima kali salah kata sandi, sampai ")
    assert format_datetime(locked_until) in message
    assert "Minta administrator mengatur ulang kata sandi" in message
    assert refused(services, "ops", WRONG) == message
    assert audit_actions(services) == before


def test_lock_ends_after_its_time_and_the_count_starts_again(services: Services) -> None:
    lock_out(services)
    past = timestamp_text(datetime.now(UTC) - timedelta(seconds=1))
    with open_raw(services.database.file) as connection:
        connection.execute("UPDATE app_user SET locked_until = ? WHERE username = 'ops'", (past,))
        connection.commit()
    assert services.auth.login(username="ops", password=PASSWORD).username == "ops"
    assert stored_user(services, "ops")[1:] == (0, None)
    assert refused(services, "ops", WRONG).endswith("Sisa percobaan: 4.")


def test_successful_login_resets_the_count(services: Services) -> None:
    for _ in range(3):
        refused(services, "ops", WRONG)
    services.auth.login(username="ops", password=PASSWORD)
    assert refused(services, "ops", WRONG).endswith("Sisa percobaan: 4.")


def test_administrators_reset_lifts_the_lock(services: Services, admin: Actor) -> None:
    lock_out(services)
    view, summary = services.auth.reset_password(actor=admin, username="OPS", new_password="sandi-baru-2025")
    assert view.locked_until is None
    assert summary.touches(ChangeSummary.APP_USER)
    assert refused(services, "ops", PASSWORD).endswith("Sisa percobaan: 4.")
    assert services.auth.login(username="ops", password="sandi-baru-2025").role is Role.OPERATOR
    assert audit_actions(services)[-3:] == ["reset_password", "login_failed", "login"]


def test_unknown_user_and_wrong_password_both_blame_name_or_password(services: Services) -> None:
    for username, password in (
        ("tidak-ada", WRONG),
        ("ops", WRONG),
        ("nama dengan spasi", PASSWORD),
        ("", ""),
    ):
        assert refused(services, username, password).startswith("Nama pengguna atau kata sandi salah.")


# --- passwords ------------------------------------------------------------------------------------------


def test_passwords_are_stored_as_argon2id_hashes(services: Services, admin: Actor) -> None:
    services.auth.add_user(
        actor=admin,
        username="baru",
        full_name="Pengguna Baru",
        role=Role.OPERATOR,
        password="sandi-rahasia-9",
    )
    with open_raw(services.database.file) as connection:
        hashes = dict(connection.execute("SELECT username, password_hash FROM app_user"))
    assert set(hashes) == {"admin", "spv", "ops", "baru"}
    for password_hash in hashes.values():
        assert password_hash.startswith("$argon2id$")
    assert PasswordHasher().verify(hashes["baru"], "sandi-rahasia-9")
    assert "sandi-rahasia-9" not in hashes["baru"]


def test_passwords_and_hashes_never_reach_the_audit_log(services: Services, admin: Actor) -> None:
    services.auth.add_user(
        actor=admin,
        username="baru",
        full_name="Pengguna Baru",
        role=Role.OPERATOR,
        password="sandi-rahasia-9",
    )
    refused(services, "baru", "tebakan-salah-1")
    services.auth.reset_password(actor=admin, username="baru", new_password="sandi-rahasia-10")
    services.auth.login(username="baru", password="sandi-rahasia-10")
    with open_raw(services.database.file) as connection:
        log = "\n".join(
            str(value)
            for row in connection.execute("SELECT * FROM audit_log")
            for value in row
            if value is not None
        )
    assert "baru" in log  # the entries are there
    for secret in ("sandi-rahasia", "tebakan-salah", PASSWORD, "$argon2", "password_hash"):
        assert secret not in log


@pytest.mark.parametrize(
    ("password", "fragment"),
    [("pendek", "minimal 8 karakter"), ("1234567", "minimal 8 karakter"), (" sandi-panjang", "spasi")],
)
def test_weak_password_is_refused(services: Services, admin: Actor, password: str, fragment: str) -> None:
    with pytest.raises(UserError, match=fragment):
        services.auth.add_user(
            actor=admin, username="baru", full_name="Baru", role=Role.OPERATOR, password=password
        )
    with pytest.raises(UserError, match=fragment):
        services.auth.reset_password(actor=admin, username="ops", new_password=password)
    assert [user.username for user in services.auth.list_users(actor=admin)] == ["admin", "ops", "spv"]
    assert services.auth.login(username="ops", password=PASSWORD).username == "ops"


# --- users ------------------------------------------------------------------------------------------------


def test_admin_adds_a_user_who_can_sign_in(services: Services, admin: Actor) -> None:
    before = audit_actions(services)
    view, summary = services.auth.add_user(
        actor=admin,
        username=" Siti.R ",
        full_name=" Siti Rahma ",
        role=Role.SUPERVISOR,
        password="sandi-rahasia-9",
    )
    assert (view.username, view.full_name, view.role, view.active) == (
        "siti.r",
        "Siti Rahma",
        Role.SUPERVISOR,
        True,
    )
    assert summary.touches(ChangeSummary.APP_USER)
    assert audit_actions(services)[len(before) :] == ["create"]
    assert services.auth.login(username="siti.r", password="sandi-rahasia-9").role is Role.SUPERVISOR


@pytest.mark.parametrize("username", ["admin", "ADMIN", " Ops "])
def test_duplicate_username_is_refused(services: Services, admin: Actor, username: str) -> None:
    with pytest.raises(UserError, match="sudah dipakai"):
        services.auth.add_user(
            actor=admin, username=username, full_name="Lagi", role=Role.OPERATOR, password="sandi-rahasia-9"
        )
    assert len(services.auth.list_users(actor=admin)) == 3


@pytest.mark.parametrize("username", ["", "nama spasi", "siti@kantor", "a" * 61])
def test_username_with_spaces_or_symbols_is_refused(services: Services, admin: Actor, username: str) -> None:
    with pytest.raises(UserError, match="Nama pengguna harus"):
        services.auth.add_user(
            actor=admin, username=username, full_name="X", role=Role.OPERATOR, password="sandi-rahasia-9"
        )


def test_reset_of_an_unknown_user_is_refused(services: Services, admin: Actor) -> None:
    with pytest.raises(UserError, match="tidak ada"):
        services.auth.reset_password(actor=admin, username="siapa", new_password="sandi-rahasia-9")


def test_list_users_shows_roles_without_hashes(services: Services, admin: Actor) -> None:
    users = services.auth.list_users(actor=admin)
    assert [(user.username, user.role) for user in users] == [
        ("admin", Role.ADMIN),
        ("ops", Role.OPERATOR),
        ("spv", Role.SUPERVISOR),
    ]
    assert not any(hasattr(user, "password_hash") for user in users)


# --- roles ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["operator", "supervisor"])
def test_only_an_administrator_adds_users(
    services: Services, who: str, request: pytest.FixtureRequest
) -> None:
    user: Actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as caught:
        services.auth.add_user(
            actor=user, username="baru", full_name="Baru", role=Role.OPERATOR, password="sandi-rahasia-9"
        )
    assert f"Peran {user.role.label} tidak boleh menambah pengguna" in caught.value.message
    assert "Administrator" in caught.value.message
    assert len(services.auth.list_users(actor=actor(services, "admin"))) == 3


@pytest.mark.parametrize("who", ["operator", "supervisor"])
def test_only_an_administrator_resets_passwords(
    services: Services, who: str, request: pytest.FixtureRequest
) -> None:
    user: Actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied, match="mengatur ulang kata sandi"):
        services.auth.reset_password(actor=user, username="admin", new_password="sandi-rahasia-9")
    assert services.auth.login(username="admin", password=PASSWORD).role is Role.ADMIN


def test_operator_cannot_list_users(services: Services, operator: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.auth.list_users(actor=operator)


def test_role_ranks_admin_over_supervisor_over_operator() -> None:
    assert Role.OPERATOR.rank < Role.SUPERVISOR.rank < Role.ADMIN.rank
    boss = Actor(user_id="x", username="x", full_name="X", role=Role.ADMIN)
    for role in Role:
        boss.require(role, "apa saja")
