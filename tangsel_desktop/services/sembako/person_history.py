"""What a person's family received from sembako rounds: the person page's section."""

from dataclasses import dataclass

from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.sembako.round_rules import RoundStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.round_lookup import handover_view, recipient_view
from tangsel_desktop.services.sembako.sembako_views import HandoverView, RecipientView
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sembako import handover_store, proposal_query, round_store


@dataclass(frozen=True)
class RoundOfPerson:
    """One round that lists the person or their family, and what became of it."""

    round_id: str
    round_name: str
    month: str
    status: RoundStatus
    line: RecipientView
    handovers: tuple[HandoverView, ...]  # voided ones too, oldest first

    @property
    def collected(self) -> HandoverView | None:
        return next((h for h in self.handovers if h.voided_at is None), None)


class SembakoPersonHistory:
    def __init__(self, database: Database) -> None:
        self._db = database

    def of_person(self, *, actor: Actor, person_id: str) -> list[RoundOfPerson]:
        actor.require(Role.OPERATOR, "melihat riwayat sembako")
        with self._db.read() as tx:
            person = proposal_query.person_with_family(tx, person_id=person_id)
            household = None if person is None else person.household_id
            found = []
            for row, line in round_store.recipients_of_person(tx, person_id, household):
                handovers = handover_store.handovers_of_unit(tx, row.id, line.unit_key)
                found.append(
                    RoundOfPerson(
                        round_id=row.id,
                        round_name=row.name,
                        month=row.month,
                        status=RoundStatus(row.status),
                        line=recipient_view(line),
                        handovers=tuple(handover_view(h) for h in handovers),
                    )
                )
        return found
