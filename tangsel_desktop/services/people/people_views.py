"""Plain read-only values that describe people and households to the window, the command line and files."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from tangsel_desktop.domain.enums import Disability, Sex
from tangsel_desktop.domain.family_relation import FamilyRelation
from tangsel_desktop.domain.wilayah import kelurahan_name

SEX_BY_CODE = {sex.value: sex for sex in Sex}


class PersonRow(NamedTuple):
    """One line of a people listing or search result (a tuple: search builds fifty per keystroke)."""

    id: str
    local_no: int
    nik: str
    full_name: str
    sex: Sex
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    kk_number: str

    @property
    def kelurahan(self) -> str:
        return kelurahan_name(self.kelurahan_code)

    @classmethod
    def from_row(cls, row: Any) -> "PersonRow":
        """From a listing row of storage (people_store.LISTING_COLUMNS), read by column name."""
        return cls(
            row.id, row.local_no, row.nik, row.full_name, SEX_BY_CODE[row.sex], row.birth_date, row.address,
            row.rt, row.rw, row.kelurahan_code, row.kk_number or "",
        )  # fmt: skip

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "nik": self.nik,
            "name": self.full_name,
            "sex": self.sex.value,
            "birth_date": self.birth_date.isoformat(),
            "kk": self.kk_number,
            "address": self.address,
            "rt": self.rt,
            "rw": self.rw,
            "kelurahan": self.kelurahan,
            "kelurahan_code": self.kelurahan_code,
        }


@dataclass(frozen=True)
class MemberView:
    id: str
    nik: str
    full_name: str
    sex: Sex
    birth_date: date
    is_head: bool
    family_relation: FamilyRelation | None = None


@dataclass(frozen=True)
class PersonDetail:
    """Everything the person page shows: the record, the household, and the programs."""

    id: str
    nik: str
    kk_number: str
    household_id: str | None
    full_name: str
    sex: Sex
    birth_place: str
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    occupation: str
    disability: Disability
    desil: int | None
    notes: str
    household: tuple[MemberView, ...] = ()
    family_relation: FamilyRelation | None = None
    programs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def kelurahan(self) -> str:
        return kelurahan_name(self.kelurahan_code)

    @property
    def is_head(self) -> bool:
        return any(member.is_head and member.id == self.id for member in self.household)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "nik": self.nik,
            "kk": self.kk_number,
            "name": self.full_name,
            "sex": self.sex.value,
            "birth_place": self.birth_place,
            "birth_date": self.birth_date.isoformat(),
            "address": self.address,
            "rt": self.rt,
            "rw": self.rw,
            "kelurahan": self.kelurahan,
            "kelurahan_code": self.kelurahan_code,
            "phone": self.phone,
            "occupation": self.occupation,
            "disability": self.disability.value,
            "desil": self.desil,
            "family_relation": self.family_relation.label if self.family_relation else "",
            "notes": self.notes,
            "household": [
                {
                    "id": m.id,
                    "name": m.full_name,
                    "is_head": m.is_head,
                    "family_relation": m.family_relation.label if m.family_relation else "",
                }
                for m in self.household
            ],
            "programs": list(self.programs),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class DuplicateCandidate:
    """A person already registered who may be the one being typed."""

    id: str
    nik: str
    full_name: str
    birth_date: date
    kelurahan_code: str
    reason: str
