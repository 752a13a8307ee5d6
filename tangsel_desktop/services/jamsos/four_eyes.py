"""Four eyes on social-assistance money: whoever proposed a member does not verify them, and whoever
verified does not submit them. An office setting, on by default; a one-person office turns it off, and
then each step one person takes twice is written to the audit log."""

from collections.abc import Sequence

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.program_settings import four_eyes_on
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.transaction import Transaction

# The step checked, the step before it whose taker may not take this one, and the Indonesian verbs.
CHECKED = {
    MemberStatus.VERIFIED: (MemberStatus.PROPOSED, "mengusulkan", "memverifikasi"),
    MemberStatus.SUBMITTED: (MemberStatus.VERIFIED, "memverifikasi", "mengajukan"),
}


def check_four_eyes(
    tx: Transaction, actor: Actor, to: MemberStatus, members: Sequence[tuple[str, str]]
) -> None:
    """members: (member id, name). Refuse when the actor took the step before for any of them (setting
    on), or audit each such step (setting off). Call before writing: a refusal leaves nothing written."""
    if to not in CHECKED:
        return
    before, did, doing = CHECKED[to]
    takers = jamsos_store.last_step_by(tx, [member_id for member_id, _ in members], before.value)
    own = [(member_id, name) for member_id, name in members if takers.get(member_id) == actor.user_id]
    if not own:
        return
    if four_eyes_on(tx):
        names = ", ".join(name for _, name in own[:3]) + (
            f" dan {len(own) - 3} lainnya" if len(own) > 3 else ""
        )
        raise UserError(
            f"Aturan empat mata: Anda sendiri yang {did} {names}, jadi pengguna lain yang {doing}. "
            "Minta supervisor atau administrator lain melakukannya. Kantor dengan satu petugas saja: "
            "administrator dapat mematikan aturan ini di Pengaturan program (setiap pengecualian dicatat)."
        )
    tx.record(
        *(
            AuditEvent(
                "four_eyes_exception",
                "jamsos_member",
                member_id,
                after={"step": to.value, "also_took": before.value, "user": actor.username},
            )
            for member_id, _ in own
        )
    )
