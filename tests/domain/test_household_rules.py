"""Who heads a family: the rules the form, the service and the import share."""

from datetime import date

from tangsel_desktop.domain.household_rules import (
    Member,
    head_after_joining,
    head_after_leaving,
    head_of_new_household,
)

SITI = Member("siti", date(1985, 8, 17))
BUDI = Member("budi", date(1980, 1, 2))
ANI = Member("ani", date(2010, 5, 1))


def test_a_new_kk_is_headed_by_its_first_member() -> None:
    assert head_of_new_household("siti") == "siti"


def test_joining_a_family_keeps_its_head() -> None:
    assert head_after_joining("budi", "siti") == "budi"


def test_whoever_joins_a_family_without_a_head_heads_it() -> None:
    assert head_after_joining(None, "siti") == "siti"


def test_someone_named_head_becomes_head() -> None:
    assert head_after_joining("budi", "siti", named_head=True) == "siti"


def test_a_member_other_than_the_head_leaving_changes_nothing() -> None:
    assert head_after_leaving("budi", "ani", [BUDI, SITI]) == "budi"


def test_when_the_head_leaves_the_oldest_remaining_member_heads_the_family() -> None:
    assert head_after_leaving("ani", "ani", [SITI, ANI, BUDI]) == "budi"


def test_the_leaver_is_never_their_own_successor_even_when_still_listed() -> None:
    assert head_after_leaving("budi", "budi", [BUDI, SITI]) == "siti"


def test_among_members_born_the_same_day_the_first_listed_takes_over() -> None:
    twin = Member("kembar", SITI.birth_date)
    assert head_after_leaving("budi", "budi", [SITI, twin]) == "siti"
    assert head_after_leaving("budi", "budi", [twin, SITI]) == "kembar"


def test_a_family_with_nobody_left_has_no_head() -> None:
    assert head_after_leaving("budi", "budi", [BUDI]) is None
    assert head_after_leaving("budi", "budi", []) is None
