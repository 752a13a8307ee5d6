"""Demo fill: valid families in the kelurahan (or the whole city for Dinsos), no collisions, clean cancel."""

from collections.abc import Callable
from datetime import date

import pytest

from tangsel_desktop.domain.enums import Role, Sex
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.identity_numbers import nik_warnings, parse_kk, parse_nik
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.demo import demo_service
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.integrity import check_store
from tests.conftest import make_draft
from tests.services.prepared_office import actor
from tests.store_files import open_raw

SAWAH = "36.74.04.1004"


@pytest.fixture
def dinsos(services: Services, prepared_office: Callable[[str], Services]) -> Services:
    """The central office, beside the kelurahan office of `services`."""
    return prepared_office("DINSOS")


def demo(services: Services) -> DemoService:
    return DemoService(services.database, services.office)


def query(services: Services, sql: str) -> list[tuple[object, ...]]:
    with open_raw(services.database.file) as connection:
        return connection.execute(sql).fetchall()


def assert_every_person_and_family_is_valid(services: Services) -> None:
    people = query(
        services,
        "SELECT p.nik, p.sex, p.birth_date, p.kelurahan_code, h.kk_number FROM person p "
        "JOIN household h ON h.id = p.household_id WHERE p.deleted_at IS NULL",
    )
    assert len(people) == query(services, "SELECT count(*) FROM person")[0][0], "someone without a household"
    for nik, sex, birth_date, kelurahan_code, kk in people:
        info = parse_nik(str(nik))
        born = date.fromisoformat(str(birth_date))
        assert nik_warnings(info, birth_date=born, sex=Sex(str(sex))) == [], nik
        assert info.birth_date == born
        assert parse_kk(str(kk)) == kk
        assert str(kk)[:6] == str(kelurahan_code).replace(".", "")[:6]
        wilayah().get(str(kelurahan_code))
    # Every household's head is one of its live members, and every household has members.
    assert query(
        services,
        "SELECT count(*) FROM household h WHERE h.deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM person p WHERE p.id = h.head_person_id AND p.household_id = h.id "
        "AND p.deleted_at IS NULL)",
    ) == [(0,)]
    # One open KK history entry per household, with its current number.
    assert query(
        services,
        "SELECT count(*) FROM household h WHERE (SELECT count(*) FROM household_kk_history k "
        "WHERE k.household_id = h.id AND k.valid_to IS NULL AND k.kk_number = h.kk_number) != 1",
    ) == [(0,)]
    report = check_store(services.database)
    assert report.problems == ()


def test_fill_500_people_into_a_kelurahan_office(services: Services, admin: Actor) -> None:
    progress: list[tuple[int, int]] = []
    result, summary = demo(services).fill(
        actor=admin, people=500, progress=lambda done, total: progress.append((done, total))
    )
    assert (result.people, result.cancelled) == (500, False)
    assert summary.touches(ChangeSummary.PERSON)
    assert query(services, "SELECT count(*) FROM person") == [(500,)]
    assert query(services, "SELECT count(*) FROM household") == [(result.households,)]
    assert 500 / 6 <= result.households < 500
    assert query(services, "SELECT DISTINCT kelurahan_code FROM person") == [(SAWAH,)]
    assert progress[-1] == (500, 500)
    assert_every_person_and_family_is_valid(services)
    assert query(services, "SELECT action, after_json FROM audit_log WHERE action = 'demo_fill'") == [
        ("demo_fill", f'{{"households":{result.households},"people":500}}')
    ]


def test_fill_a_dinsos_office_spreads_over_the_city(dinsos: Services) -> None:
    result, _ = demo(dinsos).fill(actor=actor(dinsos, "admin"), people=500, seed=11)
    assert result.people == 500
    codes = {row[0] for row in query(dinsos, "SELECT DISTINCT kelurahan_code FROM person")}
    assert len(codes) >= 20
    assert len({str(code)[:8] for code in codes}) == 7  # every kecamatan
    assert_every_person_and_family_is_valid(dinsos)


def test_families_live_together(services: Services, admin: Actor) -> None:
    demo(services).fill(actor=admin, people=200)
    mixed = query(
        services,
        "SELECT household_id FROM person GROUP BY household_id "
        "HAVING count(DISTINCT address || rt || rw || kelurahan_code) > 1",
    )
    assert mixed == []


