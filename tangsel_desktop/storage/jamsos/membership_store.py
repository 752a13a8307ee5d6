"""Queries and writes of the Jamsosnaker tables: rates, members, status events, settings and the recap.

Every function takes the action's Transaction and hands back plain values: services never see a table row.
"""

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select
from sqlmodel import col

from tangsel_desktop.storage import bare_connection
from tangsel_desktop.storage.jamsos import recap_postgres
from tangsel_desktop.storage.jamsos.membership_tables import (
    JamsosMember,
    JamsosRate,
    JamsosSetting,
    JamsosStatusEvent,
)
from tangsel_desktop.storage.tables import AuditEntry, Person
from tangsel_desktop.storage.transaction import Transaction

MEMBER = JamsosMember.__table__  # type: ignore[attr-defined]
RATE = JamsosRate.__table__  # type: ignore[attr-defined]
PERSON = Person.__table__  # type: ignore[attr-defined]
SETTING = JamsosSetting.__table__  # type: ignore[attr-defined]
# Only these statuses were ever paid for: a proposed or verified member has no covered months yet, and
# an ended member's covered months stay counted up to its last month.
PAID_STATUSES = ("active", "ended")


@dataclass(frozen=True)
class RecapRow:
    """Members of one kelurahan, RW and occupation covered in a month, and what the city pays for them."""

    kelurahan_code: str
    rw: str
    occupation: str
    members: int
    amount: int


@dataclass(frozen=True)
class StoredRate:
    """One stored premium rate: from a month ('YYYY-MM') on, in whole rupiah."""

    effective_from: str
    jkk: int
    jkm: int
    jht: int


