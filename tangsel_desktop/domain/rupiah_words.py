"""Amounts in Indonesian words (terbilang), as receipts and berita acara write them out."""

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Scale words for each group of three digits, smallest first; "ribu" alone takes the se- prefix.
_SCALES = ("", "ribu", "juta", "miliar", "triliun")
MAX_AMOUNT = 10 ** (3 * len(_SCALES)) - 1

# Every word terbilang can emit; tests check its output never strays outside this set.
WORDS = frozenset(
    {w for w in _UNITS if w}
    | {w for w in _SCALES if w}
    | {"nol", "minus", "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu"}
)


def _check_whole(amount: object) -> int:
    # Money is never a float: 0.1 + 0.2 would print a wrong receipt.
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"jumlah uang harus bilangan bulat, bukan {type(amount).__name__}")
    return amount


def _below_thousand(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_UNITS[hundreds], "ratus"]
    tens, units = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words += [_UNITS[units], "belas"]
    else:
        if tens > 1:
            words += [_UNITS[tens], "puluh"]
        if units:
            words.append(_UNITS[units])
    return words


def terbilang(amount: int) -> str:
    """16800 -> "enam belas ribu delapan ratus"; 0 -> "nol"; negative amounts start with "minus"."""
    number = _check_whole(amount)
    if number == 0:
        return "nol"
    if abs(number) > MAX_AMOUNT:
        raise ValueError(f"{number} melebihi batas terbilang ({MAX_AMOUNT})")
    words: list[str] = ["minus"] if number < 0 else []
    remaining = abs(number)
    groups: list[int] = []
    while remaining:
        remaining, group = divmod(remaining, 1000)
        groups.append(group)
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if group == 0:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")  # but "satu juta", "satu miliar": only ribu contracts
            continue
        words += _below_thousand(group)
        if _SCALES[scale]:
            words.append(_SCALES[scale])
    return " ".join(words)


def rupiah_in_words(amount: int) -> str:
    """16800 -> "enam belas ribu delapan ratus rupiah"."""
    return f"{terbilang(amount)} rupiah"
