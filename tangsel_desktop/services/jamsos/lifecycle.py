"""The one code path that moves a Jamsosnaker member to another status, inside the caller's transaction."""

from typing import Any

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import (
    Coverage,
    EndReason,
    MemberStatus,
    check_first_covered_month,
    check_kpj,
    check_transition,
)
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.corrections import Cover, guard_signed_months
from tangsel_desktop.services.jamsos.four_eyes import check_four_eyes
from tangsel_desktop.services.jamsos.program_settings import kpj_length
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.jamsos import bpjs_store as jamsos_bpjs_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.membership_store import StoredMember
from tangsel_desktop.storage.transaction import Transaction

# Statuses a BPJS officer must check against the paper: a supervisor answers for them.
SUPERVISED = frozenset(
    {MemberStatus.VERIFIED, MemberStatus.SUBMITTED, MemberStatus.ACTIVE, MemberStatus.ENDED}
)


def require_role_for(actor: Actor, to: MemberStatus) -> None:
    """The role checks of a status step, for callers that check before they open a transaction."""
    actor.require(Role.OPERATOR, "mengubah status peserta Jamsosnaker")
    if to in SUPERVISED:
        actor.require(Role.SUPERVISOR, f"menetapkan status '{to.label}'")


def step_status(
    tx: Transaction,
    member: StoredMember,
    *,
    actor: Actor,
    to: MemberStatus,
    kpj: str | None = None,
    month: YearMonth | None = None,
    end_reason: EndReason | None = None,
    reason: str = "",
    audit_extra: dict[str, Any] | None = None,
) -> StoredMember:
    """Check and apply one step, write its event and its audit entry; the caller commits or rolls back.

    A skip or a step back needs a supervisor's reason; a failure raises before anything is written.
    """
    require_role_for(actor, to)
    current = MemberStatus(member.status)
    if current is MemberStatus.ENDED and to is MemberStatus.PROPOSED:
        # A new membership row keeps the old span of covered months in the recap.
        raise UserError("Peserta yang sudah berhenti didaftarkan ulang sebagai peserta baru.")
    override = check_transition(current, to, override_reason=reason)
    if override:
        actor.require(Role.SUPERVISOR, "melewati atau mundur langkah status")
    before = member.values()
    person = jamsos_store.person(tx, person_id=member.person_id)
    check_four_eyes(tx, actor, to, [(member.id, person.full_name if person is not None else member.id)])
    if to is MemberStatus.ACTIVE:
        if kpj is not None and kpj.strip():
            # Digits only, of the office's length: "abc" once made a member aktif and was billed.
            kpj = check_kpj(kpj, kpj_length(tx))
        _refuse_a_kpj_of_someone_else(tx, member, (kpj or "").strip())
    changes = _apply(member, to, kpj=kpj, month=month, end_reason=end_reason)
    if to is MemberStatus.ACTIVE and month is not None:
        _refuse_a_month_before_the_first_rate(tx, month)
    was = Cover(member.status, member.first_month, member.last_month)
    will = Cover(
        to.value, changes.get("first_month", member.first_month), changes.get("last_month", member.last_month)
    )
    guard_signed_months(tx, actor=actor, member_id=member.id, before=was, after=will, reason=reason)
    now = utc_now()
    changes.update(status=to.value, updated_at=now, updated_by=actor.user_id)
    member = jamsos_store.update_member(tx, member.id, changes)
    jamsos_store.add_event(
        tx,
        {
            "member_id": member.id,
            "from_status": current.value,
            "to_status": to.value,
            "month": None if month is None else str(month),
            "kpj_number": member.kpj_number,
            "reason": reason.strip(),
            "override": override,
            "by_user": actor.user_id,
            "at": now,
        },
    )
    after = {**member.values(), "reason": reason.strip(), "override": override, **(audit_extra or {})}
    tx.record(AuditEvent("status", "jamsos_member", member.id, before=before, after=after))
    return member


def _refuse_a_month_before_the_first_rate(tx: Transaction, month: YearMonth) -> None:
    """The window, the CLI and BPJS's answer alike: no cover before the program had a premium."""
    rates = [YearMonth.parse(rate.effective_from) for rate in jamsos_store.rates(tx)]
    check_first_covered_month(month, min(rates) if rates else None)


def _refuse_a_kpj_of_someone_else(tx: Transaction, member: StoredMember, kpj: str) -> None:
    """One KPJ card number belongs to one person (their own earlier membership may carry it)."""
    owner = jamsos_bpjs_store.niks_by_kpj(tx, {kpj}).get(kpj) if kpj else None
    person = jamsos_store.person(tx, person_id=member.person_id)
    if owner is not None and (person is None or owner != person.nik):
        raise UserError(
            f"Nomor KPJ {kpj} sudah tersimpan untuk NIK {owner}. Periksa lagi nomor KPJ di kartu peserta.",
            field="kpj",
        )


def _apply(
    member: StoredMember,
    to: MemberStatus,
    *,
    kpj: str | None,
    month: YearMonth | None,
    end_reason: EndReason | None,
) -> dict[str, Any]:
    """The columns the step changes; UserError when the step lacks what it needs."""
    if to is MemberStatus.ACTIVE:
        kpj_text = (kpj or "").strip()
        if not kpj_text:
            raise UserError("Peserta aktif perlu nomor KPJ dari BPJS Ketenagakerjaan.", field="kpj")
        if month is None:
            raise UserError("Isi bulan pertama yang ditanggung (TTTT-BB).", field="bulan")
        return {"kpj_number": kpj_text, "first_month": str(month), "last_month": None, "end_reason": None}
    if to is MemberStatus.ENDED:
        if month is None:
            raise UserError("Isi bulan terakhir yang ditanggung (TTTT-BB).", field="bulan")
        if end_reason is None:
            reasons = ", ".join(f"{r.value} ({r.label})" for r in EndReason)
            raise UserError(f"Pilih alasan berhenti: {reasons}.", field="alasan")
        if member.first_month is not None:
            Coverage(YearMonth.parse(member.first_month), month)  # refuses a last before the first
        return {"last_month": str(month), "end_reason": end_reason.value}
    return {}
