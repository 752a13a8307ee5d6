"""Jamsosnaker rules: status steps and overrides, rates by month, covered months, amounts due, eligibility."""

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import (
    DEFAULT_RATES,
    NORMAL_STEPS,
    Coverage,
    EligibilityRules,
    EndReason,
    MemberStatus,
    Rate,
    age_on,
    amount_due,
    check_transition,
    eligibility_problems,
    jkk_for_income,
    months_covered,
    next_step,
    rate_in_force,
)
from tangsel_desktop.domain.months import YearMonth, month_range

S = MemberStatus
FORWARD = [(None, S.PROPOSED), (S.PROPOSED, S.VERIFIED), (S.VERIFIED, S.SUBMITTED), (S.SUBMITTED, S.ACTIVE)]
FORWARD += [(S.ACTIVE, S.ENDED), (S.ENDED, S.PROPOSED)]
ALL_PAIRS = [(c, t) for c in [None, *S] for t in S]
ABNORMAL = [pair for pair in ALL_PAIRS if pair not in FORWARD]


# --- statuses --------------------------------------------------------------------------------------------


def test_labels_are_indonesian() -> None:
    assert [s.label for s in S] == ["diusulkan", "diverifikasi", "diajukan", "aktif", "berhenti"]
    assert [r.label for r in EndReason] == [
        "meninggal dunia",
        "pindah domisili",
        "bekerja formal",
        "tidak lagi memenuhi syarat",
        "mengundurkan diri",
    ]
    assert S("active") is S.ACTIVE
    assert EndReason("formal_employment") is EndReason.FORMAL_EMPLOYMENT


def test_the_normal_steps_are_exactly_the_forward_path() -> None:
    assert set(FORWARD) == NORMAL_STEPS
    assert len(ABNORMAL) == len(ALL_PAIRS) - 6


@pytest.mark.parametrize(("current", "target"), FORWARD)
def test_every_forward_step_is_allowed_and_not_an_override(current: S | None, target: S) -> None:
    assert check_transition(current, target) is False
    # A reason given on a normal step does not turn it into an override to audit.
    assert check_transition(current, target, override_reason="tidak perlu") is False


@pytest.mark.parametrize(("current", "target"), ABNORMAL)
def test_every_skip_or_step_back_is_refused_without_override(current: S | None, target: S) -> None:
    with pytest.raises(UserError) as caught:
        check_transition(current, target)
    assert target.label in caught.value.message
    with pytest.raises(UserError):
        check_transition(current, target, override_reason="   ")


@pytest.mark.parametrize(("current", "target"), ABNORMAL)
def test_every_skip_or_step_back_is_an_override_with_a_reason(current: S | None, target: S) -> None:
    assert check_transition(current, target, override_reason="Data lama dari BPJS") is True


def test_the_next_step_is_the_normal_step_and_an_ended_membership_has_none() -> None:
    assert [next_step(status) for status in S] == [S.VERIFIED, S.SUBMITTED, S.ACTIVE, S.ENDED, None]
    for status in S:
        target = next_step(status)
        if target is not None:
            assert check_transition(status, target) is False


def test_a_refusal_names_the_next_step() -> None:
    with pytest.raises(UserError, match="diverifikasi") as caught:
        check_transition(S.PROPOSED, S.ACTIVE)
    assert "alasan" in caught.value.message


# --- rates -----------------------------------------------------------------------------------------------


def test_default_rate_is_the_city_premium() -> None:
    (rate,) = DEFAULT_RATES
    assert rate.effective_from == YearMonth(2023, 1)
    assert rate.premium() == 16_800
    assert rate_in_force(DEFAULT_RATES, YearMonth(2025, 9)) is rate


def test_premium_adds_jht_when_a_rate_turns_it_on() -> None:
    assert Rate(YearMonth(2025, 1), jkk=10_000, jkm=6_800).premium() == 16_800
    assert Rate(YearMonth(2025, 1), jkk=10_000, jkm=6_800, jht=20_000).premium() == 36_800


