"""Registering, changing, finding and removing people, with their households; one transaction per action."""

import difflib
import logging
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlmodel import Session

from tangsel_desktop.domain.enums import Disability, Role, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_warnings, parse_kk, parse_nik
from tangsel_desktop.domain.person_rules import PersonDraft, ValidPerson, check_person
from tangsel_desktop.services.actor import Actor, ChangeSummary
from tangsel_desktop.services.people.people_views import (
    DuplicateCandidate,
    MemberView,
    PersonDetail,
    PersonRow,
)
from tangsel_desktop.storage import audit
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_search, people_store
from tangsel_desktop.storage.tables import Household, Person

log = logging.getLogger(__name__)

PERSON_CHANGED = ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD
# Names at least this similar (difflib ratio) with the same birth date are shown as possible twins.
CLOSE_NAME_RATIO = 0.8


class DuplicateNik(UserError):
    """The NIK belongs to someone already registered: open that person instead of making a twin."""

    def __init__(self, existing_id: str, existing_name: str, nik: str) -> None:
        super().__init__(
            f"NIK {nik} sudah terdaftar atas nama {existing_name}. "
            "Buka data orang tersebut untuk mengubahnya; jangan mendaftarkan dua kali.",
            field="nik",
        )
        self.existing_id = existing_id


def person_values(person: ValidPerson) -> dict[str, Any]:
    """The stored columns of a valid person (without KK, which lives on the household)."""
    values = asdict(person)
    values.pop("kk_number")
    values["sex"] = person.sex.value
    values["disability"] = person.disability.value
    return values


def audit_values(person: Person) -> dict[str, Any]:
    return person.model_dump(exclude={"local_no"})


def household_for_kk(
    session: Session, kk_number: str | None, *, actor: Actor, new_person_id: str
) -> tuple[str | None, list[AuditEvent]]:
    """The live household holding this KK, created (with this person as head) when there is none."""
    if kk_number is None:
        return None, []
    existing = people_store.households_by_kk(session, [kk_number]).get(kk_number)
    if existing is not None:
        if existing.head_person_id is not None:
            return existing.id, []
        # A family whose head left or was deleted: whoever joins it heads it until the clerk says otherwise.
        before = existing.model_dump()
        existing.head_person_id = new_person_id
        existing.updated_at = utc_now()
        existing.updated_by = actor.user_id
        session.add(existing)
        return existing.id, [AuditEvent("update", "household", existing.id, before, existing.model_dump())]
    now = utc_now()
    row: dict[str, Any] = {
        "id": new_id(),
        "kk_number": kk_number,
        "head_person_id": new_person_id,
        "created_at": now,
        "updated_at": now,
        "updated_by": actor.user_id,
    }
    people_store.insert_households(session, [row])
    household_id: str = row["id"]
    return household_id, [AuditEvent("create", "household", household_id, after=row)]


def _detail(session: Session, person: Person, warnings: Sequence[str] = ()) -> PersonDetail:
    members: tuple[MemberView, ...] = ()
    kk_number = ""
    if person.household_id is not None:
        household = session.get(Household, person.household_id)
        assert household is not None
        kk_number = household.kk_number
        members = tuple(
            MemberView(
                id=member.id,
                nik=member.nik,
                full_name=member.full_name,
                sex=Sex(member.sex),
                birth_date=member.birth_date,
                is_head=member.id == household.head_person_id,
            )
            for member in people_store.household_members(session, household.id)
        )
    return PersonDetail(
        id=person.id,
        nik=person.nik,
        kk_number=kk_number,
        household_id=person.household_id,
        full_name=person.full_name,
        sex=Sex(person.sex),
        birth_place=person.birth_place,
        birth_date=person.birth_date,
        address=person.address,
        rt=person.rt,
        rw=person.rw,
        kelurahan_code=person.kelurahan_code,
        phone=person.phone,
        occupation=person.occupation,
        disability=Disability(person.disability),
        desil=person.desil,
        notes=person.notes,
        household=members,
        warnings=tuple(warnings),
    )


