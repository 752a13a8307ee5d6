"""Typed rupiah: plain digits or dotted thousands, with or without Rp; decimals and junk are refused."""

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.rupiah_input import parse_rupiah


@pytest.mark.parametrize(
    ("text", "amount"),
    [("16800", 16_800), ("16.800", 16_800), (" Rp16.800 ", 16_800), ("rp. 1.000.000", 1_000_000), ("0", 0)],
)
def test_whole_rupiah_as_clerks_write_it(text: str, amount: int) -> None:
    assert parse_rupiah(text, "JKK") == amount


@pytest.mark.parametrize(
    "text", ["16800.5", "16.800,50", "16,800", "1.00", "=1+1", "", "Rp", "1 000", "-5.5"]
)
def test_anything_else_is_refused_with_the_field_named(text: str) -> None:
    with pytest.raises(UserError, match=r"^Penghasilan .* bukan rupiah bulat"):
        parse_rupiah(text, "Penghasilan")


@pytest.mark.parametrize("text", ["-5", " -16.800", "Rp-5", "-Rp 5", "\u22125"])
def test_a_whole_amount_below_zero_is_refused_as_negative(text: str) -> None:
    with pytest.raises(UserError, match=r"^JKK .* tidak boleh negatif"):
        parse_rupiah(text, "JKK")