@pytest.mark.parametrize("field", ["jkk", "jkm", "jht"])
def test_rates_are_whole_rupiah(field: str) -> None:
    values: dict[str, object] = {"jkk": 10_000, "jkm": 6_800, "jht": 0, field: 6_800.0}
    with pytest.raises(TypeError):
        Rate(YearMonth(2025, 1), **values)  # type: ignore[arg-type]
    values[field] = -1
    with pytest.raises(UserError, match="negatif"):
        Rate(YearMonth(2025, 1), **values)  # type: ignore[arg-type]


def test_rate_in_force_picks_the_latest_started() -> None:
    old = Rate(YearMonth(2023, 1), jkk=10_000, jkm=6_800)
    new = Rate(YearMonth(2026, 1), jkk=5_000, jkm=3_400)
    rates = [new, old]  # order of the list does not matter
    assert rate_in_force(rates, YearMonth(2025, 12)) is old
    assert rate_in_force(rates, YearMonth(2026, 1)) is new
    assert rate_in_force(rates, YearMonth(2030, 6)) is new
    with pytest.raises(UserError, match="Desember 2022"):
        rate_in_force(rates, YearMonth(2022, 12))
    with pytest.raises(UserError):
        rate_in_force([], YearMonth(2025, 1))


def test_two_different_rates_from_one_month_are_refused() -> None:
    rates = [Rate(YearMonth(2025, 1), jkk=1, jkm=1), Rate(YearMonth(2025, 1), jkk=2, jkm=1)]
    with pytest.raises(UserError, match="lebih dari satu"):
        rate_in_force(rates, YearMonth(2025, 3))


@pytest.mark.parametrize(
    ("income", "jkk"),
    [
        (1_000_000, 10_000),
        (0, 0),
        (49, 0),
        (50, 1),
        (149, 1),
        (150, 2),
        (1_234_550, 12_346),
        (2_500_000, 25_000),
    ],
)
def test_jkk_is_one_percent_rounded_half_up(income: int, jkk: int) -> None:
    assert jkk_for_income(income) == jkk


def test_jkk_refuses_floats_and_negatives() -> None:
    with pytest.raises(TypeError):
        jkk_for_income(1_000_000.0)  # type: ignore[arg-type]
    with pytest.raises(UserError):
        jkk_for_income(-1)


@given(st.integers(0, 10**12))
def test_jkk_is_the_nearest_whole_rupiah(income: int) -> None:
    jkk = jkk_for_income(income)
    assert abs(jkk * 100 - income) <= 50
    assert 2 * (jkk * 100 - income) != -100  # an exact half goes up, never down


# --- coverage and amounts --------------------------------------------------------------------------------

year_months = st.builds(YearMonth, st.integers(2020, 2030), st.integers(1, 12))


@st.composite
def spans(draw: st.DrawFn) -> Coverage:
    first = draw(year_months)
    length = draw(st.none() | st.integers(0, 40))
    return Coverage(first, None if length is None else first.plus(length))


