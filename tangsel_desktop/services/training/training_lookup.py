"""Finding a training, a batch or a participant as a clerk names them; rows made into views."""

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits
from tangsel_desktop.domain.training.participation import ParticipantStatus
from tangsel_desktop.domain.training.training_rules import Eligibility, TrainingKind, parse_disabilities
from tangsel_desktop.services.code_lookup import Kind, find_by_code
from tangsel_desktop.services.training.training_views import (
    BatchView,
    ParticipantView,
    SessionView,
    TrainingView,
)
from tangsel_desktop.storage.training import participant_store, training_store
from tangsel_desktop.storage.training.participant_store import StoredParticipant
from tangsel_desktop.storage.training.training_store import StoredBatch, StoredTraining
from tangsel_desktop.storage.transaction import Transaction

TRAINING = Kind("pelatihan", "pelatihan", "training", "training list")
BATCH = Kind("angkatan pelatihan", "angkatan", "batch", "training batch list")


def find_training(tx: Transaction, text: str) -> StoredTraining:
    """The training named by its id, a unique start of it (4 characters or more), or its exact name."""
    return find_by_code(tx, text, TRAINING, training_store.training_by_id, training_store.trainings_named)


def find_batch(tx: Transaction, text: str) -> StoredBatch:
    """The batch named by its id, a unique start of it, or its exact name ("Pelatihan X Angkatan 1")."""
    return find_by_code(tx, text, BATCH, training_store.batch_by_id, training_store.batches_named)


def find_participant(tx: Transaction, batch: StoredBatch, nik: str) -> StoredParticipant:
    """The batch's participant with this NIK (as the registry has it now, or as they were proposed)."""
    digits = clean_digits(nik)
    person = participant_store.person(tx, nik=digits)
    found = None if person is None else participant_store.participant_of(tx, batch.id, person.person_id)
    if found is None:
        found = next((p for p in participant_store.participants(tx, batch.id) if p.nik == digits), None)
    if found is None:
        raise UserError(f"NIK {digits} bukan peserta angkatan '{batch.name}'.", field="nik")
    return found


def find_selected_participant(tx: Transaction, batch: StoredBatch, nik: str, what: str) -> StoredParticipant:
    """The batch's selected participant with this NIK; anyone else is refused: `what` cannot be recorded."""
    row = find_participant(tx, batch, nik)
    if row.status != ParticipantStatus.SELECTED.value:
        raise UserError(
            f"{row.full_name} bukan peserta terpilih angkatan ini ({ParticipantStatus(row.status).label}); "
            f"{what} tidak dapat dicatat."
        )
    return row


def eligibility_of(row: StoredTraining) -> Eligibility:
    return Eligibility(row.max_desil, row.min_age, row.max_age, parse_disabilities(row.disabilities))


def training_view(row: StoredTraining) -> TrainingView:
    return TrainingView(
        row.id,
        row.name,
        TrainingKind(row.kind),
        row.lsp,
        row.scheme,
        row.total_jp,
        row.min_attendance,
        eligibility_of(row).describe(),
    )


def batch_view(tx: Transaction, row: StoredBatch) -> BatchView:
    training = training_store.training_by_id(tx, row.training_id)
    assert training is not None  # a foreign key
    sessions = tuple(SessionView(s.id, s.day, s.jp) for s in training_store.sessions(tx, row.id))
    return BatchView(
        row.id,
        training_view(training),
        row.number,
        row.name,
        row.starts_on,
        row.ends_on,
        row.place,
        row.quota,
        row.organiser,
        row.trainers,
        sessions,
    )


def participant_view(row: StoredParticipant) -> ParticipantView:
    return ParticipantView(
        row.id,
        row.batch_id,
        row.person_id,
        row.nik,
        row.full_name,
        row.kelurahan_code,
        row.rw,
        row.disability,
        ParticipantStatus(row.status),
        row.reasons,
        row.withdraw_reason,
    )
