"""The centre's findings: what only the city-wide store can see, and a supervisor's decision on each.

Bookkeeping of the centre like sync_peer (not journaled, never sent): an office learns of the findings
that concern it through the centre's answer package.
"""

from datetime import datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, utc_now


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class SyncFinding(SQLModel, table=True):
    """One finding: a kind, what it is about (a NIK, a KK in a month), the offices and rows involved, and
    its status: open, or decided (by whom, when, what, why). cleared_at: the data no longer show it."""

    __tablename__ = "sync_finding"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=30)
    subject: str = Field(max_length=64)
    # The offices involved, sorted, between commas (",A,B,"): "concerns office X" is one LIKE.
    offices: str = Field(max_length=1000)
    rows: str = Field(sa_column=Column(Text(), nullable=False))  # JSON: the rows involved, per office
    detail: str = Field(default="", max_length=1000)  # what differs, in Indonesian
    first_seen: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    last_seen: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    cleared_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    status: str = Field(default="open", max_length=10)
    decision: str = Field(default="", max_length=40)
    decided_by: str | None = Field(default=None, max_length=32)
    decided_by_name: str = Field(default="", max_length=150)
    decided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    note: str = Field(default="", max_length=1000)

    __table_args__ = (
        UniqueConstraint("kind", "subject", name="uq_sync_finding_kind"),
        Index("ix_sync_finding_status", "status", "cleared_at"),
    )
