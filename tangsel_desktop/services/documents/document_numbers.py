"""Document numbers: the pattern per kind, its placeholders, and the checks a new pattern must pass."""

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.documents.document_payload import FIELD_TEXT, DocumentKind

DEFAULT_PATTERN = "{prefix}/{office}/{year}/{seq}"
PLACEHOLDERS = frozenset({"prefix", "office", "year", "seq"})
# The clerk's words for the placeholders: Pengaturan shows and takes these, the command line takes
# either, and the stored pattern keeps the codes (numbers already printed never change meaning).
PLACEHOLDER_WORDS = {"prefix": "awalan", "office": "kantor", "year": "tahun", "seq": "urut"}
WORD_LIST = "{awalan}, {kantor}, {tahun} dan {urut}"
SEQ_DIGITS = 6
MAX_NUMBER_CHARS = 60
# Tangerang Selatan keeps Western Indonesian Time all year (no daylight saving): the year on a document
# is the office's year, whatever the laptop's clock zone says.
WIB = timezone(timedelta(hours=7), "WIB")


def document_year(moment: datetime) -> int:
    return moment.astimezone(WIB).year


@dataclass(frozen=True)
class NumberFormat:
    """How one kind is numbered; the sequence runs per kind and year whatever the pattern."""

    kind: DocumentKind
    prefix: str
    pattern: str

    def number(self, *, office: str, year: int, seq: int) -> str:
        return self.pattern.format(prefix=self.prefix, office=office, year=year, seq=f"{seq:0{SEQ_DIGITS}d}")


def pattern_in_words(pattern: str) -> str:
    """A stored pattern as Pengaturan shows it: {awalan}/{kantor}/{tahun}/{urut}."""
    for code, word in PLACEHOLDER_WORDS.items():
        pattern = pattern.replace("{" + code + "}", "{" + word + "}")
    return pattern


def pattern_from_words(pattern: str) -> str:
    """A pattern typed with the Indonesian words (or the codes) as it is stored, with the codes."""
    for code, word in PLACEHOLDER_WORDS.items():
        pattern = pattern.replace("{" + word + "}", "{" + code + "}")
    return pattern


def _fields(pattern: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        raise UserError("Format nomor memuat kurung kurawal yang tidak berpasangan.") from None
    names: list[str] = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise UserError(
                f"Format nomor memuat {{{name}}} yang tidak dikenal. Gunakan hanya {WORD_LIST} "
                "(atau {prefix}, {office}, {year} dan {seq})."
            )
        names.append(name)
    return names


def check_format(
    candidate: NumberFormat, *, office: str, others: Mapping[DocumentKind, NumberFormat]
) -> NumberFormat:
    """The format tidied, or a UserError saying what to fix; `others` are the other kinds' formats."""
    prefix = candidate.prefix.strip().upper()
    pattern = pattern_from_words(candidate.pattern.strip())
    if not prefix or len(prefix) > 10 or not FIELD_TEXT.match(prefix) or " " in prefix:
        raise UserError("Awalan nomor harus 1-10 huruf kapital atau angka, contoh TT.")
    names = _fields(pattern)
    if names.count("seq") != 1:
        raise UserError("Format nomor harus memuat {urut} ({seq}) tepat satu kali (nomor urut 6 angka).")
    if "year" not in names:
        # The sequence starts again each year: without the year, January would repeat last year's numbers.
        raise UserError("Format nomor harus memuat {tahun} ({year}): nomor urut dimulai lagi setiap tahun.")
    tidy = NumberFormat(candidate.kind, prefix, pattern)
    sample = tidy.number(office=office, year=2025, seq=123)
    # The number travels inside the QR code, whose compact mode knows capitals, digits and a few signs.
    if not FIELD_TEXT.match(sample) or len(tidy.number(office=office, year=2025, seq=999999)) > 60:
        raise UserError(
            "Format nomor hanya boleh memuat huruf kapital, angka, spasi dan tanda / . - : + $ %, "
            f"paling panjang {MAX_NUMBER_CHARS} karakter. Contoh: {DEFAULT_PATTERN}."
        )
    for kind, other in others.items():
        if kind is not candidate.kind and other.number(office=office, year=2025, seq=123) == sample:
            raise UserError(
                f"Dengan format ini nomor {candidate.kind.label.lower()} sama dengan nomor "
                f"{kind.label.lower()} ({sample}). Bedakan awalan atau polanya."
            )
    return tidy
