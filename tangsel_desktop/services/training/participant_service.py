"""A batch's participants: proposed from the registry with the rules' reasons, selected up to the quota by a
supervisor (a waiting list beyond it), withdrawn with a reason; nobody sits two batches that overlap."""

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_not_found
from tangsel_desktop.domain.training.participation import ParticipantStatus
from tangsel_desktop.domain.training.training_rules import PersonFacts, eligibility_reasons, reason_text
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.training.training_lookup import (
    eligibility_of,
    find_batch,
    find_participant,
    participant_view,
)
from tangsel_desktop.services.training.training_views import Candidate, ParticipantView, Withdrawal
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.training import participant_store, training_store
from tangsel_desktop.storage.training.participant_store import Registered, StoredParticipant
from tangsel_desktop.storage.training.training_store import StoredBatch, StoredTraining
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)
TRAINING_CHANGED = ChangeSummary.TRAINING
MAX_CANDIDATES = 500
OUTSIDE = "tinggal di luar kelurahan ini"


class TrainingParticipants:
    """Proposal, selection, waiting list and withdrawal; one transaction per action."""

    def __init__(
        self, database: Database, office: OfficeService, today: Callable[[], date] = date.today
    ) -> None:
        self._db = database
        self._office = office
        self._today = today

    def candidates(self, *, actor: Actor, batch_id: str, limit: int = MAX_CANDIDATES) -> list[Candidate]:
        """The registry's residents who meet the training's rules, each with the reasons shown."""
        actor.require(Role.OPERATOR, "melihat usulan peserta pelatihan")
        office = self._office.require()
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            training = _training(tx, batch)
            rules = eligibility_of(training)
            people = participant_store.candidates(
                tx,
                kelurahan_code=office.kelurahan_code,
                disabilities=[kind.value for kind in rules.disabilities],
                max_desil=rules.max_desil,
            )
            on_batch = {p.person_id: p.status for p in participant_store.participants(tx, batch.id)}
        found = []
        for person in people:
            fits, reasons = eligibility_reasons(rules, _facts(person), batch.starts_on)
            if fits:
                status = on_batch.get(person.person_id, "")
                shown = ParticipantStatus(status).label if status else ""
                found.append(
                    Candidate(
                        person.person_id,
                        person.nik,
                        person.full_name,
                        person.rw,
                        True,
                        "; ".join(reasons),
                        shown,
                    )
                )
            if len(found) >= limit:
                break
        return found

    def enroll(
        self, *, actor: Actor, batch_id: str, nik: str = "", person_id: str = ""
    ) -> tuple[ParticipantView, ChangeSummary]:
        """Propose one resident for a batch; refused with the rules' reasons when they do not fit."""
        actor.require(Role.OPERATOR, "mengusulkan peserta pelatihan")
        office = self._office.require()
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            person = participant_store.person(tx, nik=clean_digits(nik), person_id=person_id)
            if person is None:
                raise UserError(nik_not_found(nik or person_id), field="nik")
            training = _training(tx, batch)
            fits, reasons = eligibility_reasons(eligibility_of(training), _facts(person), batch.starts_on)
            if office.kelurahan_code is not None and person.kelurahan_code != office.kelurahan_code:
                fits = False
                reasons.append(OUTSIDE)
            if not fits:
                raise UserError(
                    f"{person.full_name} (NIK {person.nik}) tidak memenuhi syarat '{training.name}': "
                    f"{'; '.join(reasons)}. Tidak ada yang dicatat."
                )
            _refuse_overlap(tx, person.person_id, person.full_name, batch)
            existing = participant_store.participant_of(tx, batch.id, person.person_id)
            now = utc_now()
            text = "; ".join(reasons) or "tanpa syarat"
            if existing is not None and existing.status != ParticipantStatus.WITHDRAWN.value:
                raise UserError(
                    f"{person.full_name} sudah ada di angkatan ini "
                    f"({ParticipantStatus(existing.status).label}); tidak ada yang diubah."
                )
            if existing is not None:
                participant_id = existing.id
                participant_store.set_status(
                    tx,
                    existing.id,
                    {
                        "status": ParticipantStatus.PROPOSED.value,
                        "withdraw_reason": "",
                        "reasons": text,
                        "waiting_since": None,
                        "updated_at": now,
                        "updated_by": actor.user_id,
                    },
                )
            else:
                participant_id = new_id()
                participant_store.insert_participant(
                    tx, _new_row(participant_id, batch, person, text, actor, now)
                )
            tx.record(
                AuditEvent(
                    "enroll",
                    "training_participant",
                    participant_id,
                    after={"batch": batch.id, "nik": person.nik, "reasons": text},
                )
            )
            view = participant_view(_require(participant_store.participant(tx, participant_id)))
        return view, TRAINING_CHANGED

    def select(self, *, actor: Actor, batch_id: str, nik: str) -> tuple[ParticipantView, ChangeSummary]:
        """A supervisor selects a proposed (or waiting) participant, within the quota."""
        actor.require(Role.SUPERVISOR, "memilih peserta pelatihan")
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_participant(tx, batch, nik)
            status = ParticipantStatus(row.status)
            if status is ParticipantStatus.SELECTED:
                raise UserError(f"{row.full_name} sudah terpilih di angkatan ini; tidak ada yang diubah.")
            if status is ParticipantStatus.WITHDRAWN:
                raise UserError(
                    f"{row.full_name} sudah mengundurkan diri ({row.withdraw_reason}). Usulkan lagi dulu "
                    "(training enroll) bila ikut kembali."
                )
            selected = participant_store.count(tx, batch.id, ParticipantStatus.SELECTED.value)
            if selected >= batch.quota:
                raise UserError(
                    f"Kuota angkatan '{batch.name}' sudah penuh ({selected} dari {batch.quota}). Masukkan "
                    f"{row.full_name} ke daftar tunggu (training wait), atau keluarkan peserta lain dulu. "
                    "Tidak ada yang diubah."
                )
            _refuse_overlap(tx, row.person_id, row.full_name, batch)
            now = utc_now()
            participant_store.set_status(
                tx,
                row.id,
                {
                    "status": ParticipantStatus.SELECTED.value,
                    "selected_at": now,
                    "selected_by": actor.user_id,
                    "updated_at": now,
                    "updated_by": actor.user_id,
                },
            )
            tx.record(
                AuditEvent(
                    "select",
                    "training_participant",
                    row.id,
                    before={"status": row.status},
                    after={"status": "selected", "selected": selected + 1, "quota": batch.quota},
                )
            )
            view = participant_view(_require(participant_store.participant(tx, row.id)))
        return view, TRAINING_CHANGED

    def wait(self, *, actor: Actor, batch_id: str, nik: str) -> tuple[ParticipantView, ChangeSummary]:
        """A supervisor puts a proposed participant on the waiting list, behind those already on it."""
        actor.require(Role.SUPERVISOR, "mengatur daftar tunggu pelatihan")
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_participant(tx, batch, nik)
            if row.status != ParticipantStatus.PROPOSED.value:
                raise UserError(
                    f"Hanya peserta yang diusulkan dapat masuk daftar tunggu; {row.full_name} "
                    f"{ParticipantStatus(row.status).label}."
                )
            now = utc_now()
            participant_store.set_status(
                tx,
                row.id,
                {
                    "status": ParticipantStatus.WAITING.value,
                    "waiting_since": now,
                    "updated_at": now,
                    "updated_by": actor.user_id,
                },
            )
            tx.record(AuditEvent("wait", "training_participant", row.id, after={"batch": batch.id}))
            view = participant_view(_require(participant_store.participant(tx, row.id)))
        return view, TRAINING_CHANGED

    def withdraw(
        self, *, actor: Actor, batch_id: str, nik: str, reason: str
    ) -> tuple[Withdrawal, ChangeSummary]:
        """A participant leaves the batch with a reason; a selected one's place goes to whom the supervisor
        selects next (the first on the waiting list is named)."""
        actor.require(Role.OPERATOR, "mencatat peserta mengundurkan diri")
        cleaned = reason_text(reason, what="peserta mengundurkan diri")
        with self._db.write(actor) as tx:
            batch = find_batch(tx, batch_id)
            row = find_participant(tx, batch, nik)
            if row.status == ParticipantStatus.WITHDRAWN.value:
                raise UserError(f"{row.full_name} sudah mengundurkan diri sebelumnya; tidak ada yang diubah.")
            if row.status == ParticipantStatus.SELECTED.value:
                actor.require(Role.SUPERVISOR, "mengeluarkan peserta yang sudah terpilih")
            now = utc_now()
            participant_store.set_status(
                tx,
                row.id,
                {
                    "status": ParticipantStatus.WITHDRAWN.value,
                    "withdraw_reason": cleaned,
                    "updated_at": now,
                    "updated_by": actor.user_id,
                },
            )
            tx.record(
                AuditEvent(
                    "withdraw",
                    "training_participant",
                    row.id,
                    before={"status": row.status},
                    after={"status": "withdrawn", "reason": cleaned},
                )
            )
            view = participant_view(_require(participant_store.participant(tx, row.id)))
            waiting = participant_store.participants(tx, batch.id, statuses=[ParticipantStatus.WAITING.value])
        next_one = participant_view(waiting[0]) if waiting else None
        return Withdrawal(view, next_one), TRAINING_CHANGED

    def participants(
        self, *, actor: Actor, batch_id: str, status: ParticipantStatus | None = None
    ) -> list[ParticipantView]:
        actor.require(Role.OPERATOR, "melihat peserta pelatihan")
        with self._db.read() as tx:
            batch = find_batch(tx, batch_id)
            rows = participant_store.participants(tx, batch.id, statuses=[status.value] if status else [])
        return [participant_view(row) for row in rows]


