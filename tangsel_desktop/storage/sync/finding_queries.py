"""The centre's finders: set operations over every office's rows that find what no single office can see.

Each finder is one grouped query (GROUP BY ... HAVING over an index) joined back to the rows it names, so a
city of a million people is read once, not person by person. Plain SQL both engines speak (CTEs, GROUP BY,
HAVING, LIKE); no SQLite-only trick. The rows come back grouped per subject for the service to shape.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from tangsel_desktop.storage.transaction import Transaction

NIK_TWO_OFFICES = "nik_two_offices"
MEMBER_TWO_OFFICES = "member_two_offices"
SEMBAKO_TWICE = "sembako_twice"
DATA_DIFFERS = "data_differs"
KINDS = (NIK_TWO_OFFICES, MEMBER_TWO_OFFICES, SEMBAKO_TWICE, DATA_DIFFERS)
PERSON_KINDS = (NIK_TWO_OFFICES, DATA_DIFFERS)


@dataclass(frozen=True)
class Found:
    """One finding as the data show it now: the offices' codes as stored ('' for the centre's own rows)."""

    kind: str
    subject: str
    offices: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    detail: str = ""


def _groups(rows: list[tuple[Any, ...]]) -> Iterator[tuple[Any, list[tuple[Any, ...]]]]:
    for key, group in groupby(rows, key=lambda row: row[0]):
        yield key, list(group)


def _offices(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    return tuple(sorted({str(row["office"]) for row in rows}))


def office_pattern(office: str) -> str:
    """The LIKE pattern of the stored offices column (",A,B,") for findings that concern one office."""
    return f"%,{office},%"


def _same(text: object) -> str:
    """Names compared as a clerk would: case and runs of spaces do not make two people different."""
    return " ".join(str(text or "").upper().split())


def people_findings(tx: Transaction, office: str | None = None) -> list[Found]:
    """The same NIK live in two offices, and, among those, people whose name, birth date or KK differ.

    With `office`, only the NIKs that office holds, and those of the findings already stored about it,
    are looked at again: what an office's package can have changed (the index ix_person_origin_nik).
    """
    scope, parameters = "", {}
    if office is not None:
        scope = (
            "AND nik IN (SELECT nik FROM person WHERE origin_office = :office AND deleted_at IS NULL "
            "UNION SELECT subject FROM sync_finding WHERE kind IN (:k1, :k2) AND cleared_at IS NULL "
            "AND offices LIKE :pattern)"
        )
        parameters = {
            "office": office,
            "k1": NIK_TWO_OFFICES,
            "k2": DATA_DIFFERS,
            "pattern": office_pattern(office),
        }
    rows = tx.rows(
        f"""
        WITH dup AS (
            SELECT nik FROM person WHERE deleted_at IS NULL {scope}
            GROUP BY nik HAVING count(DISTINCT origin_office) > 1
        )
        SELECT p.nik, p.origin_office, p.id, p.full_name, p.birth_date, coalesce(h.kk_number, ''),
               p.kelurahan_code
        FROM dup JOIN person p ON p.nik = dup.nik AND p.deleted_at IS NULL
        LEFT JOIN household h ON h.id = p.household_id
        ORDER BY p.nik, p.origin_office, p.id
        """,
        parameters,
    )
    found: list[Found] = []
    for nik, group in _groups(rows):
        people = [
            {
                "office": row[1],
                "table": "person",
                "id": row[2],
                "nik": nik,
                "full_name": row[3],
                "birth_date": str(row[4]),
                "kk_number": row[5],
                "kelurahan_code": row[6],
            }
            for row in group
        ]
        offices = _offices(people)
        found.append(Found(NIK_TWO_OFFICES, nik, offices, tuple(people)))
        differs = [
            label
            for label, values in (
                ("nama", {_same(p["full_name"]) for p in people}),
                ("tanggal lahir", {p["birth_date"] for p in people}),
                ("No. KK", {p["kk_number"] for p in people}),
            )
            if len(values) > 1
        ]
        if differs:
            found.append(Found(DATA_DIFFERS, nik, offices, tuple(people), ", ".join(differs) + " berbeda"))
    return found


def member_findings(tx: Transaction, office: str | None = None) -> list[Found]:
    """A Jamsosnaker member running (not ended, not deleted) in two offices: the city would pay twice.

    With `office`, only the NIKs of that office's members, and those of the findings already stored about
    it, are looked at again (what its package can have changed); without, the whole city in one pass."""
    scope, parameters = "", {}
    if office is not None:
        # Every import ran the whole city's grouping before: a cost that grew with the offices merged
        # (measured: 0.13 s per package of 54 at 200,000 people on the server, the last ones).
        scope = (
            "AND p.nik IN (SELECT own_person.nik FROM jamsos_member own "
            "JOIN person own_person ON own_person.id = own.person_id WHERE own.origin_office = :office "
            "UNION SELECT subject FROM sync_finding WHERE kind = :kind AND cleared_at IS NULL "
            "AND offices LIKE :pattern)"
        )
        parameters = {"office": office, "kind": MEMBER_TWO_OFFICES, "pattern": office_pattern(office)}
    # The grouping first (one pass over the members and their people), then the rows of the few NIKs it
    # names, through the live-NIK index and the members' person index.
    rows = tx.rows(
        f"""
        WITH dup AS (
            SELECT p.nik AS nik FROM jamsos_member m JOIN person p ON p.id = m.person_id
            WHERE m.deleted_at IS NULL AND m.status <> 'ended' {scope}
            GROUP BY p.nik HAVING count(DISTINCT m.origin_office) > 1
        )
        SELECT p.nik, m.origin_office, m.id, m.status, coalesce(m.kpj_number, ''), p.full_name, m.first_month
        FROM dup JOIN person p ON p.nik = dup.nik
        JOIN jamsos_member m ON m.person_id = p.id AND m.deleted_at IS NULL AND m.status <> 'ended'
        ORDER BY p.nik, m.origin_office, m.id
        """,
        parameters,
    )
    found = []
    for nik, group in _groups(rows):
        members = [
            {
                "office": row[1],
                "table": "jamsos_member",
                "id": row[2],
                "nik": nik,
                "status": row[3],
                "kpj_number": row[4],
                "full_name": row[5],
                "first_month": row[6],
            }
            for row in group
        ]
        found.append(Found(MEMBER_TWO_OFFICES, nik, _offices(members), tuple(members)))
    return found


def sembako_findings(tx: Transaction, office: str | None = None) -> list[Found]:
    """A family (its KK) handed sembako twice in one round: twice in one round of one office (two desks),
    or in the same month's rounds of two offices. Two rounds of one office in one month are not a finding:
    an office runs its programs' rounds apart on purpose.

    With `office`, only the families that office handed a package to, and those of the findings already
    stored about it, are looked at again.
    """
    scope, parameters = "", {}
    if office is not None:
        scope = (
            "AND rec.kk_number IN (SELECT mine.kk_number FROM sembako_handover own "
            "JOIN sembako_recipient mine ON mine.id = own.recipient_id WHERE own.origin_office = :office "
            "UNION SELECT substr(subject, 9) FROM sync_finding WHERE kind = :kind AND cleared_at IS NULL "
            "AND offices LIKE :pattern)"
        )
        parameters = {"office": office, "kind": SEMBAKO_TWICE, "pattern": office_pattern(office)}
    # The grouping first (one pass over the live handovers), then the rows of the few families it names,
    # through the recipients' KK index (ix_sembako_recipient_kk) and the handovers' recipient index.
    # coalesce(voided_at, '') = '' rather than IS NULL: the latter makes SQLite walk the partial index
    # uq_sembako_handover_once and look every row up, five times slower than reading the table.
    rows = tx.rows(
        f"""
        WITH dup AS (
            SELECT r.month AS month, rec.kk_number AS kk
            FROM sembako_handover h
            JOIN sembako_recipient rec ON rec.id = h.recipient_id
            JOIN sembako_round r ON r.id = h.round_id
            WHERE coalesce(h.voided_at, '') = '' AND rec.kk_number <> '' {scope}
            GROUP BY r.month, rec.kk_number
            HAVING count(DISTINCT h.origin_office) > 1 OR count(*) > count(DISTINCT h.round_id)
        )
        SELECT dup.month || ':' || dup.kk, h.origin_office, h.id, r.name, h.receipt_number,
               rec.full_name, rec.nik, h.handed_at, dup.kk, dup.month
        FROM dup
        JOIN sembako_recipient rec ON rec.kk_number = dup.kk
        JOIN sembako_round r ON r.id = rec.round_id AND r.month = dup.month
        JOIN sembako_handover h ON h.recipient_id = rec.id AND h.voided_at IS NULL
        ORDER BY dup.month, dup.kk, h.origin_office, h.handed_at, h.id
        """,
        parameters,
    )
    found = []
    for subject, group in _groups(rows):
        handovers = [
            {
                "office": row[1],
                "table": "sembako_handover",
                "id": row[2],
                "round": row[3],
                "receipt_number": row[4],
                "full_name": row[5],
                "nik": row[6],
                "handed_at": row[7],
                "kk_number": row[8],
                "month": row[9],
            }
            for row in group
        ]
        found.append(Found(SEMBAKO_TWICE, str(subject), _offices(handovers), tuple(handovers)))
    return found
