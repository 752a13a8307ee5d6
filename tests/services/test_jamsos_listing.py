"""The member listing on a real store: every filter, search, keyset paging, the count, history order."""

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import Coverage, EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth, month_range
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.member_listing import MemberFilter, MemberRow
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.jamsos_steps import four_eyes_step
from tests.services.jamsos_members_seed import Seeded, seed_members, seed_nik
from tests.services.prepared_office import actor, copy_of_office

COUNT = 30


@pytest.fixture(scope="module")
def seeded_office(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Services, Actor, list[Seeded]]]:
    # Read-only tests share one store: seeding thirty members through the services takes a while.
    services = copy_of_office(tmp_path_factory.mktemp("listing"), tmp_path_factory)
    operator, supervisor = actor(services, "ops"), actor(services, "spv")
    seeded = seed_members(services, operator, supervisor, COUNT)
    yield services, operator, seeded
    services.database.dispose()


def every_row(services: Services, who: Actor, wanted: MemberFilter, page_size: int = 7) -> list[MemberRow]:
    rows: list[MemberRow] = []
    after = None
    while True:
        page = services.jamsos_listing.page(actor=who, filter=wanted, after=after, limit=page_size)
        rows.extend(page)
        if len(page) < page_size:
            return rows
        after = (page[-1].full_name, page[-1].id)


def niks(rows: list[MemberRow]) -> set[str]:
    return {row.nik for row in rows}


def test_paging_walks_every_member_once_in_name_order(
    seeded_office: tuple[Services, Actor, list[Seeded]],
) -> None:
    services, operator, seeded = seeded_office
    for size in (1, 7, 30, 31):
        rows = every_row(services, operator, MemberFilter(), size)
        assert len(rows) == COUNT
        assert niks(rows) == {s.nik for s in seeded}
        keys = [(row.full_name, row.id) for row in rows]
        assert keys == sorted(keys)
    assert services.jamsos_listing.count(actor=operator, filter=MemberFilter()) == COUNT
    first = rows[0]
    assert (first.kelurahan, first.rw) == ("Sawah", next(s.rw for s in seeded if s.nik == first.nik))


@pytest.mark.parametrize("status", list(MemberStatus))
def test_the_status_filter(seeded_office: tuple[Services, Actor, list[Seeded]], status: MemberStatus) -> None:
    services, operator, seeded = seeded_office
    wanted = MemberFilter(status=status)
    rows = every_row(services, operator, wanted)
    assert niks(rows) == {s.nik for s in seeded if s.status is status}
    assert all(row.status is status for row in rows)
    assert (
        services.jamsos_listing.count(actor=operator, filter=wanted)
        == len(rows)
        == COUNT // 6 * (2 if status is MemberStatus.ACTIVE else 1)
    )
    if status is MemberStatus.ENDED:
        assert {(row.end_reason, row.end_reason_label) for row in rows} == {("moved", "pindah domisili")}


def test_the_occupation_filter_matches_the_whole_name_ignoring_case_and_spaces(
    seeded_office: tuple[Services, Actor, list[Seeded]],
) -> None:
    services, operator, seeded = seeded_office
    expected = {s.nik for s in seeded if s.occupation == "Pedagang kaki lima"}
    for typed in ("pedagang KAKI lima", "  Pedagang   kaki lima "):
        assert niks(every_row(services, operator, MemberFilter(occupation=typed))) == expected
    assert every_row(services, operator, MemberFilter(occupation="pedagang")) == []


def test_the_rw_filter_takes_the_number_as_clerks_write_it(
    seeded_office: tuple[Services, Actor, list[Seeded]],
) -> None:
    services, operator, seeded = seeded_office
    expected = {s.nik for s in seeded if s.rw == "002"}
    assert niks(every_row(services, operator, MemberFilter(rw="2"))) == expected
    assert niks(every_row(services, operator, MemberFilter(rw="002"))) == expected
    with pytest.raises(UserError, match="RW harus angka"):
        services.jamsos_listing.page(actor=operator, filter=MemberFilter(rw="dua"))