def _facts(person: Registered) -> PersonFacts:
    return PersonFacts(person.desil, person.birth_date, person.disability)


def _training(tx: Transaction, batch: StoredBatch) -> StoredTraining:
    found = training_store.training_by_id(tx, batch.training_id)
    assert found is not None  # a foreign key
    return found


def _refuse_overlap(tx: Transaction, person_id: str, name: str, batch: StoredBatch) -> None:
    clash = participant_store.overlapping(tx, person_id, batch.starts_on, batch.ends_on, other_than=batch.id)
    if clash:
        other = clash[0]
        raise UserError(
            f"{name} sudah terpilih di '{other.name}' ({other.starts_on:%d-%m-%Y} s.d. "
            f"{other.ends_on:%d-%m-%Y}), yang waktunya bertabrakan dengan angkatan ini "
            f"({batch.starts_on:%d-%m-%Y} s.d. {batch.ends_on:%d-%m-%Y}). Tidak ada yang dicatat."
        )


def _new_row(
    participant_id: str, batch: StoredBatch, person: Registered, reasons: str, actor: Actor, now: object
) -> dict[str, Any]:
    return {
        "id": participant_id,
        "batch_id": batch.id,
        "person_id": person.person_id,
        "full_name": person.full_name,
        "nik": person.nik,
        "kelurahan_code": person.kelurahan_code,
        "rw": person.rw,
        "disability": person.disability,
        "status": ParticipantStatus.PROPOSED.value,
        "reasons": reasons[:500],
        "withdraw_reason": "",
        "created_at": now,
        "created_by": actor.user_id,
        "updated_at": now,
        "updated_by": actor.user_id,
    }


def _require(value: StoredParticipant | StoredTraining | None) -> Any:
    assert value is not None  # read back inside the transaction that wrote it
    return value
