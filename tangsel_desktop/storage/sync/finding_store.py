"""The stored findings: new ones added, unchanged ones kept with their decision, gone ones cleared.

A decision sticks while the same offices are involved; when another office joins (or one leaves) the
finding is reopened, since the decision was about offices that are no longer the whole story.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update

from tangsel_desktop.storage import central_locks
from tangsel_desktop.storage.columns import parse_timestamp, timestamp_text, utc_now
from tangsel_desktop.storage.sync.finding_queries import Found, office_pattern
from tangsel_desktop.storage.sync.finding_tables import SyncFinding
from tangsel_desktop.storage.transaction import Transaction

FINDING = SyncFinding.__table__  # type: ignore[attr-defined]
OPEN = "open"
DECIDED = "decided"
_COLUMNS = (
    "id",
    "kind",
    "subject",
    "offices",
    "rows",
    "detail",
    "first_seen",
    "last_seen",
    "cleared_at",
    "status",
    "decision",
    "decided_by",
    "decided_by_name",
    "decided_at",
    "note",
)


@dataclass(frozen=True)
class StoredFinding:
    id: int
    kind: str
    subject: str
    offices: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    detail: str
    first_seen: datetime
    last_seen: datetime
    cleared_at: datetime | None
    status: str
    decision: str
    decided_by: str | None
    decided_by_name: str
    decided_at: datetime | None
    note: str


@dataclass(frozen=True)
class Reconciled:
    added: int
    kept: int
    reopened: list["CurrentFinding"]
    cleared: int


def _joined(offices: Iterable[str]) -> str:
    return "," + ",".join(sorted(offices)) + ","


def _stored(row: tuple[Any, ...]) -> StoredFinding:
    values = dict(zip(_COLUMNS, row, strict=True))
    return StoredFinding(
        id=int(values["id"]),
        kind=str(values["kind"]),
        subject=str(values["subject"]),
        offices=tuple(code for code in str(values["offices"]).split(",") if code),
        rows=tuple(json.loads(str(values["rows"]))),
        detail=str(values["detail"]),
        first_seen=_when(values["first_seen"]),
        last_seen=_when(values["last_seen"]),
        cleared_at=parse_timestamp(values["cleared_at"]),
        status=str(values["status"]),
        decision=str(values["decision"]),
        decided_by=values["decided_by"],
        decided_by_name=str(values["decided_by_name"]),
        decided_at=parse_timestamp(values["decided_at"]),
        note=str(values["note"]),
    )


def _when(value: object) -> datetime:
    parsed = parse_timestamp(str(value))
    assert parsed is not None
    return parsed


def _select(where: str = "") -> str:
    return f"SELECT {', '.join(_COLUMNS)} FROM sync_finding {where}"


@dataclass(frozen=True)
class CurrentFinding:
    """What reconciling needs of a stored finding, read as stored (no JSON, no timestamps parsed)."""

    id: int
    offices: tuple[str, ...]
    status: str
    decision: str
    decided_by: str | None
    decided_by_name: str
    decided_at: str | None
    note: str
    cleared: bool


_CURRENT = (
    "id, kind, subject, offices, status, decision, decided_by, decided_by_name, decided_at, note, cleared_at"
)


def _current(
    tx: Transaction, kinds: tuple[str, ...], found: list[Found], office: str | None
) -> dict[tuple[str, str], CurrentFinding]:
    """The stored findings reconciling may touch: all of these kinds, or (for one office) those about that
    office and those the finders found again."""
    marks = ", ".join("?" * len(kinds))
    queries: list[tuple[str, list[object]]] = []
    if office is None:
        queries.append((f"SELECT {_CURRENT} FROM sync_finding WHERE kind IN ({marks})", list(kinds)))
    else:
        queries.append(
            (
                f"SELECT {_CURRENT} FROM sync_finding WHERE kind IN ({marks}) AND offices LIKE ?",
                [*kinds, office_pattern(office)],
            )
        )
        subjects = sorted({item.subject for item in found})
        for start in range(0, len(subjects), 500):
            chunk = subjects[start : start + 500]
            queries.append(
                (
                    f"SELECT {_CURRENT} FROM sync_finding WHERE kind IN ({marks}) "
                    f"AND subject IN ({', '.join('?' * len(chunk))})",
                    [*kinds, *chunk],
                )
            )
    current: dict[tuple[str, str], CurrentFinding] = {}
    for sql, parameters in queries:
        for row in tx.rows(sql, parameters):
            current[(str(row[1]), str(row[2]))] = CurrentFinding(
                int(row[0]),
                tuple(code for code in str(row[3]).split(",") if code),
                str(row[4]),
                str(row[5]),
                row[6],
                str(row[7]),
                row[8],
                str(row[9]),
                row[10] is not None,
            )
    return current


def reconcile(
    tx: Transaction, found: list[Found], *, kinds: Iterable[str], office: str | None = None
) -> Reconciled:
    """Bring the stored findings of these kinds in line with what was found now.

    `office` limits what may be cleared to the findings that concern that office (the finders looked only
    at its subjects); None: every finding of these kinds was looked at.
    """
    kinds = tuple(kinds)
    stored = _current(tx, kinds, found, office)
    now = timestamp_text(utc_now())
    inserts, refreshes, reopened = [], [], []
    seen: set[tuple[str, str]] = set()
    for item in found:
        key = (item.kind, item.subject)
        seen.add(key)
        rows = json.dumps(item.rows, ensure_ascii=False, sort_keys=True, default=str)
        offices = _joined(item.offices)
        before = stored.get(key)
        if before is None:
            inserts.append((item.kind, item.subject, offices, rows, item.detail, now, now, OPEN, "", "", ""))
            continue
        reopen = before.status == DECIDED and before.offices != tuple(sorted(item.offices))
        if reopen:
            reopened.append(before)
        refreshes.append(
            (
                offices,
                rows,
                item.detail,
                now,
                OPEN if reopen else before.status,
                "" if reopen else before.decision,
                None if reopen else before.decided_by,
                "" if reopen else before.decided_by_name,
                None if reopen else before.decided_at,
                before.note if not reopen else _reopened_note(before),
                before.id,
            )
        )
    connection = tx.raw()
    if inserts:
        connection.executemany(
            "INSERT INTO sync_finding (kind, subject, offices, rows, detail, first_seen, last_seen, status, "
            "decision, decided_by_name, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inserts,
        )
    if refreshes:
        connection.executemany(
            "UPDATE sync_finding SET offices = ?, rows = ?, detail = ?, last_seen = ?, cleared_at = NULL, "
            "status = ?, decision = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, note = ? "
            "WHERE id = ?",
            refreshes,
        )
    gone = [
        (now, item.id)
        for key, item in stored.items()
        if key not in seen and not item.cleared and (office is None or office in item.offices)
    ]
    if gone:
        connection.executemany("UPDATE sync_finding SET cleared_at = ? WHERE id = ?", gone)
    return Reconciled(len(inserts), len(refreshes) - len(reopened), reopened, len(gone))


def _reopened_note(before: CurrentFinding) -> str:
    return (
        f"Dibuka lagi karena kantor yang terlibat berubah (sebelumnya {', '.join(before.offices)}: "
        f"{before.decision}, {before.note})"
    )[:1000]


def findings(
    tx: Transaction,
    *,
    status: str | None = None,
    kind: str | None = None,
    office: str | None = None,
    include_cleared: bool = False,
) -> list[StoredFinding]:
    """The stored findings, newest subjects last: by kind, then subject (NIK, month:KK)."""
    where, parameters = [], []
    if not include_cleared:
        where.append("cleared_at IS NULL")
    if status is not None:
        where.append("status = ?")
        parameters.append(status)
    if kind is not None:
        where.append("kind = ?")
        parameters.append(kind)
    if office is not None:
        where.append("offices LIKE ?")
        parameters.append(office_pattern(office))
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return [_stored(row) for row in tx.rows(_select(clause) + " ORDER BY kind, subject", parameters)]


def lock_refresh(tx: Transaction) -> None:
    """Wait for any other findings refresh to commit (a no-op on SQLite, whose writers queue anyway)."""
    central_locks.lock_findings(tx.connection)


def finding(tx: Transaction, finding_id: int) -> StoredFinding | None:
    rows = tx.rows(_select("WHERE id = ?"), (finding_id,))
    return _stored(rows[0]) if rows else None


def decide(
    tx: Transaction,
    finding_id: int,
    *,
    decision: str,
    by: str | None,
    by_name: str,
    note: str,
    seen: tuple[str, str],
) -> bool:
    """Record a decision only if the finding's (status, decision) are still those the decider saw; False
    when another supervisor's decision got there first (no lost update). The condition sits in the UPDATE
    itself: on PostgreSQL a second decider waits on the first's row lock, then finds its condition false."""
    status, before = seen
    result = tx.connection.execute(
        update(FINDING)
        .where(FINDING.c.id == finding_id, FINDING.c.status == status, FINDING.c.decision == before)
        .values(
            status=DECIDED,
            decision=decision,
            decided_by=by,
            decided_by_name=by_name,
            decided_at=utc_now(),
            note=note,
        )
    )
    return bool(result.rowcount)


def counts(tx: Transaction) -> dict[str, dict[str, int]]:
    """Current (not cleared) findings per kind and status."""
    found: dict[str, dict[str, int]] = {}
    for kind, status, number in tx.rows(
        "SELECT kind, status, count(*) FROM sync_finding WHERE cleared_at IS NULL GROUP BY kind, status"
    ):
        found.setdefault(str(kind), {})[str(status)] = int(number)
    return found
