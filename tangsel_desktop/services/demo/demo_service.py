"""A demo office filled with synthetic residents, for trying the application and for benchmarks."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tangsel_desktop.domain.enums import OfficeKind, Role
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.auth_service import AuthService
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.demo.demo_data import DemoFamily, DemoGenerator
from tangsel_desktop.services.documents import document_settings
from tangsel_desktop.services.jamsos.demo_members import DemoJamsos, DemoMembers
from tangsel_desktop.services.office_service import OfficeService, OfficeView
from tangsel_desktop.storage import demo_store
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, timestamp_text, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_bulk
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

DEMO_OFFICE_CODE = "36.74.04.1004"  # Kelurahan Sawah, Kecamatan Ciputat
DEMO_PASSWORD = "demo-tangsel"  # noqa: S105 - the public password of the synthetic demo office
DEMO_USERS = (("admin", Role.ADMIN), ("supervisor", Role.SUPERVISOR), ("operator", Role.OPERATOR))
DEMO_FULL_NAMES = {
    "admin": "Admin Demo",
    "supervisor": "Sri Supervisor",
    "operator": "Budi Operator",
}
# Birth dates (and so the NIKs, which carry them) count back from this day, not from the day the demo
# is made: one seed gives the same residents with the same NIKs on every laptop and every day, so the
# README and the guide can name a demo resident by NIK. Ages still grow with the calendar.
DEMO_BIRTHS_AS_OF = date(2026, 1, 1)
# About 700 people a batch: the 5,000-person demo shows its progress and can be cancelled between
# batches, while a million-person fill still writes in large executemany calls.
BATCH_FAMILIES = 200
LOADED_TABLES = ("household", "household_kk_history", "person", "jamsos_member", "jamsos_status_event")


@dataclass(frozen=True)
class DemoResult:
    people: int
    households: int
    cancelled: bool
    jamsos_members: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "people": self.people,
            "households": self.households,
            "jamsos_members": self.jamsos_members,
            "cancelled": self.cancelled,
        }


DEMO_HEAD_NAME = "Hj. Siti Rahmawati, S.Sos. (contoh)"


def demo_contact(office: OfficeView) -> str:
    """A contact line that says it is an example: a demo card must not send anyone to a real number."""
    return f"Kantor {office.name} · telp. (021) 000-0000 (contoh)"


class DemoService:
    """Fills the office with synthetic families: its own kelurahan, or the whole city for Dinsos."""

    def __init__(self, database: Database, office: OfficeService) -> None:
        self._db = database
        self._office = office

    def fill(
        self,
        *,
        actor: Actor,
        people: int,
        seed: int = 2025,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[DemoResult, ChangeSummary]:
        """One transaction for the whole fill: cancelled or failed, nothing stays."""
        actor.require(Role.ADMIN, "mengisi data contoh")
        office = self._office.require()
        places = (
            list(wilayah().kelurahan) if office.kind is OfficeKind.DINSOS else [wilayah().get(office.code)]
        )
        generator = DemoGenerator(places, seed=seed, today=DEMO_BIRTHS_AS_OF)
        try:
            return self._fill(actor, office, generator, people, seed, progress, cancelled)
        except _Cancelled:
            log.info("demo fill cancelled; nothing kept")
            return DemoResult(0, 0, cancelled=True), ChangeSummary.NOTHING

    def _fill(
        self,
        actor: Actor,
        office: OfficeView,
        generator: DemoGenerator,
        people: int,
        seed: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[DemoResult, ChangeSummary]:
        written_people = written_households = 0
        with self._db.write(actor) as tx:
            # A fresh demo office prints at once: official papers refuse an empty contact line or head.
            document_settings.fill_empty_details(
                tx, office, contact=demo_contact(office), head_name=DEMO_HEAD_NAME, by=actor.user_id
            )
            existing = people_bulk.live_niks_and_kks(tx)
            generator.exclude(*existing)
            jamsos = DemoJamsos(
                seed=seed,
                today=date.today(),
                occupations=demo_store.jamsos_occupations(tx),
                used_kpj=demo_store.live_kpj_numbers(tx),
                user_id=actor.user_id,
            )
            batch: list[DemoFamily] = []
            for family in generator.families(people):
                batch.append(family)
                if len(batch) >= BATCH_FAMILIES:
                    written_people += self._write(tx, batch, actor, jamsos)
                    written_households += len(batch)
                    batch = []
                    if progress:
                        progress(written_people, people)
                    if cancelled and cancelled():
                        raise _Cancelled
            written_people += self._write(tx, batch, actor, jamsos)
            written_households += len(batch)
            tx.record(
                AuditEvent(
                    "demo_fill", "person", after={"people": written_people, "households": written_households}
                ),
                AuditEvent("demo_fill_jamsos", "jamsos_member", after={"members": jamsos.count}),
            )
        # A fill is a bulk load: the server plans the next searches with the rows it now holds.
        self._db.refresh_statistics(LOADED_TABLES, rows=written_people)
        if progress:
            progress(written_people, people)
        log.info("demo fill: %s people in %s households", written_people, written_households)
        return (
            DemoResult(written_people, written_households, cancelled=False, jamsos_members=jamsos.count),
            ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD | ChangeSummary.JAMSOS,
        )

    @staticmethod
    def _write(tx: Transaction, families: list[DemoFamily], actor: Actor, jamsos: DemoJamsos) -> int:
        now = timestamp_text(utc_now())
        households, history, people = [], [], []
        members = DemoMembers()
        for family in families:
            household_id = new_id()
            head_id = new_id()
            households.append((household_id, family.kk_number, head_id, now, now, actor.user_id))
            history.append((household_id, family.kk_number, now, actor.user_id))
            for position, member in enumerate(family.members):
                person_id = head_id if position == 0 else new_id()
                jamsos.add(members, person_id, member)
                people.append(
                    (
                        person_id,
                        member.nik,
                        household_id,
                        member.full_name,
                        member.sex.value,
                        member.birth_place,
                        member.birth_date.isoformat(),
                        member.address,
                        member.rt,
                        member.rw,
                        member.kelurahan_code,
                        member.phone,
                        member.occupation,
                        member.disability.value,
                        member.desil,
                        member.family_relation.value,
                        "",
                        now,
                        now,
                        actor.user_id,
                    )
                )
        people_bulk.insert_families(tx, households, history, people)
        demo_store.insert_jamsos_members(tx, members.members, members.events)
        return len(people)


class _Cancelled(Exception):
    """Raised inside the transaction so that it rolls back whole."""


def set_up_demo_office(
    database: Database,
    office: OfficeService,
    *,
    people: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> bool:
    """Make the demo office with its three users and fill it; False when it already exists."""
    if office.get() is not None:
        return False
    office.set_up(
        office_code=DEMO_OFFICE_CODE,
        admin_username="admin",
        admin_full_name=DEMO_FULL_NAMES["admin"],
        admin_password=DEMO_PASSWORD,
    )
    auth = AuthService(database)
    admin = auth.login(username="admin", password=DEMO_PASSWORD)
    for username, role in DEMO_USERS[1:]:
        auth.add_user(
            actor=admin,
            username=username,
            full_name=DEMO_FULL_NAMES[username],
            role=role,
            password=DEMO_PASSWORD,
        )
    DemoService(database, office).fill(actor=admin, people=people, progress=progress)
    return True
