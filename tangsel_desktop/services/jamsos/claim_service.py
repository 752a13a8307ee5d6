"""A Jamsosnaker member's death: end the membership, open the JKM claim, note progress, print the list."""

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from tangsel_desktop.documents.claim_checklists import ChecklistData, render_claim_checklist
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_not_found
from tangsel_desktop.domain.jamsos.claim_rules import (
    HEIRS_ORDER,
    ClaimStage,
    claim_benefits,
    documents_needed,
)
from tangsel_desktop.domain.jamsos.membership_rules import EndReason, MemberStatus
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.documents import document_settings
from tangsel_desktop.services.jamsos.claim_views import ClaimNoteView, ClaimView
from tangsel_desktop.services.jamsos.lifecycle import require_role_for, step_status
from tangsel_desktop.services.jamsos.membership_service import JamsosService
from tangsel_desktop.services.jamsos.program_settings import JamsosSettings
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.output_paths import PDF, check_output_path
from tangsel_desktop.services.published_files import exports, publish_written
from tangsel_desktop.services.tabular_files import temporary_beside
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import claim_store as jamsos_claim_store
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.membership_store import StoredMember
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

CLAIMS_CHANGED = ChangeSummary.JAMSOS | ChangeSummary.JAMSOS_CLAIM
MAX_NOTE = 1000
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")
_NOT_COVERED = (MemberStatus.PROPOSED, MemberStatus.VERIFIED, MemberStatus.SUBMITTED)


def _text(value: str, limit: int, what: str) -> str:
    cleaned = " ".join(value.split())
    if len(cleaned) > limit:
        raise UserError(f"{what} terlalu panjang (paling banyak {limit} huruf).", field=what.lower())
    return cleaned


def _member(tx: Transaction, *, member_id: str | None, nik: str | None) -> StoredMember:
    """The membership by id, or a person's newest membership by NIK."""
    if member_id:
        found = jamsos_store.member(tx, member_id)
        if found is None:
            raise UserError("Peserta Jamsosnaker tidak ditemukan.")
        return found
    digits = clean_digits(nik or "")
    person = jamsos_store.person(tx, nik=digits) if digits else None
    if person is None:
        raise UserError(nik_not_found(nik or ""), field="nik")
    memberships = jamsos_store.members_of_person(tx, person.id)
    if not memberships:
        raise UserError(f"{person.full_name} (NIK {person.nik}) belum terdaftar di Jamsosnaker.")
    return memberships[0]


def _refuse_uncovered(member: StoredMember, died_on: date, name: str) -> YearMonth:
    """The first covered month, after refusing a member whose death the program does not cover."""
    status = MemberStatus(member.status)
    if status in _NOT_COVERED or member.first_month is None:
        raise UserError(
            f"{name} berstatus '{status.label}': kepesertaannya belum aktif, jadi belum ditanggung BPJS dan "
            "tidak ada klaim JKM. Supervisor menghentikan pengusulannya (status berhenti, alasan "
            "'tidak lagi memenuhi syarat', dengan alasan pengecualian)."
        )
    if status is MemberStatus.ENDED:
        if member.end_reason == EndReason.DIED.value:
            raise UserError(f"Kematian {name} sudah dicatat. Lihat klaimnya atau tambahkan catatan kemajuan.")
        reason = EndReason(member.end_reason).label if member.end_reason else "-"
        last = YearMonth.parse(member.last_month).label() if member.last_month else "-"
        raise UserError(
            f"Kepesertaan {name} sudah berhenti (bulan terakhir {last}, alasan {reason}). Bila alasan itu "
            "keliru dan ia meninggal saat masih ditanggung, supervisor mengaktifkan kembali kepesertaan "
            "dengan alasan pengecualian, lalu mencatat kematiannya."
        )
    first = YearMonth.parse(member.first_month)
    if YearMonth.of(died_on) < first:
        raise UserError(
            f"Tanggal meninggal sebelum bulan pertama yang ditanggung ({first.label()}): kematian itu tidak "
            "ditanggung program. Periksa tanggalnya.",
            field="tanggal",
        )
    return first