def test_filling_twice_never_collides_with_existing_niks_or_kks(services: Services, admin: Actor) -> None:
    # A resident registered by hand first, then two fills with the same seed (the same random choices).
    services.people.register(actor=admin, draft=make_draft())
    first, _ = demo(services).fill(actor=admin, people=300, seed=5)
    second, _ = demo(services).fill(actor=admin, people=300, seed=5)
    assert (first.people, second.people) == (300, 300)
    assert query(services, "SELECT count(*), count(DISTINCT nik) FROM person") == [(601, 601)]
    assert query(services, "SELECT count(*), count(DISTINCT kk_number) FROM household") == [
        (1 + first.households + second.households,) * 2
    ]
    assert_every_person_and_family_is_valid(services)


def test_cancelled_fill_leaves_nothing(
    services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small batches so that a 500-person fill checks for cancellation several times.
    monkeypatch.setattr(demo_service, "BATCH_FAMILIES", 20)
    audit_before = query(services, "SELECT count(*), max(id) FROM audit_log")
    progress: list[int] = []
    result, summary = demo(services).fill(
        actor=admin,
        people=500,
        progress=lambda done, _total: progress.append(done),
        cancelled=lambda: len(progress) >= 3,
    )
    assert len(progress) == 3
    assert progress[-1] > 0  # families had been written inside the transaction before the cancel
    assert (result.people, result.households, result.cancelled) == (0, 0, True)
    assert not summary.touches(ChangeSummary.PERSON)
    for table in ("person", "household", "household_kk_history", "person_fts"):
        assert query(services, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert query(services, "SELECT count(*), max(id) FROM audit_log") == audit_before
    assert check_store(services.database).ok


def test_a_fill_after_a_cancelled_one_works(
    services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_service, "BATCH_FAMILIES", 20)
    demo(services).fill(actor=admin, people=200, cancelled=lambda: True)
    result, _ = demo(services).fill(actor=admin, people=200)
    assert result.people == 200
    assert_every_person_and_family_is_valid(services)


@pytest.mark.parametrize("username", ["ops", "spv"])
def test_only_an_administrator_fills_demo_data(services: Services, username: str) -> None:
    who = actor(services, username)
    assert who.role in (Role.OPERATOR, Role.SUPERVISOR)
    with pytest.raises(PermissionDenied, match="mengisi data contoh"):
        demo(services).fill(actor=who, people=10)
    assert query(services, "SELECT count(*) FROM person") == [(0,)]


def test_fill_without_an_office_is_refused(bare_services: Services) -> None:
    boss = Actor(user_id="x", username="x", full_name="X", role=Role.ADMIN)
    with pytest.raises(UserError, match="Kantor belum diatur"):
        demo(bare_services).fill(actor=boss, people=10)


def test_cancel_with_the_real_batch_size_keeps_nothing(services: Services, admin: Actor) -> None:
    # More people than one batch of families holds, so the cancel is seen after the first batch.
    people = demo_service.BATCH_FAMILIES * 4
    result, _ = demo(services).fill(actor=admin, people=people, cancelled=lambda: True)
    assert result.cancelled
    assert query(services, "SELECT count(*) FROM person") == [(0,)]
    assert query(services, "SELECT count(*) FROM household") == [(0,)]


def test_one_seed_gives_the_same_residents_and_niks_on_every_day(services: Services) -> None:
    """The README and the guide name demo residents by NIK: a NIK carries the birth date, so the
    birth dates count back from a fixed day, not from the day the demo is made."""
    demo(services).fill(actor=actor(services, "admin"), people=12, seed=2025)
    rows = query(services, "SELECT nik, full_name, birth_date FROM person ORDER BY rowid LIMIT 2")
    assert rows == [
        ("3674041202983467", "Dian Hidayat", "1998-02-12"),
        ("3674044901003735", "Ratna Fauziah", "2000-01-09"),
    ]


def test_a_fresh_demo_office_prints_its_contact_line_and_head_which_a_fill_never_overwrites(
    services: Services, admin: Actor
) -> None:
    settings = services.documents.settings
    settings.set_office_details(actor=admin, contact="", head_name="")
    demo(services).fill(actor=admin, people=4)
    details = settings.office_details()
    assert details.contact == "Kantor Kelurahan Sawah, Kecamatan Ciputat · telp. (021) 000-0000 (contoh)"
    assert details.head_name == "Hj. Siti Rahmawati, S.Sos. (contoh)"
    settings.set_office_details(actor=admin, contact="Jl. Raya Sawah 1", head_name="H. Ahmad")
    demo(services).fill(actor=admin, people=4, seed=7)
    assert (settings.office_details().contact, settings.office_details().head_name) == (
        "Jl. Raya Sawah 1",
        "H. Ahmad",
    )
