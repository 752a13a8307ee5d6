"""Signed months stay signed: a change that would alter a signed recap becomes a correction for the next one.

A recap a supervisor signed and saved is the bill sent to BPJS and the city. Rates already respect it; so
does every change of a member's covered months (a backdated activation, an ending or a death dated back):
refused, or, by a supervisor with a reason, written as corrections that the next recap lists as
"Koreksi bulan lalu" while the signed month keeps the figures it was signed with.
"""

from dataclasses import dataclass

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.jamsos.membership_rules import Rate, rate_in_force
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.jamsos import correction_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.transaction import Transaction

PAID = frozenset(jamsos_store.PAID_STATUSES)  # the statuses a recap counts


@dataclass(frozen=True)
class Cover:
    """What decides a member's place in a recap: status and first and last covered months."""

    status: str
    first_month: str | None
    last_month: str | None

    def months_through(self, last_signed: YearMonth) -> set[int]:
        """Month indexes this cover counts, up to and including the last signed month."""
        if self.status not in PAID or self.first_month is None:
            return set()
        first = YearMonth.parse(self.first_month)
        end = last_signed if self.last_month is None else min(YearMonth.parse(self.last_month), last_signed)
        return set(range(first.index(), end.index() + 1))


def last_signed(tx: Transaction) -> YearMonth | None:
    """The latest month whose recap was signed and saved; every month up to it is billed and closed."""
    saved = jamsos_store.last_saved_recap_month(tx)
    return None if saved is None else YearMonth.parse(saved)


def span_text(months: list[YearMonth]) -> str:
    """'Januari 2026 – September 2026, November 2026': runs of consecutive months."""
    runs: list[tuple[YearMonth, YearMonth]] = []
    for month in sorted(months):
        if runs and runs[-1][1].plus(1) == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return ", ".join(a.label() if a == b else f"{a.label()} – {b.label()}" for a, b in runs)


def guard_signed_months(
    tx: Transaction,
    *,
    actor: Actor,
    member_id: str,
    before: Cover,
    after: Cover,
    reason: str,
) -> int:
    """Refuse a change of a signed month's members, or record it as corrections; how many member-months.

    Call before writing the change, in its transaction: a refusal leaves nothing written.
    """
    signed = last_signed(tx)
    if signed is None:
        return 0
    was, will = before.months_through(signed), after.months_through(signed)
    changes = sorted([(index, 1) for index in will - was] + [(index, -1) for index in was - will])
    if not changes:
        return 0
    months = [YearMonth.from_index(index) for index, _ in changes]
    following = signed.plus(1)
    if not reason.strip():
        raise UserError(
            f"Perubahan ini mengubah peserta bulan {span_text(months)}, padahal rekap iuran sampai "
            f"{signed.label()} sudah ditandatangani dan disimpan. Rekap yang ditandatangani tidak diubah: "
            "supervisor dapat mencatatnya sebagai koreksi dengan menuliskan alasannya (tombol 'Ubah status "
            "(pengecualian)', kolom alasan koreksi, atau --reason), lalu koreksi itu tercantum pada rekap "
            f"{following.label()} sebagai 'Koreksi bulan lalu'.",
            field="bulan",
        )
    actor.require(Role.SUPERVISOR, "mengoreksi bulan yang rekap iurannya sudah ditandatangani")
    rates = [Rate(YearMonth.parse(r.effective_from), r.jkk, r.jkm, r.jht) for r in jamsos_store.rates(tx)]
    rows = [
        (
            str(YearMonth.from_index(index)),
            change,
            rate_in_force(rates, YearMonth.from_index(index)).premium(),
        )
        for index, change in changes
    ]
    correction_store.add(
        tx,
        member_id=member_id,
        months=rows,
        reported_in=str(following),
        reason=reason.strip(),
        at=utc_now(),
        by=actor.user_id,
    )
    after_values = {
        "added": [month for month, change, _ in rows if change > 0],
        "removed": [month for month, change, _ in rows if change < 0],
        "amount": sum(change * amount for _, change, amount in rows),
        "reported_in": str(following),
        "reason": reason.strip(),
    }
    tx.record(AuditEvent("correction", "jamsos_member", member_id, after=after_values))
    return len(rows)
