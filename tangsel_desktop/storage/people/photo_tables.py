"""The person_photo table: one small JPEG per person, for the card's photo box and the distribution desk."""

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, LargeBinary
from sqlmodel import Field, SQLModel

from tangsel_desktop.storage.columns import UtcTimestamp, origin_column, utc_now
from tangsel_desktop.storage.tables import Person  # noqa: F401 - person must be on the metadata first

PHOTO_SOURCES = ("camera", "file")


class PersonPhoto(SQLModel, table=True):
    """A person's photo, already cropped to the card's 3:4 box and re-encoded without its metadata.

    Keyed on the person: a person has one photo or none, a new photo replaces the old row (the journal
    then carries its last state), and a removed photo leaves a tombstone for the central office.
    """

    __tablename__ = "person_photo"
    origin_office: str = Field(default="", sa_column=origin_column())
    person_id: str = Field(primary_key=True, foreign_key="person.id", max_length=32)
    jpeg: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    width: int
    height: int
    sha256: str = Field(max_length=64)  # names these exact bytes in the audit trail, which never holds them
    source: str = Field(max_length=10)
    taken_at: datetime = Field(default_factory=utc_now, sa_column=Column(UtcTimestamp(), nullable=False))
    taken_by: str | None = Field(default=None, max_length=32)

    __table_args__ = (
        CheckConstraint("source IN ('camera', 'file')", name="source"),
        CheckConstraint("width > 0 AND height > 0", name="size"),
    )
