"""The tables of official documents: the numbering register, number formats, office keys and settings."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, origin_column, utc_now
from tangsel_desktop.storage.partial_indexes import only_where

# Imported for its side effect too: the naming convention must be on the metadata before these tables.
from tangsel_desktop.storage.tables import Office  # noqa: F401

RESERVED, PRINTED, VOID = "reserved", "printed", "void"


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class DocumentNumberFormat(SQLModel, table=True):
    """How one kind of document is numbered: a prefix and a pattern of {prefix} {office} {year} {seq}."""

    __tablename__ = "document_number_format"
    kind: str = Field(primary_key=True, max_length=20)
    prefix: str = Field(max_length=10)
    pattern: str = Field(max_length=80)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)


class DocumentRecord(SQLModel, table=True):
    """One row of the register: a number taken for a document, what became of it, for whom and by whom.

    Rows are never deleted: a number is reserved before its PDF is drawn, then printed or void, so every
    number of a year is accounted for. A reprint (SALINAN) is its own row with the original's number.
    """

    __tablename__ = "document_register"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    year: int
    seq: int
    number: str = Field(max_length=60)
    is_copy: bool = Field(default=False)
    original_id: int | None = Field(default=None, foreign_key="document_register.id")
    # No foreign key to person: the register must outlive a person's record when the law requires
    # deleting personal data past its retention, and it keeps the name as printed.
    person_id: str | None = Field(default=None, max_length=32)
    person_name: str = Field(default="", max_length=150)
    status: str = Field(max_length=10)
    reason: str = Field(default="", max_length=500)
    payload: str | None = Field(default=None, max_length=300)
    job: str = Field(max_length=32)  # every row of one print job shares it
    printed_by: str | None = Field(default=None, max_length=32)
    printed_by_name: str = Field(default="", max_length=60)
    reserved_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())  # the job's time
    completed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))  # PDF whole
    voided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))

    __table_args__ = (
        # The register's promise: one original per sequence number and per printed number.
        Index(
            "uq_document_register_sequence",
            "kind",
            "year",
            "seq",
            "origin_office",
            unique=True,
            **only_where("is_copy = 0", postgresql="NOT is_copy"),
        ),
        Index(
            "uq_document_register_number",
            "number",
            "origin_office",
            unique=True,
            **only_where("is_copy = 0", postgresql="NOT is_copy"),
        ),
        Index("ix_document_register_kind", "kind", "id"),
        Index("ix_document_register_person", "person_id"),
        Index("ix_document_register_original", "original_id"),
        # Interrupted jobs are looked for at every start and print: a tiny index of the few open rows.
        Index("ix_document_register_reserved", "job", **only_where("status = 'reserved'")),
        CheckConstraint(f"status IN ('{RESERVED}', '{PRINTED}', '{VOID}')", name="status"),
    )


class OfficeKey(SQLModel, table=True):
    """An Ed25519 key: this office's own pair (own=True), or another office's public key, imported."""

    __tablename__ = "office_key"
    id: int | None = Field(default=None, primary_key=True)
    office_code: str = Field(max_length=20)
    own: bool = Field(default=False)
    public_key: bytes = Field(sa_column=Column(LargeBinary(), nullable=False, unique=True))
    # The private key as raw bytes, like every other value of this store: encrypting the whole store at
    # rest (SQLCipher, ECOSYSTEM.md) is a later issue and protects this key with everything else.
    private_key: bytes | None = Field(default=None, sa_column=Column(LargeBinary(), nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        Index("ix_office_key_office_code", "office_code"),
        # One signing key per office: documents must all verify against the key the centre holds.
        Index("uq_office_key_own", "own", unique=True, **only_where("own = 1", postgresql="own")),
    )


class OfficeSetting(SQLModel, table=True):
    """A named value about the office printed on its documents (contact, head's name)."""

    __tablename__ = "office_setting"
    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="", max_length=500)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)
