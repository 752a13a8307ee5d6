"""First-run set-up: one office only, a kelurahan by code or name or DINSOS, refusals that write nothing."""

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeView
from tangsel_desktop.services.service_set import Services
from tests.conftest import PASSWORD
from tests.store_files import open_raw


def set_up(services: Services, office_code: str, **overrides: str) -> OfficeView:
    values = {"admin_username": "admin", "admin_full_name": "Admin Kantor", "admin_password": PASSWORD}
    values.update(overrides)
    view, _ = services.office.set_up(office_code=office_code, **values)
    return view


def rows(services: Services, sql: str) -> list[tuple[object, ...]]:
    with open_raw(services.database.file) as connection:
        return connection.execute(sql).fetchall()


def test_before_set_up_there_is_no_office(bare_services: Services) -> None:
    assert bare_services.office.get() is None
    with pytest.raises(UserError, match="Kantor belum diatur"):
        bare_services.office.require()


def test_set_up_a_kelurahan_office_with_its_first_administrator(bare_services: Services) -> None:
    view, summary = bare_services.office.set_up(
        office_code="36.74.04.1004",
        admin_username="Admin",
        admin_full_name="Ibu Lurah",
        admin_password=PASSWORD,
    )
    assert view == OfficeView(
        code="36.74.04.1004", kind=OfficeKind.KELURAHAN, name="Kelurahan Sawah, Kecamatan Ciputat"
    )
    assert view.kelurahan_code == "36.74.04.1004"
    assert bare_services.office.require() == view
    assert summary.touches(ChangeSummary.OFFICE)
    assert summary.touches(ChangeSummary.APP_USER)
    admin = bare_services.auth.login(username="admin", password=PASSWORD)
    assert (admin.role, admin.full_name) == (Role.ADMIN, "Ibu Lurah")
    assert rows(bare_services, "SELECT action, entity FROM audit_log ORDER BY id") == [
        ("create", "app_user"),
        ("set_up", "office"),
        ("login", "app_user"),
    ]


@pytest.mark.parametrize("typed", ["Sawah Lama", "sawah", "3674041004", " 36.74.04.1004 "])
def test_kelurahan_office_by_name_alias_or_compact_code_gets_the_canonical_code(
    bare_services: Services, typed: str
) -> None:
    assert set_up(bare_services, typed).code == "36.74.04.1004"


@pytest.mark.parametrize("typed", ["DINSOS", "dinsos", " Dinsos "])
def test_dinsos_office_is_accepted(bare_services: Services, typed: str) -> None:
    view = set_up(bare_services, typed)
    assert (view.code, view.kind, view.name) == (
        "DINSOS",
        OfficeKind.DINSOS,
        "Dinas Sosial Kota Tangerang Selatan",
    )
    assert view.kelurahan_code is None
    assert bare_services.office.require() == view


@pytest.mark.parametrize("typed", ["Menteng", "36.74.08.1001", "", "Dinas"])
def test_unknown_kelurahan_is_refused_with_a_message_and_nothing_is_written(
    bare_services: Services, typed: str
) -> None:
    with pytest.raises(UserError) as caught:
        set_up(bare_services, typed)
    assert "tidak dikenal" in caught.value.message
    assert "36.74.04.1004" in caught.value.message
    assert "DINSOS" in caught.value.message
    assert bare_services.office.get() is None
    assert rows(bare_services, "SELECT count(*) FROM app_user") == [(0,)]


def test_set_up_happens_only_once(bare_services: Services) -> None:
    first = set_up(bare_services, "36.74.04.1004")
    with pytest.raises(UserError, match="hanya sekali"):
        set_up(bare_services, "DINSOS", admin_username="admin2")
    assert bare_services.office.get() == first
    assert rows(bare_services, "SELECT username FROM app_user") == [("admin",)]
    assert rows(bare_services, "SELECT count(*) FROM audit_log WHERE action = 'set_up'") == [(1,)]


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"admin_password": "pendek"}, "minimal 8"),
        ({"admin_username": "nama spasi"}, "Nama pengguna harus"),
    ],
)
def test_refused_administrator_leaves_no_office_behind(
    bare_services: Services, overrides: dict[str, str], fragment: str
) -> None:
    with pytest.raises(UserError, match=fragment):
        set_up(bare_services, "36.74.04.1004", **overrides)
    assert bare_services.office.get() is None
    assert rows(bare_services, "SELECT count(*) FROM audit_log") == [(0,)]
    # The clerk fixes the field and tries again: the first try left nothing in the way.
    assert set_up(bare_services, "36.74.04.1004").code == "36.74.04.1004"


def test_office_survives_reopening_the_store(bare_services: Services) -> None:
    set_up(bare_services, "Kranggan")
    reopened = open_services(bare_services.paths)
    try:
        office = reopened.office.require()
        assert (office.code, office.name) == ("36.74.07.1003", "Kelurahan Keranggan, Kecamatan Setu")
    finally:
        reopened.database.dispose()
