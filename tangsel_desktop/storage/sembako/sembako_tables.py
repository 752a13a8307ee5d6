"""The tables of the Sembako program: evidence, remote RWs, rounds (items, days, list), stock, handovers."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, new_id, origin_column, utc_now

# Imported for their side effect too: person and the register must be on the metadata before the keys to them.
from tangsel_desktop.storage.documents.document_tables import DocumentRecord  # noqa: F401
from tangsel_desktop.storage.partial_indexes import only_where
from tangsel_desktop.storage.tables import Person  # noqa: F401

CATEGORIES = ("stunting", "tbc", "disabilitas", "terpencil")
ROUND_STATUSES = ("draft", "approved", "closed")
UNITS = ("family", "person")
STOCK_MOVES = ("received", "returned", "damaged")
MARKS = ("signature", "thumbprint")
RECIPIENT_STATUSES = ("listed", "removed")


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class SembakoEvidence(SQLModel, table=True):
    """A letter that makes a person eligible (stunting, TBC) from one day to another; revoked, not deleted."""

    __tablename__ = "sembako_evidence"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    person_id: str = Field(foreign_key="person.id", max_length=32)
    category: str = Field(max_length=12)
    document: str = Field(max_length=200)  # the letter: its number, issuer, date as written
    valid_from: date
    valid_until: date | None = None
    child_name: str = Field(default="", max_length=150)
    child_birth_date: date | None = None
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)
    revoked_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    revoked_by: str | None = Field(default=None, max_length=32)
    revoke_reason: str = Field(default="", max_length=500)

    __table_args__ = (
        Index("ix_sembako_evidence_person", "person_id"),
        Index("ix_sembako_evidence_until", "category", "valid_until"),
        CheckConstraint(f"category IN ({_listed(CATEGORIES)})", name="category"),
    )


class SembakoRemoteRw(SQLModel, table=True):
    """An RW of the kelurahan counted as a remote area: its residents are in the terpencil category."""

    __tablename__ = "sembako_remote_rw"
    rw: str = Field(primary_key=True, max_length=3)
    note: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)


class SembakoRound(SQLModel, table=True):
    """A distribution round: a month's packages for some categories, per family or per person."""

    __tablename__ = "sembako_round"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    name: str = Field(max_length=120)
    month: str = Field(max_length=7)
    categories: str = Field(max_length=60)  # the category words, comma separated, in the order chosen
    unit: str = Field(default="family", max_length=10)
    status: str = Field(default="draft", max_length=10)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)
    approved_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    approved_by: str | None = Field(default=None, max_length=32)
    approved_by_name: str = Field(default="", max_length=150)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())

    __table_args__ = (
        Index("ix_sembako_round_month", "month"),
        CheckConstraint(f"status IN ({_listed(ROUND_STATUSES)})", name="status"),
        CheckConstraint(f"unit IN ({_listed(UNITS)})", name="unit"),
    )


class SembakoRoundItem(SQLModel, table=True):
    """One line of a round's package: name, unit, quantity (decimal text) and unit price in whole rupiah."""

    __tablename__ = "sembako_round_item"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    round_id: str = Field(foreign_key="sembako_round.id", max_length=32)
    position: int
    name: str = Field(max_length=60)
    unit: str = Field(max_length=20)
    quantity: str = Field(max_length=20)
    unit_price: int

    __table_args__ = (UniqueConstraint("round_id", "position"),)


class SembakoRoundDay(SQLModel, table=True):
    """A day and place of a round's handover."""

    __tablename__ = "sembako_round_day"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    round_id: str = Field(foreign_key="sembako_round.id", max_length=32)
    day: date
    place: str = Field(max_length=200)

    __table_args__ = (Index("ix_sembako_round_day_round", "round_id", "day"),)


