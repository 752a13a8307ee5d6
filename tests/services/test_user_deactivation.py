"""A user who left the office: deactivated (and back), audited, history kept, never the last administrator."""

import json

import pytest

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.person_rules import PersonDraft
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.service_set import Services
from tests.conftest import PASSWORD, make_draft
from tests.services.prepared_office import actor
from tests.services.test_auth_service import WRONG, audit_actions, refused
from tests.store_files import open_raw


def test_a_deactivated_user_cannot_sign_in_and_is_told_why(services: Services) -> None:
    admin = actor(services, "admin")
    view, summary = services.auth.set_active(actor=admin, username="ops", active=False)
    assert (view.username, view.active) == ("ops", False)
    assert summary is ChangeSummary.APP_USER
    message = refused(services, "ops", PASSWORD)
    assert "sudah dinonaktifkan" in message
    assert "administrator" in message
    # A stranger guessing learns nothing: the wrong-password words, and no try is counted.
    assert refused(services, "ops", WRONG) == "Nama pengguna atau kata sandi salah."
    with open_raw(services.database.file) as connection:
        assert connection.execute("SELECT failed_logins FROM app_user WHERE username='ops'").fetchone() == (
            0,
        )


def test_reactivating_lets_the_user_sign_in_again(services: Services) -> None:
    admin = actor(services, "admin")
    services.auth.set_active(actor=admin, username="ops", active=False)
    view, _ = services.auth.set_active(actor=admin, username="OPS ", active=True)
    assert view.active is True
    assert services.auth.login(username="ops", password=PASSWORD).username == "ops"


def test_the_change_is_audited_and_the_history_kept(services: Services) -> None:
    admin, ops = actor(services, "admin"), actor(services, "ops")
    services.people.register(actor=ops, draft=_draft())
    services.auth.set_active(actor=admin, username="ops", active=False)
    services.auth.set_active(actor=admin, username="ops", active=True)
    assert audit_actions(services)[-2:] == ["deactivate", "activate"]
    with open_raw(services.database.file) as connection:
        row = connection.execute(
            "SELECT before_json, after_json, user_id FROM audit_log WHERE action='deactivate'"
        ).fetchone()
        assert json.loads(row[0])["active"] is True
        assert json.loads(row[1])["active"] is False
        assert row[2] == admin.user_id
        # The user's row stays, and what they did still names them.
        done_by_ops = connection.execute("SELECT count(*) FROM audit_log WHERE user_id = ?", (ops.user_id,))
        assert done_by_ops.fetchone()[0] > 0
    assert [user.username for user in services.auth.list_users(actor=admin)] == ["admin", "ops", "spv"]


def test_the_last_active_administrator_cannot_be_deactivated(services: Services) -> None:
    admin = actor(services, "admin")
    with pytest.raises(UserError, match="akun Anda sendiri"):
        services.auth.set_active(actor=admin, username="admin", active=False)
    services.auth.add_user(actor=admin, username="adm2", full_name="", role=Role.ADMIN, password=PASSWORD)
    adm2 = actor(services, "adm2")
    # adm2 deactivates admin while admin is still signed in on another laptop; from that stale
    # session admin then tries to deactivate adm2, the only active administrator left.
    services.auth.set_active(actor=adm2, username="admin", active=False)
    before = audit_actions(services)
    with pytest.raises(UserError, match="administrator aktif terakhir"):
        services.auth.set_active(actor=admin, username="adm2", active=False)
    assert audit_actions(services) == before
    assert services.auth.login(username="adm2", password=PASSWORD).role is Role.ADMIN


@pytest.mark.parametrize(("who", "error"), [("spv", PermissionDenied), ("ops", PermissionDenied)])
def test_only_an_administrator_deactivates(services: Services, who: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        services.auth.set_active(actor=actor(services, who), username="ops", active=False)


def test_unknown_or_unchanged_users_are_refused_clearly(services: Services) -> None:
    admin = actor(services, "admin")
    with pytest.raises(UserError, match="tidak ada"):
        services.auth.set_active(actor=admin, username="siapa", active=False)
    with pytest.raises(UserError, match="sudah aktif"):
        services.auth.set_active(actor=admin, username="ops", active=True)


def _draft() -> PersonDraft:
    return make_draft(nik="3674045708850001")
