"""The one code path that moves a Jamsosnaker member to another status, inside the caller's transaction."""

from typing import Any

from sqlmodel import Session

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import Coverage, EndReason, MemberStatus, check_transition
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.jamsos import bpjs_store as jamsos_bpjs_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.membership_tables import JamsosMember
from tangsel_desktop.storage.people import people_store

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
    session: Session,
    member: JamsosMember,
    *,
    actor: Actor,
    to: MemberStatus,
    kpj: str | None = None,
    month: YearMonth | None = None,
    end_reason: EndReason | None = None,
    reason: str = "",
    audit_extra: dict[str, Any] | None = None,
) -> None:
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
    before = member.model_dump()
    if to is MemberStatus.ACTIVE:
        _refuse_a_kpj_of_someone_else(session, member, (kpj or "").strip())
    _apply(member, to, kpj=kpj, month=month, end_reason=end_reason)
    now = utc_now()
    member.status, member.updated_at, member.updated_by = to.value, now, actor.user_id
    jamsos_store.save_member(session, member)
    jamsos_store.add_event(
        session,
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
    after = {**member.model_dump(), "reason": reason.strip(), "override": override, **(audit_extra or {})}
    event = AuditEvent("status", "jamsos_member", member.id, before=before, after=after)
    audit.append(session, [event], user_id=actor.user_id, username=actor.username)


def _refuse_a_kpj_of_someone_else(session: Session, member: JamsosMember, kpj: str) -> None:
    """One KPJ card number belongs to one person (their own earlier membership may carry it)."""
    owner = jamsos_bpjs_store.niks_by_kpj(session, {kpj}).get(kpj) if kpj else None
    person = people_store.person_by_id(session, member.person_id)
    if owner is not None and (person is None or owner != person.nik):
        raise UserError(
            f"Nomor KPJ {kpj} sudah tersimpan untuk NIK {owner}. Periksa lagi nomor KPJ di kartu peserta.",
            field="kpj",
        )


def _apply(
    member: JamsosMember,
    to: MemberStatus,
    *,
    kpj: str | None,
    month: YearMonth | None,
    end_reason: EndReason | None,
) -> None:
    if to is MemberStatus.ACTIVE:
        kpj_text = (kpj or "").strip()
        if not kpj_text:
            raise UserError("Peserta aktif perlu nomor KPJ dari BPJS Ketenagakerjaan.", field="kpj")
        if month is None:
            raise UserError("Isi bulan pertama yang ditanggung (TTTT-BB).", field="bulan")
        member.kpj_number, member.first_month, member.last_month = kpj_text, str(month), None
        member.end_reason = None
    elif to is MemberStatus.ENDED:
        if month is None:
            raise UserError("Isi bulan terakhir yang ditanggung (TTTT-BB).", field="bulan")
        if end_reason is None:
            reasons = ", ".join(f"{r.value} ({r.label})" for r in EndReason)
            raise UserError(f"Pilih alasan berhenti: {reasons}.", field="alasan")
        if member.first_month is not None:
            Coverage(YearMonth.parse(member.first_month), month)  # refuses a last before the first
        member.last_month, member.end_reason = str(month), end_reason.value
