"""A person's relationship to the head of family (SHDK) as the Kartu Keluarga prints it, from loose text."""

import re
from enum import StrEnum

from tangsel_desktop.domain.errors import UserError


class FamilyRelation(StrEnum):
    """Status hubungan dalam keluarga, in the order Dukcapil's KK lists them."""

    HEAD = "kepala_keluarga"
    HUSBAND = "suami"
    WIFE = "istri"
    CHILD = "anak"
    CHILD_IN_LAW = "menantu"
    GRANDCHILD = "cucu"
    PARENT = "orang_tua"
    PARENT_IN_LAW = "mertua"
    OTHER_RELATIVE = "famili_lain"
    HOUSEHOLD_HELP = "pembantu"
    OTHER = "lainnya"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    FamilyRelation.HEAD: "Kepala Keluarga",
    FamilyRelation.HUSBAND: "Suami",
    FamilyRelation.WIFE: "Istri",
    FamilyRelation.CHILD: "Anak",
    FamilyRelation.CHILD_IN_LAW: "Menantu",
    FamilyRelation.GRANDCHILD: "Cucu",
    FamilyRelation.PARENT: "Orang Tua",
    FamilyRelation.PARENT_IN_LAW: "Mertua",
    FamilyRelation.OTHER_RELATIVE: "Famili Lain",
    FamilyRelation.HOUSEHOLD_HELP: "Pembantu",
    FamilyRelation.OTHER: "Lainnya",
}

# Words met on KK copies, in SIAK extracts and in hand-made lists, after _key() folded them.
_VARIANTS = {
    "KK": FamilyRelation.HEAD,
    "KEPALA": FamilyRelation.HEAD,
    "KEPALAKK": FamilyRelation.HEAD,
    "KEPALARUMAHTANGGA": FamilyRelation.HEAD,
    "KRT": FamilyRelation.HEAD,
    "ISTERI": FamilyRelation.WIFE,
    "ISTRI": FamilyRelation.WIFE,
    "ANAKKANDUNG": FamilyRelation.CHILD,
    "ANAKANGKAT": FamilyRelation.CHILD,
    "ANAKTIRI": FamilyRelation.CHILD,
    "ORANGTUA": FamilyRelation.PARENT,
    "ORTU": FamilyRelation.PARENT,
    "FAMILI": FamilyRelation.OTHER_RELATIVE,
    "FAMILILAIN": FamilyRelation.OTHER_RELATIVE,
    "FAMILYLAIN": FamilyRelation.OTHER_RELATIVE,
    "KELUARGALAIN": FamilyRelation.OTHER_RELATIVE,
    "PEMBANTURUMAHTANGGA": FamilyRelation.HOUSEHOLD_HELP,
    "ART": FamilyRelation.HOUSEHOLD_HELP,
    "LAIN": FamilyRelation.OTHER,
    "LAINLAIN": FamilyRelation.OTHER,
    "LAINNYA": FamilyRelation.OTHER,
}
# A SIAK extract writes the code: 1 Kepala Keluarga ... 11 Lainnya (the order above).
_BY_NUMBER = {str(number): relation for number, relation in enumerate(FamilyRelation, start=1)}
_BY_KEY = {
    **{re.sub(r"[^A-Z]", "", relation.label.upper()): relation for relation in FamilyRelation},
    **_VARIANTS,
}
_EMPTY = frozenset({"", "-", "TIDAKDIKETAHUI", "BELUMDIISI"})


def _key(text: str) -> str:
    """'Kepala  Keluarga', 'KEPALA-KELUARGA', 'kepala_keluarga' all become 'KEPALAKELUARGA'."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def parse_family_relation(value: object) -> FamilyRelation | None:
    """The relation a cell or a form names; None when left empty; UserError listing the choices otherwise."""
    text = "" if value is None else str(value).strip()
    if isinstance(value, FamilyRelation):
        return value
    key = _key(text)
    if key in _EMPTY:
        return None
    if key.isdigit():
        key = key.lstrip("0")
        if key in _BY_NUMBER:
            return _BY_NUMBER[key]
    elif key in _BY_KEY:
        return _BY_KEY[key]
    choices = ", ".join(relation.label for relation in FamilyRelation)
    raise UserError(
        f"Hubungan dalam keluarga {text!r} tidak dikenali. Tulis seperti di Kartu Keluarga: {choices}.",
        field="family_relation",
    )


def relation_label(code: str | None) -> str:
    """The label of a stored code ('' when none is recorded)."""
    return FamilyRelation(code).label if code else ""


def second_head_message(kk_number: str, head_name: str) -> str:
    """Why a second Kepala Keluarga is refused, and what to do instead."""
    return (
        f"Keluarga dengan No. KK {kk_number} sudah punya Kepala Keluarga: {head_name}. Satu KK hanya "
        "punya satu Kepala Keluarga: pilih hubungan lain (misalnya Suami, Istri, Anak), atau ubah dulu "
        f"hubungan {head_name}."
    )
