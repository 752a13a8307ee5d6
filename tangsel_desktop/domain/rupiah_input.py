"""Whole rupiah as clerks type them: '16800', '16.800' or 'Rp16.800'; a decimal is refused, never rounded."""

import re

from tangsel_desktop.domain.errors import UserError

# Plain digits, or digits grouped by thousands with dots as Indonesians write them.
_RUPIAH = re.compile(r"^(?:rp\.?\s*)?(\d+|\d{1,3}(?:\.\d{3})+)$", re.IGNORECASE)
# The same with a minus sign before the digits (or before 'Rp'): a whole amount, but one below zero.
_NEGATIVE = re.compile(r"^(?:rp\.?\s*)?[-\u2212]\s*(?:rp\.?\s*)?(\d+|\d{1,3}(?:\.\d{3})+)$", re.IGNORECASE)


def parse_rupiah(text: str, what: str) -> int:
    """The amount in whole rupiah; `what` names the field in the refusal ('Penghasilan', 'JKK')."""
    match = _RUPIAH.match(text.strip())
    if match is None and _NEGATIVE.match(text.strip()):
        # Whole rupiah, but below zero: say that, not that it is no whole number.
        raise UserError(f"{what} '{text}' tidak boleh negatif. Tulis 0 atau lebih, misalnya 16800.")
    if match is None:
        # A rounded premium or income would be a wrong bill: say what to type instead.
        raise UserError(f"{what} '{text}' bukan rupiah bulat. Tulis angka tanpa desimal, misalnya 16800.")
    return int(match.group(1).replace(".", ""))
