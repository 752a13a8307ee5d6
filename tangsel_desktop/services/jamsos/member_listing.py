"""Reading Jamsosnaker members: the filtered, paged listing, its count, and a person's membership history."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_rt_rw
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import member_queries as jamsos_listing
from tangsel_desktop.storage.transaction import Transaction

PAGE_LIMIT = 200
END_REASONS = {reason.value: reason for reason in EndReason}


@dataclass(frozen=True)
class MemberFilter:
    """What the member listing is narrowed to; an empty value does not narrow."""

    status: MemberStatus | None = None
    occupation: str = ""  # matched whole, ignoring case and extra spaces
    rw: str = ""  # '12' or '012'
    month: YearMonth | None = None  # members covered (paid for) in that month, as the recap counts them
    search: str = ""  # name words, a NIK prefix or a KPJ number

    def storage(self) -> jamsos_listing.ListingFilter:
        return jamsos_listing.ListingFilter(
            status=None if self.status is None else self.status.value,
            occupation=self.occupation,
            rw=parse_rt_rw(self.rw, "RW"),
            month=None if self.month is None else str(self.month),
            search=self.search,
        )


class MemberRow(NamedTuple):
    """One line of the member listing (a tuple: the listing builds two hundred per page)."""

    id: str
    person_id: str
    nik: str
    full_name: str
    kelurahan: str
    rw: str
    occupation: str
    status: MemberStatus
    kpj_number: str | None
    first_month: str | None
    last_month: str | None
    end_reason: str | None

    @property
    def end_reason_label(self) -> str:
        found = END_REASONS.get(self.end_reason or "")
        return "" if found is None else found.label

    @classmethod
    def from_row(cls, row: Any) -> "MemberRow":
        member_id, person_id, nik, name, kelurahan_code, rw, occupation, status, kpj, first, last, end = row[
            :12
        ]
        return cls(
            member_id, person_id, nik, name, kelurahan_name(kelurahan_code), rw, occupation,
            MemberStatus(status), kpj, first, last, end,
        )  # fmt: skip

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "nik": self.nik,
            "name": self.full_name,
            "kelurahan": self.kelurahan,
            "rw": self.rw,
            "occupation": self.occupation,
            "status": self.status.value,
            "status_label": self.status.label,
            "kpj": self.kpj_number,
            "first_month": self.first_month,
            "last_month": self.last_month,
            "end_reason": self.end_reason,
        }


@dataclass(frozen=True)
class StatusEventView:
    """One status change: when, from what to what, the month and KPJ it set, why, and who did it."""

    at: datetime
    from_status: MemberStatus | None
    to_status: MemberStatus
    month: str | None
    kpj_number: str | None
    reason: str
    override: bool
    by_username: str

    def as_json(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "from": None if self.from_status is None else self.from_status.value,
            "to": self.to_status.value,
            "month": self.month,
            "kpj": self.kpj_number,
            "reason": self.reason,
            "override": self.override,
            "by": self.by_username,
        }


@dataclass(frozen=True)
class MembershipHistory:
    """One membership and its status changes, oldest change first."""

    member: MemberView
    events: tuple[StatusEventView, ...]

    def as_json(self) -> dict[str, object]:
        member = self.member
        return {
            "id": member.id,
            "occupation": member.occupation,
            "work_location": member.work_location,
            "income": member.declared_income,
            "status": member.status.value,
            "status_label": member.status_label,
            "kpj": member.kpj_number,
            "first_month": member.first_month,
            "last_month": member.last_month,
            "end_reason": member.end_reason,
            "events": [event.as_json() for event in self.events],
        }


def _member_view(row: Any) -> MemberView:
    listed = MemberRow.from_row(row)
    work_location, income = row[12], row[13]
    return MemberView(
        id=listed.id,
        person_id=listed.person_id,
        nik=listed.nik,
        full_name=listed.full_name,
        occupation=listed.occupation,
        work_location=work_location,
        declared_income=int(income),
        status=listed.status,
        kpj_number=listed.kpj_number,
        first_month=listed.first_month,
        last_month=listed.last_month,
        end_reason=listed.end_reason,
    )


def _event(row: Any) -> StatusEventView:
    _member_id, at, from_status, to_status, month, kpj, reason, override, username = row
    return StatusEventView(
        at=at,
        from_status=None if from_status is None else MemberStatus(from_status),
        to_status=MemberStatus(to_status),
        month=month,
        kpj_number=kpj,
        reason=reason or "",
        override=bool(override),
        by_username=username or "",
    )


class JamsosListing:
    """Read-only: who is a member, filtered and paged, and each person's memberships with their history."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def page(
        self,
        *,
        actor: Actor,
        filter: MemberFilter,
        after: tuple[str, str] | None = None,
        limit: int = PAGE_LIMIT,
    ) -> list[MemberRow]:
        """The next page in name order; pass the last row's (full_name, id) as after."""
        actor.require(Role.OPERATOR, "melihat daftar peserta Jamsosnaker")
        wanted = filter.storage()
        with self._db.query() as tx:
            rows = jamsos_listing.page(tx, wanted, after=after, limit=limit)
            return [MemberRow.from_row(row) for row in rows]

    def count(self, *, actor: Actor, filter: MemberFilter) -> int:
        """How many members the filter matches."""
        actor.require(Role.OPERATOR, "melihat daftar peserta Jamsosnaker")
        wanted = filter.storage()
        with self._db.query() as tx:
            return jamsos_listing.count(tx, wanted)

    def history(self, *, actor: Actor, person_id: str) -> tuple[MembershipHistory, ...]:
        """A person's memberships, newest first, each with its status changes oldest first."""
        actor.require(Role.OPERATOR, "melihat riwayat kepesertaan Jamsosnaker")
        with self._db.read() as tx:
            rows = jamsos_listing.person_memberships(tx, person_id)
            return self._with_events(tx, rows)

    def membership(self, *, actor: Actor, member_id: str) -> MembershipHistory | None:
        """One membership with its status changes; None if it is gone."""
        actor.require(Role.OPERATOR, "melihat riwayat kepesertaan Jamsosnaker")
        with self._db.read() as tx:
            row = jamsos_listing.membership(tx, member_id)
            if row is None:
                return None
            return self._with_events(tx, [row])[0]

    @staticmethod
    def _with_events(tx: Transaction, rows: Sequence[Any]) -> tuple[MembershipHistory, ...]:
        members = [_member_view(row) for row in rows]
        events: dict[str, list[StatusEventView]] = {member.id: [] for member in members}
        for row in jamsos_listing.status_events(tx, list(events)):
            events[row[0]].append(_event(row))
        return tuple(MembershipHistory(member, tuple(events[member.id])) for member in members)
