"""What sembako holds about one person, for their PDP report and their erasure (plain rows)."""

from typing import Any

from tangsel_desktop.storage.transaction import Transaction


def recipient_lines(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(line id, round name, month, round status, line status, categories, name, NIK, KK, address, RT, RW)
    of every round line naming the person, oldest round first."""
    return tx.rows(
        "SELECT r.id, d.name, d.month, d.status, r.status, r.categories, r.full_name, r.nik, r.kk_number, "
        "r.address, r.rt, r.rw FROM sembako_recipient r JOIN sembako_round d ON d.id = r.round_id "
        "WHERE r.person_id = ? ORDER BY d.month, d.created_at",
        (person_id,),
    )


def handovers(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(round name, receipt number, handed at, mark, proxy name, proxy relation, voided at, void reason)."""
    return tx.rows(
        "SELECT d.name, h.receipt_number, h.handed_at, h.mark, h.proxy_name, h.proxy_relation, h.voided_at, "
        "h.void_reason FROM sembako_handover h JOIN sembako_recipient r ON r.id = h.recipient_id "
        "JOIN sembako_round d ON d.id = h.round_id WHERE r.person_id = ? ORDER BY h.handed_at",
        (person_id,),
    )


def evidence(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(category, document, valid from, valid until, child name, child birth date, revoked at)."""
    return tx.rows(
        "SELECT category, document, valid_from, valid_until, child_name, child_birth_date, revoked_at "
        "FROM sembako_evidence WHERE person_id = ? ORDER BY valid_from",
        (person_id,),
    )


def running_rounds(tx: Transaction, person_id: str) -> list[str]:
    """Names of the rounds not closed that list the person."""
    rows = tx.rows(
        "SELECT DISTINCT d.name FROM sembako_recipient r JOIN sembako_round d ON d.id = r.round_id "
        "WHERE r.person_id = ? AND r.status = 'listed' AND d.status != 'closed' ORDER BY d.name",
        (person_id,),
    )
    return [str(row[0]) for row in rows]


def erase_copies(tx: Transaction, person_id: str) -> dict[str, int]:
    """The round lines' copies of the person emptied (the lines stay: the handovers point at them), the
    eligibility evidence (health data) removed."""
    connection = tx.raw()
    lines = connection.execute(
        "UPDATE sembako_recipient SET full_name = '', nik = '', kk_number = '', address = '', rt = '', "
        "categories = '', added_reason = '', removed_reason = '' WHERE person_id = ?",
        (person_id,),
    ).rowcount
    evidence_rows = connection.execute(
        "DELETE FROM sembako_evidence WHERE person_id = ?", (person_id,)
    ).rowcount
    return {"sembako_recipient": int(lines), "sembako_evidence": int(evidence_rows)}
