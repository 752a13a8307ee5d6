"""People and households as the store hands them out: frozen values read by column name, not table objects."""

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any, Self


@dataclass(frozen=True)
class PersonRecord:
    """One stored person, every column."""

    local_no: int
    id: str
    nik: str
    household_id: str | None
    full_name: str
    sex: str
    birth_place: str
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    occupation: str
    disability: str
    desil: int | None
    family_relation: str | None
    notes: str
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    deleted_at: datetime | None

    @classmethod
    def from_mapping(cls, row: Any) -> Self:
        """From a row of the person table, by column name."""
        return cls(**{name: row[name] for name in _NAMES[cls]})

    def audit_values(self) -> dict[str, Any]:
        """The values the audit trail records (the local row number is this store's own)."""
        values = asdict(self)
        values.pop("local_no")
        return values


@dataclass(frozen=True)
class HouseholdRecord:
    """One stored household: its current No. KK and its head."""

    id: str
    kk_number: str
    head_person_id: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    deleted_at: datetime | None

    @classmethod
    def from_mapping(cls, row: Any) -> Self:
        return cls(**{name: row[name] for name in _NAMES[cls]})

    def audit_values(self) -> dict[str, Any]:
        return asdict(self)


_NAMES: dict[type, tuple[str, ...]] = {
    kind: tuple(field.name for field in fields(kind)) for kind in (PersonRecord, HouseholdRecord)
}