class PeopleService:
    """The registry of people and households."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def register(self, *, actor: Actor, draft: PersonDraft) -> tuple[PersonDetail, ChangeSummary]:
        """A new person; a NIK already registered raises DuplicateNik naming who holds it."""
        actor.require(Role.OPERATOR, "mendaftarkan penduduk")
        check = check_person(draft)
        valid = check.raise_if_invalid()
        with self._db.write() as session:
            existing = people_store.people_by_nik(session, [valid.nik]).get(valid.nik)
            if existing is not None:
                raise DuplicateNik(existing.id, existing.full_name, valid.nik)
            person_id = new_id()
            household_id, events = household_for_kk(
                session, valid.kk_number, actor=actor, new_person_id=person_id
            )
            now = utc_now()
            person = Person(
                id=person_id,
                household_id=household_id,
                created_at=now,
                updated_at=now,
                updated_by=actor.user_id,
                **person_values(valid),
            )
            session.add(person)
            session.flush()
            events.append(AuditEvent("create", "person", person.id, after=audit_values(person)))
            audit.append(session, events, user_id=actor.user_id, username=actor.username)
            detail = _detail(session, person, check.warnings)
        log.info("person registered %s", person_id)
        return detail, PERSON_CHANGED

    def update(
        self, *, actor: Actor, person_id: str, draft: PersonDraft
    ) -> tuple[PersonDetail, ChangeSummary]:
        """Change a person; a new No. KK moves them into that family (created when new)."""
        actor.require(Role.OPERATOR, "mengubah data penduduk")
        check = check_person(draft)
        valid = check.raise_if_invalid()
        with self._db.write() as session:
            person = self._get(session, person_id)
            before = audit_values(person)
            if valid.nik != person.nik:
                holder = people_store.people_by_nik(session, [valid.nik]).get(valid.nik)
                if holder is not None:
                    raise DuplicateNik(holder.id, holder.full_name, valid.nik)
            events: list[AuditEvent] = []
            old_household = person.household_id
            current_kk = (
                session.get(Household, old_household).kk_number  # type: ignore[union-attr]
                if old_household
                else None
            )
            if valid.kk_number != current_kk:
                person.household_id, events = household_for_kk(
                    session, valid.kk_number, actor=actor, new_person_id=person.id
                )
            for key, value in person_values(valid).items():
                setattr(person, key, value)
            changed = audit_values(person) != before
            if not changed:
                return _detail(session, person, check.warnings), ChangeSummary.NOTHING
            person.updated_at = utc_now()
            person.updated_by = actor.user_id
            session.add(person)
            session.flush()
            if old_household and old_household != person.household_id:
                events.extend(self._replace_head_if_left(session, old_household, person.id))
            events.append(
                AuditEvent("update", "person", person.id, before=before, after=audit_values(person))
            )
            audit.append(session, events, user_id=actor.user_id, username=actor.username)
            return _detail(session, person, check.warnings), PERSON_CHANGED

    def delete(self, *, actor: Actor, person_id: str, reason: str) -> ChangeSummary:
        """Soft delete: the row stays, marked, so the deletion reaches the central office."""
        actor.require(Role.SUPERVISOR, "menghapus data penduduk")
        if not reason.strip():
            raise UserError("Tulis alasan penghapusan (misalnya: data ganda, pindah domisili).")
        with self._db.write() as session:
            person = self._get(session, person_id)
            before = audit_values(person)
            now = utc_now()
            people_store.soft_delete_person(
                session,
                person.id,
                {"deleted_at": now, "updated_at": now, "updated_by": actor.user_id},
            )
            events = [AuditEvent("delete", "person", person.id, before=before, after={"reason": reason})]
            if person.household_id:
                events.extend(self._replace_head_if_left(session, person.household_id, person.id))
            audit.append(session, events, user_id=actor.user_id, username=actor.username)
        return PERSON_CHANGED

    def set_head(self, *, actor: Actor, person_id: str) -> tuple[PersonDetail, ChangeSummary]:
        """Make this person the head of their household (kepala keluarga)."""
        actor.require(Role.OPERATOR, "mengubah kepala keluarga")
        with self._db.write() as session:
            person = self._get(session, person_id)
            if person.household_id is None:
                raise UserError("Orang ini belum punya No. KK; isi No. KK dulu.")
            household = session.get(Household, person.household_id)
            assert household is not None
            before = household.model_dump()
            household.head_person_id = person.id
            household.updated_at = utc_now()
            household.updated_by = actor.user_id
            session.add(household)
            session.flush()
            audit.append(
                session,
                [AuditEvent("update", "household", household.id, before, household.model_dump())],
                user_id=actor.user_id,
                username=actor.username,
            )
            return _detail(session, person), PERSON_CHANGED

    def change_household_kk(
        self, *, actor: Actor, person_id: str, new_kk: str
    ) -> tuple[PersonDetail, ChangeSummary]:
        """The whole family received a new Kartu Keluarga: renumber it, keeping the old number in history."""
        actor.require(Role.OPERATOR, "mengganti No. KK keluarga")
        kk_number = parse_kk(new_kk)
        with self._db.write() as session:
            person = self._get(session, person_id)
            if person.household_id is None:
                raise UserError("Orang ini belum punya No. KK; isi No. KK di data orangnya.")
            household = session.get(Household, person.household_id)
            assert household is not None
            if household.kk_number == kk_number:
                raise UserError(f"Keluarga ini sudah memakai No. KK {kk_number}; tidak ada yang diganti.")
            if people_store.households_by_kk(session, [kk_number]):
                raise UserError(
                    f"No. KK {kk_number} sudah dipakai keluarga lain. Untuk memindahkan satu orang, "
                    "ubah No. KK di data orang tersebut."
                )
            before = household.model_dump()
            now = utc_now()
            people_store.close_kk_history(session, household.id, at=now)
            household.kk_number = kk_number
            household.updated_at = now
            household.updated_by = actor.user_id
            session.add(household)
            session.flush()
            people_store.open_kk_history(session, household.id, kk_number, at=now, by=actor.user_id)
            audit.append(
                session,
                [AuditEvent("change_kk", "household", household.id, before, household.model_dump())],
                user_id=actor.user_id,
                username=actor.username,
            )
            return _detail(session, person), PERSON_CHANGED

    def get(self, *, actor: Actor, person_id: str) -> PersonDetail:
        actor.require(Role.OPERATOR, "melihat data penduduk")
        with self._db.read() as session:
            person = self._get(session, person_id)
            warnings = nik_warnings(parse_nik(person.nik), birth_date=person.birth_date, sex=Sex(person.sex))
            return _detail(session, person, warnings)

    def find_by_nik(self, *, actor: Actor, nik: str) -> PersonDetail | None:
        actor.require(Role.OPERATOR, "mencari penduduk")
        digits = clean_digits(nik)
        with self._db.read() as session:
            person = people_store.people_by_nik(session, [digits]).get(digits)
            return None if person is None else _detail(session, person)

    def search(self, *, actor: Actor, text: str, limit: int = 50, after_local_no: int = 0) -> list[PersonRow]:
        """People whose name, NIK, No. KK or address words start with the typed words."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        with self._db.connect() as connection:
            rows = people_search.search(connection, text, after_local_no=after_local_no, limit=limit)
            return [PersonRow.from_row(row) for row in rows]

    def page(
        self, *, actor: Actor, after: tuple[str, int] | None = None, limit: int = 200
    ) -> list[PersonRow]:
        """The next page of everyone in name order (keyset: pass the last row's name and number)."""
        actor.require(Role.OPERATOR, "melihat daftar penduduk")
        with self._db.read() as session:
            return [
                PersonRow.from_row(row)
                for row in people_store.page_by_name(session, after=after, limit=limit)
            ]

    def possible_duplicates(
        self, *, actor: Actor, nik: str, full_name: str, birth_date: date | None
    ) -> list[DuplicateCandidate]:
        """While a new person is typed: the same NIK, or a close name with the same birth date."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        found: dict[str, DuplicateCandidate] = {}
        digits = clean_digits(nik)
        name = " ".join(full_name.lower().split())
        with self._db.read() as session:
            if len(digits) == 16:
                same = people_store.people_by_nik(session, [digits]).get(digits)
                if same is not None:
                    found[same.id] = _candidate(same, "NIK sama")
            if birth_date is not None and name:
                for person in people_store.people_born_on(session, birth_date):
                    ratio = difflib.SequenceMatcher(
                        None, name, " ".join(person.full_name.lower().split())
                    ).ratio()
                    if ratio >= CLOSE_NAME_RATIO and person.id not in found:
                        found[person.id] = _candidate(person, "nama mirip, tanggal lahir sama")
        return list(found.values())

    @staticmethod
    def _get(session: Session, person_id: str) -> Person:
        person = people_store.person_by_id(session, person_id)
        if person is None:
            raise UserError("Data penduduk tidak ditemukan (mungkin sudah dihapus).")
        return person

    @staticmethod
    def _replace_head_if_left(session: Session, household_id: str, leaving_id: str) -> list[AuditEvent]:
        """When the head leaves a household, the oldest remaining member becomes head."""
        household = session.get(Household, household_id)
        if household is None or household.head_person_id != leaving_id:
            return []
        before = household.model_dump()
        remaining = [m for m in people_store.household_members(session, household_id) if m.id != leaving_id]
        household.head_person_id = remaining[0].id if remaining else None
        household.updated_at = utc_now()
        session.add(household)
        session.flush()
        return [AuditEvent("update", "household", household.id, before, household.model_dump())]


def _candidate(person: Person, reason: str) -> DuplicateCandidate:
    return DuplicateCandidate(
        id=person.id,
        nik=person.nik,
        full_name=person.full_name,
        birth_date=person.birth_date,
        kelurahan_code=person.kelurahan_code,
        reason=reason,
    )
