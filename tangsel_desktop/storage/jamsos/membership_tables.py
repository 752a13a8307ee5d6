"""The tables of the Jamsosnaker program: premium rates, members, their status history and settings."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Index
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, new_id, origin_column, utc_now

# Imported for its side effect too: the naming convention must be on the metadata before these tables.
from tangsel_desktop.storage.tables import Office  # noqa: F401

STATUSES = ("proposed", "verified", "submitted", "active", "ended")
_STATUS_LIST = ", ".join(f"'{status}'" for status in STATUSES)


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class JamsosRate(SQLModel, table=True):
    """The monthly premium per member from a month on, in whole rupiah; a month's row is never changed."""

    __tablename__ = "jamsos_rate"
    id: int | None = Field(default=None, primary_key=True)
    effective_from: str = Field(max_length=7, unique=True)  # 'YYYY-MM': text order is month order
    jkk: int
    jkm: int
    jht: int = Field(default=0)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)


class JamsosMember(SQLModel, table=True):
    """One person's membership, paid by the city; first/last month bound the months it pays for."""

    __tablename__ = "jamsos_member"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    person_id: str = Field(foreign_key="person.id", max_length=32)
    occupation: str = Field(max_length=100)
    work_location: str = Field(default="", max_length=200)
    declared_income: int = Field(default=1_000_000)
    status: str = Field(max_length=10)
    # Text: KPJ numbers are seen as 11 digits but no specification was found (DOMAIN.md).
    kpj_number: str | None = Field(default=None, max_length=30)
    first_month: str | None = Field(default=None, max_length=7)
    last_month: str | None = Field(default=None, max_length=7)
    end_reason: str | None = Field(default=None, max_length=20)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)
    deleted_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))

    __table_args__ = (
        Index("ix_jamsos_member_person", "person_id"),
        # The recap reads members by the months they cover.
        Index("ix_jamsos_member_months", "first_month", "last_month"),
        CheckConstraint(f"status IN ({_STATUS_LIST})", name="status"),
    )


class JamsosStatusEvent(SQLModel, table=True):
    """One change of a member's status: the history a BPJS query or an audit asks for."""

    __tablename__ = "jamsos_status_event"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(foreign_key="jamsos_member.id", max_length=32)
    from_status: str | None = Field(default=None, max_length=10)  # None when the member was enrolled
    to_status: str = Field(max_length=10)
    month: str | None = Field(default=None, max_length=7)
    kpj_number: str | None = Field(default=None, max_length=30)
    reason: str = Field(default="", max_length=500)
    override: bool = Field(default=False)
    by_user: str | None = Field(default=None, max_length=32)
    at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())

    __table_args__ = (Index("ix_jamsos_status_event_member", "member_id", "id"),)


class JamsosCorrection(SQLModel, table=True):
    """One member-month of a signed recap that a later change added (+1) or took away (-1).

    The signed recap keeps its figures; the next recap (reported_in) lists the difference as
    "Koreksi bulan lalu". amount is the month's premium, never negative: change gives the sign.
    """

    __tablename__ = "jamsos_correction"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    member_id: str = Field(foreign_key="jamsos_member.id", max_length=32)
    month: str = Field(max_length=7)
    change: int
    amount: int
    reported_in: str = Field(max_length=7)
    reason: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        Index("ix_jamsos_correction_month", "month"),
        Index("ix_jamsos_correction_reported", "reported_in"),
        CheckConstraint("change IN (-1, 1)", name="change"),
    )


class JamsosSetting(SQLModel, table=True):
    """A named value of the program: the eligibility rules and the occupation list, editable as data."""

    __tablename__ = "jamsos_setting"
    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="", max_length=2000)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)
