"""The people a round's list is proposed from: one selection over the registry, with each one's family.

A person is a candidate when a category of the round could take them: a disability recorded in the
registry, a home in a remote RW, or a letter (stunting, TBC) not revoked. Whether the letter holds in the
round's month, and whether they live in this kelurahan, the service decides and says why when not.
"""

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from tangsel_desktop.storage.transaction import Transaction


class Candidate(NamedTuple):
    """A person who might receive, their family's No. KK, and who represents the family: the member the KK
    names Kepala Keluarga when the registry records one, else the household's head. A named tuple, made
    straight from the selected row: a proposal over a million people makes one per candidate."""

    person_id: str
    nik: str
    full_name: str
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    disability: str
    household_id: str | None
    kk_number: str
    head_id: str | None
    head_nik: str
    head_name: str
    head_address: str
    head_rt: str
    head_rw: str
    remote: int  # 1 when the person lives in a remote RW (SQLite's truth value), else 0
    birth_date: date | None = None


_SELECT = """
SELECT p.id, p.nik, p.full_name, p.address, p.rt, p.rw, p.kelurahan_code, p.disability,
       h.id, COALESCE(h.kk_number, ''),
       hp.id, COALESCE(hp.nik, ''), COALESCE(hp.full_name, ''), COALESCE(hp.address, ''),
       COALESCE(hp.rt, ''), COALESCE(hp.rw, ''),
       p.rw IN (SELECT rw FROM sembako_remote_rw), NULL
FROM person AS p
LEFT JOIN household AS h ON h.id = p.household_id AND h.deleted_at IS NULL
LEFT JOIN person AS hp ON hp.deleted_at IS NULL AND hp.id = COALESCE(
    (SELECT k.id FROM person AS k WHERE k.household_id = h.id AND k.deleted_at IS NULL
     AND k.family_relation = 'kepala_keluarga' ORDER BY k.local_no LIMIT 1),
    h.head_person_id)
WHERE p.deleted_at IS NULL AND ({conditions})
"""


def candidates(tx: Transaction, categories: Sequence[str]) -> list[Candidate]:
    """Everyone some category of the round could take; each person once."""
    conditions = []
    if "disabilitas" in categories:
        conditions.append("p.disability <> 'tidak'")
    if "terpencil" in categories:
        conditions.append("p.rw IN (SELECT rw FROM sembako_remote_rw)")
    letters = [category for category in categories if category in ("stunting", "tbc")]
    if letters:
        listed = ", ".join(f"'{category}'" for category in letters)  # fixed words, never user text
        conditions.append(
            "p.id IN (SELECT person_id FROM sembako_evidence "
            f"WHERE revoked_at IS NULL AND category IN ({listed}))"
        )
    if not conditions:
        return []
    return list(map(Candidate._make, tx.rows(_SELECT.format(conditions=" OR ".join(conditions)))))


def person_with_family(
    tx: Transaction, *, person_id: str | None = None, nik: str | None = None
) -> Candidate | None:
    """One live person with their family, as a candidate: a hand addition, or a person at the desk."""
    if person_id is not None:
        where, value = "p.id = ?", person_id
    elif nik is not None:
        where, value = "p.nik = ?", nik
    else:
        return None
    rows = tx.rows(_SELECT.format(conditions=where), (value,))
    return Candidate._make(rows[0]) if rows else None
