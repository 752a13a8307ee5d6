"""The command line's Jamsosnaker commands: enrol a worker, step a status, add a rate, the month's recap.

Money is whole rupiah: '16800', '16.800' or 'Rp16.800'. A decimal such as '16800.5' is refused rather than
rounded, because a rounded premium would be a wrong bill.
"""

import argparse
from typing import Any

from tangsel_desktop.cli.jamsos_bpjs import BPJS_ACTIONS, run_bpjs_command
from tangsel_desktop.cli.jamsos_claims import CLAIM_COMMANDS, run_claim_command
from tangsel_desktop.cli.jamsos_members import run_members_command
from tangsel_desktop.cli.jamsos_recap import run_recap
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.formatting import format_count
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.rupiah_input import parse_rupiah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.services.service_set import Services

JAMSOS_COMMAND = "jamsos"
Result = tuple[dict[str, Any], str]


def _choice(text: str, options: type[MemberStatus] | type[EndReason], what: str) -> Any:
    cleaned = text.strip().lower()
    for option in options:
        if cleaned in (option.value, option.label):
            return option
    known = ", ".join(f"{option.value} ({option.label})" for option in options)
    raise UserError(f"{what} '{text}' tidak dikenal. Pilihan: {known}.")


def _member_json(member: MemberView) -> dict[str, Any]:
    return {
        "id": member.id,
        "nik": member.nik,
        "name": member.full_name,
        "occupation": member.occupation,
        "status": member.status.value,
        "status_label": member.status_label,
        "kpj": member.kpj_number,
        "first_month": member.first_month,
        "last_month": member.last_month,
        "end_reason": member.end_reason,
    }


def run_jamsos_command(services: Services, actor: Actor, args: argparse.Namespace) -> Result:
    """Run one `jamsos` action for a signed-in user."""
    jamsos = services.jamsos
    action = args.jamsos_command
    if action in CLAIM_COMMANDS:
        return run_claim_command(services, actor, args)
    if action in BPJS_ACTIONS:
        return run_bpjs_command(services, actor, args)
    if action in ("members", "history"):
        return run_members_command(services, actor, args)
    if action == "enroll":
        member, _ = jamsos.enroll(
            actor=actor,
            nik=args.nik,
            occupation=args.occupation,
            work_location=args.location,
            declared_income=parse_rupiah(args.income, "Penghasilan"),
            override_reason=args.override,
        )
        return _member_json(member), f"{member.full_name} diusulkan sebagai peserta Jamsosnaker."
    if action == "status":
        member, _ = jamsos.set_status(
            actor=actor,
            nik=args.nik,
            to=_choice(args.to, MemberStatus, "Status"),
            kpj=args.kpj,
            month=None if args.month is None else YearMonth.parse(args.month),
            end_reason=None if args.end_reason is None else _choice(args.end_reason, EndReason, "Alasan"),
            reason=args.reason,
        )
        return _member_json(member), f"{member.full_name}: status {member.status_label}."
    if action == "rate":
        month = YearMonth.parse(args.effective_from)
        jkk, jkm, jht = (parse_rupiah(getattr(args, name), name.upper()) for name in ("jkk", "jkm", "jht"))
        jamsos.set_rate(actor=actor, effective_from=month, jkk=jkk, jkm=jkm, jht=jht)
        return (
            {"effective_from": str(month), "jkk": jkk, "jkm": jkm, "jht": jht, "premium": jkk + jkm + jht},
            f"Tarif mulai {month.label()}: Rp{format_count(jkk + jkm + jht)} per peserta per bulan.",
        )
    if action == "recap":
        return run_recap(services, actor, args)
    raise UserError(f"Perintah jamsos {action!r} tidak dikenal.")
