"""Beranda counts: people, households, women and men, disability, desil 1-4 and kelurahan, live rows only."""

from datetime import date

from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.dashboard_service import DashboardCounts, DashboardService
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step
from tests.services.prepared_office import actor
from tests.store_files import open_raw


def jamsos_glance(dashboard: DashboardService, who: Actor) -> tuple[YearMonth, int, int, int]:
    """Jamsosnaker's Beranda figures: the month, members paid for, their premium, members in progress."""
    (glance,) = [glance for glance in dashboard.programs(actor=who) if glance.program == "jamsosnaker"]
    return glance.month, glance.value("covered"), glance.value("amount"), glance.value("in_progress")


def register(services: Services, serial: int, **overrides: object) -> str:
    values: dict[str, object] = {"nik": f"367404570885{serial:04d}", "kk_number": ""}
    values.update(overrides)
    detail, _ = services.people.register(actor=actor(services, "ops"), draft=make_draft(**values))
    return detail.id


def test_empty_office_counts_zero(services: Services, operator: Actor) -> None:
    assert services.dashboard.counts(actor=operator) == DashboardCounts(
        people=0, households=0, women=0, men=0, with_disability=0, in_desil_1_to_4=0, by_kelurahan=()
    )


def test_counts_match_the_people_registered(services: Services, operator: Actor) -> None:
    register(services, 1, kk_number="3674041203150002", desil="1")
    register(services, 2, kk_number="3674041203150002", desil="4", disability="netra")
    register(services, 3, kk_number="3674040101240007", sex="L", nik="3674041708850003", desil="5")
    register(services, 4, sex="L", nik="3674041708850004", desil="", disability="fisik", kelurahan="Serua")
    register(services, 5, desil="2", kelurahan="Kranggan")
    register(services, 6, desil="3", kelurahan="Serua")
    deleted = register(
        services, 7, desil="1", disability="ganda", kelurahan="Pisangan", kk_number="3674050101240001"
    )
    services.people.delete(actor=actor(services, "spv"), person_id=deleted, reason="data ganda")

    counts = services.dashboard.counts(actor=operator)

    assert counts.people == 6
    assert counts.households == 3  # the deleted person's household stays, empty, as a record
    assert (counts.women, counts.men) == (4, 2)
    assert counts.with_disability == 2
    assert counts.in_desil_1_to_4 == 4
    assert counts.by_kelurahan == (("Sawah", 3), ("Serua", 2), ("Keranggan", 1))


def test_counts_match_the_database_after_a_demo_fill(services: Services, operator: Actor) -> None:
    DemoService(services.database, services.office).fill(actor=actor(services, "admin"), people=300, seed=7)
    counts = services.dashboard.counts(actor=operator)
    with open_raw(services.database.file) as connection:

        def one(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        live = "FROM person WHERE deleted_at IS NULL"
        assert counts.people == one(f"SELECT count(*) {live}") == 300
        assert counts.households == one("SELECT count(*) FROM household WHERE deleted_at IS NULL")
        assert counts.women == one(f"SELECT count(*) {live} AND sex = 'P'")
        assert counts.men == one(f"SELECT count(*) {live} AND sex = 'L'")
        assert counts.women + counts.men == 300
        assert counts.with_disability == one(f"SELECT count(*) {live} AND disability != 'tidak'")
        assert counts.in_desil_1_to_4 == one(f"SELECT count(*) {live} AND desil BETWEEN 1 AND 4")
    assert counts.by_kelurahan == (("Sawah", 300),)


def test_every_role_may_see_the_dashboard(services: Services) -> None:
    for username in ("ops", "spv", "admin"):
        assert services.dashboard.counts(actor=actor(services, username)).people == 0


def test_the_jamsosnaker_glance_counts_this_months_paid_members_and_those_in_progress(
    services: Services,
) -> None:
    supervisor = actor(services, "spv")
    dashboard = DashboardService(services.database, services.programs, today=lambda: date(2025, 7, 15))
    assert jamsos_glance(dashboard, actor(services, "ops")) == (YearMonth(2025, 7), 0, 0, 0)
    niks = [f"36740457088500{number:02d}" for number in range(1, 6)]
    for serial, nik in enumerate(niks, start=1):
        register(services, serial, nik=nik)
        services.jamsos.enroll(actor=supervisor, nik=nik, occupation="pemulung")
    for nik, first, last in (
        (niks[0], "2025-01", None),
        (niks[1], "2025-07", "2025-07"),
        (niks[2], "2025-08", None),
    ):
        for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
            four_eyes_step(services, nik, step, supervisor)
        services.jamsos.set_status(
            actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj=nik[-11:], month=YearMonth.parse(first)
        )
        if last:
            services.jamsos.set_status(
                actor=supervisor,
                nik=nik,
                to=MemberStatus.ENDED,
                month=YearMonth.parse(last),
                end_reason=EndReason.FORMAL_EMPLOYMENT,
            )
    four_eyes_step(services, niks[3], MemberStatus.VERIFIED, supervisor)
    # Paid in July: the member since January and the one whose last month is July; August's not yet.
    assert jamsos_glance(dashboard, actor(services, "ops")) == (YearMonth(2025, 7), 2, 33_600, 2)