@dataclass(frozen=True)
class StoredMember:
    """One membership row as stored, field for field (its values() are what the audit trail records)."""

    id: str
    person_id: str
    occupation: str
    work_location: str
    declared_income: int
    status: str
    kpj_number: str | None
    first_month: str | None
    last_month: str | None
    end_reason: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    deleted_at: datetime | None

    def values(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class MemberPerson:
    """What the program needs of the person a membership covers (live people only)."""

    id: str
    nik: str
    full_name: str
    desil: int | None
    birth_date: date
    kelurahan_code: str
    occupation: str = ""  # as the registry has it: the enrol dialog offers it


def _stored(row: JamsosMember) -> StoredMember:
    return StoredMember(**{name: getattr(row, name) for name in StoredMember.__dataclass_fields__})


def _person(row: Person) -> MemberPerson:
    return MemberPerson(
        row.id, row.nik, row.full_name, row.desil, row.birth_date, row.kelurahan_code, row.occupation or ""
    )


def rates(tx: Transaction) -> list[StoredRate]:
    """Every rate, oldest first."""
    query = select(RATE.c.effective_from, RATE.c.jkk, RATE.c.jkm, RATE.c.jht).order_by(RATE.c.effective_from)
    found = tx.session.execute(query)
    return [StoredRate(str(row[0]), int(row[1]), int(row[2]), int(row[3])) for row in found]


def rate_exists(tx: Transaction, effective_from: str) -> bool:
    found = tx.session.execute(select(RATE.c.id).where(RATE.c.effective_from == effective_from)).first()
    return found is not None


def last_saved_recap_month(tx: Transaction) -> str | None:
    """The latest month whose recap a supervisor signed and saved (its audited export), as YYYY-MM."""
    query = select(func.max(col(AuditEntry.entity_id))).where(
        col(AuditEntry.action) == "export", col(AuditEntry.entity) == "jamsos_recap"
    )
    found = tx.session.execute(query).scalar()
    return None if found is None else str(found)


def insert_rate(
    tx: Transaction, *, effective_from: str, jkk: int, jkm: int, jht: int, by: str | None
) -> None:
    tx.session.add(JamsosRate(effective_from=effective_from, jkk=jkk, jkm=jkm, jht=jht, created_by=by))
    tx.session.flush()


def settings(tx: Transaction) -> dict[str, str]:
    query = select(SETTING.c.key, SETTING.c.value)
    return {str(row[0]): str(row[1]) for row in tx.session.execute(query)}


def put_setting(tx: Transaction, key: str, value: str, *, at: datetime, by: str) -> None:
    session = tx.session
    found = session.get(JamsosSetting, key)
    if found is None:
        session.add(JamsosSetting(key=key, value=value, updated_at=at, updated_by=by))
    else:
        found.value, found.updated_at, found.updated_by = value, at, by
        session.add(found)
    session.flush()


def person(tx: Transaction, *, person_id: str | None = None, nik: str | None = None) -> MemberPerson | None:
    """A live person by id, or else by NIK (digits only); None when there is none."""
    if person_id:
        condition = col(Person.id) == person_id
    elif nik:
        condition = col(Person.nik) == nik
    else:
        return None
    found = tx.session.execute(select(Person).where(condition, col(Person.deleted_at).is_(None))).scalar()
    return None if found is None else _person(found)


def member(tx: Transaction, member_id: str) -> StoredMember | None:
    found = tx.session.get(JamsosMember, member_id)
    return None if found is None or found.deleted_at is not None else _stored(found)


def members_of_person(tx: Transaction, person_id: str) -> list[StoredMember]:
    """A person's live memberships, newest first: a member who ended may be enrolled again."""
    query = (
        select(JamsosMember)
        .where(col(JamsosMember.person_id) == person_id, col(JamsosMember.deleted_at).is_(None))
        .order_by(col(JamsosMember.created_at).desc())
    )
    return [_stored(row) for row in tx.session.execute(query).scalars()]


def count_by_status(tx: Transaction) -> dict[str, int]:
    """Live memberships per status."""
    query = (
        select(MEMBER.c.status, func.count()).where(MEMBER.c.deleted_at.is_(None)).group_by(MEMBER.c.status)
    )
    return {str(status): int(count) for status, count in tx.session.execute(query)}


def insert_member(tx: Transaction, values: dict[str, Any]) -> StoredMember:
    """A new membership from column values (id and timestamps default); the row as stored."""
    row = JamsosMember(**values)
    tx.session.add(row)
    tx.session.flush()
    return _stored(row)


def update_member(tx: Transaction, member_id: str, values: dict[str, Any]) -> StoredMember:
    """New values for some columns of one membership; the row as stored afterwards."""
    row = tx.session.get(JamsosMember, member_id)
    if row is None:
        raise LookupError(f"no jamsos_member {member_id}")
    for name, value in values.items():
        setattr(row, name, value)
    tx.session.add(row)
    tx.session.flush()
    return _stored(row)


def add_event(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(JamsosStatusEvent.__table__).values(**values))  # type: ignore[attr-defined]


def covered_in(month: str) -> Any:
    """The members whose premium the city pays for the month: the recap's rule, shared by every reader."""
    # 'YYYY-MM' text compares as months do, so the bounds are plain string comparisons in SQL.
    return and_(
        MEMBER.c.deleted_at.is_(None),
        MEMBER.c.status.in_(PAID_STATUSES),
        MEMBER.c.first_month.is_not(None),
        MEMBER.c.first_month <= month,
        or_(MEMBER.c.last_month.is_(None), MEMBER.c.last_month >= month),
    )


def premium_in_force(month: str) -> Any:
    """The monthly premium of the latest rate that starts on or before the month (NULL before any)."""
    return (
        select(RATE.c.jkk + RATE.c.jkm + RATE.c.jht)
        .where(RATE.c.effective_from <= month)
        .order_by(RATE.c.effective_from.desc())
        .limit(1)
        .scalar_subquery()
    )


def recap(tx: Transaction, month: str) -> list[RecapRow]:
    """Members covered in a month by kelurahan, RW and occupation, times the rate in force that month."""
    members = func.count(MEMBER.c.id)
    query = (
        select(
            PERSON.c.kelurahan_code,
            PERSON.c.rw,
            MEMBER.c.occupation,
            members,
            func.coalesce(members * premium_in_force(month), 0),
        )
        .select_from(MEMBER.join(PERSON, PERSON.c.id == MEMBER.c.person_id))
        .where(covered_in(month))
        .group_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
        .order_by(PERSON.c.kelurahan_code, PERSON.c.rw, MEMBER.c.occupation)
    )
    rows: Sequence[Any] = tx.session.execute(query).all()
    return [RecapRow(str(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4])) for row in rows]


@dataclass(frozen=True)
class YearRecap:
    """A month's recap lines, and what the year so far cost, from one pass over the members."""

    rows: list[RecapRow]
    year_to_date: int


def recap_with_year(tx: Transaction, months: Sequence[str], premiums: Sequence[int]) -> YearRecap:
    """The last of the given months ('YYYY-MM', January on, one year) by kelurahan, RW and occupation,
    and the premium of every member-month of them all; premiums[i] is what a member costs in months[i].

    One statement, one pass: each member covered in any of the months is read and joined once. Within
    one year a member's covered months run from max(first, January) to min(last, the month), so the
    year so far is that span's length times the premium, per run of months at one premium: a few
    operations a row, however many months and whatever the rate changes.
    """
    if not months or len(months) != len(premiums) or months[0][5:] != "01" or len(months) > 12:
        raise ValueError("one premium per month, for January up to a month of the same year")
    parameters: dict[str, object] = {"first": months[0], "month": months[-1]}
    runs = [run for run in _runs(months, premiums) if run[2]]
    if tx.is_server:
        sql = recap_postgres.year_sql(runs, len(months), parameters)
    else:
        sql = _year_sql_sqlite(runs, len(months), parameters)
    # Straight on the transaction's bare connection, inside its read transaction: a few thousand small
    # rows, where SQLAlchemy's per-row result machinery would cost as much as the query itself.
    found = bare_connection.of_connection(tx.connection).execute(sql, parameters).fetchall()
    premium = int(premiums[-1])
    rows: list[RecapRow] = []
    year_to_date = 0
    for kelurahan_code, rw, occupation, members, paid in found:
        year_to_date += paid
        if members:  # a line whose members all ended earlier in the year counts only in the year
            rows.append(RecapRow(kelurahan_code, rw, occupation, members, members * premium))
    return YearRecap(rows, year_to_date)


