"""Registering, changing, finding and removing people, with their households; one transaction per action."""

import difflib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from tangsel_desktop.domain import household_rules
from tangsel_desktop.domain.enums import Disability, Role, Sex
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.family_relation import FamilyRelation, second_head_message
from tangsel_desktop.domain.identity_numbers import clean_digits, nik_warnings, parse_kk, parse_nik
from tangsel_desktop.domain.person_rules import PersonDraft, ValidPerson, check_person
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.people_views import (
    DuplicateCandidate,
    MemberView,
    PersonDetail,
    PersonRow,
)
from tangsel_desktop.services.people.person_photos import remove_photo_of_deleted
from tangsel_desktop.services.person_data import HoldsPersonData
from tangsel_desktop.storage.audit import AuditEvent
from tangsel_desktop.storage.columns import new_id, utc_now
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_search, people_store
from tangsel_desktop.storage.people.people_records import HouseholdRecord, PersonRecord
from tangsel_desktop.storage.transaction import Transaction

log = logging.getLogger(__name__)

PERSON_CHANGED = ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD
# Names at least this similar (difflib ratio) with the same birth date are shown as possible twins.
CLOSE_NAME_RATIO = 0.8


# Where the count of a NIK or KK prefix stops (a short prefix matches nearly everyone).
SEARCH_COUNTED_AT_MOST = people_search.DIGITS_COUNTED_AT_MOST


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
    values["family_relation"] = person.family_relation.value if person.family_relation else None
    return values


def _members(tx: Transaction, household_id: str) -> list[household_rules.Member]:
    return [
        household_rules.Member(member.id, member.birth_date)
        for member in people_store.household_members(tx, household_id)
    ]


def _set_head(
    tx: Transaction, household: HouseholdRecord, head: str | None, *, by: str | None, action: str = "update"
) -> None:
    """Store a household's new head, with its audit entry; nothing when the head stays."""
    if head == household.head_person_id:
        return
    values: dict[str, Any] = {"head_person_id": head, "updated_at": utc_now()}
    if by is not None:
        values["updated_by"] = by
    people_store.update_household(tx, household.id, values)
    after = people_store.household(tx, household.id)
    assert after is not None
    tx.record(AuditEvent(action, "household", household.id, household.audit_values(), after.audit_values()))


def check_one_head(tx: Transaction, household: HouseholdRecord, person_id: str) -> None:
    """Refuse a second Kepala Keluarga: another live member of this KK already is one."""
    for member in people_store.household_members(tx, household.id):
        if member.id != person_id and member.family_relation == FamilyRelation.HEAD.value:
            message = second_head_message(household.kk_number, member.full_name)
            raise UserError(message, field="family_relation")


def household_for_kk(
    tx: Transaction, kk_number: str | None, *, actor: Actor, new_person_id: str, named_head: bool = False
) -> str | None:
    """The live household holding this KK for a person joining it, created (headed by them) when new.

    `named_head`: the person is the Kepala Keluarga on the KK, so they head it (a second one is refused).
    """
    if kk_number is None:
        return None
    existing = people_store.households_by_kk(tx, [kk_number]).get(kk_number)
    if existing is not None:
        if named_head:
            check_one_head(tx, existing, new_person_id)
        head = household_rules.head_after_joining(
            existing.head_person_id, new_person_id, named_head=named_head
        )
        _set_head(tx, existing, head, by=actor.user_id)
        return existing.id
    now = utc_now()
    row: dict[str, Any] = {
        "id": new_id(),
        "kk_number": kk_number,
        "head_person_id": household_rules.head_of_new_household(new_person_id),
        "created_at": now,
        "updated_at": now,
        "updated_by": actor.user_id,
    }
    people_store.insert_households(tx, [row])
    household_id: str = row["id"]
    tx.record(AuditEvent("create", "household", household_id, after=row))
    return household_id


def replace_head_if_left(tx: Transaction, household_id: str, leaving_id: str) -> None:
    """The household's head after `leaving_id` moved away or was deleted (domain/household_rules.py)."""
    household = people_store.household(tx, household_id)
    if household is None:
        return
    head = household_rules.head_after_leaving(
        household.head_person_id, leaving_id, _members(tx, household_id)
    )
    _set_head(tx, household, head, by=None)