class SembakoRecipient(SQLModel, table=True):
    """One line of a round's list: a family (unit_key = its household) or a person, as it was when listed.

    The name, NIK, No. KK and address are copied in when the line is made: an approved list is frozen, and
    a later edit in the registry must not change who the office promised a package to.
    """

    __tablename__ = "sembako_recipient"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    round_id: str = Field(foreign_key="sembako_round.id", max_length=32)
    unit_key: str = Field(max_length=32)  # the household's id per family (a person's own id if none)
    household_id: str | None = Field(default=None, max_length=32)
    person_id: str = Field(foreign_key="person.id", max_length=32)  # who receives: the head, or the person
    full_name: str = Field(max_length=150)
    nik: str = Field(max_length=16)
    kk_number: str = Field(default="", max_length=16)
    address: str = Field(default="", max_length=500)
    rt: str = Field(default="", max_length=3)
    rw: str = Field(default="", max_length=3)
    categories: str = Field(max_length=60)
    status: str = Field(default="listed", max_length=10)
    added_reason: str = Field(default="", max_length=500)  # empty: proposed from the eligible people
    added_after_approval: bool = Field(default=False)
    removed_reason: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        UniqueConstraint("round_id", "unit_key"),
        Index("ix_sembako_recipient_round_rw", "round_id", "rw", "full_name"),
        Index("ix_sembako_recipient_person", "person_id"),
        Index("ix_sembako_recipient_household", "household_id"),
        # Dinas Sosial finds a family served twice in one round by its KK (services/sync/findings.py).
        Index("ix_sembako_recipient_kk", "kk_number"),
        CheckConstraint(f"status IN ({_listed(RECIPIENT_STATUSES)})", name="status"),
    )


class SembakoStockMove(SQLModel, table=True):
    """Packages received from Dinas Sosial (with their BAST), returned, or written off as damaged."""

    __tablename__ = "sembako_stock_move"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    round_id: str = Field(foreign_key="sembako_round.id", max_length=32)
    kind: str = Field(max_length=10)
    count: int
    bast_number: str = Field(default="", max_length=60)
    party: str = Field(default="", max_length=200)  # from whom received, or to whom returned
    reason: str = Field(default="", max_length=500)
    happened_on: date
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        Index("ix_sembako_stock_move_round", "round_id", "happened_on"),
        CheckConstraint(f"kind IN ({_listed(STOCK_MOVES)})", name="kind"),
        CheckConstraint("count > 0", name="count"),
    )


class SembakoHandover(SQLModel, table=True):
    """One package handed over: to whom, who collected it, how they signed, which clerk, which receipt.

    The partial unique index is the ledger's promise: one live handover per family (or person) per round,
    whatever window, command or second process tries. A voided handover stays, with its reason.
    """

    __tablename__ = "sembako_handover"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    round_id: str = Field(foreign_key="sembako_round.id", max_length=32)
    recipient_id: str = Field(foreign_key="sembako_recipient.id", max_length=32)
    unit_key: str = Field(max_length=32)
    document_id: int = Field(foreign_key="document_register.id")
    receipt_number: str = Field(max_length=60)
    mark: str = Field(default="signature", max_length=12)
    proxy_name: str = Field(default="", max_length=150)
    proxy_nik: str = Field(default="", max_length=16)
    proxy_relation: str = Field(default="", max_length=50)
    clerk_id: str | None = Field(default=None, max_length=32)
    clerk_name: str = Field(default="", max_length=150)
    handed_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    voided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    voided_by: str | None = Field(default=None, max_length=32)
    void_reason: str = Field(default="", max_length=500)

    __table_args__ = (
        Index(
            "uq_sembako_handover_once",
            "round_id",
            "unit_key",
            unique=True,
            **only_where("voided_at IS NULL"),
        ),
        Index("ix_sembako_handover_round", "round_id", "handed_at"),
        Index("ix_sembako_handover_recipient", "recipient_id"),
        CheckConstraint(f"mark IN ({_listed(MARKS)})", name="mark"),
    )
