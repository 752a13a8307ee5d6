"""The tables of the training program: trainings, batches and sessions, participants and what they did."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, new_id, origin_column, utc_now

# Imported for their side effect too: person and the register must be on the metadata before the keys to them.
from tangsel_desktop.storage.documents.document_tables import DocumentRecord  # noqa: F401
from tangsel_desktop.storage.tables import Person  # noqa: F401

KINDS = ("umum", "bnsp")
PARTICIPANT_STATUSES = ("proposed", "selected", "waiting", "withdrawn")
MARKS = ("hadir", "absen", "izin")
RESULTS = ("kompeten", "belum-kompeten")


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _timestamp(nullable: bool = False) -> Column[datetime]:
    return Column(UtcTimestamp(), nullable=nullable)


class Training(SQLModel, table=True):
    """A course: its kind, its hours, the attendance a certificate needs, and who may join."""

    __tablename__ = "training"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    name: str = Field(max_length=150)
    kind: str = Field(max_length=4)
    lsp: str = Field(default="", max_length=200)
    scheme: str = Field(default="", max_length=200)
    total_jp: int
    min_attendance: int  # percent
    max_desil: int | None = None
    min_age: int | None = None
    max_age: int | None = None
    disabilities: str = Field(default="", max_length=100)  # kinds, comma separated; empty: anyone
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        CheckConstraint(f"kind IN ({_listed(KINDS)})", name="kind"),
        CheckConstraint("total_jp > 0", name="total_jp"),
        CheckConstraint("min_attendance BETWEEN 1 AND 100", name="min_attendance"),
    )


class TrainingBatch(SQLModel, table=True):
    """One run of a training (angkatan): its dates, place, quota, organiser, trainers, signatory."""

    __tablename__ = "training_batch"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    training_id: str = Field(foreign_key="training.id", max_length=32)
    number: int  # angkatan 1, 2, ... of its training
    name: str = Field(max_length=200)
    starts_on: date
    ends_on: date
    place: str = Field(max_length=200)
    quota: int
    organiser: str = Field(default="", max_length=200)
    trainers: str = Field(default="", max_length=500)
    signatory_name: str = Field(default="", max_length=200)
    signatory_position: str = Field(default="", max_length=200)
    signatory_nip: str = Field(default="", max_length=18)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        UniqueConstraint("training_id", "number"),
        Index("ix_training_batch_dates", "starts_on", "ends_on"),
        CheckConstraint("quota > 0", name="quota"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
    )


class TrainingSession(SQLModel, table=True):
    """A day of a batch and its JP: one session a day."""

    __tablename__ = "training_session"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    batch_id: str = Field(foreign_key="training_batch.id", max_length=32)
    day: date
    jp: int

    __table_args__ = (UniqueConstraint("batch_id", "day"), CheckConstraint("jp > 0", name="jp"))


class TrainingParticipant(SQLModel, table=True):
    """A person on a batch: proposed, selected, waiting or withdrawn; their identity as when proposed."""

    __tablename__ = "training_participant"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    batch_id: str = Field(foreign_key="training_batch.id", max_length=32)
    person_id: str = Field(foreign_key="person.id", max_length=32)
    full_name: str = Field(max_length=150)
    nik: str = Field(max_length=16)
    kelurahan_code: str = Field(max_length=13)
    rw: str = Field(default="", max_length=3)
    disability: str = Field(default="tidak", max_length=20)
    status: str = Field(default="proposed", max_length=10)
    reasons: str = Field(default="", max_length=500)  # the rules' reasons when proposed
    withdraw_reason: str = Field(default="", max_length=500)
    waiting_since: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    selected_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    selected_by: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    updated_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        UniqueConstraint("batch_id", "person_id"),
        Index("ix_training_participant_person", "person_id"),
        CheckConstraint(f"status IN ({_listed(PARTICIPANT_STATUSES)})", name="status"),
    )


class TrainingAttendance(SQLModel, table=True):
    """One mark on one session for one participant, with the companion who recorded it, if any."""

    __tablename__ = "training_attendance"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    batch_id: str = Field(foreign_key="training_batch.id", max_length=32)
    session_id: str = Field(foreign_key="training_session.id", max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32)
    mark: str = Field(max_length=5)
    companion_name: str = Field(default="", max_length=150)
    companion_relation: str = Field(default="", max_length=50)
    marked_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    marked_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        Index("ix_training_attendance_batch", "batch_id", "participant_id"),
        CheckConstraint(f"mark IN ({_listed(MARKS)})", name="mark"),
    )


class TrainingResult(SQLModel, table=True):
    """A BNSP assessment's result as the LSP certified it: recorded by the city, once per participant."""

    __tablename__ = "training_result"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32, unique=True)
    result: str = Field(max_length=15)
    lsp_number: str = Field(max_length=100)
    certified_on: date
    valid_until: date
    recorded_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    recorded_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        Index("ix_training_result_valid_until", "valid_until"),
        CheckConstraint(f"result IN ({_listed(RESULTS)})", name="result"),
    )


class TrainingCertificate(SQLModel, table=True):
    """The city's participation certificate of a participant: its register row, issued once."""

    __tablename__ = "training_certificate"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32, unique=True)
    document_id: int = Field(foreign_key="document_register.id")
    number: str = Field(max_length=60)
    issued_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())


class TrainingKit(SQLModel, table=True):
    """What a participant received (equipment, brand materials) against a numbered receipt; their brand."""

    __tablename__ = "training_kit"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32, unique=True)
    items: str = Field(max_length=2000)  # one item a line
    document_id: int | None = Field(default=None, foreign_key="document_register.id")
    receipt_number: str = Field(default="", max_length=60)
    brand_name: str = Field(default="", max_length=150)
    logo_name: str = Field(default="", max_length=200)
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    handed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    handed_by: str | None = Field(default=None, max_length=32)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())


class TrainingInternship(SQLModel, table=True):
    """A participant's internship (magang): host business, dates, the host's supervisor, completion."""

    __tablename__ = "training_internship"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32, unique=True)
    host: str = Field(max_length=200)
    starts_on: date
    ends_on: date | None = None
    supervisor_name: str = Field(default="", max_length=150)
    completed_on: date | None = None
    created_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    created_by: str | None = Field(default=None, max_length=32)
    updated_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())


class TrainingFollowUp(SQLModel, table=True):
    """The office's question months after the batch: working or not, own business, income band."""

    __tablename__ = "training_follow_up"
    origin_office: str = Field(default="", sa_column=origin_column())
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    participant_id: str = Field(foreign_key="training_participant.id", max_length=32)
    month: int
    working: bool
    own_business: bool
    income_band: str = Field(default="", max_length=40)
    recorded_at: datetime = Field(default_factory=utc_now, sa_column=_timestamp())
    recorded_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        UniqueConstraint("participant_id", "month"),
        CheckConstraint("month IN (3, 6)", name="month"),
    )


TRAINING_TABLES = (
    "training",
    "training_batch",
    "training_session",
    "training_participant",
    "training_attendance",
    "training_result",
    "training_certificate",
    "training_kit",
    "training_internship",
    "training_follow_up",
)