class JamsosClaims:
    """Death claims: one transaction per action, every write audited in it."""

    def __init__(
        self,
        database: Database,
        office: OfficeService,
        jamsos: JamsosService,
        settings: JamsosSettings,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = database
        self._office = office
        self._jamsos = jamsos
        self._settings = settings
        self._today = today
        self._now = now

    def record_death(
        self,
        *,
        actor: Actor,
        died_on: date,
        member_id: str | None = None,
        nik: str | None = None,
        last_month: YearMonth | None = None,
        work_accident: bool = False,
        heir_name: str = "",
        heir_relation: str = "",
        heir_phone: str = "",
        correction_reason: str = "",
    ) -> tuple[ClaimView, ChangeSummary]:
        """End the membership (reason: died) and open its claim with a first note, in one transaction.

        A death dated before a signed recap's month needs a supervisor's correction_reason (corrections.py).
        """
        require_role_for(actor, MemberStatus.ENDED)
        if died_on > self._today():
            raise UserError(
                "Tanggal meninggal tidak boleh sesudah hari ini. Periksa tanggalnya.", field="tanggal"
            )
        heir = _text(heir_name, 150, "Nama ahli waris")
        relation = _text(heir_relation, 50, "Hubungan ahli waris")
        phone = " ".join(heir_phone.split())
        if phone and not _PHONE.match(phone):
            raise UserError(
                f"Nomor telepon ahli waris '{phone}' tidak dikenali: tulis angkanya, misalnya 081234567890.",
                field="telepon",
            )
        month = last_month or YearMonth.of(died_on)
        with self._db.write(actor) as tx:
            member = _member(tx, member_id=member_id, nik=nik)
            person = jamsos_store.person(tx, person_id=member.person_id)
            name = person.full_name if person is not None else "Peserta"
            _refuse_uncovered(member, died_on, name)
            if month < YearMonth.of(died_on):
                raise UserError(
                    f"Bulan terakhir yang ditanggung ({month.label()}) sebelum bulan meninggal "
                    f"({YearMonth.of(died_on).label()}). Bulan terakhir paling awal adalah bulan meninggal.",
                    field="bulan",
                )
            claim_id = new_id()  # the status step's audit entry names the claim it opens
            member = step_status(
                tx,
                member,
                actor=actor,
                to=MemberStatus.ENDED,
                month=month,
                end_reason=EndReason.DIED,
                reason=correction_reason,
                audit_extra={"died_on": died_on.isoformat(), "claim_id": claim_id},
            )
            claim = jamsos_claim_store.insert_claim(
                tx,
                {
                    "id": claim_id,
                    "member_id": member.id,
                    "died_on": died_on,
                    "work_accident": work_accident,
                    "heir_name": heir,
                    "heir_relation": relation,
                    "heir_phone": phone,
                    "created_at": utc_now(),
                    "created_by": actor.user_id,
                },
            )
            first_note = "Kematian dicatat; daftar berkas klaim JKM disiapkan untuk keluarga."
            jamsos_claim_store.add_note(
                tx,
                {
                    "claim_id": claim.id,
                    "at": claim.created_at,
                    "by_user": actor.user_id,
                    "stage": ClaimStage.CHECKLIST_GIVEN.value,
                    "note": first_note,
                },
            )
            after = {**claim.values(), "first_note": first_note}
            tx.record(AuditEvent("create", "jamsos_claim", claim.id, after=after))
            member_id = member.id
        log.info("jamsos death recorded for member %s, claim %s", member_id, claim.id)
        view = self.claim(actor=actor, member_id=member_id)
        assert view is not None
        return view, CLAIMS_CHANGED

    def claim(
        self, *, actor: Actor, member_id: str | None = None, nik: str | None = None
    ) -> ClaimView | None:
        """The member's claim, or None while no death is recorded."""
        actor.require(Role.OPERATOR, "melihat klaim JKM Jamsosnaker")
        with self._db.read() as tx:
            member = _member(tx, member_id=member_id, nik=nik)
            found = jamsos_claim_store.claim_of_member(tx, member.id)
            if found is None:
                return None
            notes = tuple(
                ClaimNoteView(
                    at=note.at, by=note.username or "", stage=ClaimStage(note.stage), note=note.note
                )
                for note in jamsos_claim_store.notes_with_users(tx, found.id)
            )
            claim_id, died_on, accident = found.id, found.died_on, found.work_accident
            heir = (found.heir_name, found.heir_relation, found.heir_phone)
        view = self._jamsos.member(actor=actor, member_id=member.id)
        # A death is recorded only on a covered member, and it ends the membership.
        assert view.first_month is not None
        assert view.last_month is not None
        benefits = claim_benefits(
            first_month=YearMonth.parse(view.first_month),
            last_month=YearMonth.parse(view.last_month),
            work_accident=accident,
            declared_income=view.declared_income,
        )
        return ClaimView(
            id=claim_id,
            member=view,
            died_on=died_on,
            work_accident=accident,
            heir_name=heir[0],
            heir_relation=heir[1],
            heir_phone=heir[2],
            benefits=benefits,
            notes=notes,
        )

    def _require_claim(self, *, actor: Actor, member_id: str | None, nik: str | None) -> ClaimView:
        found = self.claim(actor=actor, member_id=member_id, nik=nik)
        if found is None:
            raise UserError(
                "Belum ada kematian yang dicatat untuk peserta ini. Catat kematiannya dulu (Catat kematian)."
            )
        return found

    def add_note(
        self,
        *,
        actor: Actor,
        stage: ClaimStage,
        note: str = "",
        member_id: str | None = None,
        nik: str | None = None,
    ) -> tuple[ClaimView, ChangeSummary]:
        """Note how far the claim has come; notes are added, never changed."""
        actor.require(Role.OPERATOR, "mencatat kemajuan klaim Jamsosnaker")
        text = note.strip()
        if len(text) > MAX_NOTE:
            raise UserError(f"Catatan terlalu panjang (paling banyak {MAX_NOTE} huruf).", field="catatan")
        if stage in (ClaimStage.PAID, ClaimStage.REFUSED) and not text:
            what = "tanggal dan jumlah yang dibayar" if stage is ClaimStage.PAID else "alasan penolakan BPJS"
            raise UserError(f"Tulis {what} di catatan.", field="catatan")
        current = self._require_claim(actor=actor, member_id=member_id, nik=nik)
        with self._db.write(actor) as tx:
            values = {
                "claim_id": current.id,
                "at": utc_now(),
                "by_user": actor.user_id,
                "stage": stage.value,
                "note": text,
            }
            jamsos_claim_store.add_note(tx, values)
            tx.record(
                AuditEvent("note", "jamsos_claim", current.id, after={"stage": stage.value, "note": text})
            )
        view = self.claim(actor=actor, member_id=current.member.id)
        assert view is not None
        return view, CLAIMS_CHANGED

    def check_checklist_target(self, target: Path) -> Path:
        """The checklist's resolved target, or UserError: asked before a death is recorded with one."""
        return check_output_path(target, PDF, store_file=self._db.file, what="Daftar berkas klaim")

    @exports("Daftar periksa klaim Jamsosnaker")
    def checklist(
        self, *, actor: Actor, target: Path, member_id: str | None = None, nik: str | None = None
    ) -> Path:
        """Write the family's JKM claim checklist to target (PDF); the printing is audited."""
        actor.require(Role.OPERATOR, "mencetak daftar berkas klaim Jamsosnaker")
        target = self.check_checklist_target(target)
        claim = self._require_claim(actor=actor, member_id=member_id, nik=nik)
        office = self._office.require()
        where = self._settings.where_to_go()
        with self._db.read() as tx:
            issuer = document_settings.issuer(tx, office)
        data = ChecklistData(
            member_name=claim.member.full_name,
            nik=claim.member.nik,
            kpj_number=claim.member.kpj_number or "",
            occupation=claim.member.occupation,
            first_month=YearMonth.parse(claim.member.first_month or ""),
            last_month=YearMonth.parse(claim.member.last_month or ""),
            died_on=claim.died_on,
            declared_income=claim.member.declared_income,
            benefits=claim.benefits,
            heirs_order=HEIRS_ORDER,
            documents=documents_needed(claim.benefits),
            where_to_go=where,
            heir_name=claim.heir_name,
            heir_relation=claim.heir_relation,
            heir_phone=claim.heir_phone,
            notes=tuple((note.at, note.stage_label, note.note) for note in claim.notes),
            printed_by=actor.full_name or actor.username,
            printed_at=self._now(),
        )
        event = AuditEvent("print", "jamsos_claim", claim.id, after={"document": "checklist"})
        # The checklist carries the heir's details: it appears only together with its audit entry.
        with temporary_beside(target) as temporary:
            render_claim_checklist(temporary, data, issuer)
            publish_written(self._db, actor, temporary, target, lambda tx: tx.record(event))
        log.info("jamsos claim checklist written for claim %s", claim.id)
        return target
