"""A date option is read as the forms accept it; one that cannot be read is refused naming the option."""

from datetime import date

import pytest

from tangsel_desktop.cli.option_dates import option_date, optional_date
from tangsel_desktop.domain.errors import UserError


def test_reads_a_date_and_leaves_a_missing_option_empty() -> None:
    assert option_date("2026-11-02", "--date") == date(2026, 11, 2)
    assert optional_date("2026-11-02", "--end") == date(2026, 11, 2)
    assert optional_date(None, "--end") is None


def test_an_unreadable_date_names_its_option() -> None:
    with pytest.raises(UserError) as refused:
        optional_date("besok", "--until")
    assert str(refused.value).startswith("--until: ")
