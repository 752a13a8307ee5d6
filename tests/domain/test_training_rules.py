"""The training rules: eligibility with reasons, sessions inside the batch, JP against the minimum, dates."""

from datetime import date

import pytest

from tangsel_desktop.domain.enums import Disability
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.training.participation import Mark, Result, add_months, companion, valid_until
from tangsel_desktop.domain.training.training_rules import (
    Eligibility,
    PersonFacts,
    Session,
    TrainingKind,
    attendance_percent,
    batch_draft,
    eligibility_reasons,
    meets_minimum,
    overlaps,
    spread_sessions,
    training_draft,
)

ON = date(2026, 11, 2)


def test_eligibility_says_why_for_each_rule() -> None:
    rules = Eligibility(max_desil=4, min_age=18, max_age=55, disabilities=(Disability.BLIND,))
    fits, reasons = eligibility_reasons(rules, PersonFacts(2, date(1985, 8, 17), "netra"), ON)
    assert fits
    assert reasons == ["desil 2", "umur 41", "disabilitas netra"]
    fits, reasons = eligibility_reasons(rules, PersonFacts(None, date(2010, 1, 1), "tidak"), ON)
    assert not fits
    assert reasons == [
        "desil belum tercatat",
        "umur 16, kurang dari 18",
        "disabilitas tidak ada, bukan netra",
    ]
    assert rules.describe() == "desil 1–4; umur 18–55 tahun; disabilitas netra"
    assert Eligibility().describe() == "tanpa syarat"


def test_bad_rules_are_refused() -> None:
    with pytest.raises(UserError, match="desil"):
        Eligibility(max_desil=11)
    with pytest.raises(UserError, match="minimal melebihi"):
        Eligibility(min_age=60, max_age=18)
    with pytest.raises(UserError, match="lsp"):
        training_draft(name="Barista", kind="bnsp", total_jp=40, min_attendance=80)
    with pytest.raises(UserError, match="umum atau bnsp"):
        training_draft(name="Barista", kind="kursus", total_jp=40, min_attendance=80)
    with pytest.raises(UserError, match="1 dan 100 persen"):
        training_draft(name="Kue", kind="umum", total_jp=40, min_attendance=0)
    draft = training_draft(name="  Kue  basah ", kind="UMUM", total_jp=40, min_attendance=80)
    assert (draft.name, draft.kind) == ("Kue basah", TrainingKind.GENERAL)


def test_sessions_inside_the_batch_once_a_day() -> None:
    start, end = date(2026, 11, 2), date(2026, 11, 4)
    with pytest.raises(UserError, match="di luar tanggal angkatan"):
        batch_draft(
            starts_on=start,
            ends_on=end,
            quota=5,
            place="Aula",
            sessions=[Session(date(2026, 11, 5), 8)],
            total_jp=8,
        )
    with pytest.raises(UserError, match="dua kali"):
        batch_draft(
            starts_on=start,
            ends_on=end,
            quota=5,
            place="Aula",
            total_jp=16,
            sessions=[Session(start, 8), Session(start, 8)],
        )
    with pytest.raises(UserError, match="Kuota"):
        batch_draft(starts_on=start, ends_on=end, quota=0, place="Aula", total_jp=16)
    assert spread_sessions(start, end, 20) == (
        Session(start, 7),
        Session(date(2026, 11, 3), 7),
        Session(end, 6),
    )
    with pytest.raises(UserError, match="kurang dari jumlah hari"):
        spread_sessions(start, end, 2)


def test_minimum_in_whole_jp_and_overlaps() -> None:
    assert meets_minimum(30, 40, 75)
    assert not meets_minimum(31, 40, 78)  # 77.5 %
    assert attendance_percent(31, 40) == 77
    assert not meets_minimum(0, 0, 50)
    assert overlaps(date(2026, 11, 1), date(2026, 11, 3), date(2026, 11, 3), date(2026, 11, 9))
    assert not overlaps(date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 9))


def test_dates_marks_results_and_companions() -> None:
    assert valid_until(date(2026, 11, 20)) == date(2029, 11, 19)
    assert valid_until(date(2024, 2, 29)) == date(2027, 2, 27)
    assert add_months(date(2026, 5, 31), 3) == date(2026, 8, 31)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 3), -6) == date(2026, 6, 3)
    assert Mark.parse(" Hadir ") is Mark.PRESENT
    assert Result.parse("Belum Kompeten") is Result.NOT_YET
    assert companion(" Sri  Rahayu ", "istri") == ("Sri Rahayu", "istri")
    with pytest.raises(UserError, match="nama pendamping"):
        companion("", "anak")
