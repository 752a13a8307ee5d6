"""What trainings hold about one person, for their PDP report and their erasure (plain rows)."""

from datetime import date
from typing import Any

from tangsel_desktop.storage.transaction import Transaction


def participations(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(participant id, training, batch, starts, ends, status, reasons, withdraw reason, disability as
    recorded) of every batch the person was proposed for, oldest first."""
    return tx.rows(
        "SELECT p.id, t.name, b.name, b.starts_on, b.ends_on, p.status, p.reasons, p.withdraw_reason, "
        "p.disability FROM training_participant p JOIN training_batch b ON b.id = p.batch_id "
        "JOIN training t ON t.id = b.training_id WHERE p.person_id = ? ORDER BY b.starts_on",
        (person_id,),
    )


def attendance(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(batch, day, JP, mark, companion name) of every attendance mark, by day."""
    return tx.rows(
        "SELECT b.name, s.day, s.jp, a.mark, a.companion_name FROM training_attendance a "
        "JOIN training_participant p ON p.id = a.participant_id "
        "JOIN training_session s ON s.id = a.session_id "
        "JOIN training_batch b ON b.id = a.batch_id WHERE p.person_id = ? ORDER BY s.day",
        (person_id,),
    )


def outcomes(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(batch, result, LSP number, certificate number, kit items, kit receipt, internship host,
    follow-ups as text) per batch."""
    return tx.rows(
        "SELECT b.name, r.result, r.lsp_number, c.number, k.items, k.receipt_number, i.host, "
        "(SELECT group_concat(f.month || ':' || CAST(f.working AS INTEGER) || ':' "
        "|| CAST(f.own_business AS INTEGER) || ':' || f.income_band, "
        "';') "
        " FROM training_follow_up f WHERE f.participant_id = p.id) "
        "FROM training_participant p JOIN training_batch b ON b.id = p.batch_id "
        "LEFT JOIN training_result r ON r.participant_id = p.id "
        "LEFT JOIN training_certificate c ON c.participant_id = p.id "
        "LEFT JOIN training_kit k ON k.participant_id = p.id "
        "LEFT JOIN training_internship i ON i.participant_id = p.id "
        "WHERE p.person_id = ? ORDER BY b.starts_on",
        (person_id,),
    )


def running_batches(tx: Transaction, person_id: str, today: date) -> list[str]:
    """Names of the batches not finished (ending today or later) the person is still on."""
    rows = tx.rows(
        "SELECT b.name FROM training_participant p JOIN training_batch b ON b.id = p.batch_id "
        "WHERE p.person_id = ? AND p.status != 'withdrawn' AND b.ends_on >= ? ORDER BY b.starts_on",
        (person_id, today.isoformat()),
    )
    return [str(row[0]) for row in rows]


def erase_copies(tx: Transaction, person_id: str) -> int:
    """The participant rows' copies of the person emptied; the rows stay (certificates and kits need them)."""
    cursor = tx.raw().execute(
        "UPDATE training_participant SET full_name = '', nik = '', disability = '', reasons = '', "
        "withdraw_reason = '' WHERE person_id = ?",
        (person_id,),
    )
    return int(cursor.rowcount)
