"""The tables of Jamsosnaker death claims: one claim per member who died, and its progress notes."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Index
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, new_id, origin_column, utc_now

# Imported for its side effect too: jamsos_member must be on the metadata before the foreign key to it.
from tangsel_desktop.storage.jamsos.membership_tables import JamsosMember  # noqa: F401

STAGES = ("checklist_given", "documents_complete", "submitted", "paid", "refused")
_STAGE_LIST = ", ".join(f"'{stage}'" for stage in STAGES)


def _timestamp() -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=False)


class JamsosClaim(SQLModel, table=True):
    """The JKM death claim of one membership: when the member died, how, and whom the family sent."""

    __tablename__ = "jamsos_claim"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    member_id: str = Field(foreign_key="jamsos_member.id", max_length=32, unique=True)
    died_on: date
    work_accident: bool = Field(default=False)
    heir_name: str = Field(default="", max_length=150)
    heir_relation: str = Field(default="", max_length=50)
    heir_phone: str = Field(default="", max_length=30)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)


class JamsosClaimNote(SQLModel, table=True):
    """One step of a claim's progress, as the clerk noted it; notes are only added, never changed."""

    __tablename__ = "jamsos_claim_note"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: int | None = Field(default=None, primary_key=True)
    claim_id: str = Field(foreign_key="jamsos_claim.id", max_length=32)
    at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    by_user: str | None = Field(default=None, max_length=32)
    stage: str = Field(max_length=20)
    note: str = Field(default="", max_length=1000)

    __table_args__ = (
        Index("ix_jamsos_claim_note_claim", "claim_id", "id"),
        CheckConstraint(f"stage IN ({_STAGE_LIST})", name="stage"),
    )