@pytest.mark.parametrize(
    "month",
    [YearMonth(2024, 12), YearMonth(2025, 1), YearMonth(2025, 6), YearMonth(2025, 7), YearMonth(2026, 3)],
)
def test_the_month_filter_is_the_recaps_rule_at_its_edges(
    seeded_office: tuple[Services, Actor, list[Seeded]], month: YearMonth
) -> None:
    services, operator, seeded = seeded_office
    rows = every_row(services, operator, MemberFilter(month=month))
    assert niks(rows) == {s.nik for s in seeded if s.covers(month)}
    assert services.jamsos.recap(actor=operator, month=month).members == len(rows)
    assert services.jamsos_listing.count(actor=operator, filter=MemberFilter(month=month)) == len(rows)


def test_filters_combine(seeded_office: tuple[Services, Actor, list[Seeded]]) -> None:
    services, operator, seeded = seeded_office
    wanted = MemberFilter(status=MemberStatus.ACTIVE, rw="1", month=YearMonth(2025, 3), occupation="NELAYAN")
    expected = {
        s.nik
        for s in seeded
        if s.status is MemberStatus.ACTIVE
        and s.rw == "001"
        and s.covers(YearMonth(2025, 3))
        and s.occupation == "nelayan"
    }
    assert niks(every_row(services, operator, wanted)) == expected
    assert services.jamsos_listing.count(actor=operator, filter=wanted) == len(expected)


def test_search_by_name_words_nik_prefix_and_kpj(seeded_office: tuple[Services, Actor, list[Seeded]]) -> None:
    services, operator, seeded = seeded_office

    def found(text: str, **other: object) -> set[str]:
        return niks(every_row(services, operator, MemberFilter(search=text, **other)))  # type: ignore[arg-type]

    assert found("siti lest") == {s.nik for s in seeded if s.name.startswith("Siti Lestari")}
    assert found("Budi") == {s.nik for s in seeded if s.name.startswith("Budi")}
    assert found(seed_nik(12)) == {seed_nik(12)}
    assert found("3674.0457.0885.001") == {seed_nik(n) for n in range(10, 20)}
    with_kpj = next(s for s in seeded if s.kpj)
    assert with_kpj.kpj is not None
    assert found(with_kpj.kpj) == {with_kpj.nik}
    assert found(with_kpj.kpj[:-1]) >= {with_kpj.nik}
    assert found("Budi", status=MemberStatus.PROPOSED) == {
        s.nik for s in seeded if s.name.startswith("Budi") and s.status is MemberStatus.PROPOSED
    }
    # Nasty text: no match, no SQL or FTS syntax leaking through.
    for text in ('<q>&"', "=SUM(A1)", "%", "_", "NEAR(", "36740457088500011"):
        assert found(text) == set(), text
    assert len(found("   ")) == COUNT


def test_history_lists_memberships_newest_first_with_events_in_order(
    tmp_path: object, services: Services, operator: Actor, supervisor: Actor
) -> None:
    jamsos = services.jamsos
    nik = "3674045708850001"
    detail, _ = services.people.register(actor=operator, draft=make_draft(nik=nik, full_name="Tari <&> =1"))
    assert services.jamsos_listing.history(actor=operator, person_id=detail.id) == ()
    jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")
    jamsos.set_status(actor=supervisor, nik=nik, to=MemberStatus.SUBMITTED, reason="Berkas lengkap")
    jamsos.set_status(
        actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj="25000000001", month=YearMonth(2025, 1)
    )
    jamsos.set_status(
        actor=supervisor,
        nik=nik,
        to=MemberStatus.ENDED,
        month=YearMonth(2025, 3),
        end_reason=EndReason.WITHDREW,
    )
    jamsos.enroll(actor=operator, nik=nik, occupation="nelayan", work_location="Situ Gintung")

    history = services.jamsos_listing.history(actor=operator, person_id=detail.id)
    assert [h.member.occupation for h in history] == ["nelayan", "pemulung"]
    newest, oldest = history
    assert newest.member.status is MemberStatus.PROPOSED
    assert newest.member.work_location == "Situ Gintung"
    assert [(e.from_status, e.to_status) for e in newest.events] == [(None, MemberStatus.PROPOSED)]
    assert [(e.from_status, e.to_status, e.override, e.by_username) for e in oldest.events] == [
        (None, MemberStatus.PROPOSED, False, "ops"),
        (MemberStatus.PROPOSED, MemberStatus.SUBMITTED, True, "spv"),
        (MemberStatus.SUBMITTED, MemberStatus.ACTIVE, False, "spv"),
        (MemberStatus.ACTIVE, MemberStatus.ENDED, False, "spv"),
    ]
    assert oldest.events[1].reason == "Berkas lengkap"
    assert (oldest.events[2].kpj_number, oldest.events[2].month) == ("25000000001", "2025-01")
    assert (oldest.member.last_month, oldest.member.end_reason) == ("2025-03", "withdrew")
    assert [e.at for e in oldest.events] == sorted(e.at for e in oldest.events)
    assert oldest.as_json()["events"][1]["reason"] == "Berkas lengkap"  # type: ignore[index]
    one = services.jamsos_listing.membership(actor=supervisor, member_id=oldest.member.id)
    assert one == oldest
    assert services.jamsos_listing.membership(actor=supervisor, member_id="no-such-member") is None
    rows = services.jamsos_listing.page(actor=operator, filter=MemberFilter(search="tari"))
    assert [row.full_name for row in rows] == ["Tari <&> =1", "Tari <&> =1"]


