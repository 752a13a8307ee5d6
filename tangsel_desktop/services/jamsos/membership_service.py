"""The Jamsosnaker program: enrolling workers, stepping them through BPJS statuses, rates and the recap."""

import logging
from collections.abc import Callable
from datetime import date

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_not_found
from tangsel_desktop.domain.jamsos.membership_rules import (
    EligibilityRules,
    EndReason,
    MemberStatus,
    Rate,
    eligibility_problems,
    rate_in_force,
)
from tangsel_desktop.domain.months import YearMonth, month_range
from tangsel_desktop.domain.rupiah_words import rupiah_in_words
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.jamsos.lifecycle import require_role_for, step_status
from tangsel_desktop.services.jamsos.membership_views import (
    EnrolmentCheck,
    JamsosRecap,
    KelurahanTotal,
    MemberView,
    RecapLine,
)
from tangsel_desktop.services.jamsos.program_settings import JamsosSettings
from tangsel_desktop.services.jamsos.recap_corrections import correction_lines
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import correction_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.membership_store import MemberPerson, StoredMember
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

JAMSOS_CHANGED = ChangeSummary.JAMSOS


def _view(member: StoredMember, person: MemberPerson) -> MemberView:
    return MemberView(
        id=member.id,
        person_id=person.id,
        nik=person.nik,
        full_name=person.full_name,
        occupation=member.occupation,
        work_location=member.work_location,
        declared_income=member.declared_income,
        status=MemberStatus(member.status),
        kpj_number=member.kpj_number,
        first_month=member.first_month,
        last_month=member.last_month,
        end_reason=member.end_reason,
    )


def _premium_or_nothing(rates: list[Rate], month: YearMonth) -> int:
    try:
        return rate_in_force(rates, month).premium()
    except UserError:
        return 0


def stored_rates(tx: Transaction) -> list[Rate]:
    """Every stored rate as the domain's Rate, oldest first."""
    return [
        Rate(YearMonth.parse(row.effective_from), jkk=row.jkk, jkm=row.jkm, jht=row.jht)
        for row in jamsos_store.rates(tx)
    ]


