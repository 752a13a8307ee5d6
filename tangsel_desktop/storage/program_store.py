"""Who is in a program, as the store selects them: what the card line and Cetak's selection ask of it.

A program's own storage module (storage/<program>/program_people.py) builds a ProgramPeople
for a month; this module and the document store use it without knowing which program it is.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tangsel_desktop.storage.transaction import Transaction

LOOKUP_CHUNK = 900  # SQLite's parameter limit, with room to spare


@dataclass(frozen=True)
class ProgramPeople:
    """The people of one program in one month; opaque outside storage/ (a query of person ids)."""

    ids: Any  # a SELECT of one column: the person ids
    person_id: Any  # that column, so a lookup narrows the same query (one index seek, no subquery)


def members_among(tx: Transaction, people: ProgramPeople, person_ids: Sequence[str]) -> set[str]:
    """Those of the given people who are among the program's people."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(person_ids))
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start : start + LOOKUP_CHUNK]
        query = people.ids.where(people.person_id.in_(chunk))
        found.update(str(row[0]) for row in tx.session.execute(query))
    return found
