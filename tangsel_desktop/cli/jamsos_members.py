"""The command line's Jamsosnaker listing: `jamsos members` with filters and `jamsos history --nik`."""

import argparse
from typing import Any

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.identity_numbers import nik_not_found
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.member_listing import MemberFilter, MemberRow
from tangsel_desktop.services.service_set import Services

Result = tuple[dict[str, Any], str]
MAX_LIMIT = 10_000


def _status(text: str | None) -> MemberStatus | None:
    if text is None or not text.strip():
        return None
    cleaned = text.strip().lower()
    for status in MemberStatus:
        if cleaned in (status.value, status.label):
            return status
    known = ", ".join(f"{status.value} ({status.label})" for status in MemberStatus)
    raise UserError(f"Status '{text}' tidak dikenal. Pilihan: {known}.")


def _line(row: MemberRow) -> str:
    months = ""
    if row.first_month:
        months = f", {row.first_month} s.d. {row.last_month or 'sekarang'}"
    kpj = f", KPJ {row.kpj_number}" if row.kpj_number else ""
    where = f"RW {row.rw or '-'}, {row.occupation}"
    return f"  {row.nik}  {row.full_name} ({where}): {row.status.label}{kpj}{months}"


def members(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UserError(f"--limit harus antara 1 dan {format_count(MAX_LIMIT)}.")
    wanted = MemberFilter(
        status=_status(args.status),
        occupation=args.occupation or "",
        rw=args.rw or "",
        month=None if args.month is None else YearMonth.parse(args.month),
        search=args.search or "",
    )
    listing = services.jamsos_listing
    total = listing.count(actor=actor, filter=wanted)
    rows = listing.page(actor=actor, filter=wanted, limit=args.limit)
    shown = f"{format_count(len(rows))} dari " if len(rows) < total else ""
    text = "\n".join([f"Peserta Jamsosnaker: {shown}{format_count(total)}", *map(_line, rows)])
    return {"total": total, "rows": [row.as_json() for row in rows]}, text


def history(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    person = services.people.find_by_nik(actor=actor, nik=args.nik)
    if person is None:
        raise UserError(nik_not_found(args.nik))
    memberships = services.jamsos_listing.history(actor=actor, person_id=person.id)
    payload = {
        "nik": person.nik,
        "name": person.full_name,
        "memberships": [membership.as_json() for membership in memberships],
    }
    lines = [f"{person.full_name} (NIK {person.nik}): {len(memberships)} kepesertaan Jamsosnaker"]
    for membership in memberships:
        member = membership.member
        lines.append(f"- {member.occupation}: {member.status_label}, KPJ {member.kpj_number or '-'}")
        for event in membership.events:
            before = event.from_status.label if event.from_status else "-"
            why = f" ({event.reason})" if event.reason else ""
            lines.append(
                f"    {event.at:%Y-%m-%d %H:%M} {before} -> {event.to_status.label} "
                f"oleh {event.by_username or '-'}{why}"
            )
    return payload, "\n".join(lines)


def run_members_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """`jamsos members` or `jamsos history`."""
    if args.jamsos_command == "members":
        return members(services, actor, args)
    return history(services, actor, args)
