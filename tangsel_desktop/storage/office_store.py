"""The office this store belongs to and the users who sign in to it, through the Transaction."""

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.storage.columns import new_id, parse_timestamp, utc_now
from tangsel_desktop.storage.tables import AppUser, Office
from tangsel_desktop.storage.transaction import Transaction

OFFICE = Office.__table__  # type: ignore[attr-defined]
USER = AppUser.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class OfficeRecord:
    id: int
    code: str
    kind: str
    name: str
    created_at: datetime

    def audit_values(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UserRecord:
    id: str
    username: str
    full_name: str
    role: str
    password_hash: str
    failed_logins: int
    locked_until: datetime | None
    active: bool
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    position: str = ""
    nip: str = ""

    def audit_values(self) -> dict[str, Any]:
        """What the audit trail may show: never the password hash."""
        values = asdict(self)
        values.pop("password_hash")
        return values


_USER_NAMES = tuple(field.name for field in fields(UserRecord))
_OFFICE_NAMES = tuple(field.name for field in fields(OfficeRecord))


_OFFICE_SQL = f"SELECT {', '.join(_OFFICE_NAMES)} FROM office LIMIT 1"


def office(tx: Transaction) -> OfficeRecord | None:
    """The office row (there is one), in plain SQL: every handover reads it inside its transaction."""
    rows = tx.rows(_OFFICE_SQL)
    if not rows:
        return None
    id_, code, kind, name, created_at = rows[0]
    when = parse_timestamp(created_at)
    assert when is not None  # a NOT NULL column
    return OfficeRecord(id_, code, kind, name, when)


# Only Dinas Sosial runs on a database server: a kelurahan office is one laptop and one SQLite file.
CENTRE_KIND = "dinsos"
SERVER_REFUSED = (
    "Kantor kelurahan menyimpan datanya di berkas SQLite di folder datanya, bukan di server PostgreSQL: "
    "hanya kantor pusat Dinas Sosial (DINSOS) yang memakai server. Hapus alamat basis data "
    "(TANGSEL_DATABASE_URL atau berkas pengaturan) untuk kantor ini."
)


def insert_office(tx: Transaction, *, code: str, kind: str, name: str) -> OfficeRecord:
    if tx.is_server and kind != CENTRE_KIND:
        raise UserError(SERVER_REFUSED)
    tx.connection.execute(insert(OFFICE).values(id=1, code=code, kind=kind, name=name, created_at=utc_now()))
    stored = office(tx)
    assert stored is not None
    return stored


def check_store_fits(tx: Transaction) -> None:
    """A kelurahan office's data found on a server (set up elsewhere, pointed at wrongly) is refused."""
    found = office(tx)
    if tx.is_server and found is not None and found.kind != CENTRE_KIND:
        raise UserError(SERVER_REFUSED)


def _user(row: Any) -> UserRecord:
    return UserRecord(**{name: row[name] for name in _USER_NAMES})


def user_by_name(tx: Transaction, username: str) -> UserRecord | None:
    row = tx.connection.execute(select(USER).where(USER.c.username == username)).mappings().first()
    return None if row is None else _user(row)


def user_by_id(tx: Transaction, user_id: str) -> UserRecord | None:
    row = tx.connection.execute(select(USER).where(USER.c.id == user_id)).mappings().first()
    return None if row is None else _user(row)


def users(tx: Transaction) -> list[UserRecord]:
    return [_user(row) for row in tx.connection.execute(select(USER).order_by(USER.c.username)).mappings()]


def insert_user(
    tx: Transaction,
    *,
    username: str,
    full_name: str,
    role: str,
    password_hash: str,
    by: str | None,
    user_id: str | None = None,
) -> UserRecord:
    """A new active user (the id given, or a new one)."""
    now = utc_now()
    values: dict[str, Any] = {
        "id": user_id or new_id(),
        "username": username,
        "full_name": full_name,
        "role": role,
        "password_hash": password_hash,
        "failed_logins": 0,
        "locked_until": None,
        "active": True,
        "created_at": now,
        "updated_at": now,
        "updated_by": by,
        "position": "",
        "nip": "",
    }
    tx.connection.execute(insert(USER).values(**values))
    return UserRecord(**values)


def update_user(tx: Transaction, user_id: str, values: dict[str, Any]) -> UserRecord:
    tx.connection.execute(update(USER).where(USER.c.id == user_id).values(**values))
    stored = user_by_id(tx, user_id)
    assert stored is not None
    return stored
