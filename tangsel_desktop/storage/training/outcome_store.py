"""A participant's outcomes as stored: the BNSP result, the city's certificate link."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update

from tangsel_desktop.storage.training.participant_store import PARTICIPANT
from tangsel_desktop.storage.training.training_store import BATCH
from tangsel_desktop.storage.training.training_tables import TrainingCertificate, TrainingResult
from tangsel_desktop.storage.transaction import Transaction

RESULT = TrainingResult.__table__  # type: ignore[attr-defined]
CERTIFICATE = TrainingCertificate.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredResult:
    id: str
    participant_id: str
    result: str
    lsp_number: str
    certified_on: date
    valid_until: date


@dataclass(frozen=True)
class Expiring:
    """A competency certificate that ends soon: whose, which batch, when."""

    nik: str
    full_name: str
    batch_name: str
    lsp_number: str
    valid_until: date


_RESULT_COLUMNS = tuple(RESULT.c[name] for name in StoredResult.__dataclass_fields__)


def result_of(tx: Transaction, participant_id: str) -> StoredResult | None:
    row = tx.session.execute(
        select(*_RESULT_COLUMNS).where(RESULT.c.participant_id == participant_id)
    ).first()
    return None if row is None else StoredResult(*row)


def results(tx: Transaction, batch_id: str) -> dict[str, StoredResult]:
    query = (
        select(*_RESULT_COLUMNS)
        .join_from(RESULT, PARTICIPANT, PARTICIPANT.c.id == RESULT.c.participant_id)
        .where(PARTICIPANT.c.batch_id == batch_id)
    )
    return {row.participant_id: StoredResult(*row) for row in tx.session.execute(query)}


def insert_result(tx: Transaction, values: dict[str, Any]) -> None:
    tx.session.execute(insert(TrainingResult), [values])


def update_result(tx: Transaction, result_id: str, values: dict[str, Any]) -> None:
    tx.session.execute(update(TrainingResult).where(RESULT.c.id == result_id).values(**values))


def expiring(tx: Transaction, start: date, end: date) -> list[Expiring]:
    """Competent results whose validity ends between start and end, soonest first."""
    query = (
        select(
            PARTICIPANT.c.nik,
            PARTICIPANT.c.full_name,
            BATCH.c.name,
            RESULT.c.lsp_number,
            RESULT.c.valid_until,
        )
        .join_from(RESULT, PARTICIPANT, PARTICIPANT.c.id == RESULT.c.participant_id)
        .join(BATCH, BATCH.c.id == PARTICIPANT.c.batch_id)
        .where(RESULT.c.result == "kompeten", RESULT.c.valid_until >= start, RESULT.c.valid_until <= end)
        .order_by(RESULT.c.valid_until, PARTICIPANT.c.full_name)
    )
    return [Expiring(*row) for row in tx.session.execute(query)]


def certificate_links(tx: Transaction, batch_id: str) -> dict[str, int]:
    """The register row of each participant's certificate in a batch, by participant."""
    query = (
        select(CERTIFICATE.c.participant_id, CERTIFICATE.c.document_id)
        .join_from(CERTIFICATE, PARTICIPANT, PARTICIPANT.c.id == CERTIFICATE.c.participant_id)
        .where(PARTICIPANT.c.batch_id == batch_id)
    )
    return {row[0]: int(row[1]) for row in tx.session.execute(query)}


def link_certificate(tx: Transaction, values: dict[str, Any]) -> None:
    """A participant's certificate is this register row (replacing a link to a number that went void)."""
    tx.session.execute(
        delete(TrainingCertificate).where(CERTIFICATE.c.participant_id == values["participant_id"])
    )
    tx.session.execute(insert(TrainingCertificate), [values])
