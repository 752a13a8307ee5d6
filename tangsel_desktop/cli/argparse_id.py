"""Bahasa Indonesia for argparse's own words (usage, headings, its errors) through its gettext hook.

argparse looks its texts up with the module-level `_` and `ngettext` it imported from gettext, at the
moment it uses them; pointing those two names at this table is the hook gettext would use with a
catalogue, without shipping a .mo file. A text this table does not know (a newer Python's) stays English.
"""

import argparse

WORDS = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "optional arguments": "opsi",  # Python 3.9's word for the same heading
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan %(value)r tidak dikenal (pilih salah satu: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(value)r bukan %(type)s yang sah",
    "expected one argument": "butuh satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "butuh sedikitnya satu nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi %(option)s kurang jelas: bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
}
PLURALS = {
    "expected %s argument": ("butuh %s nilai", "butuh %s nilai"),
}
VERSION_HELP = "tampilkan versi program lalu keluar"


def translate(message: str) -> str:
    return WORDS.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    if singular in PLURALS:
        one, many = PLURALS[singular]
        return one if count == 1 else many
    return singular if count == 1 else plural


def install() -> None:
    """Point argparse's lookups at the Indonesian table; call before building a parser (its headings
    are looked up when the parser is made)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
