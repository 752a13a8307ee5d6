"""Evidence for sembako eligibility: letters for stunting and TBC with their dates, and the remote RWs.

An operator records letters (they come to the desk with the family); a letter lapses by itself when its
dates end, and the page lists whose letter ends this month so the family can be asked for a new one.
"""

import logging
from collections.abc import Callable
from datetime import date

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_not_found
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.person_rules import parse_rt_rw, tidy_text
from tangsel_desktop.domain.sembako.categories import MAX_DOCUMENT, Category, evidence_terms
from tangsel_desktop.domain.sembako.round_rules import reason_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.sembako.sembako_views import EvidenceView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sembako import evidence_store, proposal_query
from tangsel_desktop.storage.sembako.evidence_store import StoredEvidence

log = logging.getLogger(__name__)
MAX_CHILD_NAME = 150
MAX_NOTE = 200


def _view(row: StoredEvidence) -> EvidenceView:
    return EvidenceView(
        id=row.id,
        person_id=row.person_id,
        nik=row.nik,
        full_name=row.full_name,
        rw=row.rw,
        category=Category(row.category),
        document=row.document,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        child_name=row.child_name,
        child_birth_date=row.child_birth_date,
        revoked=row.revoked_at is not None,
    )


class SembakoEvidence:
    """Letters and remote RWs; one transaction per action, audited."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    def add(
        self,
        *,
        actor: Actor,
        nik: str = "",
        person_id: str = "",
        category: str | Category,
        document: str,
        valid_from: date,
        valid_until: date | None = None,
        child_name: str = "",
        child_birth_date: date | None = None,
    ) -> tuple[EvidenceView, ChangeSummary]:
        """Record a letter (stunting or TBC) for a person; its dates decide the months it counts for."""
        actor.require(Role.OPERATOR, "mencatat surat keterangan sembako")
        chosen = Category.parse(str(category))
        terms = evidence_terms(
            chosen, valid_from=valid_from, valid_until=valid_until, child_birth_date=child_birth_date
        )
        text = tidy_text(document)
        if not text:
            raise UserError(
                "Tulis surat keterangannya: nomor dan asal surat (misalnya: 440/123/Puskesmas Ciputat).",
                field="document",
            )
        if len(text) > MAX_DOCUMENT:
            raise UserError(f"Keterangan surat paling panjang {MAX_DOCUMENT} huruf.", field="document")
        child = tidy_text(child_name)
        if chosen is Category.STUNTING and not child:
            raise UserError("Tulis nama anak yang tercatat stunting (--child-name).", field="child")
        if len(child) > MAX_CHILD_NAME:
            raise UserError(f"Nama anak paling panjang {MAX_CHILD_NAME} huruf.", field="child")
        evidence_id = new_id()
        with self._db.write(actor) as tx:
            person = proposal_query.person_with_family(
                tx, person_id=person_id or None, nik=None if person_id else clean_digits(nik)
            )
            if person is None:
                raise UserError(nik_not_found(nik or person_id), field="nik")
            values = {
                "id": evidence_id,
                "person_id": person.person_id,
                "category": chosen.value,
                "document": text,
                "valid_from": terms.valid_from,
                "valid_until": terms.valid_until,
                "child_name": child if chosen is Category.STUNTING else "",
                "child_birth_date": child_birth_date if chosen is Category.STUNTING else None,
                "created_at": utc_now(),
                "created_by": actor.user_id,
                "revoked_at": None,
                "revoked_by": None,
                "revoke_reason": "",
            }
            evidence_store.insert_evidence(tx, values)
            # Health and children's data are specific personal data (UU PDP): the trail keeps that a letter
            # was recorded and its dates, not the child's name.
            audit = {"category": chosen.value, "from": str(terms.valid_from), "until": str(terms.valid_until)}
            tx.record(AuditEvent("create", "sembako_evidence", evidence_id, after=audit))
            view = _view(_found(evidence_store.evidence(tx, evidence_id)))
        log.info("sembako evidence %s recorded (%s)", evidence_id, chosen.value)
        return view, ChangeSummary.SEMBAKO

    def revoke(self, *, actor: Actor, evidence_id: str, reason: str) -> tuple[EvidenceView, ChangeSummary]:
        """Withdraw a letter recorded by mistake or overtaken (treatment stopped early)."""
        actor.require(Role.OPERATOR, "mencabut surat keterangan sembako")
        cleaned = reason_text(reason, what="mencabut surat")
        with self._db.write(actor) as tx:
            row = evidence_store.evidence(tx, evidence_id)
            if row is None or row.revoked_at is not None:
                raise UserError("Surat itu tidak ada atau sudah dicabut; tidak ada yang diubah.")
            evidence_store.revoke(tx, evidence_id, at=utc_now(), by=actor.user_id, reason=cleaned)
            tx.record(AuditEvent("revoke", "sembako_evidence", evidence_id, after={"reason": cleaned}))
            view = _view(_found(evidence_store.evidence(tx, evidence_id)))
        return view, ChangeSummary.SEMBAKO

    def of_person(self, *, actor: Actor, person_id: str) -> list[EvidenceView]:
        actor.require(Role.OPERATOR, "melihat surat keterangan sembako")
        with self._db.read() as tx:
            return [_view(row) for row in evidence_store.evidence_of(tx, person_id)]

    def of_nik(self, *, actor: Actor, nik: str) -> list[EvidenceView]:
        """Every letter recorded for the person with this NIK, revoked ones included (to find the one to
        withdraw)."""
        actor.require(Role.OPERATOR, "melihat surat keterangan sembako")
        with self._db.read() as tx:
            person = proposal_query.person_with_family(tx, person_id=None, nik=clean_digits(nik))
            if person is None:
                raise UserError(nik_not_found(nik), field="nik")
            return [_view(row) for row in evidence_store.evidence_of(tx, person.person_id)]

    def ending(self, *, actor: Actor, month: YearMonth | None = None) -> list[EvidenceView]:
        """Letters whose last day is in the month (this month by default): who needs a new letter."""
        actor.require(Role.OPERATOR, "melihat surat keterangan sembako")
        chosen = month or YearMonth.of(self._today())
        with self._db.read() as tx:
            rows = evidence_store.ending_between(tx, chosen.first_day(), chosen.last_day())
        return [_view(row) for row in rows]

    # Remote RWs.

    def remote_rws(self) -> dict[str, str]:
        with self._db.read() as tx:
            return evidence_store.remote_rws(tx)

    def set_remote_rw(self, *, actor: Actor, rw: str, note: str = "", remote: bool = True) -> ChangeSummary:
        """Count an RW's residents as living in a remote area (or no longer); supervisors decide."""
        actor.require(Role.SUPERVISOR, "menetapkan RW terpencil")
        number = parse_rt_rw(rw, "RW")
        if not number:
            raise UserError("Tulis nomor RW, misalnya 007.", field="rw")
        text = tidy_text(note)
        if len(text) > MAX_NOTE:
            raise UserError(f"Keterangan RW terpencil paling panjang {MAX_NOTE} huruf.", field="note")
        with self._db.write(actor) as tx:
            if remote:
                evidence_store.put_remote_rw(tx, number, text, at=utc_now(), by=actor.user_id)
            elif not evidence_store.remove_remote_rw(tx, number):
                raise UserError(f"RW {number} tidak tercatat sebagai daerah terpencil.", field="rw")
            tx.record(
                AuditEvent("update", "sembako_remote_rw", number, after={"remote": remote, "note": text})
            )
        return ChangeSummary.SEMBAKO


def _found(row: StoredEvidence | None) -> StoredEvidence:
    assert row is not None  # read back inside the transaction that wrote it
    return row