def _relation(code: str | None) -> FamilyRelation | None:
    return FamilyRelation(code) if code else None


def _detail(tx: Transaction, person: PersonRecord, warnings: Sequence[str] = ()) -> PersonDetail:
    members: tuple[MemberView, ...] = ()
    kk_number = ""
    if person.household_id is not None:
        household = people_store.household(tx, person.household_id)
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
                family_relation=_relation(member.family_relation),
            )
            for member in people_store.household_members(tx, household.id)
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
        family_relation=_relation(person.family_relation),
        notes=person.notes,
        household=members,
        warnings=tuple(warnings),
    )


class PeopleService:
    """The registry of people and households."""

    def __init__(self, database: Database, programs: Iterable[object] = ()) -> None:
        self._db = database
        # Programs that keep people's data (services/person_data.py): asked before a person is deleted.
        self._holders = [program for program in programs if isinstance(program, HoldsPersonData)]

    def register(self, *, actor: Actor, draft: PersonDraft) -> tuple[PersonDetail, ChangeSummary]:
        """A new person; a NIK already registered raises DuplicateNik naming who holds it."""
        actor.require(Role.OPERATOR, "mendaftarkan penduduk")
        check = check_person(draft)
        valid = check.raise_if_invalid()
        with self._db.write(actor) as tx:
            existing = people_store.live_people_by_nik(tx, [valid.nik]).get(valid.nik)
            if existing is not None:
                raise DuplicateNik(existing.id, existing.full_name, valid.nik)
            person_id = new_id()
            household_id = household_for_kk(
                tx, valid.kk_number, actor=actor, new_person_id=person_id, named_head=_names_head(valid)
            )
            now = utc_now()
            people_store.insert_person(
                tx,
                {
                    "id": person_id,
                    "household_id": household_id,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": actor.user_id,
                    **person_values(valid),
                },
            )
            person = self._get(tx, person_id)
            tx.record(AuditEvent("create", "person", person.id, after=person.audit_values()))
            detail = _detail(tx, person, check.warnings)
        log.info("person registered %s", person_id)
        return detail, PERSON_CHANGED

    def update(
        self, *, actor: Actor, person_id: str, draft: PersonDraft
    ) -> tuple[PersonDetail, ChangeSummary]:
        """Change a person; a new No. KK moves them into that family (created when new)."""
        actor.require(Role.OPERATOR, "mengubah data penduduk")
        check = check_person(draft)
        valid = check.raise_if_invalid()
        with self._db.write(actor) as tx:
            person = self._get(tx, person_id)
            if valid.nik != person.nik:
                holder = people_store.live_people_by_nik(tx, [valid.nik]).get(valid.nik)
                if holder is not None:
                    raise DuplicateNik(holder.id, holder.full_name, valid.nik)
            old_household = person.household_id
            current = people_store.household(tx, old_household) if old_household else None
            changes = {
                key: value for key, value in person_values(valid).items() if getattr(person, key) != value
            }
            if valid.kk_number != (current.kk_number if current else None):
                changes["household_id"] = household_for_kk(
                    tx, valid.kk_number, actor=actor, new_person_id=person.id, named_head=_names_head(valid)
                )
            elif current is not None and "family_relation" in changes and _names_head(valid):
                # Named Kepala Keluarga in their own family: they head it, unless someone else already is.
                check_one_head(tx, current, person.id)
                _set_head(tx, current, person.id, by=actor.user_id)
            if not changes:
                return _detail(tx, person, check.warnings), ChangeSummary.NOTHING
            people_store.update_person(
                tx, person.id, {**changes, "updated_at": utc_now(), "updated_by": actor.user_id}
            )
            changed = self._get(tx, person.id)
            if old_household and old_household != changed.household_id:
                replace_head_if_left(tx, old_household, person.id)
            tx.record(
                AuditEvent(
                    "update", "person", person.id, before=person.audit_values(), after=changed.audit_values()
                )
            )
            return _detail(tx, changed, check.warnings), PERSON_CHANGED

    def delete(self, *, actor: Actor, person_id: str, reason: str) -> ChangeSummary:
        """Soft delete: the row stays, marked, so the deletion reaches the central office."""
        actor.require(Role.SUPERVISOR, "menghapus data penduduk")
        if not reason.strip():
            raise UserError("Tulis alasan penghapusan (misalnya: data ganda, pindah domisili).")
        with self._db.write(actor) as tx:
            person = self._get(tx, person_id)
            # A person still in a running program (an active membership billed to the city, a round's list,
            # a batch) is ended there first: deleting them here would silently change that program's figures.
            running = [text for holder in self._holders for text in holder.erasure(tx, person.id).running]
            if running:
                raise UserError(
                    f"{person.full_name} masih terdaftar dalam program yang berjalan: {'; '.join(running)}. "
                    "Akhiri atau keluarkan dari program itu dulu, lalu hapus datanya."
                )
            now = utc_now()
            people_store.update_person(
                tx, person.id, {"deleted_at": now, "updated_at": now, "updated_by": actor.user_id}
            )
            tx.record(
                AuditEvent(
                    "delete", "person", person.id, before=person.audit_values(), after={"reason": reason}
                )
            )
            if person.household_id:
                replace_head_if_left(tx, person.household_id, person.id)
            # A deleted person's face is personal data with no purpose left: it goes, as a tombstone.
            remove_photo_of_deleted(tx, person.id, reason)
        return PERSON_CHANGED

    def set_head(self, *, actor: Actor, person_id: str) -> tuple[PersonDetail, ChangeSummary]:
        """Make this person the head of their household (kepala keluarga)."""
        actor.require(Role.OPERATOR, "mengubah kepala keluarga")
        with self._db.write(actor) as tx:
            person = self._get(tx, person_id)
            if person.household_id is None:
                raise UserError("Orang ini belum punya No. KK; isi No. KK dulu.")
            household = people_store.household(tx, person.household_id)
            assert household is not None
            head = household_rules.head_after_joining(household.head_person_id, person.id, named_head=True)
            self._hand_over_relation(tx, actor, household.id, new_head=person.id)
            people_store.update_household(
                tx,
                household.id,
                {"head_person_id": head, "updated_at": utc_now(), "updated_by": actor.user_id},
            )
            after = people_store.household(tx, household.id)
            assert after is not None
            tx.record(
                AuditEvent(
                    "update", "household", household.id, household.audit_values(), after.audit_values()
                )
            )
            return _detail(tx, person), PERSON_CHANGED

    def change_household_kk(
        self, *, actor: Actor, person_id: str, new_kk: str
    ) -> tuple[PersonDetail, ChangeSummary]:
        """The whole family received a new Kartu Keluarga: renumber it, keeping the old number in history."""
        actor.require(Role.OPERATOR, "mengganti No. KK keluarga")
        kk_number = parse_kk(new_kk)
        with self._db.write(actor) as tx:
            person = self._get(tx, person_id)
            if person.household_id is None:
                raise UserError("Orang ini belum punya No. KK; isi No. KK di data orangnya.")
            household = people_store.household(tx, person.household_id)
            assert household is not None
            if household.kk_number == kk_number:
                raise UserError(f"Keluarga ini sudah memakai No. KK {kk_number}; tidak ada yang diganti.")
            if people_store.households_by_kk(tx, [kk_number]):
                raise UserError(
                    f"No. KK {kk_number} sudah dipakai keluarga lain. Untuk memindahkan satu orang, "
                    "ubah No. KK di data orang tersebut."
                )
            now = utc_now()
            people_store.close_kk_history(tx, household.id, at=now)
            people_store.update_household(
                tx, household.id, {"kk_number": kk_number, "updated_at": now, "updated_by": actor.user_id}
            )
            people_store.open_kk_history(tx, household.id, kk_number, at=now, by=actor.user_id)
            after = people_store.household(tx, household.id)
            assert after is not None
            tx.record(
                AuditEvent(
                    "change_kk", "household", household.id, household.audit_values(), after.audit_values()
                )
            )
            return _detail(tx, person), PERSON_CHANGED

    def get(self, *, actor: Actor, person_id: str) -> PersonDetail:
        actor.require(Role.OPERATOR, "melihat data penduduk")
        with self._db.read() as tx:
            person = self._get(tx, person_id)
            warnings = nik_warnings(parse_nik(person.nik), birth_date=person.birth_date, sex=Sex(person.sex))
            return _detail(tx, person, warnings)

    def find_by_nik(self, *, actor: Actor, nik: str) -> PersonDetail | None:
        actor.require(Role.OPERATOR, "mencari penduduk")
        digits = clean_digits(nik)
        with self._db.read() as tx:
            person = people_store.live_people_by_nik(tx, [digits]).get(digits)
            return None if person is None else _detail(tx, person)

    def search(self, *, actor: Actor, text: str, limit: int = 50, after_local_no: int = 0) -> list[PersonRow]:
        """People whose name, NIK, No. KK or address words start with the typed words."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        with self._db.query() as tx:
            rows = people_search.search(tx, text, after_local_no=after_local_no, limit=limit)
            return [PersonRow.from_row(row) for row in rows]

    def count(self, *, actor: Actor, text: str = "") -> int:
        """How many people a listing holds over all its pages: everyone, or whom the search finds.

        A NIK or KK prefix (and on the central office's server, words too) is counted up to
        SEARCH_COUNTED_AT_MOST (more answers that plus one)."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        with self._db.query() as tx:
            if not text.strip():
                return people_store.count_people(tx)
            return people_search.count(tx, text)

    def page(
        self, *, actor: Actor, after: tuple[str, int] | None = None, limit: int = 200
    ) -> list[PersonRow]:
        """The next page of everyone in name order (keyset: pass the last row's name and number)."""
        actor.require(Role.OPERATOR, "melihat daftar penduduk")
        with self._db.read() as tx:
            return [
                PersonRow.from_row(row) for row in people_store.page_by_name(tx, after=after, limit=limit)
            ]

    def possible_duplicates(
        self, *, actor: Actor, nik: str, full_name: str, birth_date: date | None
    ) -> list[DuplicateCandidate]:
        """While a new person is typed: the same NIK, or a close name with the same birth date."""
        actor.require(Role.OPERATOR, "mencari penduduk")
        found: dict[str, DuplicateCandidate] = {}
        digits = clean_digits(nik)
        name = " ".join(full_name.lower().split())
        with self._db.read() as tx:
            if len(digits) == 16:
                same = people_store.live_people_by_nik(tx, [digits]).get(digits)
                if same is not None:
                    found[same.id] = _candidate(same, "NIK sama")
            if birth_date is not None and name:
                for person in people_store.people_born_on(tx, birth_date):
                    ratio = difflib.SequenceMatcher(
                        None, name, " ".join(person.full_name.lower().split())
                    ).ratio()
                    if ratio >= CLOSE_NAME_RATIO and person.id not in found:
                        found[person.id] = _candidate(person, "nama mirip, tanggal lahir sama")
        return list(found.values())

    @staticmethod
    def _hand_over_relation(tx: Transaction, actor: Actor, household_id: str, *, new_head: str) -> None:
        """The new head is the Kepala Keluarga; whoever was, is no longer (their new relation unknown)."""
        now = utc_now()
        for member in people_store.household_members(tx, household_id):
            if member.id == new_head:
                relation: str | None = FamilyRelation.HEAD.value
            elif member.family_relation == FamilyRelation.HEAD.value:
                relation = None
            else:
                continue
            if member.family_relation == relation:
                continue
            people_store.update_person(
                tx, member.id, {"family_relation": relation, "updated_at": now, "updated_by": actor.user_id}
            )
            after = people_store.find_person(tx, member.id)
            assert after is not None
            tx.record(AuditEvent("update", "person", member.id, member.audit_values(), after.audit_values()))

    @staticmethod
    def _get(tx: Transaction, person_id: str) -> PersonRecord:
        person = people_store.find_person(tx, person_id)
        if person is None:
            raise UserError("Data penduduk tidak ditemukan (mungkin sudah dihapus).")
        return person


def _names_head(person: ValidPerson) -> bool:
    return person.family_relation is FamilyRelation.HEAD


def _candidate(person: PersonRecord, reason: str) -> DuplicateCandidate:
    return DuplicateCandidate(
        id=person.id,
        nik=person.nik,
        full_name=person.full_name,
        birth_date=person.birth_date,
        kelurahan_code=person.kelurahan_code,
        reason=reason,
    )
