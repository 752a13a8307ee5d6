"""The sync's own tables: X25519 keys, what each peer sent, applied and acknowledged, packages held for a gap.

None of them is the office's data: they are bookkeeping of this store (never journaled, never sent).
"""

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, utc_now


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class SyncKey(SQLModel, table=True):
    """An X25519 key for packages: this store's own pair (own), or a peer's public key."""

    __tablename__ = "sync_key"
    id: int | None = Field(default=None, primary_key=True)
    office_code: str = Field(max_length=20)
    own: bool
    public_key: bytes = Field(sa_column=Column(LargeBinary(), nullable=False, unique=True))
    private_key: bytes | None = Field(default=None, sa_column=Column(LargeBinary(), nullable=True))
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (Index("ix_sync_key_office_code", "office_code"),)


class SyncPeer(SQLModel, table=True):
    """One peer: at the centre each office (what it applied, answered); at an office the centre (sent, acked).

    slot numbers the office at the centre: its rows with integer ids are kept under slot * 10**12 + id, so the
    register numbers of 54 offices never collide (storage/sync/central_merge.py).
    """

    __tablename__ = "sync_peer"
    code: str = Field(primary_key=True, max_length=20)
    slot: int = Field(sa_column_kwargs={"unique": True})
    applied_to: int = 0
    applied_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    applied_counts: str = Field(default="{}", max_length=4000)
    sent_to: int = 0
    sent_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    sent_counts: str = Field(default="{}", max_length=4000)
    acknowledged_to: int = 0
    acknowledged_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    answer_no: int = 0
    answer_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    # At an office: the findings of the centre's last answer (JSON list) for its supervisor to read.
    findings: str = Field(default="[]", sa_column=Column(Text(), nullable=False))


class SyncHeld(SQLModel, table=True):
    """A package that arrived before the one it follows: kept whole (still encrypted) until the gap closes."""

    __tablename__ = "sync_held"
    id: int | None = Field(default=None, primary_key=True)
    office_code: str = Field(max_length=20)
    from_sequence: int
    to_sequence: int
    package: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))
    received_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())

    __table_args__ = (
        UniqueConstraint("office_code", "from_sequence", "to_sequence", name="uq_sync_held_office_code"),
    )
