"""Trainings as a program of the house: who is in it (the card line, Cetak), the trainings' names on the card,
and Beranda's figures."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from tangsel_desktop.storage.program_store import ProgramPeople
from tangsel_desktop.storage.tables import Person
from tangsel_desktop.storage.training.participant_store import PARTICIPANT
from tangsel_desktop.storage.training.training_store import BATCH, TRAINING
from tangsel_desktop.storage.transaction import Transaction

PERSON = Person.__table__  # type: ignore[attr-defined]
LOOKUP_CHUNK = 500


def people(by: date) -> ProgramPeople:
    """Live people selected on a batch that had started by the day (running or finished)."""
    selected = (
        select(PARTICIPANT.c.person_id)
        .join_from(PARTICIPANT, BATCH, BATCH.c.id == PARTICIPANT.c.batch_id)
        .where(PARTICIPANT.c.status == "selected", BATCH.c.starts_on <= by)
    )
    query = select(PERSON.c.id).where(PERSON.c.deleted_at.is_(None), PERSON.c.id.in_(selected))
    return ProgramPeople(query, PERSON.c.id)


def training_names(tx: Transaction, person_ids: Sequence[str], by: date) -> dict[str, str]:
    """The name of each person's latest training (of a batch started by the day), by person id."""
    found: dict[str, str] = {}
    wanted = list(dict.fromkeys(person_ids))
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        query = (
            select(PARTICIPANT.c.person_id, TRAINING.c.name)
            .join_from(PARTICIPANT, BATCH, BATCH.c.id == PARTICIPANT.c.batch_id)
            .join(TRAINING, TRAINING.c.id == BATCH.c.training_id)
            .where(
                PARTICIPANT.c.person_id.in_(wanted[start : start + LOOKUP_CHUNK]),
                PARTICIPANT.c.status == "selected",
                BATCH.c.starts_on <= by,
            )
            .order_by(BATCH.c.starts_on)
        )
        found.update((str(row[0]), str(row[1])) for row in tx.session.execute(query))  # the latest wins
    return found
