"""The demo office's Jamsosnaker members: every status, a paying recap, valid steps, the same for a seed."""

from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.domain.jamsos.membership_rules import NORMAL_STEPS, EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tests.services.prepared_office import actor, copy_of_office
from tests.store_files import open_raw


def query(services: Services, sql: str) -> list[tuple[object, ...]]:
    with open_raw(services.database.file) as connection:
        return connection.execute(sql).fetchall()


def fill(services: Services, people: int = 3000, seed: int = 7) -> int:
    result, changed = DemoService(services.database, services.office).fill(
        actor=actor(services, "admin"), people=people, seed=seed
    )
    assert changed.touches(ChangeSummary.JAMSOS)
    return result.jamsos_members


def test_the_demo_has_members_of_every_status_and_last_month_is_paid_for(services: Services) -> None:
    members = fill(services)
    working_age = query(
        services,
        "SELECT count(*) FROM person "
        "WHERE birth_date BETWEEN date('now', '-65 years') AND date('now', '-18 years')",
    )[0][0]
    assert isinstance(working_age, int)
    assert 0.03 * working_age < members < 0.09 * working_age  # about 6%
    statuses = {
        row[0]: row[1]
        for row in query(services, "SELECT status, count(*) FROM jamsos_member GROUP BY status")
    }
    assert set(statuses) == {status.value for status in MemberStatus}
    active, ended = statuses["active"], statuses["ended"]
    assert isinstance(active, int)
    assert isinstance(ended, int)
    assert active > ended > 0
    last_month = YearMonth.of(date.today()).plus(-1)
    recap = services.jamsos.recap(actor=actor(services, "ops"), month=last_month)
    assert recap.members == active + sum(
        1
        for (last,) in query(services, "SELECT last_month FROM jamsos_member WHERE status = 'ended'")
        if str(last) >= str(last_month)
    )
    assert recap.amount == recap.members * 16_800 > 0


def test_every_member_took_normal_steps_with_kpj_and_months(services: Services) -> None:
    fill(services, people=2000)
    rows = query(
        services,
        "SELECT m.id, m.status, m.kpj_number, m.first_month, m.last_month, m.end_reason, m.occupation, "
        "group_concat(coalesce(e.from_status, '-') || '>' || e.to_status, ' ') "
        "FROM jamsos_member m JOIN jamsos_status_event e ON e.member_id = m.id GROUP BY m.id ORDER BY m.id",
    )
    last_month = str(YearMonth.of(date.today()).plus(-1))
    kpjs = [row[2] for row in rows if row[2] is not None]
    assert len(kpjs) == len(set(kpjs))
    for _id, status, kpj, first, last, reason, occupation, path in rows:
        steps = [step.split(">") for step in str(path).split()]
        assert all((None if a == "-" else MemberStatus(a), MemberStatus(b)) in NORMAL_STEPS for a, b in steps)
        assert steps[-1][1] == status
        assert occupation in services.jamsos_settings.occupations()
        if status in ("active", "ended"):
            assert isinstance(kpj, str)
            assert len(kpj) == 11
            assert kpj.isdigit()
            assert "2023-01" <= str(first) <= last_month
        else:
            assert (kpj, first) == (None, None)
        if status == "ended":
            assert str(first) <= str(last) <= last_month
            assert EndReason(str(reason))
        else:
            assert (last, reason) == (None, None)


def test_the_same_seed_gives_the_same_members(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    found = []
    for name in ("a", "b"):
        office = copy_of_office(tmp_path / name, tmp_path_factory)
        try:
            fill(office, people=1500, seed=11)
            found.append(
                query(
                    office,
                    "SELECT p.nik, m.status, m.kpj_number, m.first_month, m.last_month FROM jamsos_member m "
                    "JOIN person p ON p.id = m.person_id ORDER BY p.nik",
                )
            )
        finally:
            office.database.dispose()
    assert found[0] == found[1]
    assert found[0]
