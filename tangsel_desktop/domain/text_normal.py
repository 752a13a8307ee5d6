"""One normal form for text clerks type or import: NFC, no invisible or direction characters, plain spaces.

"Si\u200bti" (a zero-width space pasted from a chat) would be stored as typed and never be found by
searching "Siti"; a right-to-left override could make a printed name read differently from the stored
one. Every write path (check_person via tidy_text) and the people search use this same form.
"""

import re
import unicodedata

# Zero-width characters, the byte-order mark, the soft hyphen and the word joiner: invisible when shown.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
# Directional marks, embeddings, overrides and isolates (Unicode bidi controls).
_DIRECTIONAL = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Spaces of every other width become a plain space, to be collapsed like any other.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_TABLE = str.maketrans({**dict.fromkeys(_INVISIBLE + _DIRECTIONAL), **dict.fromkeys(_SPACES, " ")})
_ODD = re.compile(f"[{_INVISIBLE}{_DIRECTIONAL}{_SPACES}]")


def normal_form(text: str) -> str:
    """NFC, invisible and directional characters removed, odd spaces made plain (not yet collapsed)."""
    if text.isascii():
        return text  # nearly every value: nothing to do
    text = unicodedata.normalize("NFC", text)
    if _ODD.search(text):
        text = text.translate(_TABLE)
    return text
