"""Trainings and their batches: added by a supervisor, looked up by anyone signed in."""

import logging
from collections.abc import Sequence
from datetime import date

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.training.training_rules import (
    Eligibility,
    Session,
    TrainingKind,
    batch_draft,
    training_draft,
)
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.training.training_lookup import (
    batch_view,
    find_batch,
    find_training,
    training_view,
)
from tangsel_desktop.services.training.training_views import BatchView, TrainingView
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.training import training_store

log = logging.getLogger(__name__)
TRAINING_CHANGED = ChangeSummary.TRAINING


class TrainingCourses:
    """Trainings and batches; one transaction per action, each write audited in it."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add_training(
        self,
        *,
        actor: Actor,
        name: str,
        kind: str | TrainingKind,
        total_jp: int,
        min_attendance: int,
        lsp: str = "",
        scheme: str = "",
        eligibility: Eligibility | None = None,
    ) -> tuple[TrainingView, ChangeSummary]:
        """A new training with its rules."""
        actor.require(Role.SUPERVISOR, "menambah pelatihan")
        draft = training_draft(
            name=name,
            kind=kind,
            total_jp=total_jp,
            min_attendance=min_attendance,
            lsp=lsp,
            scheme=scheme,
            eligibility=eligibility,
        )
        rules = draft.eligibility
        values = {
            "id": new_id(),
            "name": draft.name,
            "kind": draft.kind.value,
            "lsp": draft.lsp,
            "scheme": draft.scheme,
            "total_jp": draft.total_jp,
            "min_attendance": draft.min_attendance,
            "max_desil": rules.max_desil,
            "min_age": rules.min_age,
            "max_age": rules.max_age,
            "disabilities": rules.disability_text,
            "created_at": utc_now(),
            "created_by": actor.user_id,
        }
        with self._db.write(actor) as tx:
            training_store.insert_training(tx, values)
            tx.record(AuditEvent("create", "training", str(values["id"]), after=values))
            row = training_store.training_by_id(tx, str(values["id"]))
            assert row is not None
        log.info("training %s added", values["id"])
        return training_view(row), TRAINING_CHANGED

    def trainings(self, *, actor: Actor) -> list[TrainingView]:
        actor.require(Role.OPERATOR, "melihat pelatihan")
        with self._db.read() as tx:
            return [training_view(row) for row in training_store.trainings(tx)]

    def add_batch(
        self,
        *,
        actor: Actor,
        training_id: str,
        starts_on: date,
        ends_on: date,
        quota: int,
        place: str,
        sessions: Sequence[Session] = (),
        organiser: str = "",
        trainers: str = "",
        signatory_name: str = "",
        signatory_position: str = "",
        signatory_nip: str = "",
    ) -> tuple[BatchView, ChangeSummary]:
        """A new batch (angkatan) of a training, with its sessions (or one a day, the JP spread)."""
        actor.require(Role.SUPERVISOR, "menambah angkatan pelatihan")
        with self._db.write(actor) as tx:
            training = find_training(tx, training_id)
            draft = batch_draft(
                starts_on=starts_on,
                ends_on=ends_on,
                quota=quota,
                place=place,
                sessions=sessions,
                total_jp=training.total_jp,
                organiser=organiser,
                trainers=trainers,
                signatory_name=signatory_name,
                signatory_position=signatory_position,
                signatory_nip=signatory_nip,
            )
            number = training_store.next_batch_number(tx, training.id)
            batch_id = new_id()
            values = {
                "id": batch_id,
                "training_id": training.id,
                "number": number,
                "name": f"{training.name} Angkatan {number}"[:200],
                "starts_on": draft.starts_on,
                "ends_on": draft.ends_on,
                "place": draft.place,
                "quota": draft.quota,
                "organiser": draft.organiser,
                "trainers": draft.trainers,
                "signatory_name": draft.signatory_name,
                "signatory_position": draft.signatory_position,
                "signatory_nip": draft.signatory_nip,
                "created_at": utc_now(),
                "created_by": actor.user_id,
            }
            session_rows = [
                {"id": new_id(), "batch_id": batch_id, "day": s.day, "jp": s.jp} for s in draft.sessions
            ]
            training_store.insert_batch(tx, values, session_rows)
            after = {
                **{k: v for k, v in values.items() if k not in ("starts_on", "ends_on")},
                "start": draft.starts_on.isoformat(),
                "end": draft.ends_on.isoformat(),
                "sessions": [f"{s.day.isoformat()}:{s.jp}" for s in draft.sessions],
            }
            tx.record(AuditEvent("create", "training_batch", batch_id, after=after))
            view = batch_view(tx, find_batch(tx, batch_id))
        log.info("training batch %s added", batch_id)
        return view, TRAINING_CHANGED

    def batches(self, *, actor: Actor, training_id: str | None = None) -> list[BatchView]:
        actor.require(Role.OPERATOR, "melihat angkatan pelatihan")
        with self._db.read() as tx:
            wanted = None if training_id is None else find_training(tx, training_id).id
            return [batch_view(tx, row) for row in training_store.batches(tx, training_id=wanted)]

    def batch(self, *, actor: Actor, batch_id: str) -> BatchView:
        actor.require(Role.OPERATOR, "melihat angkatan pelatihan")
        with self._db.read() as tx:
            return batch_view(tx, find_batch(tx, batch_id))
