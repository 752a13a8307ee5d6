"""What Jamsosnaker holds about one person, for their PDP report and their erasure (plain rows)."""

from typing import Any

from tangsel_desktop.storage.transaction import Transaction

RUNNING_STATUSES = ("proposed", "verified", "submitted", "active")
CLOSED_CLAIM_STAGES = ("paid", "refused")


def memberships(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(id, status, kpj, first month, last month, end reason, occupation, work location, income, created,
    deleted) of every membership of the person, the deleted ones too, oldest first."""
    return tx.rows(
        "SELECT id, status, kpj_number, first_month, last_month, end_reason, occupation, work_location, "
        "declared_income, created_at, deleted_at FROM jamsos_member WHERE person_id = ? ORDER BY created_at",
        (person_id,),
    )


def status_events(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(at, from, to, month, kpj, reason, override) of every status step of the person's memberships."""
    return tx.rows(
        "SELECT e.at, e.from_status, e.to_status, e.month, e.kpj_number, e.reason, e.override "
        "FROM jamsos_status_event e JOIN jamsos_member m ON m.id = e.member_id "
        "WHERE m.person_id = ? ORDER BY e.at, e.id",
        (person_id,),
    )


def claims(tx: Transaction, person_id: str) -> list[tuple[Any, ...]]:
    """(id, died on, work accident, heir name, heir relation, heir phone, last stage) of the claims."""
    return tx.rows(
        "SELECT c.id, c.died_on, c.work_accident, c.heir_name, c.heir_relation, c.heir_phone, "
        "(SELECT n.stage FROM jamsos_claim_note n WHERE n.claim_id = c.id ORDER BY n.id DESC LIMIT 1) "
        "FROM jamsos_claim c JOIN jamsos_member m ON m.id = c.member_id WHERE m.person_id = ? "
        "ORDER BY c.created_at",
        (person_id,),
    )


def corrections(tx: Transaction, person_id: str) -> int:
    found = tx.rows(
        "SELECT count(*) FROM jamsos_correction c JOIN jamsos_member m ON m.id = c.member_id "
        "WHERE m.person_id = ?",
        (person_id,),
    )
    return int(found[0][0])


def erase_copies(tx: Transaction, person_id: str) -> int:
    """The membership's own personal details emptied (work place, income); the rows stay for the premiums."""
    cursor = tx.raw().execute(
        "UPDATE jamsos_member SET work_location = '', declared_income = 0 WHERE person_id = ?", (person_id,)
    )
    return int(cursor.rowcount)
