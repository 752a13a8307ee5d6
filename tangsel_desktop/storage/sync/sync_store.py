"""The sync's bookkeeping through the Transaction: X25519 keys, peers (sent, applied, acked), held files."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update

from tangsel_desktop.storage import central_locks
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.sync.sync_tables import SyncHeld, SyncKey, SyncPeer
from tangsel_desktop.storage.transaction import Transaction

KEY = SyncKey.__table__  # type: ignore[attr-defined]
PEER = SyncPeer.__table__  # type: ignore[attr-defined]
HELD = SyncHeld.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredSyncKey:
    office_code: str
    public_key: bytes
    private_key: bytes | None


@dataclass(frozen=True)
class Peer:
    code: str
    slot: int
    applied_to: int
    applied_at: datetime | None
    applied_counts: dict[str, int]
    sent_to: int
    sent_at: datetime | None
    sent_counts: dict[str, int]
    acknowledged_to: int
    acknowledged_at: datetime | None
    answer_no: int
    answer_at: datetime | None
    findings: list[dict[str, object]]


@dataclass(frozen=True)
class HeldPackage:
    id: int
    office_code: str
    from_sequence: int
    to_sequence: int
    package: bytes


def own_key(tx: Transaction) -> StoredSyncKey | None:
    row = tx.connection.execute(
        select(KEY.c.office_code, KEY.c.public_key, KEY.c.private_key).where(KEY.c.own.is_(True)).limit(1)
    ).first()
    return None if row is None else StoredSyncKey(row[0], bytes(row[1]), bytes(row[2]))


def peer_keys(tx: Transaction, office_code: str) -> list[bytes]:
    rows = tx.connection.execute(
        select(KEY.c.public_key)
        .where(KEY.c.office_code == office_code, KEY.c.own.is_(False))
        .order_by(KEY.c.id)
    )
    return [bytes(row[0]) for row in rows]


def insert_key(tx: Transaction, key: StoredSyncKey, *, own: bool, by: str | None) -> None:
    tx.connection.execute(
        insert(KEY).values(
            office_code=key.office_code,
            own=own,
            public_key=key.public_key,
            private_key=key.private_key,
            created_at=utc_now(),
            created_by=by,
        )
    )


def replace_peer_key(tx: Transaction, office_code: str, public_key: bytes, *, by: str | None) -> None:
    """The peer's previous X25519 keys go and this one is used instead, in the caller's transaction."""
    tx.connection.execute(delete(KEY).where(KEY.c.office_code == office_code, KEY.c.own.is_(False)))
    insert_key(tx, StoredSyncKey(office_code, public_key, None), own=False, by=by)


def _peer(row: tuple[object, ...]) -> Peer:
    values = list(row)
    for index in (4, 7):
        values[index] = {str(k): int(v) for k, v in json.loads(str(values[index])).items()}
    values[12] = json.loads(str(values[12]))
    return Peer(*values)  # type: ignore[arg-type]


_PEER_COLUMNS = [PEER.c[name] for name in Peer.__dataclass_fields__]


def peer(tx: Transaction, code: str) -> Peer | None:
    row = tx.connection.execute(select(*_PEER_COLUMNS).where(PEER.c.code == code)).first()
    return None if row is None else _peer(tuple(row))


def peers(tx: Transaction) -> list[Peer]:
    return [_peer(tuple(row)) for row in tx.connection.execute(select(*_PEER_COLUMNS).order_by(PEER.c.code))]


def lock_office(tx: Transaction, code: str) -> None:
    """Wait for any other import of this office's packages to commit (a no-op on SQLite)."""
    central_locks.lock_office_packages(tx.connection, code)


def ensure_peer(tx: Transaction, code: str) -> Peer:
    """The peer's row, made with the next free slot the first time the office (or the centre) is named."""
    found = peer(tx, code)
    if found is not None:
        return found
    slot = int(tx.connection.execute(select(func.coalesce(func.max(PEER.c.slot), 0))).scalar_one()) + 1
    tx.connection.execute(
        insert(PEER).values(
            code=code,
            slot=slot,
            applied_to=0,
            applied_counts="{}",
            sent_to=0,
            sent_counts="{}",
            acknowledged_to=0,
            answer_no=0,
            findings="[]",
        )
    )
    made = peer(tx, code)
    assert made is not None
    return made


def record_applied(tx: Transaction, code: str, to_sequence: int, counts: dict[str, int]) -> None:
    tx.connection.execute(
        update(PEER)
        .where(PEER.c.code == code)
        .values(
            applied_to=to_sequence, applied_at=utc_now(), applied_counts=json.dumps(counts, sort_keys=True)
        )
    )


def record_sent(tx: Transaction, code: str, to_sequence: int, counts: dict[str, int]) -> None:
    tx.connection.execute(
        update(PEER)
        .where(PEER.c.code == code)
        .values(sent_to=to_sequence, sent_at=utc_now(), sent_counts=json.dumps(counts, sort_keys=True))
    )


def record_answer(
    tx: Transaction,
    code: str,
    *,
    answer_no: int,
    acknowledged_to: int | None = None,
    findings: list[dict[str, object]] | None = None,
) -> None:
    """The centre: one more answer written; an office: the answer applied, what it acknowledged and found."""
    values: dict[str, object] = {"answer_no": answer_no, "answer_at": utc_now()}
    if acknowledged_to is not None:
        values |= {"acknowledged_to": acknowledged_to, "acknowledged_at": utc_now()}
    if findings is not None:
        values["findings"] = json.dumps(findings, ensure_ascii=False, sort_keys=True)
    tx.connection.execute(update(PEER).where(PEER.c.code == code).values(**values))


def hold(tx: Transaction, office_code: str, from_sequence: int, to_sequence: int, package: bytes) -> bool:
    """Keep a package that arrived before the one it follows; False when it is held already."""
    exists = tx.connection.execute(
        select(HELD.c.id).where(
            HELD.c.office_code == office_code,
            HELD.c.from_sequence == from_sequence,
            HELD.c.to_sequence == to_sequence,
        )
    ).first()
    if exists is not None:
        return False
    tx.connection.execute(
        insert(HELD).values(
            office_code=office_code,
            from_sequence=from_sequence,
            to_sequence=to_sequence,
            package=package,
            received_at=utc_now(),
        )
    )
    return True


def held(tx: Transaction, office_code: str | None = None) -> list[HeldPackage]:
    query = select(HELD.c.id, HELD.c.office_code, HELD.c.from_sequence, HELD.c.to_sequence, HELD.c.package)
    if office_code is not None:
        query = query.where(HELD.c.office_code == office_code)
    rows = tx.connection.execute(query.order_by(HELD.c.office_code, HELD.c.from_sequence, HELD.c.id))
    return [HeldPackage(r[0], r[1], r[2], r[3], bytes(r[4])) for r in rows]


def release(tx: Transaction, held_id: int) -> None:
    tx.connection.execute(delete(HELD).where(HELD.c.id == held_id))
