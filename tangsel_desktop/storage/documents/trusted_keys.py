"""Other offices' public keys trusted here: which ones an office already has, and replacing them."""

from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.documents.document_tables import OfficeKey
from tangsel_desktop.storage.transaction import Transaction

KEYS = OfficeKey.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class TrustedKey:
    id: int
    office_code: str
    public_key: bytes


def imported_keys(tx: Transaction, office_code: str) -> list[TrustedKey]:
    """The keys imported for one office (never this office's own pair)."""
    rows = tx.connection.execute(
        select(KEYS.c.id, KEYS.c.office_code, KEYS.c.public_key)
        .where(KEYS.c.office_code == office_code, KEYS.c.own.is_(False))
        .order_by(KEYS.c.id)
    )
    return [TrustedKey(row[0], row[1], bytes(row[2])) for row in rows]


def replace_keys(tx: Transaction, office_code: str, public_key: bytes, *, by: str | None) -> None:
    """The office's imported keys go and this one is trusted instead, in the caller's transaction."""
    tx.connection.execute(delete(KEYS).where(KEYS.c.office_code == office_code, KEYS.c.own.is_(False)))
    tx.connection.execute(
        insert(KEYS).values(
            office_code=office_code, own=False, public_key=public_key, created_at=utc_now(), created_by=by
        )
    )
