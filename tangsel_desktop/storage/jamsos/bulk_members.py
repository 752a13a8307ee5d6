"""Bulk writes of Jamsosnaker members and their status events on the bare connection, for the demo fill."""

import json
from collections.abc import Sequence
from typing import Any

from tangsel_desktop.storage import bare_connection, sqlite_driver

MEMBER_COLUMNS = (
    "id, person_id, occupation, work_location, declared_income, status, kpj_number, first_month, "
    "last_month, end_reason, created_at, updated_at, updated_by"
)
EVENT_COLUMNS = "member_id, from_status, to_status, month, kpj_number, reason, override, by_user, at"


def occupations(connection: sqlite_driver.Connection) -> list[str]:
    """The editable occupation list of the program (empty when none is stored)."""
    row = connection.execute("SELECT value FROM jamsos_setting WHERE key = 'occupations'").fetchone()
    return [str(item) for item in json.loads(row[0])] if row and row[0] else []


def live_kpj_numbers(connection: sqlite_driver.Connection) -> set[str]:
    query = "SELECT kpj_number FROM jamsos_member WHERE kpj_number IS NOT NULL AND deleted_at IS NULL"
    return {row[0] for row in connection.execute(query)}


def insert_members(
    connection: sqlite_driver.Connection,
    members: Sequence[tuple[Any, ...]],
    events: Sequence[tuple[Any, ...]],
) -> None:
    """Members in MEMBER_COLUMNS order and their events in EVENT_COLUMNS order (COPY on the server)."""
    names = bare_connection.column_names
    bare_connection.insert_many(connection, "jamsos_member", names(MEMBER_COLUMNS), members)
    bare_connection.insert_many(connection, "jamsos_status_event", names(EVENT_COLUMNS), events)
