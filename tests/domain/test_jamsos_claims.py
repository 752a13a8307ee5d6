"""The JKM claim facts: months of membership, the 36-month scholarship edge, 48 x income, stages, papers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.claim_rules import (
    BASE_DOCUMENTS,
    HEIRS_ORDER,
    JKM_DEATH_BENEFIT,
    SCHOLARSHIP_DOCUMENTS,
    WORK_ACCIDENT_DOCUMENTS,
    ClaimStage,
    claim_benefits,
    documents_needed,
    jkk_death_benefit,
    membership_months,
    parse_stage,
    scholarship_applies,
    tidy_where_to_go,
)
from tangsel_desktop.domain.jamsos.membership_rules import Coverage, months_covered
from tangsel_desktop.domain.months import YearMonth

JAN_2022 = YearMonth(2022, 1)


def test_months_count_both_ends() -> None:
    assert membership_months(JAN_2022, JAN_2022) == 1
    assert membership_months(JAN_2022, YearMonth(2022, 12)) == 12
    assert membership_months(YearMonth(2022, 11), YearMonth(2023, 2)) == 4
    with pytest.raises(UserError, match="sebelum bulan pertama"):
        membership_months(JAN_2022, YearMonth(2021, 12))


@given(
    st.integers(min_value=2000 * 12, max_value=2100 * 12),
    st.integers(min_value=0, max_value=600),
)
def test_months_agree_with_the_recap_month_arithmetic(start: int, length: int) -> None:
    first, last = YearMonth.from_index(start), YearMonth.from_index(start + length)
    covered = months_covered([Coverage(first, last)], first, last)
    assert membership_months(first, last) == len(covered) == length + 1


def test_the_scholarship_starts_at_exactly_36_months() -> None:
    assert not scholarship_applies(35)
    assert scholarship_applies(36)
    # January 2022 to November 2024 is 35 months; to December 2024 is 36.
    short = claim_benefits(
        first_month=JAN_2022, last_month=YearMonth(2024, 11), work_accident=False, declared_income=1_000_000
    )
    full = claim_benefits(
        first_month=JAN_2022, last_month=YearMonth(2024, 12), work_accident=False, declared_income=1_000_000
    )
    assert (short.months, short.scholarship) == (35, False)
    assert (full.months, full.scholarship) == (36, True)
    assert "belum berhak" in short.scholarship_rule
    assert "36 bulan" in short.scholarship_rule
    assert "Masa iuran tercatat 36 bulan: berhak." in full.scholarship_rule
    assert short.jkm == full.jkm == JKM_DEATH_BENEFIT == 42_000_000


def test_a_work_accident_death_is_48_times_the_declared_income() -> None:
    assert jkk_death_benefit(1_000_000) == 48_000_000
    assert jkk_death_benefit(1_750_500) == 84_024_000
    accident = claim_benefits(
        first_month=JAN_2022, last_month=JAN_2022, work_accident=True, declared_income=2_000_000
    )
    assert accident.jkk == 96_000_000
    plain = claim_benefits(
        first_month=JAN_2022, last_month=JAN_2022, work_accident=False, declared_income=2_000_000
    )
    assert plain.jkk == 0
    with pytest.raises(TypeError):
        jkk_death_benefit(1_000_000.0)  # type: ignore[arg-type]
    with pytest.raises(UserError):
        jkk_death_benefit(-1)


def test_papers_follow_what_applies() -> None:
    plain = claim_benefits(first_month=JAN_2022, last_month=JAN_2022, work_accident=False, declared_income=1)
    assert documents_needed(plain) == BASE_DOCUMENTS
    both = claim_benefits(
        first_month=JAN_2022, last_month=YearMonth(2025, 1), work_accident=True, declared_income=1
    )
    assert documents_needed(both) == BASE_DOCUMENTS + WORK_ACCIDENT_DOCUMENTS + SCHOLARSHIP_DOCUMENTS


def test_heirs_are_in_the_order_of_the_regulation() -> None:
    assert [group.split(":")[-1].strip().split()[0].lower() for group in HEIRS_ORDER] == [
        "janda,",
        "orang",
        "saudara",
        "mertua",
    ]


def test_stages_by_code_or_indonesian_label() -> None:
    assert parse_stage("paid") is ClaimStage.PAID
    assert parse_stage("  Diajukan ke  BPJS ") is ClaimStage.SUBMITTED
    assert ClaimStage.CHECKLIST_GIVEN.label == "daftar berkas diserahkan"
    with pytest.raises(UserError, match="Pilihan: checklist_given"):
        parse_stage("selesai")


def test_where_to_go_is_trimmed_and_never_blank() -> None:
    assert tidy_where_to_go("  KC BPJS Serpong \n  buka 08.00  ") == "KC BPJS Serpong\nbuka 08.00"
    with pytest.raises(UserError, match="Tulis ke mana"):
        tidy_where_to_go("   \n ")
    with pytest.raises(UserError, match="terlalu panjang"):
        tidy_where_to_go("x" * 1001)
