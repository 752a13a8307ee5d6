"""The SQLModel tables of the local store; the schema itself is created only by the migrations."""

from datetime import date, datetime

from sqlalchemy import Column, Index, Integer
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, new_id, origin_column, utc_now
from tangsel_desktop.storage.partial_indexes import only_where

# Named constraints from day one, so Alembic's batch mode can alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class Office(SQLModel, table=True):
    """The one office this database belongs to: a kelurahan, or the central Dinas Sosial."""

    __tablename__ = "office"
    id: int = Field(default=1, primary_key=True)
    code: str = Field(max_length=20)
    kind: str = Field(max_length=20)
    name: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())


class AppUser(SQLModel, table=True):
    """A person who signs in: operator, supervisor or administrator."""

    __tablename__ = "app_user"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    username: str = Field(max_length=60, unique=True)
    full_name: str = Field(max_length=150)
    role: str = Field(max_length=20)
    # What a signature block prints under the name: the signer's real position and civil-servant NIP.
    position: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": ""})
    nip: str = Field(default="", max_length=18, sa_column_kwargs={"server_default": ""})
    password_hash: str = Field(max_length=200)
    failed_logins: int = Field(default=0)
    locked_until: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)


class Household(SQLModel, table=True):
    """A family as one Kartu Keluarga groups it; its KK number is 'as of' data kept with history."""

    __tablename__ = "household"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    kk_number: str = Field(max_length=16)
    head_person_id: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)
    deleted_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))

    __table_args__ = (
        Index(
            "uq_household_kk_number_live",
            "kk_number",
            "origin_office",
            unique=True,
            **only_where("deleted_at IS NULL"),
        ),
    )


class HouseholdKkHistory(SQLModel, table=True):
    """Every No. KK a household has held, with the dates it held it."""

    __tablename__ = "household_kk_history"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: int | None = Field(default=None, primary_key=True)
    household_id: str = Field(foreign_key="household.id", max_length=32, index=True)
    kk_number: str = Field(max_length=16)
    valid_from: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    valid_to: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    changed_by: str | None = Field(default=None, max_length=32)


class Person(SQLModel, table=True):
    """A resident registered by the office. Keyed on the internal id; the NIK is only unique."""

    __tablename__ = "person"
    origin_office: str = Field(default="", sa_column=origin_column())
    # A stable integer row number: the search index points at it, and VACUUM keeps it.
    local_no: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    id: str = Field(default_factory=new_id, max_length=32, unique=True)
    nik: str = Field(max_length=16)
    household_id: str | None = Field(default=None, foreign_key="household.id", max_length=32)
    full_name: str = Field(max_length=150)
    sex: str = Field(max_length=1)
    birth_place: str = Field(default="", max_length=150)
    birth_date: date
    address: str = Field(max_length=500)
    rt: str = Field(default="", max_length=3)
    rw: str = Field(default="", max_length=3)
    kelurahan_code: str = Field(max_length=13)
    phone: str = Field(default="", max_length=14)
    occupation: str = Field(default="", max_length=150)
    disability: str = Field(default="tidak", max_length=20)
    desil: int | None = Field(default=None)
    # SHDK as the Kartu Keluarga prints it (domain/family_relation.py); None: not recorded yet.
    family_relation: str | None = Field(default=None, max_length=20)
    notes: str = Field(default="", max_length=2000)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)
    deleted_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    # Erased under UU PDP (services/people/erasure_service.py): the row is a tombstone without personal data.
    erased_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    erased_by: str | None = Field(default=None, max_length=32)
    erasure_reason: str | None = Field(default=None, max_length=20)

    __table_args__ = (
        Index("uq_person_nik_live", "nik", "origin_office", unique=True, **only_where("deleted_at IS NULL")),
        Index("ix_person_name_order", "full_name", "local_no"),
        Index("ix_person_household", "household_id"),
        Index("ix_person_wilayah", "kelurahan_code", "rw", "rt"),
        Index("ix_person_birth_date", "birth_date"),
        # The Jamsosnaker recap finds a member's kelurahan and RW here, without reading the row (0019).
        Index("ix_person_recap", "id", "kelurahan_code", "rw"),
        # The centre looks again at one office's live NIKs after each of its packages (sync findings).
        Index("ix_person_origin_nik", "origin_office", "nik", **only_where("deleted_at IS NULL")),
    )


class AuditEntry(SQLModel, table=True):
    """Who changed what and when, with the values before and after; chained by hash to show tampering."""

    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    user_id: str | None = Field(default=None, max_length=32)
    username: str = Field(default="", max_length=60)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: str = Field(default="", max_length=32)
    before_json: str | None = None
    after_json: str | None = None
    previous_hash: str = Field(max_length=64)
    entry_hash: str = Field(max_length=64)
    # Set when personal values were redacted (storage/audit_redaction.py): vouches for the new content.
    redaction_seal: str | None = Field(default=None, max_length=64)


class ChangeJournalEntry(SQLModel, table=True):
    """The last change of one row since the store began: what the package to Dinas Sosial carries.

    Kept by triggers (storage/sqlite_dialect.py), one entry per row: a row changed twice is listed once,
    in its last state, under the newest sequence number; a deletion stays as a tombstone ('delete').
    """

    __tablename__ = "change_journal"
    seq: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=60)
    row_id: str = Field(max_length=64)
    operation: str = Field(max_length=10)
    office_code: str = Field(max_length=20)
    version: int
    changed_at: str = Field(max_length=40)

    __table_args__ = (
        Index("uq_change_journal_row", "table_name", "row_id", unique=True),
        # AUTOINCREMENT: a sequence number is never handed out twice, even after the newest entry is replaced.
        {"sqlite_autoincrement": True},
    )
