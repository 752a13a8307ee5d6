"""The tables that make the audit trail keyed and anchored: the key, the anchor, the row seals (0006)."""

from sqlalchemy import CheckConstraint, Column, LargeBinary
from sqlmodel import Field, SQLModel

# Imported for its side effect too: the naming convention must be on the metadata before these tables.
from tangsel_desktop.storage.tables import AuditEntry  # noqa: F401


class AuditKey(SQLModel, table=True):
    """The store's one audit key (audit_key.py), and where the chain became keyed."""

    __tablename__ = "audit_key"
    id: int = Field(primary_key=True)
    key: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))
    keyed_from: int
    legacy_head: str = Field(max_length=64)
    created_at: str = Field(max_length=40)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class AuditAnchor(SQLModel, table=True):
    """The chain's length and head, with a MAC (audit_anchor.py)."""

    __tablename__ = "audit_anchor"
    id: int = Field(primary_key=True)
    entries: int
    last_id: int
    head_hash: str = Field(max_length=64)
    updated_at: str = Field(max_length=40)
    mac: str = Field(max_length=64)
    note: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class RowSeal(SQLModel, table=True):
    """One sealed row's MAC (row_seals.py)."""

    __tablename__ = "row_seal"
    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=64)
    seal: str = Field(max_length=64)

    __table_args__ = {"sqlite_with_rowid": False}
