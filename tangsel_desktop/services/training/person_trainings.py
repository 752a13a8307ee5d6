"""A person's trainings: each batch they were on, and what became of it (the person page's section)."""

from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.training.participation import ParticipantStatus, Result
from tangsel_desktop.domain.training.training_rules import meets_minimum
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.training.training_lookup import batch_view
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.training import (
    aftercare_store,
    batch_outcomes,
    participant_store,
    training_store,
)


@dataclass(frozen=True)
class TrainingOfPerson:
    batch_id: str
    batch_name: str
    training_name: str
    starts_on: date
    ends_on: date
    status: ParticipantStatus
    attended_jp: int
    total_jp: int
    met_minimum: bool
    certificate: str  # its number, or ""
    result: Result | None
    kit_items: tuple[str, ...]
    brand_name: str
    logo: bytes | None  # PNG or JPEG as stored
    internship: bool
    working: bool


class TrainingPersonHistory:
    def __init__(self, database: Database) -> None:
        self._db = database

    def of_person(self, *, actor: Actor, person_id: str) -> list[TrainingOfPerson]:
        """Newest batch first."""
        actor.require(Role.OPERATOR, "melihat riwayat pelatihan")
        found = []
        with self._db.read() as tx:
            for batch_id, _status in participant_store.batches_of_person(tx, person_id):
                batch = training_store.batch_by_id(tx, batch_id)
                row = participant_store.participant_of(tx, batch_id, person_id)
                if batch is None or row is None:
                    continue
                view = batch_view(tx, batch)
                outcome = next(o for o in batch_outcomes.outcomes(tx, batch_id) if o.nik == row.nik)
                kit = aftercare_store.kit(tx, row.id)
                found.append(
                    TrainingOfPerson(
                        batch_id=batch.id,
                        batch_name=batch.name,
                        training_name=view.training.name,
                        starts_on=batch.starts_on,
                        ends_on=batch.ends_on,
                        status=ParticipantStatus(row.status),
                        attended_jp=outcome.attended_jp,
                        total_jp=view.total_jp,
                        met_minimum=meets_minimum(
                            outcome.attended_jp, view.total_jp, view.training.min_attendance
                        ),
                        certificate=outcome.certificate,
                        result=Result(outcome.result) if outcome.result else None,
                        kit_items=tuple(kit.items.splitlines()) if kit else (),
                        brand_name=kit.brand_name if kit else "",
                        logo=kit.logo if kit else None,
                        internship=outcome.internship,
                        working=outcome.working,
                    )
                )
        return sorted(found, key=lambda t: (t.starts_on, t.batch_id), reverse=True)
