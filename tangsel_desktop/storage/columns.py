"""Column types shared by the tables: timezone-aware UTC timestamps kept as sortable text, and new ids."""

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def new_id() -> str:
    """A record's internal id: a random UUID as 32 hex digits, unique across every office."""
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp_text(value: datetime) -> str:
    """The stored form: fixed-width UTC text, so comparing strings compares instants (sync relies on it)."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(value: str | None) -> datetime | None:
    """A stored timestamp read back as an aware UTC datetime (None stays None): what UtcTimestamp returns."""
    if value is None:
        return None
    return datetime.strptime(value, TIMESTAMP_FORMAT).replace(tzinfo=UTC)


class UtcTimestamp(TypeDecorator[datetime]):
    """Aware datetime in Python, '2025-09-23T07:05:00.000000Z' in SQLite."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else timestamp_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return parse_timestamp(value)


def origin_column() -> Any:
    """The office a row came from at the central office ('' for this store's own rows, which is every row at a
    kelurahan office): the centre keeps each office's rows as that office's (docs/sync_central_schema.md)."""
    from sqlalchemy import Column

    return Column("origin_office", String(20), nullable=False, server_default="")