def test_a_member_is_deleted_only_after_the_membership_ends_and_then_leaves_the_listing(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    detail, _ = services.people.register(actor=operator, draft=make_draft())
    services.jamsos.enroll(actor=operator, person_id=detail.id, occupation="pemulung")
    assert services.jamsos_listing.count(actor=operator, filter=MemberFilter()) == 1
    with pytest.raises(UserError, match="masih terdaftar dalam program yang berjalan"):
        services.people.delete(actor=supervisor, person_id=detail.id, reason="data ganda")
    assert services.people.get(actor=operator, person_id=detail.id) is not None  # nothing changed
    services.jamsos.set_status(
        actor=supervisor, nik=detail.nik, to=MemberStatus.ENDED, end_reason=EndReason.WITHDREW,
        month=YearMonth(2026, 1),
        reason="data ganda",
    )  # fmt: skip
    services.people.delete(actor=supervisor, person_id=detail.id, reason="data ganda")
    assert services.jamsos_listing.count(actor=operator, filter=MemberFilter()) == 0


def test_the_month_filter_counts_random_spans_and_restarts_exactly_as_brute_force(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    services = copy_of_office(tmp_path, tmp_path_factory)
    operator, supervisor = actor(services, "ops"), actor(services, "spv")
    jamsos, chance = services.jamsos, random.Random(4)
    spans: dict[str, list[Coverage]] = {}
    for number in range(1, 19):
        nik = seed_nik(number)
        services.people.register(actor=operator, draft=make_draft(nik=nik, full_name=f"Acak {number}"))
        start = YearMonth(2025, 1).plus(chance.randint(-3, 8))
        spans[nik] = []
        for _round in range(chance.randint(1, 2)):  # a second round: ended, then enrolled again
            jamsos.enroll(actor=operator, nik=nik, occupation="pemulung")
            for step in (MemberStatus.VERIFIED, MemberStatus.SUBMITTED):
                four_eyes_step(services, nik, step, supervisor)
            jamsos.set_status(
                actor=supervisor, nik=nik, to=MemberStatus.ACTIVE, kpj=f"9{number:010d}", month=start
            )
            end = start.plus(chance.randint(0, 5)) if chance.random() < 0.7 else None
            spans[nik].append(Coverage(start, end))
            if end is None:
                break
            jamsos.set_status(
                actor=supervisor, nik=nik, to=MemberStatus.ENDED, month=end, end_reason=EndReason.WITHDREW
            )
            start = end.plus(chance.randint(1, 4))
    assert any(len(of) == 2 for of in spans.values())  # the seed gives restarts
    try:
        for month in month_range(YearMonth(2024, 9), YearMonth(2026, 3)):
            expected = {nik for nik, of in spans.items() if any(span.covers(month) for span in of)}
            rows = every_row(services, operator, MemberFilter(month=month))
            assert sorted(row.nik for row in rows) == sorted(expected), month
            assert services.jamsos.recap(actor=operator, month=month).members == len(rows)
    finally:
        services.database.dispose()
