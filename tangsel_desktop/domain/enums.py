"""Enumerations shared by every layer: sexes, roles, disability kinds, office kinds."""

from enum import StrEnum


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"

    @property
    def label(self) -> str:
        return "Laki-laki" if self is Sex.MALE else "Perempuan"


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        # An administrator may do what a supervisor may, who may do what an operator may.
        return {Role.OPERATOR: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}[self]

    @property
    def label(self) -> str:
        return {
            Role.OPERATOR: "Operator",
            Role.SUPERVISOR: "Supervisor",
            Role.ADMIN: "Administrator",
        }[self]


class Disability(StrEnum):
    """Kinds of disability after UU 8/2016 (fisik, intelektual, mental, sensorik, ganda)."""

    NONE = "tidak"
    PHYSICAL = "fisik"
    INTELLECTUAL = "intelektual"
    MENTAL = "mental"
    BLIND = "netra"
    DEAF = "rungu"
    SPEECH = "wicara"
    MULTIPLE = "ganda"

    @property
    def label(self) -> str:
        return DISABILITY_LABELS[self]


DISABILITY_LABELS = {
    Disability.NONE: "Tidak ada",
    Disability.PHYSICAL: "Disabilitas fisik",
    Disability.INTELLECTUAL: "Disabilitas intelektual",
    Disability.MENTAL: "Disabilitas mental",
    Disability.BLIND: "Sensorik netra",
    Disability.DEAF: "Sensorik rungu",
    Disability.SPEECH: "Sensorik wicara",
    Disability.MULTIPLE: "Disabilitas ganda",
}


def disability_label(value: str) -> str:
    """The label of a stored disability word; a word this version does not know is shown as stored."""
    try:
        return Disability(value).label
    except ValueError:
        return value


class OfficeKind(StrEnum):
    KELURAHAN = "kelurahan"
    DINSOS = "dinsos"


# Occupations of informal workers seen in the program (DOMAIN.md); free text is accepted too.
COMMON_OCCUPATIONS = (
    "Tukang sapu",
    "Ojek pangkalan",
    "Pedagang keliling",
    "Pedagang kaki lima",
    "Pemulung",
    "Buruh serabutan",
    "Nelayan",
    "Buruh harian lepas",
    "Mengurus rumah tangga",
    "Pelajar/Mahasiswa",
    "Belum/tidak bekerja",
)