def _brute_force(spans_: list[Coverage], first: YearMonth, last: YearMonth) -> list[YearMonth]:
    # Walk every month of the window and ask each span directly, without the index arithmetic.
    result = []
    month = first
    while month <= last:
        if any(
            span.first_month <= month and (span.last_month is None or month <= span.last_month)
            for span in spans_
        ):
            result.append(month)
        month = YearMonth(month.year + month.month // 12, month.month % 12 + 1)
    return result


def test_coverage_covers_its_span() -> None:
    span = Coverage(YearMonth(2025, 3), YearMonth(2025, 5))
    assert [span.covers(m) for m in month_range(YearMonth(2025, 2), YearMonth(2025, 6))] == [
        False,
        True,
        True,
        True,
        False,
    ]
    open_span = Coverage(YearMonth(2025, 3), None)
    assert open_span.covers(YearMonth(2099, 12))
    assert not open_span.covers(YearMonth(2025, 2))


def test_a_span_cannot_end_before_it_starts() -> None:
    with pytest.raises(UserError, match="sebelum"):
        Coverage(YearMonth(2025, 3), YearMonth(2025, 2))


def test_ended_and_restarted_member_example() -> None:
    # Active Jan-Mar, stopped (formal job) Apr-Jun, back from July and still active.
    history = [Coverage(YearMonth(2025, 1), YearMonth(2025, 3)), Coverage(YearMonth(2025, 7), None)]
    covered = months_covered(history, YearMonth(2025, 1), YearMonth(2025, 12))
    assert [m.month for m in covered] == [1, 2, 3, 7, 8, 9, 10, 11, 12]
    assert amount_due(history, DEFAULT_RATES, YearMonth(2025, 1), YearMonth(2025, 12)) == 9 * 16_800


def test_overlapping_spans_are_counted_once() -> None:
    history = [
        Coverage(YearMonth(2025, 1), YearMonth(2025, 6)),
        Coverage(YearMonth(2025, 4), YearMonth(2025, 9)),
    ]
    assert len(months_covered(history, YearMonth(2025, 1), YearMonth(2025, 12))) == 9
    assert amount_due(history, DEFAULT_RATES, YearMonth(2025, 1), YearMonth(2025, 12)) == 9 * 16_800


def test_rate_change_mid_year_applies_forward_only() -> None:
    rates = [Rate(YearMonth(2023, 1), jkk=10_000, jkm=6_800), Rate(YearMonth(2025, 7), jkk=5_000, jkm=3_400)]
    member = [Coverage(YearMonth(2025, 1), None)]
    assert amount_due(member, rates, YearMonth(2025, 1), YearMonth(2025, 12)) == 6 * 16_800 + 6 * 8_400
    assert amount_due(member, rates, YearMonth(2025, 1), YearMonth(2025, 6)) == 6 * 16_800


def test_nothing_is_due_outside_the_window_or_without_spans() -> None:
    member = [Coverage(YearMonth(2025, 1), YearMonth(2025, 3))]
    assert amount_due(member, DEFAULT_RATES, YearMonth(2025, 4), YearMonth(2025, 12)) == 0
    assert amount_due([], DEFAULT_RATES, YearMonth(2025, 1), YearMonth(2025, 12)) == 0
    assert months_covered(member, YearMonth(2025, 3), YearMonth(2025, 1)) == []


def test_a_covered_month_without_a_rate_is_an_error() -> None:
    member = [Coverage(YearMonth(2022, 11), None)]
    with pytest.raises(UserError, match="November 2022"):
        amount_due(member, DEFAULT_RATES, YearMonth(2022, 11), YearMonth(2023, 2))


@given(st.lists(spans(), max_size=4), year_months, year_months)
def test_months_covered_equals_brute_force(
    history: list[Coverage], first: YearMonth, last: YearMonth
) -> None:
    covered = months_covered(history, first, last)
    assert covered == _brute_force(history, first, last)
    assert covered == sorted(set(covered))  # in order, each month once


@given(spans(), spans(), year_months, year_months)
def test_ending_and_restarting_counts_the_union(
    a: Coverage, b: Coverage, first: YearMonth, last: YearMonth
) -> None:
    both = set(months_covered([a, b], first, last))
    assert both == set(months_covered([a], first, last)) | set(months_covered([b], first, last))
    for month in month_range(first, last):
        assert (month in both) == (a.covers(month) or b.covers(month))  # gap months are not counted


rates_strategy = st.lists(
    st.builds(Rate, year_months, st.integers(0, 50_000), st.integers(0, 20_000), st.integers(0, 40_000)),
    min_size=1,
    max_size=4,
    unique_by=lambda rate: rate.effective_from,
)


@given(st.lists(spans(), max_size=3), rates_strategy, year_months, year_months)
def test_amount_due_is_the_sum_of_monthly_rates(
    history: list[Coverage], rates: list[Rate], first: YearMonth, last: YearMonth
) -> None:
    earliest = min(rate.effective_from for rate in rates)
    first = max(first, earliest)  # months before any rate are an error, tested above

    def rate_for(month: YearMonth) -> int:
        started = [rate for rate in rates if rate.effective_from <= month]
        latest = max(started, key=lambda rate: rate.effective_from)
        return latest.jkk + latest.jkm + latest.jht

    expected = sum(rate_for(month) for month in _brute_force(history, first, last))
    assert amount_due(history, rates, first, last) == expected


rated_months = st.builds(YearMonth, st.integers(2023, 2030), st.integers(1, 12))


@given(st.lists(spans(), max_size=3), st.lists(rated_months, min_size=3, max_size=3))
def test_amount_due_splits_at_any_month(history: list[Coverage], bounds: list[YearMonth]) -> None:
    first, middle, last = sorted(bounds)
    whole = amount_due(history, DEFAULT_RATES, first, last)
    head = amount_due(history, DEFAULT_RATES, first, middle)
    tail = amount_due(history, DEFAULT_RATES, middle.plus(1), last)
    assert whole == head + tail


# --- eligibility -----------------------------------------------------------------------------------------

TODAY = date(2025, 9, 23)
HOME = "36.74.04.1001"  # Sawah Baru
ELSEWHERE = "36.74.06.1006"  # Kedaung


def _problems(rules: EligibilityRules | None = None, **changes: object) -> list[str]:
    values: dict[str, object] = {
        "desil": 2,
        "birth_date": date(1980, 5, 1),
        "kelurahan_code": HOME,
        "office_kelurahan_code": HOME,
        "already_member": False,
        "on": TODAY,
    }
    values.update(changes)
    return eligibility_problems(rules or EligibilityRules(), **values)  # type: ignore[arg-type]


def test_an_eligible_person_has_no_problems() -> None:
    assert _problems() == []
    assert _problems(desil=4) == []
    assert _problems(birth_date=date(2007, 9, 23)) == []  # 18 today
    assert _problems(birth_date=date(1960, 9, 24)) == []  # 64 until tomorrow


def test_desil_missing_above_limit_or_invalid() -> None:
    assert _problems(desil=None) == ["Belum tercatat di DTSEN (desil kosong)."]
    (above,) = _problems(desil=5)
    assert "Desil 5" in above
    assert "1-4" in above
    assert _problems(EligibilityRules(max_desil=5), desil=5) == []
    (invalid,) = _problems(desil=11)
    assert "tidak sah" in invalid


def test_age_below_and_above() -> None:
    (young,) = _problems(birth_date=date(2007, 9, 24))
    assert young == "Umur 17 tahun, di bawah batas minimal 18 tahun."
    (old,) = _problems(birth_date=date(1960, 9, 23))
    assert old == "Umur 65 tahun, di atas batas maksimal 64 tahun."
    (future,) = _problems(birth_date=date(2025, 10, 1))
    assert "Tanggal lahir" in future


def test_residence_names_both_kelurahan() -> None:
    (elsewhere,) = _problems(kelurahan_code=ELSEWHERE)
    assert "Kedaung" in elsewhere
    assert "Sawah Baru" in elsewhere
    assert _problems(kelurahan_code=ELSEWHERE, office_kelurahan_code=None) == []  # central office
    assert _problems(EligibilityRules(require_office_kelurahan=False), kelurahan_code=ELSEWHERE) == []
    assert _problems(kelurahan_code=" ") == ["Kelurahan domisili belum diisi."]
    (unknown,) = _problems(kelurahan_code="36.74.09.1001")
    assert "36.74.09.1001" in unknown  # a code outside the reference list is still named


def test_already_member() -> None:
    assert _problems(already_member=True) == ["Sudah terdaftar sebagai peserta Jamsosnaker."]


def test_every_failing_rule_is_reported_at_once() -> None:
    problems = _problems(
        desil=None, birth_date=date(2010, 1, 1), kelurahan_code=ELSEWHERE, already_member=True
    )
    assert len(problems) == 4


def test_rules_themselves_are_checked() -> None:
    with pytest.raises(UserError):
        EligibilityRules(max_desil=11)
    with pytest.raises(UserError):
        EligibilityRules(min_age=65, max_age=64)


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_age_counts_whole_years(birth: date, on: date) -> None:
    if birth > on:
        return
    age = age_on(birth, on)
    assert age >= 0
    # Brute force: count the birthdays that have passed (29 Feb counts on 1 Mar in common years).
    passed = 0
    for year in itertools.count(birth.year + 1):
        try:
            birthday = birth.replace(year=year)
        except ValueError:
            birthday = date(year, 3, 1)
        if birthday > on:
            break
        passed += 1
    assert age == passed