class JamsosService:
    """One transaction per action; every write audited in it."""

    def __init__(
        self,
        database: Database,
        office: OfficeService,
        settings: JamsosSettings,
        today: Callable[[], date] = date.today,
    ):
        self._db = database
        self._office = office
        self._settings = settings
        self._today = today

    # Rates ----------------------------------------------------------------------------------------

    def rates(self) -> list[Rate]:
        with self._db.read() as tx:
            return stored_rates(tx)

    def set_rate(
        self, *, actor: Actor, effective_from: YearMonth, jkk: int, jkm: int, jht: int = 0
    ) -> ChangeSummary:
        """Add a rate from a month on; a month's stored rate never changes: bills were paid on it."""
        actor.require(Role.ADMIN, "mengubah tarif iuran Jamsosnaker")
        rate = Rate(effective_from, jkk=jkk, jkm=jkm, jht=jht)  # checks whole, non-negative rupiah
        with self._db.write(actor) as tx:
            if jamsos_store.rate_exists(tx, str(effective_from)):
                raise UserError(
                    f"Tarif mulai {effective_from.label()} sudah ada dan tidak boleh diubah: tagihan bulan "
                    "itu sudah dihitung dengannya. Tambahkan tarif baru mulai bulan berikutnya.",
                    field="bulan",
                )
            saved = jamsos_store.last_saved_recap_month(tx)
            if saved is not None and str(effective_from) <= saved:
                # A signed recap is the bill sent out: a rate reaching back would change it after the fact.
                after_saved = YearMonth.parse(saved).plus(1)
                raise UserError(
                    f"Rekap iuran {YearMonth.parse(saved).label()} sudah disimpan dan ditandatangani dengan "
                    f"tarif yang berlaku saat itu. Tarif baru berlaku mulai {after_saved.label()} atau "
                    "sesudahnya.",
                    field="bulan",
                )
            jamsos_store.insert_rate(
                tx, effective_from=str(effective_from), jkk=jkk, jkm=jkm, jht=jht, by=actor.user_id
            )
            after = {"effective_from": str(effective_from), "jkk": jkk, "jkm": jkm, "jht": jht}
            tx.record(AuditEvent("create", "jamsos_rate", str(effective_from), after=after))
        log.info("jamsos rate from %s: %s", effective_from, rate.premium())
        return JAMSOS_CHANGED

    # Members --------------------------------------------------------------------------------------

    @staticmethod
    def _person(tx: Transaction, *, person_id: str | None, nik: str | None) -> MemberPerson:
        person: MemberPerson | None = None
        if person_id:
            person = jamsos_store.person(tx, person_id=person_id)
        elif nik:
            person = jamsos_store.person(tx, nik=clean_digits(nik))
        if person is None:
            raise UserError(nik_not_found(nik or person_id or ""), field="nik")
        return person

    def enrolment_check(self, *, actor: Actor, person_id: str) -> EnrolmentCheck:
        """Every rule the person fails today, read as enroll() will read it when saving."""
        actor.require(Role.OPERATOR, "memeriksa syarat peserta Jamsosnaker")
        rules = self._settings.rules()
        office = self._office.require()
        with self._db.read() as tx:
            person = self._person(tx, person_id=person_id, nik=None)
            problems, running = self._eligibility(tx, person, rules, office.kelurahan_code)
        # A second running membership would be billed twice: refused even by exception.
        may_override = actor.role.rank >= Role.SUPERVISOR.rank and not running
        return EnrolmentCheck(
            problems=tuple(problems),
            running=bool(running),
            may_override=may_override,
            occupation=person.occupation,
        )

    def _eligibility(
        self,
        tx: Transaction,
        person: MemberPerson,
        rules: EligibilityRules,
        office_kelurahan_code: str | None,
    ) -> tuple[list[str], list[StoredMember]]:
        """The rules the person fails today, and their running memberships (the same read for both)."""
        running = [m for m in jamsos_store.members_of_person(tx, person.id) if m.status != MemberStatus.ENDED]
        problems = eligibility_problems(
            rules,
            desil=person.desil,
            birth_date=person.birth_date,
            kelurahan_code=person.kelurahan_code,
            office_kelurahan_code=office_kelurahan_code,
            already_member=bool(running),
            on=self._today(),
        )
        return problems, running

    def enroll(
        self,
        *,
        actor: Actor,
        occupation: str,
        person_id: str | None = None,
        nik: str | None = None,
        work_location: str = "",
        declared_income: int = 1_000_000,
        override_reason: str = "",
    ) -> tuple[MemberView, ChangeSummary]:
        """Propose a resident as a member; a failed rule refuses unless a supervisor gives a reason."""
        actor.require(Role.OPERATOR, "mendaftarkan peserta Jamsosnaker")
        occupation = " ".join(occupation.split())
        if not occupation:
            raise UserError(
                "Tulis pekerjaan peserta (misalnya: pemulung, ojek pangkalan).", field="pekerjaan"
            )
        if isinstance(declared_income, bool) or not isinstance(declared_income, int) or declared_income <= 0:
            raise UserError("Penghasilan harus rupiah bulat lebih dari nol.", field="penghasilan")
        rules = self._settings.rules()
        office = self._office.require()
        with self._db.write(actor) as tx:
            person = self._person(tx, person_id=person_id, nik=nik)
            problems, running = self._eligibility(tx, person, rules, office.kelurahan_code)
            if running and override_reason.strip():
                # One person, one running membership: a second would be billed twice each month.
                raise UserError(
                    f"{person.full_name}: Sudah terdaftar sebagai peserta Jamsosnaker (status "
                    f"'{MemberStatus(running[0].status).label}'). Kepesertaan kedua tidak bisa didaftarkan, "
                    "juga dengan alasan pengecualian: hentikan dulu kepesertaan yang berjalan."
                )
            overridden = bool(problems)
            if problems:
                if not override_reason.strip():
                    raise UserError(
                        f"{person.full_name} belum memenuhi syarat Jamsosnaker: " + " ".join(problems)
                    )
                actor.require(Role.SUPERVISOR, "mendaftarkan peserta yang tidak memenuhi syarat")
            now = utc_now()
            member = jamsos_store.insert_member(
                tx,
                {
                    "person_id": person.id,
                    "occupation": occupation,
                    "work_location": work_location.strip(),
                    "declared_income": declared_income,
                    "status": MemberStatus.PROPOSED.value,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": actor.user_id,
                },
            )
            reason = override_reason.strip() if overridden else ""
            jamsos_store.add_event(
                tx,
                {
                    "member_id": member.id,
                    "from_status": None,
                    "to_status": MemberStatus.PROPOSED.value,
                    "reason": reason,
                    "override": overridden,
                    "by_user": actor.user_id,
                    "at": now,
                },
            )
            after = {**member.values(), "override_reason": reason, "problems": problems}
            tx.record(AuditEvent("enroll", "jamsos_member", member.id, after=after))
            view = _view(member, person)
        log.info("jamsos member enrolled %s%s", member.id, " (override)" if overridden else "")
        return view, JAMSOS_CHANGED

    def _member_of(self, tx: Transaction, *, member_id: str | None, nik: str | None) -> StoredMember:
        if member_id:
            found = jamsos_store.member(tx, member_id)
            if found is None:
                raise UserError("Peserta Jamsosnaker tidak ditemukan.")
            return found
        person = self._person(tx, person_id=None, nik=nik)
        memberships = jamsos_store.members_of_person(tx, person.id)
        if not memberships:
            raise UserError(f"{person.full_name} (NIK {person.nik}) belum terdaftar di Jamsosnaker.")
        return memberships[0]  # the newest: an earlier membership has ended

    def member(self, *, actor: Actor, member_id: str | None = None, nik: str | None = None) -> MemberView:
        """One membership by id, or a person's newest by NIK."""
        actor.require(Role.OPERATOR, "melihat peserta Jamsosnaker")
        with self._db.read() as tx:
            found = self._member_of(tx, member_id=member_id, nik=nik)
            return _view(found, self._person(tx, person_id=found.person_id, nik=None))

    def set_status(
        self,
        *,
        actor: Actor,
        to: MemberStatus,
        member_id: str | None = None,
        nik: str | None = None,
        kpj: str | None = None,
        month: YearMonth | None = None,
        end_reason: EndReason | None = None,
        reason: str = "",
    ) -> tuple[MemberView, ChangeSummary]:
        """Move a member one status on; a skip or a step back needs a supervisor's reason."""
        require_role_for(actor, to)
        if to is MemberStatus.ENDED and end_reason is EndReason.DIED:
            # A death also opens the JKM claim and needs the date of death: one action does both.
            raise UserError(
                "Kematian peserta dicatat lewat 'Catat kematian' (perintah: jamsos death), yang sekaligus "
                "mengakhiri kepesertaan dan membuka klaim JKM untuk ahli waris.",
                field="alasan",
            )
        with self._db.write(actor) as tx:
            member = self._member_of(tx, member_id=member_id, nik=nik)
            member = step_status(
                tx,
                member,
                actor=actor,
                to=to,
                kpj=kpj,
                month=month,
                end_reason=end_reason,
                reason=reason,
            )
            view = _view(member, self._person(tx, person_id=member.person_id, nik=None))
        return view, JAMSOS_CHANGED

    # Recap ----------------------------------------------------------------------------------------

    def recap(self, *, actor: Actor, month: YearMonth) -> JamsosRecap:
        """The month's members and premium by kelurahan, the year so far, and a year's projection.

        A signed month reads as it was signed: later corrections of it are taken back out here and
        listed instead on the recap they were reported in ("Koreksi bulan lalu").
        """
        actor.require(Role.OPERATOR, "melihat rekap Jamsosnaker")
        with self._db.read() as tx:
            rates = stored_rates(tx)
            rate = rate_in_force(rates, month)
            months = month_range(YearMonth(month.year, 1), month)
            # The recap's SQL always billed JKK + JKM + JHT, and a month before any rate as nothing.
            premiums = [_premium_or_nothing(rates, earlier) for earlier in months]
            found = jamsos_store.recap_with_year(tx, [str(m) for m in months], premiums)
            # Each statement is a round trip to the central office's server: the usual month, which no
            # correction touches, asks one question about corrections, not three.
            taken_back, later, reported = [], 0, []
            if correction_store.any_for_recap(tx, first=str(months[0]), last=str(month)):
                taken_back = correction_store.totals_of_month(tx, str(month))
                later = correction_store.amount_after(tx, first=str(months[0]), last=str(month))
                reported = correction_store.reported_in(tx, str(month))
        premium = rate.premium()
        by_line: dict[tuple[str, str, str], list[int]] = {
            (row.kelurahan_code, row.rw, row.occupation): [row.members, row.amount] for row in found.rows
        }
        for taken in taken_back:
            line = by_line.setdefault((taken.kelurahan_code, taken.rw, taken.occupation), [0, 0])
            line[0] -= taken.members
            line[1] -= taken.amount
        names: dict[str, str] = {}
        lines: list[RecapLine] = []
        totals: dict[str, list[int]] = {}
        for (code, rw, occupation), (count, money) in sorted(by_line.items()):
            if not count and not money:
                continue
            name = names.get(code)
            if name is None:  # once per kelurahan, not once per line
                name = names[code] = kelurahan_name(code)
            lines.append(RecapLine(name, rw, occupation, count, money))
            total = totals.setdefault(code, [0, 0])
            total[0] += count
            total[1] += money
        members = sum(count for count, _ in totals.values())
        amount = sum(money for _, money in totals.values())
        corrections = correction_lines(reported, names)
        correction_amount = sum(line.amount for line in corrections)
        return JamsosRecap(
            month=str(month),
            members=members,
            amount=amount,
            amount_words=rupiah_in_words(amount),
            by_kelurahan=tuple(
                KelurahanTotal(names[code], count, money, code) for code, (count, money) in totals.items()
            ),
            lines=tuple(lines),
            year_to_date=found.year_to_date - later,
            projection=members * premium * 12,
            jkk=rate.jkk,
            jkm=rate.jkm,
            jht=rate.jht,
            premium=premium,
            rate_from=str(rate.effective_from),
            corrections=corrections,
            correction_amount=correction_amount,
        )
