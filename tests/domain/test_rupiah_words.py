"""Terbilang: amounts in Indonesian words against known values, and a property over all amounts."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tangsel_desktop.domain.rupiah_words import MAX_AMOUNT, WORDS, rupiah_in_words, terbilang

KNOWN = [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (11_000, "sebelas ribu"),
    (16_800, "enam belas ribu delapan ratus"),
    (100_000, "seratus ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_234_567, "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh"),
    (42_000_000, "empat puluh dua juta"),
    (1_000_000_000, "satu miliar"),
    (2_500_000_000_000, "dua triliun lima ratus miliar"),
    (-16_800, "minus enam belas ribu delapan ratus"),
]


@pytest.mark.parametrize(("amount", "words"), KNOWN)
def test_known_values(amount: int, words: str) -> None:
    assert terbilang(amount) == words


def test_rupiah_in_words() -> None:
    assert rupiah_in_words(16_800) == "enam belas ribu delapan ratus rupiah"
    assert rupiah_in_words(0) == "nol rupiah"


@pytest.mark.parametrize("amount", [16800.0, 0.5, "16800", None, True])
def test_non_integers_are_refused(amount: object) -> None:
    with pytest.raises(TypeError):
        terbilang(amount)  # type: ignore[arg-type]


def test_beyond_triliun_is_refused() -> None:
    assert terbilang(MAX_AMOUNT).startswith("sembilan ratus sembilan puluh sembilan triliun")
    with pytest.raises(ValueError, match="batas"):
        terbilang(MAX_AMOUNT + 1)


amounts = st.integers(-MAX_AMOUNT, MAX_AMOUNT)


@given(amounts)
def test_words_are_single_spaced_and_known(amount: int) -> None:
    text = terbilang(amount)
    assert "  " not in text
    assert text == text.strip()
    assert set(text.split(" ")) <= WORDS


@given(st.integers(1, MAX_AMOUNT))
def test_negative_is_minus_and_the_positive(amount: int) -> None:
    assert terbilang(-amount) == "minus " + terbilang(amount)


@given(st.integers(1, MAX_AMOUNT))
def test_nol_and_satu_ribu_never_appear_in_nonzero_amounts(amount: int) -> None:
    text = terbilang(amount)
    assert "nol" not in text.split()
    # Indonesian says seribu for a lone thousand; "tiga puluh satu ribu" is right and stays.
    assert re.search(r"(^|juta |miliar |triliun )satu ribu", text) is None
    for clumsy in ("satu ratus", "satu puluh", "satu belas"):
        assert clumsy not in text


_VALUES = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
_SCALES = {"ribu": 1000, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def _read_back(text: str) -> int:
    """An independent reader of the words: proves terbilang says the right number, not just real words."""
    words = text.split()
    sign = -1 if words[:1] == ["minus"] else 1
    total = group = 0
    for word in words[1:] if sign < 0 else words:
        if word == "nol":
            continue
        if word == "belas":
            group += 10
        elif word == "puluh":
            group = group - group % 100 + (group % 100) * 10
        elif word == "ratus":
            group *= 100
        elif word == "seribu":
            total += 1000
        elif word in _SCALES:
            total += group * _SCALES[word]
            group = 0
        else:
            group += _VALUES[word]
    return sign * (total + group)


@given(amounts)
def test_words_read_back_to_the_amount(amount: int) -> None:
    assert _read_back(terbilang(amount)) == amount