def _year_sql_sqlite(
    runs: list[tuple[int, int, int]], months_count: int, parameters: dict[str, object]
) -> str:
    """SQLite's spelling of year_recap's statement (storage/jamsos/recap_postgres.py has the server's)."""
    if len(runs) == 1 and runs[0][:2] == (1, months_count):
        # One premium all year (the usual case): a member's months are the month's number, less the
        # months before a first month inside the year and after a last month inside it. The CASEs
        # test text and do arithmetic only for the few who joined or left this year: the cheapest row.
        parameters.update({"number": months_count, "p0": runs[0][2]})
        year = (
            ":number - CASE WHEN m.first_month > :first THEN substr(m.first_month, 6, 2) - 1 ELSE 0 END "
            "- CASE WHEN m.last_month < :month THEN :number - substr(m.last_month, 6, 2) ELSE 0 END"
        )
        spent = f"sum({year}) * :p0"
    else:
        # Month numbers of the span inside the year; + 0 makes the text '09' the number 9, since min()
        # and max() of text and a number compare by type. Then the span's months in each run of months
        # at one premium.
        start = "(substr(max(m.first_month, :first), 6, 2) + 0)"
        end = "(substr(min(coalesce(m.last_month, '9999-12'), :month), 6, 2) + 0)"
        terms = []
        for number, (run_start, run_end, premium) in enumerate(runs):
            parameters.update({f"a{number}": run_start, f"b{number}": run_end, f"p{number}": premium})
            span = f"min({end}, :b{number}) - max({start}, :a{number}) + 1"
            terms.append(f"max(0, {span}) * :p{number}")
        spent = f"sum({' + '.join(terms) or '0'})"
    sql = f"""
        SELECT p.kelurahan_code, p.rw, m.occupation,
               sum(coalesce(m.last_month, '9999-12') >= :month) AS members,
               {spent} AS year_to_date
        FROM jamsos_member AS m NOT INDEXED
        CROSS JOIN person AS p INDEXED BY ix_person_recap ON p.id = m.person_id
        WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
          AND m.first_month <= :month AND (m.last_month IS NULL OR m.last_month >= :first)
        GROUP BY p.kelurahan_code, p.rw, m.occupation
        ORDER BY p.kelurahan_code, p.rw, m.occupation
    """  # only our own placeholders are formatted in: every value is a bound parameter
    # CROSS JOIN is SQLite's way to fix the join order: the members read once, in their table's order, each
    # person found in ix_person_recap alone. Left to itself the planner walks every person by kelurahan and
    # looks for a membership, reading rows all over the file (the cost grows with the people, not the
    # members, and on the encrypted store each of those page reads is decrypted).
    # NOT INDEXED and INDEXED BY hold that plan where the planner has no statistics (an office's store is
    # never ANALYZEd): it would read the members through ix_jamsos_member_months (nearly every member is in
    # its range), each row fetched from elsewhere in the file, and find each person through the primary
    # key's index (unique), reading the person's row besides: at a million members, 187 MB of member rows
    # and 228 MB of person rows read at random instead of the one table in order and the 66 MB index.
    return sql


def _runs(months: Sequence[str], premiums: Sequence[int]) -> list[tuple[int, int, int]]:
    """Consecutive months at one premium, as (first month number, last month number, premium)."""
    runs: list[tuple[int, int, int]] = []
    for month, premium in zip(months, premiums, strict=True):
        number = int(month[5:7])
        if runs and runs[-1][2] == premium:
            runs[-1] = (runs[-1][0], number, premium)
        else:
            runs.append((number, number, premium))
    return runs


def last_step_by(tx: Transaction, member_ids: Sequence[str], to_status: str) -> dict[str, str | None]:
    """Who took each member's latest step into to_status (members never in it are left out)."""
    found: dict[str, str | None] = {}
    event = JamsosStatusEvent.__table__  # type: ignore[attr-defined]
    ids = list(member_ids)
    for start in range(0, len(ids), 500):  # well under SQLite's bound-parameter limit
        query = (
            select(event.c.member_id, event.c.by_user)
            .where(event.c.to_status == to_status, event.c.member_id.in_(ids[start : start + 500]))
            .order_by(event.c.id)
        )
        for member_id, by_user in tx.session.execute(query):
            found[str(member_id)] = None if by_user is None else str(by_user)  # the latest wins
    return found
