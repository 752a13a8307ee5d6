"""The city-wide picture's SQL at the centre: every office's rows counted by kelurahan, round and batch.

Grouped reads over the merged tables (every origin_office at once): one statement per figure.
"""

from dataclasses import dataclass

from tangsel_desktop.storage.transaction import Transaction


@dataclass(frozen=True)
class AreaCount:
    kelurahan_code: str
    people: int
    households: int
    members: int  # Jamsosnaker members running (not ended)


@dataclass(frozen=True)
class RoundProgress:
    office: str
    round_id: str
    name: str
    month: str
    status: str
    listed: int
    handed: int
    received: int
    returned: int  # returned or damaged
    in_stock: int


@dataclass(frozen=True)
class BatchProgress:
    office: str
    training: str
    batch: str
    starts_on: str
    ends_on: str
    quota: int
    selected: int
    waiting: int
    proposed: int


def area_counts(tx: Transaction) -> list[AreaCount]:
    """People, households and running members by the kelurahan people live in (person.kelurahan_code)."""
    people = tx.rows(
        "SELECT kelurahan_code, count(*), count(DISTINCT household_id) FROM person "
        "WHERE deleted_at IS NULL GROUP BY kelurahan_code"
    )
    members = dict(
        tx.rows(
            "SELECT p.kelurahan_code, count(*) FROM jamsos_member m JOIN person p ON p.id = m.person_id "
            "WHERE m.deleted_at IS NULL AND m.status <> 'ended' GROUP BY p.kelurahan_code"
        )
    )
    found = {
        str(code): AreaCount(str(code), int(n), int(h), int(members.get(code, 0))) for code, n, h in people
    }
    for code, number in members.items():
        found.setdefault(str(code), AreaCount(str(code), 0, 0, int(number)))
    return [found[code] for code in sorted(found)]


def round_progress(tx: Transaction) -> list[RoundProgress]:
    rows = tx.rows(
        """
        SELECT r.origin_office, r.id, r.name, r.month, r.status,
               (SELECT count(*) FROM sembako_recipient c WHERE c.round_id = r.id AND c.status <> 'removed'),
               (SELECT count(*) FROM sembako_handover h WHERE h.round_id = r.id AND h.voided_at IS NULL),
               (SELECT coalesce(sum(s.count), 0) FROM sembako_stock_move s
                 WHERE s.round_id = r.id AND s.kind = 'received'),
               (SELECT coalesce(sum(s.count), 0) FROM sembako_stock_move s
                 WHERE s.round_id = r.id AND s.kind IN ('returned', 'damaged'))
        FROM sembako_round r ORDER BY r.month DESC, r.origin_office, r.name
        """
    )
    return [
        RoundProgress(
            str(office),
            str(rid),
            str(name),
            str(month),
            str(status),
            int(listed),
            int(handed),
            int(received),
            int(returned),
            int(received) - int(returned) - int(handed),
        )
        for office, rid, name, month, status, listed, handed, received, returned in rows
    ]


def batch_progress(tx: Transaction) -> list[BatchProgress]:
    rows = tx.rows(
        """
        SELECT b.origin_office, t.name, b.name, b.starts_on, b.ends_on, b.quota,
               sum(CASE WHEN p.status = 'selected' THEN 1 ELSE 0 END),
               sum(CASE WHEN p.status = 'waiting' THEN 1 ELSE 0 END),
               sum(CASE WHEN p.status = 'proposed' THEN 1 ELSE 0 END)
        FROM training_batch b JOIN training t ON t.id = b.training_id
        LEFT JOIN training_participant p ON p.batch_id = b.id
        GROUP BY b.id, b.origin_office, t.name, b.name, b.starts_on, b.ends_on, b.quota
        ORDER BY b.starts_on DESC, b.origin_office, t.name
        """
    )
    return [
        BatchProgress(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            int(r[5]),
            int(r[6] or 0),
            int(r[7] or 0),
            int(r[8] or 0),
        )
        for r in rows
    ]
